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
        return run(sql, roots, from, to);
    }

    @Override
    public List<Delta> totals(List<Long> roots, LocalDate from, LocalDate to) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return run(SUM.formatted(sql), roots, from, to);
    }

    /** Sums a measure's query per root in the database, dated on the last day. */
    static final String SUM = """
            select root, cast(:to as date) as day, sum(num) as num, sum(den) as den from (%s) x group by root
            """;

    private List<Delta> run(String query, List<Long> roots, LocalDate from, LocalDate to) {
        return jdbc.sql(query)
                .param("roots", roots.toArray(Long[]::new))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Delta(rs.getLong("root"), rs.getObject("day", LocalDate.class),
                        rs.getLong("num"), rs.getLong("den")))
                .list();
    }
}
