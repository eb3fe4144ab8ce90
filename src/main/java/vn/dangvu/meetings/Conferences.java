package vn.dangvu.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.meetings.ConferenceViews.FileContent;
import vn.dangvu.meetings.ConferenceViews.FileInfo;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.ConferenceViews.Upload;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.UnitScope;

/** Conferences (hội nghị) of any unit: recording them with guests, attendance, documents and minutes, and reading them. */
@Service
public class Conferences {

    private static final String COLUMNS = """
            c.id, c.unit_id, (select u.name from org_unit u where u.id = c.unit_id) as unit_name, c.kind, c.held_on,
            c.title, c.place, c.presiding, c.attendees_count, c.branches_count, c.documents, c.minutes,
            (select count(*) from conference_attendee t where t.conference_id = c.id) as recorded,
            (select count(distinct t.branch_id) from conference_attendee t where t.conference_id = c.id) as recorded_branches
            """;

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final Clock clock;

    Conferences(JdbcClient jdbc, OrganizationTree tree, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.clock = clock;
    }

    /** Records a conference with everything in it, or nothing when a rule refuses any part. */
    @Transactional
    public long record(NewConference c) {
        MeetingChecks.conference(c.kind(), c.heldOn(), LocalDate.now(clock), c.attendeesCount(), c.branchesCount(),
                c.title(), c.place(), c.presiding());
        if (c.unit() == null || !tree.find(c.unit(), c.heldOn()).map(UnitView::existsOnDate).orElse(false)) {
            throw MeetingRule.REQUIRED.violation("unitOnDay", c.heldOn());
        }
        for (Guest g : c.guests()) {
            if (MeetingChecks.blank(g.name())) {
                throw MeetingRule.REQUIRED.violation("guestName");
            }
            MeetingChecks.texts(g.name(), g.title());
        }
        MeetingChecks.texts(c.documents().toArray(String[]::new));
        for (Upload f : c.files()) {
            MeetingChecks.file(f.fileName(), f.contentType(), f.content());
        }
        Map<Long, Long> branchOf = new HashMap<>();
        for (MemberId member : c.attendees()) {
            Long branch = jdbc.sql("""
                    select coalesce(p.host_unit_id, p.unit_id) from member_period p
                      join org_unit_ancestry a on a.descendant_id = coalesce(p.host_unit_id, p.unit_id)
                                              and a.ancestor_id = :unit and a.valid_from <= :day and a.valid_to > :day
                     where p.member_id = :member and p.valid_from <= :day and p.valid_to > :day
                       and p.status in ('PROBATIONARY', 'OFFICIAL')
                    """).param("unit", c.unit().value()).param("day", c.heldOn()).param("member", member.value())
                    .query(Long.class).optional().orElse(null);
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
        int seq = 0;
        for (Guest g : c.guests()) {
            jdbc.sql("insert into conference_guest (conference_id, seq, name, title) values (:c, :seq, :name, :title)")
                    .param("c", id).param("seq", ++seq).param("name", g.name().strip())
                    .param("title", MeetingChecks.clean(g.title())).update();
        }
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
