package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Official transfers into or out of a subtree, read from {@code target_transfer} (V88): each transfer's
 * units stored once, in or out, kept in step with the member events, periods and the closure by the
 * database's triggers. A roll-up reads its roots' rows in the period by an index, for any unit type;
 * {@link TransferSource} computes the same figures from the records, which the table must equal.
 */
record TransferTally(JdbcClient jdbc, boolean in) implements MeasureSource {

    private static final String ROWS = """
            select unit_id as root, day, count(*) as num, 0 as den from target_transfer
             where unit_id = any(:roots) and inward = :inward and day >= :from and day <= :to
             group by 1, 2
            """;

    @Override
    public List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to) {
        return read(ROWS, roots, from, to);
    }

    @Override
    public List<Delta> totals(List<Long> roots, LocalDate from, LocalDate to) {
        return read(SqlMeasureSource.SUM.formatted(ROWS), roots, from, to);
    }

    /** The same figures computed from the records: what the table must equal. */
    List<Delta> records(List<Long> roots, LocalDate from, LocalDate to) {
        return new TransferSource(jdbc, in).deltas(roots, from, to);
    }

    private List<Delta> read(String sql, List<Long> roots, LocalDate from, LocalDate to) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql).param("roots", roots.toArray(Long[]::new)).param("inward", in)
                .param("from", from).param("to", to)
                .query((rs, n) -> new Delta(rs.getLong("root"), rs.getObject("day", LocalDate.class),
                        rs.getLong("num"), rs.getLong("den")))
                .list();
    }
}
