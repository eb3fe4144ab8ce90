package vn.dangvu.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.meetings.ConferenceViews.AttendeeChoice;
import vn.dangvu.meetings.ConferenceViews.AttendeeLine;
import vn.dangvu.meetings.ConferenceViews.ConferenceEdit;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.meetings.ConferenceViews.FileContent;
import vn.dangvu.meetings.ConferenceViews.FileInfo;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.ConferenceViews.Upload;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.NameQuery;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.UnitScope;

/**
 * Conferences (hội nghị) of any unit: recording them with guests, attendance, documents and minutes, correcting
 * and deleting them (each written in the audit log), recording the attendees one by one, and reading them.
 */
@Service
public class Conferences {

    private static final String COLUMNS = """
            c.id, c.unit_id, (select u.name from org_unit u where u.id = c.unit_id) as unit_name, c.kind, c.held_on,
            c.title, c.place, c.presiding, c.attendees_count, c.branches_count, c.documents, c.minutes,
            (select count(*) from conference_attendee t where t.conference_id = c.id) as recorded,
            (select count(distinct t.branch_id) from conference_attendee t where t.conference_id = c.id) as recorded_branches
            """;

    static final String RECORD_TYPE = "conference";

    /** A probationary or official member standing, on :day, in :unit's subtree: the branch they are counted in. */
    private static final String BRANCH_ON_DAY = """
            select coalesce(p.host_unit_id, p.unit_id) from member_period p
              join org_unit_ancestry a on a.descendant_id = coalesce(p.host_unit_id, p.unit_id)
                                      and a.ancestor_id = :unit and a.valid_from <= :day and a.valid_to > :day
             where p.member_id = :member and p.valid_from <= :day and p.valid_to > :day
               and p.status in ('PROBATIONARY', 'OFFICIAL')
            """;

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conferences(JdbcClient jdbc, OrganizationTree tree, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.events = events;
        this.clock = clock;
    }

    /** Records a conference with everything in it, or nothing when a rule refuses any part. */
    @Transactional
    public long record(NewConference c) {
        check(c.unit(), c.kind(), c.heldOn(), c.attendeesCount(), c.branchesCount(), c.title(), c.place(),
                c.presiding(), c.guests(), c.documents());
        for (Upload f : c.files()) {
            MeetingChecks.file(f.fileName(), f.contentType(), f.content());
        }
        Map<Long, Long> branchOf = new HashMap<>();
        for (MemberId member : c.attendees()) {
            Long branch = branchOnDay(c.unit(), c.heldOn(), member);
            if (branch == null) {
                throw MeetingRule.CONFERENCE_ATTENDEES_WITHIN.violation("attendee", member.value());
            }
            branchOf.put(member.value(), branch);
        }
        boolean perMember = !c.attendees().isEmpty();
        long id = jdbc.sql("""
                insert into conference (unit_id, kind, held_on, title, place, presiding, attendees_count, branches_count,
                                        documents, minutes)
                values (:unit, :kind, :day, :title, :place, :presiding, :attendees, :branches, :documents, :minutes)
                returning id
                """).param("unit", c.unit().value()).param("kind", c.kind().name()).param("day", c.heldOn())
                .param("title", MeetingChecks.clean(c.title())).param("place", MeetingChecks.clean(c.place()))
                .param("presiding", MeetingChecks.clean(c.presiding()))
                .param("attendees", perMember ? null : c.attendeesCount())
                .param("branches", perMember ? null : c.branchesCount())
                .param("documents", c.documents().stream().map(MeetingChecks::clean).filter(d -> d != null)
                        .toArray(String[]::new))
                .param("minutes", MeetingChecks.clean(c.minutes()))
                .query(Long.class).single();
        writeGuests(id, c.guests());
        for (var e : branchOf.entrySet()) {
            jdbc.sql("insert into conference_attendee (conference_id, member_id, branch_id) values (:c, :m, :b)")
                    .param("c", id).param("m", e.getKey()).param("b", e.getValue()).update();
        }
        for (Upload f : c.files()) {
            jdbc.sql("""
                    insert into conference_file (conference_id, file_name, content_type, size_bytes, content)
                    values (:c, :name, :type, :size, :content)
                    """).param("c", id).param("name", f.fileName().strip()).param("type", f.contentType())
                    .param("size", f.content().length).param("content", f.content()).update();
        }
        events.publishEvent(new RecordChanged("CONFERENCE_RECORDED", RECORD_TYPE, id, Set.of(c.unit().value()), null,
                fields(find(id).orElseThrow())));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<ConferenceView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from conference c where c.id = :id").param("id", id)
                .query(this::view).optional();
    }

    /** A unit's own conferences, newest first, when the unit is in {@code scope}. */
    @Transactional(readOnly = true)
    public Page<ConferenceView> list(UnitId unit, UnitScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("unit", unit.value());
        String from = " from conference c where c.unit_id = :unit and " + scope.predicate("c.unit_id");
        List<ConferenceView> items = jdbc.sql("select " + COLUMNS + from
                        + " order by c.held_on desc, c.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query(this::view).list();
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    /** A unit's conferences held between the two days (both included), oldest first. */
    @Transactional(readOnly = true)
    public List<ConferenceView> between(UnitId unit, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + """
                 from conference c where c.unit_id = :unit and c.held_on between :from and :to
                 order by c.held_on, c.id
                """).param("unit", unit.value()).param("from", from).param("to", to).query(this::view).list();
    }

    @Transactional(readOnly = true)
    public Optional<FileContent> file(long conferenceId, long fileId) {
        return jdbc.sql("select file_name, content_type, content from conference_file where id = :f and conference_id = :c")
                .param("f", fileId).param("c", conferenceId)
                .query((rs, n) -> new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /**
     * Corrects a conference's fields, checked again as when it was recorded. The attendees recorded one by one
     * must still stand in the unit's subtree on the day (if the day changed), each counted in their branch of
     * that day; files stay as they are.
     */
    @Transactional
    public void revise(long id, ConferenceEdit e) {
        ConferenceView before = lock(id);
        check(before.unit(), e.kind(), e.heldOn(), e.attendeesCount(), e.branchesCount(), e.title(), e.place(),
                e.presiding(), e.guests(), e.documents());
        Map<Long, Long> branchOf = new LinkedHashMap<>();
        for (MemberId member : recordedMembers(id)) {
            Long branch = branchOnDay(before.unit(), e.heldOn(), member);
            if (branch == null) {
                throw MeetingRule.CONFERENCE_ATTENDEES_WITHIN.violation("attendeeOnNewDay", nameOf(member), e.heldOn());
            }
            branchOf.put(member.value(), branch);
        }
        jdbc.sql("""
                update conference set kind = :kind, held_on = :day, title = :title, place = :place, presiding = :presiding,
                       attendees_count = :attendees, branches_count = :branches, documents = :documents, minutes = :minutes
                 where id = :id
                """).param("id", id).param("kind", e.kind().name()).param("day", e.heldOn())
                .param("title", MeetingChecks.clean(e.title())).param("place", MeetingChecks.clean(e.place()))
                .param("presiding", MeetingChecks.clean(e.presiding()))
                .param("attendees", e.attendeesCount()).param("branches", e.branchesCount())
                .param("documents", e.documents().stream().map(MeetingChecks::clean).filter(d -> d != null)
                        .toArray(String[]::new))
                .param("minutes", MeetingChecks.clean(e.minutes())).update();
        jdbc.sql("delete from conference_guest where conference_id = :c").param("c", id).update();
        writeGuests(id, e.guests());
        branchOf.forEach((member, branch) -> jdbc.sql(
                "update conference_attendee set branch_id = :b where conference_id = :c and member_id = :m")
                .param("b", branch).param("c", id).param("m", member).update());
        events.publishEvent(new RecordChanged("CONFERENCE_REVISED", RECORD_TYPE, id, Set.of(before.unit().value()),
                fields(before), fields(find(id).orElseThrow())));
    }

    /** Deletes a conference with its guests, attendees and files; the targets' measures count it no more. */
    @Transactional
    public void delete(long id) {
        ConferenceView before = lock(id);
        jdbc.sql("delete from conference where id = :id").param("id", id).update();
        events.publishEvent(new RecordChanged("CONFERENCE_DELETED", RECORD_TYPE, id, Set.of(before.unit().value()),
                fields(before), null));
    }

    /**
     * Records these members present, one by one; those already recorded stay as they are. Each must be, on the
     * day, a probationary or official member in the unit's subtree, and within {@code scope} today (else not
     * found, as if they did not exist). Answers how many were added.
     */
    @Transactional
    public int addAttendees(long id, List<MemberId> members, UnitScope scope) {
        ConferenceView c = lock(id);
        Set<MemberId> recorded = Set.copyOf(recordedMembers(id));
        List<Long> added = new ArrayList<>();
        for (MemberId member : new LinkedHashSet<>(members)) {
            if (!visible(member, scope)) {
                throw new NotFoundException("member", member.value());
            }
            if (recorded.contains(member)) {
                continue;
            }
            Long branch = branchOnDay(c.unit(), c.heldOn(), member);
            if (branch == null) {
                throw MeetingRule.CONFERENCE_ATTENDEES_WITHIN.violation("attendeeNamed", nameOf(member), c.heldOn());
            }
            jdbc.sql("insert into conference_attendee (conference_id, member_id, branch_id) values (:c, :m, :b)")
                    .param("c", id).param("m", member.value()).param("b", branch).update();
            added.add(member.value());
        }
        if (!added.isEmpty()) {
            ConferenceView after = find(id).orElseThrow();
            events.publishEvent(new RecordChanged("ATTENDEES_ADDED", RECORD_TYPE, id, Set.of(c.unit().value()),
                    attendance(c), withAdded(attendance(after), added)));
        }
        return added.size();
    }

    /** Takes someone off the attendees recorded one by one (recorded by mistake); not found when not recorded. */
    @Transactional
    public void removeAttendee(long id, MemberId member, UnitScope scope) {
        ConferenceView c = lock(id);
        if (!visible(member, scope)) {
            throw new NotFoundException("member", member.value());
        }
        int removed = jdbc.sql("delete from conference_attendee where conference_id = :c and member_id = :m")
                .param("c", id).param("m", member.value()).update();
        if (removed == 0) {
            throw new NotFoundException("attendee", member.value());
        }
        Map<String, Object> before = attendance(c);
        before.put("member", member.value());
        events.publishEvent(new RecordChanged("ATTENDEE_REMOVED", RECORD_TYPE, id, Set.of(c.unit().value()), before,
                attendance(find(id).orElseThrow())));
    }

    /**
     * The attendees recorded one by one, in Vietnamese name order. Someone whose branch today is out of
     * {@code scope} is listed without name, and a branch out of it without its name.
     */
    @Transactional(readOnly = true)
    public List<AttendeeLine> attendees(long id, UnitScope scope) {
        return jdbc.sql("""
                select t.member_id, m.full_name, t.branch_id, u.name, %s as visible, %s as branch_visible
                  from conference_attendee t
                  join member m on m.id = t.member_id
                  join org_unit u on u.id = t.branch_id
                 where t.conference_id = :c
                 order by m.sort_key, m.id
                """.formatted(scope.predicate("m.unit_id"), scope.predicate("t.branch_id")))
                .params(scope.parameters()).param("c", id)
                .query((rs, n) -> {
                    boolean visible = rs.getBoolean(5);
                    return new AttendeeLine(new MemberId(rs.getLong(1)), visible ? rs.getString(2) : null,
                            UnitId.of(rs.getLong(3)), rs.getBoolean(6) ? rs.getString(4) : null, visible);
                }).list();
    }

    /**
     * Members who may still be recorded present: probationary and official members of the unit's subtree on
     * the day, within {@code scope} today, not yet recorded, whose name holds the words typed (folded, the
     * last one may be cut short, as the member search matches); everyone when nothing is typed. At most
     * {@code limit}, in Vietnamese name order.
     */
    @Transactional(readOnly = true)
    public List<AttendeeChoice> candidates(long id, String query, UnitScope scope, int limit) {
        ConferenceView c = find(id).orElseThrow(() -> new NotFoundException("conference", id));
        NameQuery name = NameQuery.of(query);
        String byName = name.isEmpty() ? "" : " and to_tsvector('simple', m.name_folded) @@ to_tsquery('simple', :words)";
        var spec = jdbc.sql("""
                select m.id, m.full_name, m.birth_date, case when %s then u.name end as branch_name
                  from member_period p
                  join org_unit_ancestry a on a.descendant_id = coalesce(p.host_unit_id, p.unit_id)
                                          and a.ancestor_id = :unit and a.valid_from <= :day and a.valid_to > :day
                  join member m on m.id = p.member_id
                  join org_unit u on u.id = coalesce(p.host_unit_id, p.unit_id)
                 where p.valid_from <= :day and p.valid_to > :day and p.status in ('PROBATIONARY', 'OFFICIAL')
                   and not exists (select 1 from conference_attendee t where t.conference_id = :c and t.member_id = m.id)
                   and %s%s
                 order by m.sort_key, m.id
                 limit :limit
                """.formatted(scope.predicate("u.id"), scope.predicate("m.unit_id"), byName))
                .params(scope.parameters()).param("unit", c.unit().value()).param("day", c.heldOn()).param("c", id)
                .param("limit", limit);
        if (!name.isEmpty()) {
            spec = spec.param("words", name.textSearch());
        }
        return spec.query((rs, n) -> new AttendeeChoice(new MemberId(rs.getLong(1)), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    private void check(UnitId unit, ConferenceKind kind, LocalDate heldOn, Integer attendees, Integer branches,
            String title, String place, String presiding, List<Guest> guests, List<String> documents) {
        MeetingChecks.conference(kind, heldOn, LocalDate.now(clock), attendees, branches, title, place, presiding);
        if (unit == null || !tree.find(unit, heldOn).map(UnitView::existsOnDate).orElse(false)) {
            throw MeetingRule.REQUIRED.violation("unitOnDay", heldOn);
        }
        for (Guest g : guests) {
            if (MeetingChecks.blank(g.name())) {
                throw MeetingRule.REQUIRED.violation("guestName");
            }
            MeetingChecks.texts(g.name(), g.title());
        }
        MeetingChecks.texts(documents.toArray(String[]::new));
    }

    private void writeGuests(long id, List<Guest> guests) {
        int seq = 0;
        for (Guest g : guests) {
            jdbc.sql("insert into conference_guest (conference_id, seq, name, title) values (:c, :seq, :name, :title)")
                    .param("c", id).param("seq", ++seq).param("name", g.name().strip())
                    .param("title", MeetingChecks.clean(g.title())).update();
        }
    }

    private Long branchOnDay(UnitId unit, LocalDate day, MemberId member) {
        return jdbc.sql(BRANCH_ON_DAY).param("unit", unit.value()).param("day", day).param("member", member.value())
                .query(Long.class).optional().orElse(null);
    }

    private List<MemberId> recordedMembers(long id) {
        return jdbc.sql("select member_id from conference_attendee where conference_id = :c order by member_id")
                .param("c", id).query((rs, n) -> new MemberId(rs.getLong(1))).list();
    }

    private boolean visible(MemberId member, UnitScope scope) {
        return jdbc.sql("select exists (select 1 from member m where m.id = :m and " + scope.predicate("m.unit_id") + ")")
                .params(scope.parameters()).param("m", member.value()).query(Boolean.class).single();
    }

    private String nameOf(MemberId member) {
        return jdbc.sql("select full_name from member where id = :m").param("m", member.value()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("member", member.value()));
    }

    private ConferenceView lock(long id) {
        jdbc.sql("select id from conference where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("conference", id));
        return find(id).orElseThrow();
    }

    /** What the audit log keeps of a conference. */
    private static Map<String, Object> fields(ConferenceView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("heldOn", c.heldOn());
        m.put("title", c.title());
        m.put("place", c.place());
        m.put("presiding", c.presiding());
        m.put("guests", c.guests().stream().map(Guest::line).toList());
        m.putAll(attendance(c));
        m.put("documents", c.documents());
        m.put("minutes", c.minutes());
        m.put("files", c.files().stream().map(ConferenceViews.FileInfo::fileName).toList());
        return m;
    }

    private static Map<String, Object> attendance(ConferenceView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attendees", c.attendees());
        m.put("branches", c.branches());
        m.put("attendeesRecorded", c.attendeesRecorded());
        return m;
    }

    private static Map<String, Object> withAdded(Map<String, Object> fields, List<Long> added) {
        fields.put("added", added);
        return fields;
    }

    private ConferenceView view(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        int recorded = rs.getInt("recorded");
        Integer attendees = recorded > 0 ? Integer.valueOf(recorded) : (Integer) rs.getObject("attendees_count");
        Integer branches = recorded > 0 ? Integer.valueOf(rs.getInt("recorded_branches")) : (Integer) rs.getObject("branches_count");
        List<Guest> guests = jdbc.sql("select name, title from conference_guest where conference_id = :c order by seq")
                .param("c", id).query((r, i) -> new Guest(r.getString(1), r.getString(2))).list();
        List<FileInfo> files = jdbc.sql("""
                select id, file_name, content_type, size_bytes from conference_file where conference_id = :c order by id
                """).param("c", id).query((r, i) -> new FileInfo(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4)))
                .list();
        return new ConferenceView(id, UnitId.of(rs.getLong("unit_id")), rs.getString("unit_name"),
                ConferenceKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("title"), rs.getString("place"), rs.getString("presiding"), guests, attendees, branches,
                recorded > 0, Arrays.asList((String[]) rs.getArray("documents").getArray()), rs.getString("minutes"),
                files);
    }
}
