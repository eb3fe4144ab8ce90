package vn.dangvu.inspection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.MeasureProvider;
import vn.dangvu.targets.MeasureSource;

/**
 * Inspection figures for the targets' catalog, each counted on its day in the subtrees its unit
 * stood in that day: reviews of members (in the member's branch), discipline of organizations (in
 * the disciplined unit, its own figure included), concluded inspection and supervision cases (in the
 * committee that conducted them).
 */
@Component
class InspectionMeasures implements MeasureProvider {

    static final String MEMBERS_REVIEWED = "members.reviewed";
    static final String UNITS_DISCIPLINED = "units.disciplined";
    static final String INSPECTIONS = "inspection.cases";
    static final String SUPERVISIONS = "supervision.cases";

    private static final String FLOW = """
            select a.ancestor_id as root, x.day, count(*) as num, 0 as den
              from (%s) x
              join org_unit_ancestry a on a.descendant_id = x.unit_id and x.day >= a.valid_from and x.day < a.valid_to
             where a.ancestor_id = any(:roots) and x.day >= :from and x.day <= :to
             group by 1, 2
            """;

    private final List<Measure> measures;

    InspectionMeasures(JdbcClient jdbc) {
        measures = List.of(
                flow(jdbc, MEMBERS_REVIEWED, "select unit_id, reviewed_on as day from member_review"),
                flow(jdbc, UNITS_DISCIPLINED, "select unit_id, decided_on as day from unit_discipline"),
                flow(jdbc, INSPECTIONS, """
                        select unit_id, concluded_on as day from inspection_case
                         where kind = 'INSPECTION' and concluded_on is not null"""),
                flow(jdbc, SUPERVISIONS, """
                        select unit_id, concluded_on as day from inspection_case
                         where kind = 'SUPERVISION' and concluded_on is not null"""));
    }

    private static Measure flow(JdbcClient jdbc, String code, String records) {
        return Measure.of(code, MeasureKind.FLOW, MeasureSource.sql(jdbc, FLOW.formatted(records)));
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }
}
