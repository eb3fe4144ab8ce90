package vn.dangvu.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.SignedIn;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;

/** The meeting and conference pages, their Excel import and the API, through the real filter chain. */
@WebIT
class MeetingPagesIT {

    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired Meetings meetings;
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
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")) {
            members.add(f.official(branch, name, LocalDate.of(2016, 5, 19)));
        }
    }

    static String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long newMeeting() {
        return meetings.record(new NewMeeting(branch, LocalDate.of(2018, 1, 10), MeetingKind.MONTHLY, null, "Hội trường", "Bí thư"));
    }

    long presentCount(long meeting) {
        return jdbc.sql("select count(*) from meeting_attendance where meeting_id = :m and presence = 'PRESENT'")
                .param("m", meeting).query(Long.class).single();
    }

    @Test
    void recordsAMeetingThenTakesAttendanceOnOneScreen() throws Exception {
        MvcTestResult created = mvc.post().uri("/units/{id}/meetings/new", branch.value()).param("heldOn", "2018-01-10")
                .param("kind", "MONTHLY").param("place", "Hội trường").param("chair", "Đồng chí Bí thư").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        MvcTestResult screen = mvc.get().uri(location).exchange();
        assertThat(screen).hasStatusOk();
        String page = html(screen);
        assertThat(page).contains("Điểm danh buổi sinh hoạt ngày 10/01/2018", "Tất cả có mặt", "Nguyễn Văn An", "accesskey=\"s\"");
        assertThat(page.split("value=\"PRESENT\" checked", -1)).hasSize(5);

        // Absent with reason but no reason: refused, the typed marks and the other reason kept.
        MvcTestResult refused = mvc.post().uri(location)
                .param("p-" + members.get(0).value(), "EXCUSED").param("r-" + members.get(0).value(), "")
                .param("p-" + members.get(1).value(), "UNEXCUSED").param("r-" + members.get(1).value(), "bỏ qua")
                .param("p-" + members.get(2).value(), "EXCUSED").param("r-" + members.get(2).value(), "Đi công tác Hà Nội")
                .param("p-" + members.get(3).value(), "PRESENT").exchange();
        assertThat(refused).hasStatus(422);
        String again = html(refused);
        assertThat(again).contains("vắng có lý do: vui lòng ghi lý do", "Đi công tác Hà Nội");
        assertThat(again).containsPattern("name=\"p-" + members.get(1).value() + "\" value=\"UNEXCUSED\" checked");
        assertThat(presentCount(meeting)).isZero();

        // The reason typed beside an unexcused absence does not matter; the save goes through.
        assertThat(mvc.post().uri(location)
                .param("p-" + members.get(0).value(), "PRESENT")
                .param("p-" + members.get(1).value(), "UNEXCUSED").param("r-" + members.get(1).value(), "bỏ qua")
                .param("p-" + members.get(2).value(), "EXCUSED").param("r-" + members.get(2).value(), "Đi công tác Hà Nội")
                .param("p-" + members.get(3).value(), "PRESENT").exchange()).hasStatus3xxRedirection();
        var view = meetings.find(meeting).orElseThrow();
        assertThat(view.present()).isEqualTo(2);
        assertThat(view.excused()).isEqualTo(1);
        assertThat(view.unexcused()).isEqualTo(1);

        assertThat(mvc.get().uri("/units/{id}/meetings", branch.value()).param("year", "2018").exchange())
                .hasStatusOk().bodyText().contains("10/01/2018", "2/4");
        assertThat(mvc.get().uri("/units/{id}", branch.value()).exchange()).bodyText().contains("meetings-link");
    }

    @Test
    void aSecondMonthlyMeetingIsRefusedWithTheTypedValuesKept() throws Exception {
        newMeeting();
        MvcTestResult refused = mvc.post().uri("/units/{id}/meetings/new", branch.value()).param("heldOn", "2018-01-20")
                .param("kind", "MONTHLY").param("place", "Phòng họp số 2").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("đã có cuộc sinh hoạt thường kỳ trong tháng 1/2018", "Phòng họp số 2");
        MvcTestResult english = mvc.post().uri("/units/{id}/meetings/new?lang=en", branch.value()).param("heldOn", "2018-01-20")
                .param("kind", "MONTHLY").exchange();
        assertThat(html(english)).contains("already held its monthly meeting in 1/2018");
    }

    @Test
    void theCommitteesOverviewCountsBranchesWithAndWithoutTheirMeeting() throws Exception {
        newMeeting();
        MvcTestResult page = mvc.get().uri("/units/{id}/meetings/overview", committee.value()).param("period", "2018-01").exchange();
        assertThat(page).hasStatusOk();
        String text = html(page);
        assertThat(text).contains("Tháng 1/2018", "Chi bộ Văn phòng", "Chi bộ Tuyên giáo", "Đã họp 1/1", "Chưa họp",
                "<svg class=\"meetings-chart\"");
        assertThat(mvc.get().uri("/units/{id}/meetings/overview", committee.value()).param("period", "2018-Q1").exchange())
                .hasStatusOk().bodyText().contains("Quý 1/2018");
        assertThat(mvc.get().uri("/units/{id}/meetings", committee.value()).exchange()).hasStatusOk()
                .bodyText().contains("Tình hình sinh hoạt của các chi bộ");
    }

    @Test
    void importsAttendanceFromTheTemplateAllOrNothing() throws Exception {
        long meeting = newMeeting();
        MvcTestResult template = mvc.get().uri("/units/{id}/meetings/{m}/attendance.xlsx", branch.value(), meeting).exchange();
        assertThat(template).hasStatusOk();
        byte[] file = template.getResponse().getContentAsByteArray();

        // Row 3 (the second member) absent with reason but without one; row 5 has a word that is no mark.
        byte[] bad = edit(file, sheet -> {
            sheet.getRow(2).getCell(3).setCellValue("Vắng có lý do");
            sheet.getRow(4).getCell(3).setCellValue("Đi muộn");
        });
        MvcTestResult refused = mvc.post().uri("/units/{id}/meetings/{m}/import", branch.value(), meeting).multipart()
                .file(new MockMultipartFile("file", "diem-danh.xlsx", "application/octet-stream", bad)).exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("<td class=\"num\">3</td>", "Lý do vắng", "vắng có lý do: vui lòng ghi lý do",
                "<td class=\"num\">5</td>", "„Đi muộn” không phải là Có mặt");
        assertThat(presentCount(meeting)).isZero();

        byte[] good = edit(file, sheet -> {
            sheet.getRow(2).getCell(3).setCellValue("Vắng có lý do");
            sheet.getRow(2).createCell(4).setCellValue("Nằm viện");
            sheet.getRow(4).getCell(3).setCellValue("vang khong ly do");
        });
        assertThat(mvc.post().uri("/units/{id}/meetings/{m}/import", branch.value(), meeting).multipart()
                .file(new MockMultipartFile("file", "diem-danh.xlsx", "application/octet-stream", good)).exchange())
                .hasStatus3xxRedirection();
        var view = meetings.find(meeting).orElseThrow();
        assertThat(view.present()).isEqualTo(2);
        assertThat(view.excused()).isEqualTo(1);
        assertThat(view.unexcused()).isEqualTo(1);
    }

    interface SheetEdit {
        void apply(Sheet sheet);
    }

    static byte[] edit(byte[] file, SheetEdit edit) throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(file)); var out = new ByteArrayOutputStream()) {
            edit.apply(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void recordsAConferenceWithItsGuestAndRefusesABadFile() throws Exception {
        MvcTestResult badFile = mvc.post().uri("/units/{id}/conferences/new", committee.value()).multipart()
                .file(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf", "MZ this is not a pdf".getBytes()))
                .param("kind", "YEAR_END_REVIEW").param("heldOn", "2018-02-02").param("place", "Hội trường LĐLĐ")
                .param("guests", "Nguyễn Văn Sẵn, Ủy viên Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ")
                .param("attendees", "62").param("branches", "6").exchange();
        assertThat(badFile).hasStatus(422);
        assertThat(html(badFile)).contains("Tệp „bien-ban.pdf” không đúng định dạng", "Hội trường LĐLĐ", "Nguyễn Văn Sẵn, Ủy viên");

        MvcTestResult ok = mvc.post().uri("/units/{id}/conferences/new", committee.value()).multipart()
                .file(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf", "%PDF-1.4 biên bản".getBytes()))
                .param("kind", "YEAR_END_REVIEW").param("heldOn", "2018-02-02").param("place", "Hội trường LĐLĐ")
                .param("guests", "Nguyễn Văn Sẵn, Ủy viên Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ")
                .param("attendees", "62").param("branches", "6").param("documents", "Nghị quyết công tác năm 2018").exchange();
        assertThat(ok).hasStatus3xxRedirection();
        String location = ok.getResponse().getRedirectedUrl();
        String page = html(mvc.get().uri(location).exchange());
        assertThat(page).contains("62 đảng viên của 06 chi bộ", "Nguyễn Văn Sẵn", "Nghị quyết công tác năm 2018", "bien-ban.pdf");
        assertThat(html(mvc.get().uri(location + "?lang=en").exchange())).contains("62 members from 06 branches");
        long fileId = jdbc.sql("select f.id from conference_file f join conference c on c.id = f.conference_id where c.unit_id = :u")
                .param("u", committee.value()).query(Long.class).single();
        MvcTestResult download = mvc.get().uri(location + "/files/" + fileId).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(mvc.get().uri("/units/{id}/conferences", committee.value()).exchange()).hasStatusOk()
                .bodyText().contains("02/02/2018", "62 đảng viên của 06 chi bộ");
    }

    @Test
    void theApiRecordsMeetingsForWritersOnly() throws Exception {
        String body = """
                {"heldOn": "2018-03-05", "kind": "THEMED", "theme": "Nghị quyết Trung ương 4",
                 "attendance": [%s]}
                """.formatted(String.join(",", members.stream().map(m ->
                "{\"memberId\": %d, \"presence\": \"PRESENT\"}".formatted(m.value())).toList()));
        var secretary = accounts.create("bithu", new Grant(Role.BRANCH_SECRETARY, branch));
        var viewer = accounts.create("xem", new Grant(Role.VIEWER, branch));
        var outsider = accounts.create("ngoai", new Grant(Role.BRANCH_SECRETARY, otherBranch));
        MockMvcTester api = SignedIn.mvc(context, accounts.bearer(accounts.token(secretary)));
        MvcTestResult created = api.post().uri("/api/v1/units/{id}/meetings", branch.value())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.meeting.present").isEqualTo(4);
        assertThat(SignedIn.mvc(context, accounts.bearer(accounts.token(viewer))).post()
                .uri("/api/v1/units/{id}/meetings", branch.value()).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("2018-03-05", "2018-03-06")).exchange()).hasStatus(403);
        MockMvcTester stranger = SignedIn.mvc(context, accounts.bearer(accounts.token(outsider)));
        assertThat(stranger.post().uri("/api/v1/units/{id}/meetings", branch.value()).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("2018-03-05", "2018-03-07")).exchange()).hasStatus(404);
        assertThat(stranger.get().uri("/api/v1/units/{id}/meetings", branch.value()).exchange()).hasStatus(404);

        MvcTestResult refused = api.post().uri("/api/v1/units/{id}/meetings", branch.value())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\": \"2018-03-08\", \"kind\": \"MONTHLY\", \"attendance\": []}").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("meetings.every-member-marked");
        assertThat(jdbc.sql("select count(*) from branch_meeting where unit_id = :u").param("u", branch.value())
                .query(Long.class).single()).isEqualTo(1);

        // The branch's secretary does not read the committee; the committee's staff do.
        assertThat(api.get().uri("/api/v1/units/{id}/meetings/overview", committee.value()).param("from", "2018-01")
                .exchange()).hasStatus(404);
        MockMvcTester staff = SignedIn.mvc(context, accounts.bearer(accounts.token(
                accounts.create("vanphong", new Grant(Role.COMMITTEE_STAFF, committee)))));
        assertThat(staff.get().uri("/api/v1/units/{id}/meetings/overview", committee.value()).param("from", "2018-01")
                .param("to", "2018-03").exchange()).hasStatusOk().bodyJson().extractingPath("$.themedComplete").isEqualTo(1);
        assertThat(api.post().uri("/api/v1/units/{id}/conferences", committee.value()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind": "YEAR_END_REVIEW", "heldOn": "2018-02-02", "attendeesCount": 62, "branchesCount": 6,
                         "guests": [{"name": "Nguyễn Văn Sẵn", "title": "Ủy viên Thường vụ"}]}
                        """).exchange()).hasStatus(404);
    }
}
