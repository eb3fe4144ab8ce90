package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member measure, whose counting is defined once in SQL ({@code target_event_measures},
 * {@code target_period_measures}, V51). For the units of the tallied types (the committees with many
 * units under them) it reads the tally the database keeps in step with the records; for the others
 * it computes from the records through the closure, which for a branch or a small committee is a
 * handful of index range scans.
 */
record TalliedMeasureSource(JdbcClient jdbc, String code, String recordsSql) implements MeasureSource {

    private static final String TALLY = """
            select ancestor_id as root, day, num, den from target_tally
             where ancestor_id = any(:roots) and measure = :measure and day >= :from and day <= :to
            """;

    @Override
    public List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to) {
        return read(roots, from, to, TALLY, recordsSql);
    }

    @Override
    public List<Delta> totals(List<Long> roots, LocalDate from, LocalDate to) {
        return read(roots, from, to, SqlMeasureSource.SUM.formatted(TALLY), SqlMeasureSource.SUM.formatted(recordsSql));
    }

    private List<Delta> read(List<Long> roots, LocalDate from, LocalDate to, String fromTally, String fromRecords) {
        if (roots.isEmpty()) {
            return List.of();
        }
        Set<Long> tallied = tallied(jdbc, roots);
        List<Long> others = roots.stream().filter(r -> !tallied.contains(r)).toList();
        List<Delta> out = new ArrayList<>();
        if (!tallied.isEmpty()) {
            out.addAll(query(fromTally, List.copyOf(tallied), from, to));
        }
        if (!others.isEmpty()) {
            out.addAll(query(fromRecords, others, from, to));
        }
        return out;
    }

    /** Which of the roots are of a tallied type: the committees with many units under them. */
    static Set<Long> tallied(JdbcClient jdbc, List<Long> roots) {
        return Set.copyOf(jdbc.sql("""
                select u.id from org_unit u join target_tally_type t on t.unit_type = u.type where u.id = any(?)
                """).param(roots.toArray(Long[]::new)).query(Long.class).list());
    }

    /** The same figures computed from the records, whatever the roots' types: what the tally must equal. */
    List<Delta> records(List<Long> roots, LocalDate from, LocalDate to) {
        return query(recordsSql, roots, from, to);
    }

    private List<Delta> query(String sql, List<Long> roots, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("roots", roots.toArray(Long[]::new)).param("measure", code)
                .param("from", from).param("to", to).query(TalliedMeasureSource::delta).list();
    }

    private static Delta delta(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delta(rs.getLong("root"), rs.getObject("day", LocalDate.class), rs.getLong("num"), rs.getLong("den"));
    }
}
