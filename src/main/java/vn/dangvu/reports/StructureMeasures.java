package vn.dangvu.reports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.MeasureProvider;
import vn.dangvu.targets.MeasureSource;

/**
 * The two structural counts a review states that the catalog lacked: units established (thành lập)
 * within the subtree, and units handed over (chuyển giao) to a superior outside it — the mirror of
 * {@code units.received}. Each is attributed to the subtree as it stood on the day of the change.
 */
@Component
class StructureMeasures implements MeasureProvider {

    static final String ESTABLISHED = "units.established";
    static final String HANDED_OVER = "units.handedOver";

    private static final String ESTABLISHED_SQL = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_event e
              join org_unit_ancestry a on a.descendant_id = e.unit_id
                                      and a.valid_from <= e.occurred_on and a.valid_to > e.occurred_on
             where e.kind = 'ESTABLISHED' and e.occurred_on >= :from and e.occurred_on <= :to
               and a.ancestor_id = any(:roots) and a.ancestor_id <> e.unit_id
             group by 1, 2
            """;

    private static final String HANDED_OVER_SQL = """
            select a.ancestor_id as root, e.occurred_on as day, count(*) as num, 0 as den
              from org_unit_event e
              join org_unit_ancestry a on a.descendant_id = e.from_unit_id
                                      and a.valid_from <= e.occurred_on - 1 and a.valid_to > e.occurred_on - 1
             where e.kind = 'HANDED_OVER' and e.occurred_on >= :from and e.occurred_on <= :to
               and a.ancestor_id = any(:roots)
               and a.ancestor_id <> all(array(select s.ancestor_id from org_unit_ancestry s
                                               where s.descendant_id = e.to_unit_id
                                                 and s.valid_from <= e.occurred_on and s.valid_to > e.occurred_on))
             group by 1, 2
            """;

    private final List<Measure> measures;

    StructureMeasures(JdbcClient jdbc) {
        measures = List.of(Measure.of(ESTABLISHED, MeasureKind.FLOW, MeasureSource.sql(jdbc, ESTABLISHED_SQL)),
                Measure.of(HANDED_OVER, MeasureKind.FLOW, MeasureSource.sql(jdbc, HANDED_OVER_SQL)));
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }
}
