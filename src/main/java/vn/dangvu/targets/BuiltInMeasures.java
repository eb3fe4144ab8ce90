package vn.dangvu.targets;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The measures Dangvu computes from the records it holds today: member events and periods, and the
 * tree's own history, as day-by-day changes to a subtree, attributed to the subtree the member's
 * branch (or the unit) stood in on that day — so a committee's figures for a past period do not
 * change when a branch is handed over later. What a member event or period counts in is defined once,
 * in SQL (V51), where the tally of the large committees uses it too; the other measures are defined
 * here.
 */
@Component
class BuiltInMeasures implements MeasureProvider {

    static final String ADMITTED = "members.admitted";
    static final String RECOGNIZED = "members.recognized";
    static final String MEMBERS = "members.atDate";
    static final String OFFICIAL = "members.officialAtDate";
    static final String CANDIDATES = "candidates.atDate";
    static final String CERTIFIED = "candidates.certified";
    static final String DISCIPLINED = "members.disciplined";
    static final String EXPELLED = "members.expelled";
    static final String STRUCK_OFF = "members.struckOff";
    static final String DECEASED = "members.deceased";
    static final String LEFT = "members.left";
    static final String TRANSFERRED_IN = "members.transferredIn";
    static final String TRANSFERRED_OUT = "members.transferredOut";
    static final String RECEIVED = "units.received";
    static final String DISSOLVED = "units.dissolved";
    static final String GRASSROOTS = "units.grassroots";
    static final String BRANCHES = "units.branches";

    /**
     * Member events that count in {@code :measure} (by {@code target_event_measures}, V51), counted in
     * the subtree their member's branch stood in that day. A record's opening counts in none: saying so
     * lets the unit index, which leaves those out (V99), serve the query.
     */
    private static final String MEMBER_EVENTS = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_ancestry a
              join member_event e on e.unit_id = a.descendant_id
                                 and e.occurred_on >= a.valid_from and e.occurred_on < a.valid_to
                                 and e.occurred_on >= :from and e.occurred_on <= :to
                                 and e.kind <> 'RecordOpened'
             where a.ancestor_id = any(:roots) and a.valid_from <= :to and a.valid_to > :from
               and cast(:measure as text) = any(target_event_measures(e.kind, e.payload))
             group by 1, 2
            """;

    /**
     * People in a status that counts in {@code :measure} (by {@code target_period_measures}), as a
     * stock: each period enters the subtree on the later of its start and the day its branch came
     * under the root, and leaves on the earlier of their ends.
     */
    private static final String MEMBER_PERIODS = """
            select root, day, sum(num) as num, 0 as den from (
                select a.ancestor_id as root, greatest(p.valid_from, a.valid_from) as day, 1 as num
                  from org_unit_ancestry a
                  join member_period p on p.unit_id = a.descendant_id
                                      and p.valid_from < a.valid_to and p.valid_to > a.valid_from
                 where a.ancestor_id = any(:roots) and a.valid_from <= :to
                   and greatest(p.valid_from, a.valid_from) <= :to
                   and cast(:measure as text) = any(target_period_measures(p.status))
                union all
                select a.ancestor_id, least(p.valid_to, a.valid_to), -1
                  from org_unit_ancestry a
                  join member_period p on p.unit_id = a.descendant_id
                                      and p.valid_from < a.valid_to and p.valid_to > a.valid_from
                 where a.ancestor_id = any(:roots) and a.valid_from <= :to
                   and least(p.valid_to, a.valid_to) <= :to
                   and cast(:measure as text) = any(target_period_measures(p.status))
            ) x
             group by root, day
            """;

    /**
     * Units of a type that counts in {@code :measure} (by {@code target_unit_measures}) standing anywhere
     * in the subtree, the root itself included, as a stock.
     */
    private static final String UNITS = """
            select root, day, sum(num) as num, 0 as den from (
                select a.ancestor_id as root, a.valid_from as day, 1 as num
                  from org_unit_ancestry a
                 where a.ancestor_id = any(:roots) and a.valid_from <= :to
                   and cast(:measure as text) = any(target_unit_measures(a.descendant_type))
                union all
                select a.ancestor_id, a.valid_to, -1
                  from org_unit_ancestry a
                 where a.ancestor_id = any(:roots) and a.valid_to <= :to
                   and cast(:measure as text) = any(target_unit_measures(a.descendant_type))
            ) x
             group by root, day
            """;

    /**
     * Units received (tiếp nhận): handed over or merged to a unit of the subtree from a superior
     * outside it (asked of that superior's own superiors). Structural events are few, so the query
     * starts from them.
     */
    private static final String UNITS_RECEIVED = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_event e
              join org_unit_ancestry a on a.descendant_id = e.to_unit_id
                                      and a.valid_from <= e.occurred_on and a.valid_to > e.occurred_on
             where e.kind in ('HANDED_OVER', 'MERGED') and e.occurred_on >= :from and e.occurred_on <= :to
               and a.ancestor_id = any(:roots)
               and a.ancestor_id <> all(array(select s.ancestor_id from org_unit_ancestry s
                                               where s.descendant_id = e.from_unit_id
                                                 and s.valid_from <= e.occurred_on - 1 and s.valid_to > e.occurred_on - 1))
             group by 1, 2
            """;

    /** Units dissolved (giải thể) that stood in the subtree the day before (the root itself included). */
    private static final String UNITS_DISSOLVED = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_event e
              join org_unit_ancestry a on a.descendant_id = e.unit_id
                                      and a.valid_from <= e.occurred_on - 1 and a.valid_to > e.occurred_on - 1
             where e.kind = 'DISSOLVED' and e.occurred_on >= :from and e.occurred_on <= :to
               and a.ancestor_id = any(:roots)
             group by 1, 2
            """;

    private final List<Measure> measures;

    BuiltInMeasures(JdbcClient jdbc) {
        this.measures = List.of(
                memberFlow(jdbc, ADMITTED),
                memberFlow(jdbc, RECOGNIZED),
                memberStock(jdbc, MEMBERS),
                memberStock(jdbc, OFFICIAL),
                memberStock(jdbc, CANDIDATES),
                memberFlow(jdbc, CERTIFIED),
                memberFlow(jdbc, DISCIPLINED),
                memberFlow(jdbc, EXPELLED),
                memberFlow(jdbc, STRUCK_OFF),
                memberFlow(jdbc, DECEASED),
                memberFlow(jdbc, LEFT),
                Measure.of(TRANSFERRED_IN, MeasureKind.FLOW, new TransferTally(jdbc, true)),
                Measure.of(TRANSFERRED_OUT, MeasureKind.FLOW, new TransferTally(jdbc, false)),
                Measure.of(RECEIVED, MeasureKind.FLOW, new SqlMeasureSource(jdbc, UNITS_RECEIVED)),
                Measure.of(DISSOLVED, MeasureKind.FLOW, new SqlMeasureSource(jdbc, UNITS_DISSOLVED)),
                Measure.of(GRASSROOTS, MeasureKind.STOCK, new TalliedMeasureSource(jdbc, GRASSROOTS, UNITS)),
                Measure.of(BRANCHES, MeasureKind.STOCK, new TalliedMeasureSource(jdbc, BRANCHES, UNITS)));
    }

    private static Measure memberFlow(JdbcClient jdbc, String code) {
        return Measure.of(code, MeasureKind.FLOW, new TalliedMeasureSource(jdbc, code, MEMBER_EVENTS));
    }

    private static Measure memberStock(JdbcClient jdbc, String code) {
        return Measure.of(code, MeasureKind.STOCK, new TalliedMeasureSource(jdbc, code, MEMBER_PERIODS));
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }
}
