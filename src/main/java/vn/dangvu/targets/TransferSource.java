package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Official transfers into or out of a subtree, from or to a branch outside it: what a committee's
 * statistics count as "chuyển đến" and "chuyển đi" (transfers within the subtree are not counted).
 * Where a member came from is the period that ends on the transfer's day. Unlike the other member
 * measures this is not a sum over units, so it is not tallied.
 *
 * <p>It is read in one of two orders: from the subtree down to its transfers for a small unit, and
 * from the period's transfers (a few thousand a month nationally) up to their committees for a
 * committee with thousands of units under it. The planner cannot tell the two apart — it estimates
 * a province's subtree at a few hundred units — so the large order is spelled out with LATERAL.
 * Whether the other end lies outside the subtree is asked of that end's own superiors (a handful of
 * rows by the descendant index), never by scanning the subtree.
 */
record TransferSource(JdbcClient jdbc, boolean in) implements MeasureSource {

    /** The units a unit stood under on a day, itself included. */
    private static final String SUPERIORS = """
            array(select s.ancestor_id from org_unit_ancestry s
                   where s.descendant_id = %s and s.valid_from <= %s and s.valid_to > %s)
            """;

    private static final String IN_SMALL = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_ancestry a
              join member_event e on e.unit_id = a.descendant_id and e.kind = 'Transferred'
                                 and e.occurred_on >= a.valid_from and e.occurred_on < a.valid_to
                                 and e.occurred_on >= :from and e.occurred_on <= :to
              join member_period p on p.member_id = e.member_id and p.valid_to = e.occurred_on
             where a.ancestor_id = any(:roots) and a.valid_from <= :to and a.valid_to > :from
               and a.ancestor_id <> all(%s)
             group by 1, 2
            """.formatted(SUPERIORS.formatted("p.unit_id", "e.occurred_on - 1", "e.occurred_on - 1"));

    private static final String OUT_SMALL = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_ancestry a
              join member_period p on p.unit_id = a.descendant_id
                                  and p.valid_to >= :from and p.valid_to <= :to
                                  and p.valid_to - 1 >= a.valid_from and p.valid_to - 1 < a.valid_to
              join member_event e on e.member_id = p.member_id and e.occurred_on = p.valid_to
                                 and e.kind = 'Transferred'
             where a.ancestor_id = any(:roots) and a.valid_from <= :to and a.valid_to >= :from
               and a.ancestor_id <> all(%s)
             group by 1, 2
            """.formatted(SUPERIORS.formatted("e.unit_id", "e.occurred_on", "e.occurred_on"));

    /** The period's transfers, each with the branch left and the branch joined. */
    private static final String TRANSFERS = """
            select e.occurred_on as day, p.unit_id as left_unit, e.unit_id as joined_unit
              from member_event e
              cross join lateral (select p.unit_id from member_period p
                                   where p.member_id = e.member_id and p.valid_to = e.occurred_on) p
             where e.kind = 'Transferred' and e.occurred_on >= :from and e.occurred_on <= :to
            """;

    private static final String IN_LARGE = """
            select s.root, t.day, count(*) as num, 0 as den
              from (%s) t
              cross join lateral (select ancestor_id as root from unnest(%s) ancestor_id
                                   where ancestor_id = any(:roots)) s
             where s.root <> all(%s)
             group by 1, 2
            """.formatted(TRANSFERS, SUPERIORS.formatted("t.joined_unit", "t.day", "t.day"),
            SUPERIORS.formatted("t.left_unit", "t.day - 1", "t.day - 1"));

    private static final String OUT_LARGE = """
            select s.root, t.day, count(*) as num, 0 as den
              from (%s) t
              cross join lateral (select ancestor_id as root from unnest(%s) ancestor_id
                                   where ancestor_id = any(:roots)) s
             where s.root <> all(%s)
             group by 1, 2
            """.formatted(TRANSFERS, SUPERIORS.formatted("t.left_unit", "t.day - 1", "t.day - 1"),
            SUPERIORS.formatted("t.joined_unit", "t.day", "t.day"));

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
        return new SqlMeasureSource(jdbc, in ? large ? IN_LARGE : IN_SMALL : large ? OUT_LARGE : OUT_SMALL);
    }
}
