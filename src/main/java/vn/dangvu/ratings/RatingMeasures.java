package vn.dangvu.ratings;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.MeasureProvider;
import vn.dangvu.targets.MeasureSource;

/**
 * Shares of decided yearly ratings (over those rated), counted on the last day of the year they rate,
 * in the subtrees the member's branch (or the organization) stood in that day — so handing a branch
 * over later does not move its past ratings. A committee's organization shares count the
 * organizations under it, not itself. Quarterly and term ratings are left out so a year's figure is
 * not counted twice.
 */
@Component
class RatingMeasures implements MeasureProvider {

    static final String MEMBERS_EXCELLENT = "ratings.members.excellent";
    static final String MEMBERS_GOOD_OR_BETTER = "ratings.members.goodOrBetter";
    static final String MEMBERS_FAILED = "ratings.members.failed";
    static final String UNITS_EXCELLENT = "ratings.organizations.excellent";
    static final String UNITS_GOOD_OR_BETTER = "ratings.organizations.goodOrBetter";
    static final String UNITS_FAILED = "ratings.organizations.failed";

    private static final String SHARE = """
            select a.ancestor_id as root, r.period_to as day,
                   count(*) filter (where r.level in (%s)) as num, count(*) as den
              from rating r
              join org_unit_ancestry a on a.descendant_id = r.unit_id
                                      and r.period_to >= a.valid_from and r.period_to < a.valid_to
             where a.ancestor_id = any(:roots) and r.state = 'DECIDED' and r.period_kind = 'YEAR'
               and r.period_to >= :from and r.period_to <= :to and %s
             group by 1, 2
            """;

    private static final String OF_MEMBERS = "r.member_id is not null";
    private static final String OF_UNITS = "r.subject_unit_id is not null and a.depth > 0";

    private final List<Measure> measures;

    RatingMeasures(JdbcClient jdbc) {
        measures = List.of(
                share(jdbc, MEMBERS_EXCELLENT, "'EXCELLENT'", OF_MEMBERS),
                share(jdbc, MEMBERS_GOOD_OR_BETTER, "'EXCELLENT', 'GOOD'", OF_MEMBERS),
                share(jdbc, MEMBERS_FAILED, "'FAILED'", OF_MEMBERS),
                share(jdbc, UNITS_EXCELLENT, "'EXCELLENT'", OF_UNITS),
                share(jdbc, UNITS_GOOD_OR_BETTER, "'EXCELLENT', 'GOOD'", OF_UNITS),
                share(jdbc, UNITS_FAILED, "'FAILED'", OF_UNITS));
    }

    private static Measure share(JdbcClient jdbc, String code, String levels, String subjects) {
        return Measure.of(code, MeasureKind.SHARE, MeasureSource.sql(jdbc, SHARE.formatted(levels, subjects)));
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }
}
