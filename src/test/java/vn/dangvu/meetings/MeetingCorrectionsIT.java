package vn.dangvu.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.SignedIn;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.Partial;

/**
 * Correcting and deleting a branch meeting and a conference, by page and API: the rules are checked again,
 * the audit log keeps the fields before and after, and the targets' measures follow.
 */
@WebIT
class MeetingCorrectionsIT {

    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired Meetings meetings;
    @Autowired Conferences conferences;
    @Autowired MeasureCatalog catalog;
    @Autowired JdbcClient jdbc;

    MockMvcTester mvc;
    UnitId committee;
    UnitId branch;
    UnitId otherBranch;
    List<MemberId> members = new ArrayList<>();

    @BeforeEach
    void world() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
        Fixtures f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        committee = f.unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động thành phố", FOUNDED);
        branch = f.unit(committee, UnitType.BRANCH, "Chi bộ Văn phòng", FOUNDED);
        otherBranch = f.unit(committee, UnitType.BRANCH, "Chi bộ Tuyên giáo", FOUNDED);
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
            members.add(f.official(branch, name, LocalDate.of(2016, 5, 19)));
        }
    }

    static String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long held(String measure) {
        return catalog.totals(catalog.find(measure).orElseThrow(), List.of(committee), LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31)).getOrDefault(committee.value(), Partial.ZERO).numerator();
    }

    long audited(String action, long record) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and record_id = :r")
                .param("a", action).param("r", String.valueOf(record)).query(Long.class).single();
    }

    String auditField(String action, long record, String side, String field) {
        return jdbc.sql("select " + side + " ->> :f from audit_entry where action = :a and record_id = :r order by id desc limit 1")
                .param("f", field).param("a", action).param("r", String.valueOf(record)).query(String.class).single();
    }

    long meetingWithAttendance(LocalDate day) {
        return meetings.record(new NewMeeting(branch, day, MeetingKind.MONTHLY, null, "Hội trường", "Bí thư"),
                members.stream().map(m -> new Mark(m, Presence.PRESENT, null)).toList());
    }

    @Test
    void aMeetingIsCorrectedWithItsRulesCheckedAgainThenDeletedAndTheMeasureFollows() throws Exception {
        long january = meetingWithAttendance(LocalDate.of(2018, 1, 10));
        long february = meetingWithAttendance(LocalDate.of(2018, 2, 7));
        assertThat(held("meetings.monthlyHeld")).isEqualTo(2);
        String location = "/units/" + branch.value() + "/meetings/" + january;

        assertThat(html(mvc.get().uri(location).exchange())).contains("Sửa thông tin buổi sinh hoạt", "Xóa buổi sinh hoạt");
        MvcTestResult form = mvc.get().uri(location + "/edit").exchange();
        assertThat(form).hasStatusOk();
        assertThat(html(form)).contains("Sửa thông tin buổi sinh hoạt", "value=\"2018-01-10\"", "value=\"Hội trường\"");

        // A themed meeting needs its theme: refused, what was typed kept, nothing changed.
        MvcTestResult noTheme = mvc.post().uri(location + "/edit").param("heldOn", "2018-01-12").param("kind", "THEMED")
                .param("place", "Phòng họp số 3").exchange();
        assertThat(noTheme).hasStatus(422);
        assertThat(html(noTheme)).contains("Sinh hoạt chuyên đề phải có chủ đề.", "value=\"Phòng họp số 3\"",
                "value=\"2018-01-12\"");
        // February already has its monthly meeting.
        assertThat(html(mvc.post().uri(location + "/edit").param("heldOn", "2018-02-20").param("kind", "MONTHLY")
                .exchange())).contains("đã có cuộc sinh hoạt thường kỳ trong tháng 2/2018");
        // On 10/1/2016 the branch had none of the members of the sheet.
        MvcTestResult otherRoll = mvc.post().uri(location + "/edit").param("heldOn", "2016-01-10").param("kind", "MONTHLY")
                .exchange();
        assertThat(otherRoll).hasStatus(422);
        assertThat(html(otherRoll)).contains("khác với phiếu điểm danh đã lưu");
        assertThat(html(mvc.post().uri(location + "/edit?lang=en").param("heldOn", "2016-01-10").param("kind", "MONTHLY")
                .exchange())).contains("differ from the attendance sheet saved");
        assertThat(meetings.find(january).orElseThrow().heldOn()).isEqualTo(LocalDate.of(2018, 1, 10));

        assertThat(mvc.post().uri(location + "/edit").param("heldOn", "2018-01-15").param("kind", "MONTHLY")
                .param("place", "Phòng họp số 3").param("chair", "Bí thư").exchange()).hasStatus3xxRedirection()
                .hasRedirectedUrl(location);
        var revised = meetings.find(january).orElseThrow();
        assertThat(revised.heldOn()).isEqualTo(LocalDate.of(2018, 1, 15));
        assertThat(revised.place()).isEqualTo("Phòng họp số 3");
        assertThat(revised.present()).isEqualTo(3);
        assertThat(auditField("MEETING_REVISED", january, "before", "heldOn")).isEqualTo("2018-01-10");
        assertThat(auditField("MEETING_REVISED", january, "after", "heldOn")).isEqualTo("2018-01-15");
        assertThat(auditField("MEETING_REVISED", january, "after", "place")).isEqualTo("Phòng họp số 3");

        MvcTestResult deleted = mvc.post().uri(location + "/delete").exchange();
        assertThat(deleted).hasStatus3xxRedirection();
        assertThat(deleted.getMvcResult().getFlashMap().get("notice")).isEqualTo("Đã xóa buổi sinh hoạt ngày 15/01/2018.");
        assertThat(html(mvc.get().uri(deleted.getResponse().getRedirectedUrl()).exchange())).doesNotContain("15/01/2018");
        assertThat(meetings.find(january)).isEmpty();
        assertThat(jdbc.sql("select count(*) from meeting_attendance where meeting_id = :m").param("m", january)
                .query(Long.class).single()).isZero();
        assertThat(held("meetings.monthlyHeld")).isEqualTo(1);
        assertThat(auditField("MEETING_DELETED", january, "before", "present")).isEqualTo("3");
        assertThat(mvc.get().uri(location).exchange()).hasStatus(404);

        // The API, for the branch's secretary; readers get 403, others 404.
        var secretary = accounts.create("bithu", new Grant(Role.BRANCH_SECRETARY, branch));
        var viewer = accounts.create("xem", new Grant(Role.VIEWER, branch));
        var outsider = accounts.create("ngoai", new Grant(Role.BRANCH_SECRETARY, otherBranch));
        MockMvcTester api = SignedIn.mvc(context, accounts.bearer(accounts.token(secretary)));
        String put = "/api/v1/units/" + branch.value() + "/meetings/" + february;
        String body = "{\"heldOn\": \"2018-02-08\", \"kind\": \"MONTHLY\", \"place\": \"Hội trường lớn\"}";
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(viewer))).put().uri(put)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange()).hasStatus(403);
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(outsider))).delete().uri(put).exchange())
                .hasStatus(404);
        MvcTestResult refused = api.put().uri(put).contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\": \"2099-02-08\", \"kind\": \"MONTHLY\"}").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("meetings.not-in-the-future");
        assertThat(api.put().uri(put).contentType(MediaType.APPLICATION_JSON).content(body).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.meeting.place").isEqualTo("Hội trường lớn");
        assertThat(api.delete().uri(put).exchange()).hasStatus(204);
        assertThat(held("meetings.monthlyHeld")).isZero();
        assertThat(audited("MEETING_DELETED", february)).isEqualTo(1);
        assertThat(mvc.get().uri("/v3/api-docs").exchange()).bodyText()
                .contains("/api/v1/units/{id}/meetings/{meetingId}", "/api/v1/units/{id}/conferences/{conferenceId}/attendees");
    }

    @Test
    void aConferenceIsCorrectedWithItsRulesCheckedAgainThenDeletedAndTheMeasuresFollow() throws Exception {
        long id = conferences.record(new NewConference(committee, ConferenceKind.YEAR_END_REVIEW, LocalDate.of(2018, 2, 2),
                "Tổng kết năm 2017", "Hội trường", "Bí thư Đảng ủy", List.of(Guest.parse("Nguyễn Văn Sẵn, Ủy viên Thường vụ")),
                List.of(), 62, 6, List.of("Nghị quyết năm 2018"), null, List.of()));
        assertThat(held("conferences.held")).isEqualTo(1);
        assertThat(held("conferences.attendees")).isEqualTo(62);
        String location = "/units/" + committee.value() + "/conferences/" + id;
        MvcTestResult form = mvc.get().uri(location + "/edit").exchange();
        assertThat(form).hasStatusOk();
        assertThat(html(form)).contains("Sửa thông tin hội nghị", "value=\"62\"", "Nguyễn Văn Sẵn, Ủy viên Thường vụ");

        MvcTestResult refused = mvc.post().uri(location + "/edit").param("kind", "YEAR_END_REVIEW").param("heldOn", "2018-02-02")
                .param("title", "Tổng kết năm 2017 (sửa)").param("attendees", "5").param("branches", "6").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("Số người dự và số chi bộ không hợp lệ", "value=\"Tổng kết năm 2017 (sửa)\"");
        assertThat(conferences.find(id).orElseThrow().title()).isEqualTo("Tổng kết năm 2017");

        MvcTestResult saved = mvc.post().uri(location + "/edit").param("kind", "MID_TERM_REVIEW").param("heldOn", "2018-02-03")
                .param("title", "Sơ kết giữa nhiệm kỳ").param("guests", "Nguyễn Văn Sẵn, Ủy viên Thường vụ\nLê Thị Hoa, Phó Bí thư")
                .param("attendees", "60").param("branches", "6").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(saved.getMvcResult().getFlashMap().get("notice")).isEqualTo("Đã lưu thông tin hội nghị.");
        var revised = conferences.find(id).orElseThrow();
        assertThat(revised.kind()).isEqualTo(ConferenceKind.MID_TERM_REVIEW);
        assertThat(revised.guests()).hasSize(2);
        assertThat(html(mvc.get().uri(location).exchange())).contains("60 đảng viên của 06 chi bộ",
                "(số liệu nhập)");
        assertThat(held("conferences.attendees")).isEqualTo(60);
        assertThat(auditField("CONFERENCE_REVISED", id, "before", "attendees")).isEqualTo("62");
        assertThat(auditField("CONFERENCE_REVISED", id, "after", "attendees")).isEqualTo("60");
        assertThat(auditField("CONFERENCE_REVISED", id, "after", "kind")).isEqualTo("MID_TERM_REVIEW");

        var staff = accounts.create("vanphong", new Grant(Role.COMMITTEE_STAFF, committee));
        var viewer = accounts.create("xem", new Grant(Role.VIEWER, committee));
        var outsider = accounts.create("ngoai", new Grant(Role.BRANCH_SECRETARY, otherBranch));
        MockMvcTester api = SignedIn.mvc(context, accounts.bearer(accounts.token(staff)));
        String path = "/api/v1/units/" + committee.value() + "/conferences/" + id;
        assertThat(api.get().uri(path).exchange()).hasStatusOk().bodyJson().extractingPath("$.conference.attendancePhrase")
                .isEqualTo("60 đảng viên của 06 chi bộ");
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(outsider))).get().uri(path).exchange()).hasStatus(404);
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(viewer))).delete().uri(path).exchange()).hasStatus(403);
        MvcTestResult future = api.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"OTHER\", \"heldOn\": \"2099-01-01\"}").exchange();
        assertThat(future).hasStatus(422);
        assertThat(future).bodyJson().extractingPath("$.rule").isEqualTo("meetings.not-in-the-future");
        assertThat(api.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"MID_TERM_REVIEW\", \"heldOn\": \"2018-02-03\", \"attendeesCount\": 61, \"branchesCount\": 6}")
                .exchange()).hasStatusOk().bodyJson().extractingPath("$.conference.attendees").isEqualTo(61);

        MvcTestResult deleted = mvc.post().uri(location + "/delete").exchange();
        assertThat(deleted).hasStatus3xxRedirection();
        assertThat(deleted.getMvcResult().getFlashMap().get("notice")).isEqualTo("Đã xóa hội nghị ngày 03/02/2018.");
        assertThat(conferences.find(id)).isEmpty();
        assertThat(held("conferences.held")).isZero();
        assertThat(held("conferences.attendees")).isZero();
        assertThat(auditField("CONFERENCE_DELETED", id, "before", "attendees")).isEqualTo("61");
        assertThat(api.delete().uri(path).exchange()).hasStatus(404);
    }

    @Test
    void recording_a_meeting_its_attendance_and_a_conference_is_audited() {
        long id = meetings.record(new NewMeeting(branch, LocalDate.of(2018, 3, 5), MeetingKind.MONTHLY, null, "Hội trường", "Bí thư"));
        assertThat(audited("MEETING_RECORDED", id)).isEqualTo(1);
        assertThat(jdbc.sql("select record_type from audit_entry where action = 'MEETING_RECORDED' and record_id = :r")
                .param("r", String.valueOf(id)).query(String.class).single()).isEqualTo("meeting");
        assertThat(auditField("MEETING_RECORDED", id, "after", "place")).isEqualTo("Hội trường");
        assertThat(jdbc.sql("select before is null from audit_entry where action = 'MEETING_RECORDED' and record_id = :r")
                .param("r", String.valueOf(id)).query(Boolean.class).single()).isTrue();

        meetings.takeAttendance(id, members.stream().map(m -> new Mark(m, Presence.PRESENT, null)).toList());
        assertThat(audited("ATTENDANCE_TAKEN", id)).isEqualTo(1);
        assertThat(auditField("ATTENDANCE_TAKEN", id, "after", "present")).isEqualTo("3");
        meetings.takeAttendance(id, members.stream()
                .map(m -> new Mark(m, m.equals(members.getFirst()) ? Presence.UNEXCUSED : Presence.PRESENT, null)).toList());
        assertThat(audited("ATTENDANCE_TAKEN", id)).isEqualTo(2);
        assertThat(auditField("ATTENDANCE_TAKEN", id, "before", "present")).isEqualTo("3");
        assertThat(auditField("ATTENDANCE_TAKEN", id, "after", "unexcused")).isEqualTo("1");

        long conference = conferences.record(new NewConference(committee, ConferenceKind.YEAR_END_REVIEW, LocalDate.of(2018, 2, 2),
                "Tổng kết năm 2017", "Hội trường", "Bí thư Đảng ủy", List.of(), List.of(), 62, 6, List.of(), null, List.of()));
        assertThat(audited("CONFERENCE_RECORDED", conference)).isEqualTo(1);
        assertThat(auditField("CONFERENCE_RECORDED", conference, "after", "title")).isEqualTo("Tổng kết năm 2017");
    }
}
