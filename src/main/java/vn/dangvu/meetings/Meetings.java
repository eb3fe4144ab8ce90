package vn.dangvu.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.meetings.MeetingChecks.Expected;
import vn.dangvu.meetings.MeetingViews.Absentee;
import vn.dangvu.meetings.MeetingViews.BranchHeld;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.MeetingView;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.meetings.MeetingViews.Overview;
import vn.dangvu.meetings.MeetingViews.RollLine;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitScope;

/**
 * Branch meetings: recording them, taking attendance, and the reads a branch and its committees need. The
 * branch's members on a day are read from the members' periods (member_period, V3): probationary and
 * official members counted in the branch, or meeting in it while temporarily transferred.
 */
@Service
public class Meetings {

    private static final String MEETING_COLUMNS = """
            m.id, m.unit_id, (select u.name from org_unit u where u.id = m.unit_id) as branch_name, m.held_on, m.kind,
            m.theme, m.place, m.chair,
            (select count(*) from meeting_attendance t where t.meeting_id = m.id and t.presence <> 'EXEMPT') as expected,
            (select count(*) from meeting_attendance t where t.meeting_id = m.id and t.presence = 'PRESENT') as present,
            (select count(*) from meeting_attendance t where t.meeting_id = m.id and t.presence = 'EXCUSED') as excused,
            (select count(*) from meeting_attendance t where t.meeting_id = m.id and t.presence = 'UNEXCUSED') as unexcused
            """;

    static final String RECORD_TYPE = "meeting";

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(JdbcClient jdbc, OrganizationTree tree, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.events = events;
        this.clock = clock;
    }

    /** Records a meeting held; refused (nothing written) by the rules of {@link MeetingChecks#meeting}. */
    @Transactional
    public long record(NewMeeting m) {
        MeetingChecks.meeting(m, typeOn(m), exists(m),
                LocalDate.now(clock), m.heldOn() != null && monthlyHeld(m.branch(), m.heldOn(), null));
        long id = jdbc.sql("""
                insert into branch_meeting (unit_id, held_on, month_start, kind, theme, place, chair)
                values (:unit, :day, :month, :kind, :theme, :place, :chair) returning id
                """).param("unit", m.branch().value()).param("day", m.heldOn())
                .param("month", m.heldOn().withDayOfMonth(1)).param("kind", m.kind().name())
                .param("theme", MeetingChecks.clean(m.theme())).param("place", MeetingChecks.clean(m.place()))
                .param("chair", MeetingChecks.clean(m.chair())).query(Long.class).single();
        events.publishEvent(new RecordChanged("MEETING_RECORDED", RECORD_TYPE, id, Set.of(m.branch().value()), null,
                fields(find(id).orElseThrow())));
        return id;
    }

    /**
     * Corrects a meeting's day, kind, theme, place or chair, checked by the same rules as when it was recorded
     * (the meeting itself aside for one monthly meeting a month). When its day changes, the attendance sheet
     * already taken must still be the branch's members of the new day, or the correction is refused.
     */
    @Transactional
    public void revise(long meetingId, NewMeeting m) {
        MeetingView before = lock(meetingId);
        if (m.branch() == null || !m.branch().equals(before.branch())) {
            throw new NotFoundException("meeting", meetingId);
        }
        MeetingChecks.meeting(m, typeOn(m), exists(m), LocalDate.now(clock),
                m.heldOn() != null && monthlyHeld(m.branch(), m.heldOn(), meetingId));
        List<Mark> sheet = marks(meetingId);
        if (!sheet.isEmpty() && !m.heldOn().equals(before.heldOn())) {
            try {
                MeetingChecks.attendance(expected(m.branch(), m.heldOn()), sheet);
            } catch (RuleViolation differs) {
                throw MeetingRule.ATTENDEES_OF_THE_BRANCH.violation("sheetOnNewDay", m.heldOn());
            }
        }
        jdbc.sql("""
                update branch_meeting set held_on = :day, month_start = :month, kind = :kind, theme = :theme,
                       place = :place, chair = :chair
                 where id = :id
                """).param("id", meetingId).param("day", m.heldOn()).param("month", m.heldOn().withDayOfMonth(1))
                .param("kind", m.kind().name()).param("theme", MeetingChecks.clean(m.theme()))
                .param("place", MeetingChecks.clean(m.place())).param("chair", MeetingChecks.clean(m.chair())).update();
        events.publishEvent(new RecordChanged("MEETING_REVISED", RECORD_TYPE, meetingId, Set.of(before.branch().value()),
                fields(before), fields(find(meetingId).orElseThrow())));
    }

    /** Deletes a meeting recorded by mistake, with its attendance; the targets' measures count it no more. */
    @Transactional
    public void delete(long meetingId) {
        MeetingView before = lock(meetingId);
        jdbc.sql("delete from branch_meeting where id = :id").param("id", meetingId).update();
        events.publishEvent(new RecordChanged("MEETING_DELETED", RECORD_TYPE, meetingId, Set.of(before.branch().value()),
                fields(before), null));
    }

    private MeetingView lock(long meetingId) {
        jdbc.sql("select id from branch_meeting where id = :id for update").param("id", meetingId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("meeting", meetingId));
        return find(meetingId).orElseThrow();
    }

    private List<Mark> marks(long meetingId) {
        return jdbc.sql("select member_id, presence, reason from meeting_attendance where meeting_id = :id")
                .param("id", meetingId)
                .query((rs, n) -> new Mark(new MemberId(rs.getLong(1)), Presence.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** What the audit log keeps of a meeting: its fields and the tally of its sheet. */
    private static Map<String, Object> fields(MeetingView m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("branch", m.branch().value());
        out.put("heldOn", m.heldOn());
        out.put("kind", m.kind());
        out.put("theme", m.theme());
        out.put("place", m.place());
        out.put("chair", m.chair());
        out.put("expected", m.expected());
        out.put("present", m.present());
        out.put("excused", m.excused());
        out.put("unexcused", m.unexcused());
        return out;
    }

    /** Records a meeting and its attendance in one transaction: both, or neither. */
    @Transactional
    public long record(NewMeeting m, List<Mark> marks) {
        long id = record(m);
        takeAttendance(id, marks);
        return id;
    }

    /** Replaces the meeting's attendance sheet with these marks, all or nothing. */
    @Transactional
    public void takeAttendance(long meetingId, List<Mark> marks) {
        MeetingView meeting = find(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        MeetingChecks.attendance(expected(meeting.branch(), meeting.heldOn()), marks);
        Map<String, Object> before = sheet(meeting, marks(meetingId));
        jdbc.sql("delete from meeting_attendance where meeting_id = :id").param("id", meetingId).update();
        for (Mark mark : marks) {
            jdbc.sql("""
                    insert into meeting_attendance (meeting_id, member_id, presence, reason)
                    values (:meeting, :member, :presence, :reason)
                    """).param("meeting", meetingId).param("member", mark.member().value())
                    .param("presence", mark.presence().name())
                    .param("reason", mark.presence() == Presence.EXCUSED ? MeetingChecks.clean(mark.reason()) : null)
                    .update();
        }
        Map<String, Object> after = sheet(find(meetingId).orElseThrow(), marks(meetingId));
        events.publishEvent(new RecordChanged("ATTENDANCE_TAKEN", RECORD_TYPE, meetingId,
                Set.of(meeting.branch().value()), before.get("marks") == null ? null : before, after));
    }

    /** What the audit log keeps of a sheet: the tally and each member's mark (ids and presence, no reason text). */
    private static Map<String, Object> sheet(MeetingView m, List<Mark> marks) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("expected", m.expected());
        out.put("present", m.present());
        out.put("excused", m.excused());
        out.put("unexcused", m.unexcused());
        Map<String, Object> byMember = new java.util.TreeMap<>();
        for (Mark mark : marks) {
            byMember.put(String.valueOf(mark.member().value()), mark.presence().name());
        }
        out.put("marks", byMember.isEmpty() ? null : byMember);
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<MeetingView> find(long meetingId) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from branch_meeting m where m.id = :id").param("id", meetingId)
                .query(Meetings::meeting).optional();
    }

    /** The members the branch holds on the meeting's day, with their marks where recorded. */
    @Transactional(readOnly = true)
    public List<RollLine> roll(long meetingId) {
        return roll(meetingId, UnitScope.whole(LocalDate.now(clock)));
    }

    /**
     * {@link #roll(long)} as a reader limited to {@code scope} sees it: a member whose branch today is out of
     * the scope (moved away since the meeting) is on the sheet without name or reason, so lists never name
     * people out of reach.
     */
    @Transactional(readOnly = true)
    public List<RollLine> roll(long meetingId, UnitScope scope) {
        MeetingView meeting = find(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        return jdbc.sql("""
                select m.id, m.full_name, p.status, p.exempt, t.presence, t.reason, %s as visible
                  from member_period p
                  join member m on m.id = p.member_id
                  left join meeting_attendance t on t.meeting_id = :meeting and t.member_id = m.id
                 where coalesce(p.host_unit_id, p.unit_id) = :branch and p.valid_from <= :day and p.valid_to > :day
                   and p.status in ('PROBATIONARY', 'OFFICIAL')
                 order by m.sort_key, m.id
                """.formatted(scope.predicate("m.unit_id"))).params(scope.parameters())
                .param("meeting", meetingId).param("branch", meeting.branch().value()).param("day", meeting.heldOn())
                .query((rs, n) -> {
                    boolean visible = rs.getBoolean(7);
                    return new RollLine(new MemberId(rs.getLong(1)), visible ? rs.getString(2) : null,
                            MemberStatus.valueOf(rs.getString(3)), rs.getBoolean(4),
                            rs.getString(5) == null ? null : Presence.valueOf(rs.getString(5)),
                            visible ? rs.getString(6) : null, visible);
                }).list();
    }

    List<Expected> expected(UnitId branch, LocalDate day) {
        return jdbc.sql("""
                select m.id, m.full_name, p.exempt from member_period p join member m on m.id = p.member_id
                 where coalesce(p.host_unit_id, p.unit_id) = :branch and p.valid_from <= :day and p.valid_to > :day
                   and p.status in ('PROBATIONARY', 'OFFICIAL')
                """).param("branch", branch.value()).param("day", day)
                .query((rs, n) -> new Expected(new MemberId(rs.getLong(1)), rs.getString(2), rs.getBoolean(3))).list();
    }

    /**
     * Meetings held by the branches that stood under {@code unit} (itself included) on each meeting's day,
     * newest first, limited in SQL to branches in {@code scope}; {@code year} narrows to one year.
     */
    @Transactional(readOnly = true)
    public Page<MeetingView> list(UnitId unit, Integer year, UnitScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("unit", unit.value());
        params.put("from", year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1));
        params.put("to", year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1));
        String from = """
                 from branch_meeting m
                 join org_unit_ancestry a on a.descendant_id = m.unit_id and a.ancestor_id = :unit
                                         and a.valid_from <= m.held_on and a.valid_to > m.held_on
                where m.held_on >= :from and m.held_on < :to and %s
                """.formatted(scope.predicate("m.unit_id"));
        List<MeetingView> items = jdbc.sql("select " + MEETING_COLUMNS + from
                        + " order by m.held_on desc, m.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Meetings::meeting).list();
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    /**
     * For a committee and the months {@code from}..{@code to}: the branches of its subtree as it stood on the
     * period's last day (or today, if earlier), each with the monthly meetings held in the period (one a month
     * expected) and the themed meetings (one a quarter expected), in Vietnamese name order; branches out of
     * {@code scope} are left out in SQL, so the counts never tell of them.
     */
    @Transactional(readOnly = true)
    public Overview overview(UnitId committee, YearMonth from, YearMonth to, UnitScope scope, int page, int size) {
        LocalDate start = from.atDay(1);
        LocalDate end = to.atEndOfMonth();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = end.isAfter(today) ? today : end;
        int months = (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        int quarters = (int) ((to.getYear() * 4L + (to.getMonthValue() - 1) / MeetingPolicy.THEMED_EVERY_MONTHS)
                - (from.getYear() * 4L + (from.getMonthValue() - 1) / MeetingPolicy.THEMED_EVERY_MONTHS) + 1);
        // Themed meetings are expected once a quarter: counted over the whole quarters the period touches.
        LocalDate themedStart = LocalDate.of(from.getYear(), ((from.getMonthValue() - 1) / 3) * 3 + 1, 1);
        LocalDate themedEnd = LocalDate.of(to.getYear(), ((to.getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3).minusDays(1);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("unit", committee.value());
        params.put("asOf", asOf);
        params.put("start", start);
        params.put("end", end);
        params.put("tStart", themedStart);
        params.put("tEnd", themedEnd);
        params.put("months", months);
        params.put("quarters", quarters);
        String rows = """
                with b as (
                    select u.id, u.name, u.name_folded from org_unit_ancestry a join org_unit u on u.id = a.descendant_id
                     where a.ancestor_id = :unit and a.valid_from <= :asOf and a.valid_to > :asOf
                       and a.descendant_type in ('BRANCH', 'GRASSROOTS_BRANCH') and %s
                ), h as (
                    select b.id, b.name, b.name_folded,
                           (select count(distinct m.month_start) from branch_meeting m where m.unit_id = b.id
                             and m.kind = 'MONTHLY' and m.held_on between :start and :end) as monthly,
                           (select count(distinct date_trunc('quarter', m.held_on)) from branch_meeting m where m.unit_id = b.id
                             and m.kind = 'THEMED' and m.held_on between :tStart and :tEnd) as themed
                      from b
                )
                """.formatted(scope.predicate("u.id"));
        List<BranchHeld> items = jdbc.sql(rows + """
                select id, name, monthly, themed from h
                 order by (monthly >= :months) , name_folded, id limit :limit offset :offset
                """).params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new BranchHeld(UnitId.of(rs.getLong(1)), rs.getString(2), rs.getInt(3), months,
                        rs.getInt(4), quarters)).list();
        Map<String, Object> counts = jdbc.sql(rows + """
                select count(*) as branches, count(*) filter (where monthly >= :months) as monthly,
                       count(*) filter (where themed >= :quarters) as themed from h
                """).params(params).query().singleRow();
        long branches = ((Number) counts.get("branches")).longValue();
        return new Overview(committee, from, to, asOf, branches, ((Number) counts.get("monthly")).longValue(),
                ((Number) counts.get("themed")).longValue(), new Page<>(items, page, size, branches));
    }

    /**
     * Members absent without reason from meetings in {@link MeetingPolicy#UNEXCUSED_MONTHS_TO_STRIKE_OFF} or
     * more months of the year, at meetings of branches that stood under {@code unit} on the meeting's day.
     */
    @Transactional(readOnly = true)
    public Page<Absentee> absentees(UnitId unit, int year, UnitScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("unit", unit.value());
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year + 1, 1, 1));
        params.put("months", MeetingPolicy.UNEXCUSED_MONTHS_TO_STRIKE_OFF);
        String base = """
                select t.member_id, array_agg(distinct extract(month from m.held_on)::int order by extract(month from m.held_on)::int) as months,
                       (array_agg(m.unit_id order by m.held_on desc))[1] as branch
                  from meeting_attendance t
                  join branch_meeting m on m.id = t.meeting_id
                  join org_unit_ancestry a on a.descendant_id = m.unit_id and a.ancestor_id = :unit
                                          and a.valid_from <= m.held_on and a.valid_to > m.held_on
                  join member mb on mb.id = t.member_id
                 where t.presence = 'UNEXCUSED' and m.held_on >= :from and m.held_on < :to and %s and %s
                 group by t.member_id
                having count(distinct extract(month from m.held_on)) >= :months
                """.formatted(scope.predicate("m.unit_id"), scope.predicate("mb.unit_id"));
        List<Absentee> items = jdbc.sql("""
                select x.member_id, mb.full_name, x.branch, u.name, x.months from (%s) x
                  join member mb on mb.id = x.member_id join org_unit u on u.id = x.branch
                 order by mb.sort_key, mb.id limit :limit offset :offset
                """.formatted(base)).params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    Integer[] ms = (Integer[]) rs.getArray(5).getArray();
                    return new Absentee(new MemberId(rs.getLong(1)), rs.getString(2), UnitId.of(rs.getLong(3)),
                            rs.getString(4), ms.length, List.of(ms));
                }).list();
        long total = jdbc.sql("select count(*) from (" + base + ") x").params(params).query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    private vn.dangvu.organizations.UnitType typeOn(NewMeeting m) {
        if (m.branch() == null || m.heldOn() == null) {
            return null;
        }
        return tree.find(m.branch(), m.heldOn()).map(UnitView::type).orElse(null);
    }

    private boolean exists(NewMeeting m) {
        return m.branch() != null && m.heldOn() != null
                && tree.find(m.branch(), m.heldOn()).map(UnitView::existsOnDate).orElse(false);
    }

    /** Whether another monthly meeting than {@code except} was held in the day's month. */
    private boolean monthlyHeld(UnitId branch, LocalDate day, Long except) {
        return branch != null && jdbc.sql("""
                select exists (select 1 from branch_meeting where unit_id = :unit and month_start = :month and kind = 'MONTHLY'
                                                             and id <> :except)
                """).param("unit", branch.value()).param("month", day.withDayOfMonth(1))
                .param("except", except == null ? -1L : except).query(Boolean.class).single();
    }

    private static MeetingView meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingView(rs.getLong("id"), UnitId.of(rs.getLong("unit_id")), rs.getString("branch_name"),
                rs.getObject("held_on", LocalDate.class), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("theme"), rs.getString("place"), rs.getString("chair"), rs.getInt("expected"),
                rs.getInt("present"), rs.getInt("excused"), rs.getInt("unexcused"));
    }
}
