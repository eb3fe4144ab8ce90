package vn.dangvu.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.Partial;

/**
 * A conference's attendees recorded one by one on its page and through the API: members of the committee's
 * subtree on the day, found by name without diacritics, nobody out of the user's reach offered or accepted, the
 * attendance phrase counted from them, the typed numbers standing only while nobody is listed.
 */
@WebIT
class ConferenceAttendeesIT {

    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    static final LocalDate DAY = LocalDate.of(2018, 2, 2);

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired Conferences conferences;
    @Autowired MeasureCatalog catalog;
    @Autowired JdbcClient jdbc;

    UnitId committee;
    UnitId office;
    UnitId propaganda;
    MemberId an;
    MemberId binh;
    MemberId cuong;
    MemberId stranger;
    long conference;
    String page;

    @BeforeEach
    void world() {
        Fixtures f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        committee = f.unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động thành phố", FOUNDED);
        office = f.unit(committee, UnitType.BRANCH, "Chi bộ Văn phòng", FOUNDED);
        propaganda = f.unit(committee, UnitType.BRANCH, "Chi bộ Tuyên giáo", FOUNDED);
        UnitId elsewhere = f.unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Sở Y tế", FOUNDED);
        UnitId clinic = f.unit(elsewhere, UnitType.BRANCH, "Chi bộ Phòng khám", FOUNDED);
        an = f.official(office, "Nguyễn Văn Ấn", LocalDate.of(2016, 5, 19));
        binh = f.official(office, "Trần Thị Bình", LocalDate.of(2016, 5, 19));
        cuong = f.official(propaganda, "Nguyễn Văn Cường", LocalDate.of(2016, 5, 19));
        stranger = f.official(clinic, "Nguyễn Văn Khách", LocalDate.of(2016, 5, 19));
        conference = conferences.record(new NewConference(committee, ConferenceKind.YEAR_END_REVIEW, DAY, "Tổng kết năm 2017",
                "Hội trường", null, List.of(), List.of(), 62, 6, List.of(), null, List.of()));
        page = "/units/" + committee.value() + "/conferences/" + conference;
    }

    static String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long attendeesMeasure() {
        return catalog.totals(catalog.find("conferences.attendees").orElseThrow(), List.of(committee),
                LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)).getOrDefault(committee.value(), Partial.ZERO).numerator();
    }

    @Test
    void membersOfTheSubtreeAreFoundWithoutDiacriticsMarkedPresentAndCounted() throws Exception {
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(accounts.create("vanphong",
                new Grant(Role.COMMITTEE_STAFF, committee))));
        String before = html(mvc.get().uri(page).exchange());
        assertThat(before).contains("62 đảng viên của 06 chi bộ", "(số liệu nhập)", "Chưa ghi danh sách người dự",
                "Nguyễn Văn Ấn", "Trần Thị Bình", "Nguyễn Văn Cường").doesNotContain("Nguyễn Văn Khách");
        assertThat(attendeesMeasure()).isEqualTo(62);

        String found = html(mvc.get().uri(page + "/attendee-choices").param("q", "nguyen van").exchange());
        assertThat(found).contains("Nguyễn Văn Ấn", "Nguyễn Văn Cường", "Chi bộ Tuyên giáo")
                .doesNotContain("Trần Thị Bình", "Nguyễn Văn Khách");
        assertThat(html(mvc.get().uri(page + "/attendee-choices").param("q", "nguyen van a").exchange()))
                .contains("Nguyễn Văn Ấn").doesNotContain("Nguyễn Văn Cường");

        MvcTestResult none = mvc.post().uri(page + "/attendees").param("q", "tran thi").exchange();
        assertThat(none).hasStatus(422);
        assertThat(html(none)).contains("Chưa chọn đảng viên nào", "value=\"tran thi\"");

        MvcTestResult added = mvc.post().uri(page + "/attendees").param("member", String.valueOf(an.value()))
                .param("member", String.valueOf(cuong.value())).exchange();
        assertThat(added).hasStatus3xxRedirection();
        assertThat(added.getMvcResult().getFlashMap().get("attendeeNotice")).isEqualTo("Đã ghi nhận 2 đảng viên có mặt.");
        String after = html(mvc.get().uri(page).exchange());
        assertThat(after).contains("02 đảng viên của 02 chi bộ", "(tính từ danh sách người dự)",
                "id=\"attendee-" + an.value() + "\"");
        assertThat(attendeesMeasure()).isEqualTo(2);
        assertThat(html(mvc.get().uri(page + "?lang=en").exchange())).contains("02 members from 02 branches");
        // Those recorded are offered no more.
        assertThat(html(mvc.get().uri(page + "/attendee-choices").param("q", "nguyen").exchange()))
                .doesNotContain("Nguyễn Văn Ấn");
        assertThat(jdbc.sql("select after ->> 'attendees' from audit_entry where action = 'ATTENDEES_ADDED' and record_id = :r")
                .param("r", String.valueOf(conference)).query(String.class).single()).isEqualTo("2");

        // Somebody out of the user's reach is not found; the form is not told who they are.
        assertThat(mvc.post().uri(page + "/attendees").param("member", String.valueOf(stranger.value())).exchange())
                .hasStatus(404);

        assertThat(mvc.post().uri(page + "/attendees/{m}/delete", an.value()).exchange()).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri(page).exchange())).contains("01 đảng viên của 01 chi bộ");
        assertThat(mvc.post().uri(page + "/attendees/{m}/delete", an.value()).exchange()).hasStatus(404);
        assertThat(jdbc.sql("select before ->> 'member' from audit_entry where action = 'ATTENDEE_REMOVED' and record_id = :r")
                .param("r", String.valueOf(conference)).query(String.class).single()).isEqualTo(String.valueOf(an.value()));
    }

    @Test
    void aMemberOutsideTheCommitteeOnTheDayIsRefusedByName() throws Exception {
        MockMvcTester admin = SignedIn.mvc(context, accounts.as(accounts.admin()));
        MvcTestResult refused = admin.post().uri(page + "/attendees").param("member", String.valueOf(an.value()))
                .param("member", String.valueOf(stranger.value())).exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("Nguyễn Văn Khách không phải là đảng viên của đảng bộ vào ngày hội nghị (02/02/2018)",
                "id=\"attendee-choice-" + an.value() + "\" checked=\"checked\"");
        assertThat(conferences.attendees(conference, vn.dangvu.platform.UnitScope.whole(DAY))).isEmpty();
        // Moving the conference to a day before the members' records: refused while they are listed.
        conferences.addAttendees(conference, List.of(an), vn.dangvu.platform.UnitScope.whole(DAY));
        MvcTestResult moved = admin.post().uri(page + "/edit").param("kind", "YEAR_END_REVIEW").param("heldOn", "2016-01-05")
                .param("title", "Tổng kết").exchange();
        assertThat(moved).hasStatus(422);
        assertThat(html(moved)).contains("Nguyễn Văn Ấn đã được ghi nhận dự hội nghị nhưng vào ngày 05/01/2016 không phải là đảng viên");
    }

    @Test
    void theApiRecordsAttendeesForWritersOnly() throws Exception {
        var staff = accounts.create("vanphong", new Grant(Role.COMMITTEE_STAFF, committee));
        var viewer = accounts.create("xem", new Grant(Role.VIEWER, committee));
        var secretary = accounts.create("bithu", new Grant(Role.BRANCH_SECRETARY, office));
        MockMvcTester api = SignedIn.mvc(context, accounts.bearer(accounts.token(staff)));
        String path = "/api/v1/units/" + committee.value() + "/conferences/" + conference;
        String body = "{\"memberIds\": [%d, %d]}".formatted(an.value(), binh.value());
        assertThat(api.get().uri(path + "/attendee-candidates").param("q", "tran thi").exchange()).hasStatusOk()
                .bodyJson().extractingPath("$[*].fullName").asArray().containsExactly("Trần Thị Bình");
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(viewer))).post().uri(path + "/attendees")
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange()).hasStatus(403);
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(secretary))).post().uri(path + "/attendees")
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange()).hasStatus(404);
        MvcTestResult added = api.post().uri(path + "/attendees").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(added).hasStatusOk();
        assertThat(added).bodyJson().extractingPath("$.conference.attendancePhrase").isEqualTo("02 đảng viên của 01 chi bộ");
        assertThat(added).bodyJson().extractingPath("$.attendees[*].fullName").asArray()
                .containsExactly("Nguyễn Văn Ấn", "Trần Thị Bình");
        MvcTestResult outside = api.post().uri(path + "/attendees").contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberIds\": [%d]}".formatted(stranger.value())).exchange();
        assertThat(outside).hasStatus(404);
        assertThat(api.delete().uri(path + "/attendees/{m}", binh.value()).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.conference.attendees").isEqualTo(1);
        assertThat(api.get().uri(path).exchange()).hasStatusOk().bodyJson().extractingPath("$.attendees[0].branchName")
                .isEqualTo("Chi bộ Văn phòng");
    }
}
