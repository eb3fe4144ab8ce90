package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Official transfers into or out of a subtree, from or to a branch outside it: what a committee's
 * statistics count as "chuyển đến" and "chuyển đi" (transfers within the subtree are not counted).
 * Where a member came from is the period that ends on the transfer's day. Unlike the other member
 * measures this is not a sum over units, so it is not tallied: it is read in one of two orders — from
 * the subtree down to its events for a small unit, from the period's transfers (few, nationally) for
 * a committee with thousands of units under it. The query is the same; only the order differs.
 */
record TransferSource(JdbcClient jdbc, boolean in) implements MeasureSource {

    private static final String TRANSFERS = """
            with t as %s (select e.member_id, e.unit_id, e.occurred_on from member_event e
                           where e.kind = 'Transferred' and e.occurred_on >= :from and e.occurred_on <= :to)
            """;

    /** Into the subtree: the destination stood in it that day, the branch left the day before did not. */
    private static final String IN = TRANSFERS + """
            select a.ancestor_id as root, t.occurred_on as day, count(*) as num, 0 as den
              from t
              join org_unit_ancestry a on a.descendant_id = t.unit_id
                                      and a.valid_from <= t.occurred_on and a.valid_to > t.occurred_on
              join member_period p on p.member_id = t.member_id and p.valid_to = t.occurred_on
             where a.ancestor_id = any(:roots)
               and not exists (select 1 from org_unit_ancestry b
                                where b.ancestor_id = a.ancestor_id and b.descendant_id = p.unit_id
                                  and b.valid_from <= t.occurred_on - 1 and b.valid_to > t.occurred_on - 1)
             group by 1, 2
            """;

    /** Out of the subtree: the branch left stood in it the day before, the destination does not. */
    private static final String OUT = TRANSFERS + """
            select a.ancestor_id as root, t.occurred_on as day, count(*) as num, 0 as den
              from t
              join member_period p on p.member_id = t.member_id and p.valid_to = t.occurred_on
              join org_unit_ancestry a on a.descendant_id = p.unit_id
                                      and a.valid_from <= t.occurred_on - 1 and a.valid_to > t.occurred_on - 1
             where a.ancestor_id = any(:roots)
               and not exists (select 1 from org_unit_ancestry b
                                where b.ancestor_id = a.ancestor_id and b.descendant_id = t.unit_id
                                  and b.valid_from <= t.occurred_on and b.valid_to > t.occurred_on)
             group by 1, 2
            """;

    @Override
    public List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to) {
        return source(roots).deltas(roots, from, to);
    }

    @Override
    public List<Delta> totals(List<Long> roots, LocalDate from, LocalDate to) {
        return source(roots).totals(roots, from, to);
    }

    private SqlMeasureSource source(List<Long> roots) {
        boolean large = !roots.isEmpty() && jdbc.sql("""
                select exists(select 1 from org_unit where id = any(?)
                                 and type in ('PROVINCIAL_COMMITTEE', 'UPPER_GRASSROOTS_COMMITTEE'))
                """).param(roots.toArray(Long[]::new)).query(Boolean.class).single();
        String order = large ? "materialized" : "not materialized";
        return new SqlMeasureSource(jdbc, (in ? IN : OUT).formatted(order));
    }
}
