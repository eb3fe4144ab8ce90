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

    /**
     * A total over {@code [from, to]} from the tally: the whole years inside the range from their yearly
     * sums ({@code target_tally_year}, V89), the days before the first and after the last of them
     * from the daily rows. A stock ({@code from} = {@link LocalDate#MIN}) reads at most a row a year
     * since 1950 and the days of its date's year, instead of every day since 1950.
     */
    private static final String TALLY_TOTALS = """
            select root, cast(:to as date) as day, sum(num) as num, sum(den) as den from (
                select ancestor_id as root, num, den from target_tally_year
                 where ancestor_id = any(:roots) and measure = :measure and year >= :firstYear and year <= :lastYear
                union all
                select ancestor_id, num, den from target_tally
                 where ancestor_id = any(:roots) and measure = :measure and day >= :from and day < :yearsFrom
                union all
                select ancestor_id, num, den from target_tally
                 where ancestor_id = any(:roots) and measure = :measure and day > :yearsTo and day <= :to
            ) x
             group by root
            """;

    @Override
    public List<Delta> totals(List<Long> roots, LocalDate from, LocalDate to) {
        return read(roots, from, to, TALLY_TOTALS, SqlMeasureSource.SUM.formatted(recordsSql));
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

    /** The whole years within {@code [from, to]}: first, last, and the days they cover. */
    record Years(int first, int last, LocalDate from, LocalDate to) {

        static Years within(LocalDate from, LocalDate to) {
            int first = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
            int last = to.getMonthValue() == 12 && to.getDayOfMonth() == 31 ? to.getYear() : to.getYear() - 1;
            if (first > last) {
                // no whole year: every day from the daily rows, none from the yearly sums
                return new Years(first, last, to.plusDays(1), to);
            }
            return new Years(first, last, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        }
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
        var statement = jdbc.sql(sql).param("roots", roots.toArray(Long[]::new)).param("measure", code)
                .param("from", from).param("to", to);
        if (sql.contains(":firstYear")) {
            Years years = Years.within(from, to);
            statement = statement.param("firstYear", years.first()).param("lastYear", years.last())
                    .param("yearsFrom", years.from()).param("yearsTo", years.to());
        }
        return statement.query(TalliedMeasureSource::delta).list();
    }

    private static Delta delta(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delta(rs.getLong("root"), rs.getObject("day", LocalDate.class), rs.getLong("num"), rs.getLong("den"));
    }
}
