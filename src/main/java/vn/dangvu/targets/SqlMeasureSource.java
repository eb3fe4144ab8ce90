package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A measure computed by one SQL query over the temporal closure of the tree. The query takes
 * {@code :roots} (bigint[]), {@code :from} and {@code :to} and answers rows of
 * {@code (root, day, num, den)}.
 */
record SqlMeasureSource(JdbcClient jdbc, String sql) implements MeasureSource {

    @Override
    public List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql)
                .param("roots", roots.toArray(Long[]::new))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Delta(rs.getLong("root"), rs.getObject("day", LocalDate.class),
                        rs.getLong("num"), rs.getLong("den")))
                .list();
    }
}
