package vn.dangvu.training;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.MeasureProvider;
import vn.dangvu.targets.MeasureSource;

/**
 * The training figures of the targets' catalog. A class counts on its end date, in every subtree its
 * organizing unit stood in that day, so a committee's past figures stay when a unit is handed over
 * later. Each measure exists for all classes and per kind ({@code training.classes.resolution}).
 */
@Component
class TrainingMeasures implements MeasureProvider {

    static final String CLASSES = "training.classes";
    static final String PARTICIPANTS = "training.participants";
    static final String ATTENDANCE = "training.attendance";
    static final String COMPLETION = "training.completion";

    /** Classes that ended in the period. */
    private static final String CLASS_COUNT = """
            select a.ancestor_id as root, c.ends_on as day, count(*) as num, 0 as den
              from training_class c
              join org_unit_ancestry a on a.descendant_id = c.unit_id
                                      and a.valid_from <= c.ends_on and a.valid_to > c.ends_on
             where a.ancestor_id = any(:roots) and c.ends_on >= :from and c.ends_on <= :to %s
             group by 1, 2
            """;

    /** People enrolled in classes that ended in the period; {@code %s} picks the numerator. */
    private static final String ENROLMENTS = """
            select a.ancestor_id as root, c.ends_on as day, %s as num, %s as den
              from training_class c
              join training_enrolment e on e.class_id = c.id
              join org_unit_ancestry a on a.descendant_id = c.unit_id
                                      and a.valid_from <= c.ends_on and a.valid_to > c.ends_on
             where a.ancestor_id = any(:roots) and c.ends_on >= :from and c.ends_on <= :to %s
             group by 1, 2
            """;

    private final List<Measure> measures;

    TrainingMeasures(JdbcClient jdbc) {
        List<Measure> all = new ArrayList<>();
        all.addAll(family(jdbc, "", ""));
        for (ClassKind kind : ClassKind.values()) {
            // the kind comes from the enum, never from input
            all.addAll(family(jdbc, "." + kind.measureSuffix(), "and c.kind = '" + kind.name() + "'"));
        }
        this.measures = List.copyOf(all);
    }

    private static List<Measure> family(JdbcClient jdbc, String suffix, String filter) {
        return List.of(
                Measure.of(CLASSES + suffix, MeasureKind.FLOW, MeasureSource.sql(jdbc, CLASS_COUNT.formatted(filter))),
                Measure.of(PARTICIPANTS + suffix, MeasureKind.FLOW,
                        MeasureSource.sql(jdbc, ENROLMENTS.formatted("count(*)", "0", filter))),
                Measure.of(ATTENDANCE + suffix, MeasureKind.SHARE,
                        MeasureSource.sql(jdbc, ENROLMENTS.formatted("count(*) filter (where e.attended)", "count(*)", filter))),
                Measure.of(COMPLETION + suffix, MeasureKind.SHARE,
                        MeasureSource.sql(jdbc, ENROLMENTS.formatted("count(*) filter (where e.completed)", "count(*)", filter))));
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }
}
