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

    @Override
    public List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to) {
        if (roots.isEmpty()) {
            return List.of();
        }
        Set<Long> tallied = Set.copyOf(jdbc.sql("""
                select u.id from org_unit u join target_tally_type t on t.unit_type = u.type where u.id = any(?)
                """).param(roots.toArray(Long[]::new)).query(Long.class).list());
        List<Long> others = roots.stream().filter(r -> !tallied.contains(r)).toList();
        List<Delta> out = new ArrayList<>();
        if (!tallied.isEmpty()) {
            out.addAll(jdbc.sql("""
                    select ancestor_id as root, day, num, den from target_tally
                     where ancestor_id = any(:roots) and measure = :measure and day >= :from and day <= :to
                    """).param("roots", tallied.toArray(Long[]::new)).param("measure", code).param("from", from)
                    .param("to", to).query(TalliedMeasureSource::delta).list());
        }
        if (!others.isEmpty()) {
            out.addAll(records(others, from, to));
        }
        return out;
    }

    /** The same figures computed from the records, whatever the roots' types: what the tally must equal. */
    List<Delta> records(List<Long> roots, LocalDate from, LocalDate to) {
        return jdbc.sql(recordsSql).param("roots", roots.toArray(Long[]::new)).param("measure", code)
                .param("from", from).param("to", to).query(TalliedMeasureSource::delta).list();
    }

    private static Delta delta(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delta(rs.getLong("root"), rs.getObject("day", LocalDate.class), rs.getLong("num"), rs.getLong("den"));
    }
}
