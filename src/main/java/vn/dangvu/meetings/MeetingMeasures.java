package vn.dangvu.meetings;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.MeasureProvider;
import vn.dangvu.targets.MeasureSource;

/**
 * The meetings' measures for the targets' catalog (codes are a contract with the reports). Each record
 * counts on its day in the subtrees its unit stood in that day, so a branch handed over later keeps its
 * past meetings in its former committee's figures.
 */
@Component
class MeetingMeasures implements MeasureProvider {

    static final String MONTHLY_HELD = "meetings.monthlyHeld";
    static final String THEMED_HELD = "meetings.themedHeld";
    static final String ATTENDANCE = "meetings.attendance";
    static final String CONFERENCES_HELD = "conferences.held";
    static final String CONFERENCE_ATTENDEES = "conferences.attendees";

    private static final String MEETINGS = """
            select a.ancestor_id as root, m.held_on as day, count(*) as num, 0 as den
              from org_unit_ancestry a
              join branch_meeting m on m.unit_id = a.descendant_id
                                   and m.held_on >= a.valid_from and m.held_on < a.valid_to
                                   and m.held_on >= :from and m.held_on <= :to
             where a.ancestor_id = any(:roots) and a.valid_from <= :to and a.valid_to > :from
               and m.kind = '%s'
             group by 1, 2
            """;

    /** Present among those expected (exempted members who did not come are not expected). */
    private static final String ATTENDANCE_SQL = """
            select a.ancestor_id as root, m.held_on as day,
                   count(*) filter (where t.presence = 'PRESENT') as num,
                   count(*) filter (where t.presence <> 'EXEMPT') as den
              from org_unit_ancestry a
              join branch_meeting m on m.unit_id = a.descendant_id
                                   and m.held_on >= a.valid_from and m.held_on < a.valid_to
                                   and m.held_on >= :from and m.held_on <= :to
              join meeting_attendance t on t.meeting_id = m.id
             where a.ancestor_id = any(:roots) and a.valid_from <= :to and a.valid_to > :from
             group by 1, 2
            """;

    private static final String CONFERENCES = """
            select a.ancestor_id as root, c.held_on as day, %s as num, 0 as den
              from org_unit_ancestry a
              join conference c on c.unit_id = a.descendant_id
                               and c.held_on >= a.valid_from and c.held_on < a.valid_to
                               and c.held_on >= :from and c.held_on <= :to
             where a.ancestor_id = any(:roots) and a.valid_from <= :to and a.valid_to > :from
             group by 1, 2
            """;

    /** People present: those recorded one by one, else the number entered. */
    private static final String ATTENDEES = """
            sum(coalesce(nullif((select count(*) from conference_attendee t where t.conference_id = c.id), 0),
                         c.attendees_count, 0))""";

    private final JdbcClient jdbc;

    MeetingMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.of(MONTHLY_HELD, MeasureKind.FLOW, MeasureSource.sql(jdbc, MEETINGS.formatted("MONTHLY"))),
                Measure.of(THEMED_HELD, MeasureKind.FLOW, MeasureSource.sql(jdbc, MEETINGS.formatted("THEMED"))),
                Measure.of(ATTENDANCE, MeasureKind.SHARE, MeasureSource.sql(jdbc, ATTENDANCE_SQL)),
                Measure.of(CONFERENCES_HELD, MeasureKind.FLOW, MeasureSource.sql(jdbc, CONFERENCES.formatted("count(*)"))),
                Measure.of(CONFERENCE_ATTENDEES, MeasureKind.FLOW, MeasureSource.sql(jdbc, CONFERENCES.formatted(ATTENDEES))));
    }
}
