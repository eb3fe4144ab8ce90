package vn.dangvu.ratings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import vn.dangvu.SignedIn;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.AccountPrincipal;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;

/**
 * The rating screen, the committee's overview and the inspection pages and API through the real
 * security chain: drafts, decisions that lock, the 20% warning, annulment by a superior, refusals
 * that keep what was typed (422), and who may do what.
 */
@WebIT
class RatingAndInspectionPagesIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.test.web.servlet.MockMvc mockMvc;

    MockMvcTester admin;
    Fixtures f;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    MemberId an;
    MemberId binh;
    MemberId cuong;

    @BeforeEach
    void world() {
        admin = SignedIn.mvc(context, accounts.as(accounts.admin()));
        f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", FOUNDED);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", FOUNDED);
        workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", FOUNDED);
        an = f.official(workshop, "Nguyễn Văn An");
        binh = f.official(workshop, "Trần Văn Bình");
        cuong = f.official(workshop, "Lê Văn Cường");
    }

    @Test
    void aBranchRatesItsMembersOnOneScreenAndTheCompanyDecides() {
        MvcTestResult screen = admin.get().uri("/units/{id}/ratings?year=2018", workshop.value()).exchange();
        assertThat(screen).hasStatusOk().bodyText()
                .contains("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường")
                .contains("type=\"radio\" name=\"m-" + an.value() + "\" value=\"EXCELLENT\"")
                .contains("Đảng bộ Công ty Xi măng quyết định xếp loại đảng viên")
                .contains("Lưu nháp");

        // the branch secretary saves a draft but may not decide: the company decides
        AccountPrincipal secretary = accounts.create("bt", new Grant(Role.BRANCH_SECRETARY, workshop));
        MockMvcTester branch = SignedIn.mvc(context, accounts.as(secretary));
        assertThat(branch.post().uri("/units/{id}/ratings/members?year=2018", workshop.value())
                .param("m-" + an.value(), "EXCELLENT").param("m-" + binh.value(), "GOOD").param("action", "draft")
                .exchange()).hasStatus3xxRedirection();
        assertThat(branch.get().uri("/units/{id}/ratings?year=2018", workshop.value()).exchange()).bodyText()
                .doesNotContain("Quyết định (khóa kết quả)").contains("Nháp");
        assertThat(branch.post().uri("/units/{id}/ratings/members?year=2018", workshop.value())
                .param("m-" + an.value(), "EXCELLENT").param("action", "decide").exchange()).hasStatus(403);

        // the company decides; one excellent against two good is over 20%: decided, with a warning
        MvcTestResult decided = admin.post().uri("/units/{id}/ratings/members?year=2018", workshop.value())
                .param("m-" + an.value(), "EXCELLENT").param("m-" + binh.value(), "GOOD")
                .param("m-" + cuong.value(), "GOOD").param("action", "decide").exchange();
        assertThat(decided).hasStatus3xxRedirection();
        assertThat(decided.getMvcResult().getFlashMap().get("capWarning").toString())
                .contains("Đảng bộ Công ty Xi măng", "vượt 20%");
        // locked: a different level is refused, with the levels typed kept on the screen
        MvcTestResult locked = admin.post().uri("/units/{id}/ratings/members?year=2018", workshop.value())
                .param("m-" + binh.value(), "FAILED").param("action", "draft").exchange();
        assertThat(locked).hasStatus(422).bodyText().contains("Kết quả đã quyết định được khóa");

        MvcTestResult overview = admin.get().uri("/units/{id}/ratings?year=2018", company.value()).exchange();
        assertThat(overview).hasStatusOk().bodyText()
                .contains("<svg class=\"rating-chart\"", "id=\"cap-exceeded\"", "Hoàn thành xuất sắc nhiệm vụ")
                .contains("33,3");

        // a superior of the company annuls An's rating with a reason; it is kept and An may be rated again
        Long ratingId = jdbc.sql("select id from rating where member_id = :m and state = 'DECIDED'")
                .param("m", an.value()).query(Long.class).single();
        assertThat(admin.post().uri("/ratings/{r}/annul", ratingId).param("reason", "").exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select state from rating where id = :id").param("id", ratingId).query(String.class)
                .single()).isEqualTo("DECIDED");
        assertThat(branch.post().uri("/ratings/{r}/annul", ratingId).param("reason", "Sai quy trình").exchange())
                .hasStatus(403);
        assertThat(admin.post().uri("/ratings/{r}/annul", ratingId).param("reason", "Sai quy trình").exchange())
                .hasStatus3xxRedirection();
        assertThat(admin.get().uri("/units/{id}/ratings?year=2018", workshop.value()).exchange()).bodyText()
                .contains("Kết quả đã bị hủy", "Lý do: Sai quy trình");
        assertThat(admin.post().uri("/units/{id}/ratings/members?year=2018", workshop.value())
                .param("m-" + an.value(), "GOOD").param("action", "decide").exchange()).hasStatus3xxRedirection();

        assertThat(admin.get().uri("/units/{id}/ratings?year=2018&lang=en", workshop.value()).exchange()).bodyText()
                .contains("Review and rating", "Completed tasks well");
    }

    @Test
    void theApiAnswersTheOverviewAndRefusesAByRuleWith422() {
        AccountPrincipal decider = accounts.create("api", Grant.admin());
        String token = accounts.token(decider);
        MockMvcTester api = MockMvcTester.create(mockMvc);
        assertThat(api.put().uri("/api/v1/units/{id}/ratings/2018/members", workshop.value())
                .with(accounts.bearer(token)).contentType("application/json")
                .content("{\"levels\": {\"" + an.value() + "\": \"GOOD\"}, \"decide\": true}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.written").isEqualTo(1);
        // who decided is shown to those who may change the deciding unit, not to the branch's readers
        assertThat(api.get().uri("/api/v1/units/{id}/ratings/2018/members", workshop.value()).with(accounts.bearer(token))
                .exchange()).hasStatusOk().bodyText().contains(decider.username());
        String secretary = accounts.token(accounts.create("bt-api", new Grant(Role.BRANCH_SECRETARY, workshop)));
        assertThat(api.get().uri("/api/v1/units/{id}/ratings/2018/members", workshop.value())
                .with(accounts.bearer(secretary)).exchange()).hasStatusOk().bodyText()
                .contains("Nguyễn Văn An").doesNotContain(decider.username());
        assertThat(api.put().uri("/api/v1/units/{id}/ratings/2018/organizations", company.value())
                .with(accounts.bearer(token)).contentType("application/json")
                .content("{\"levels\": {\"" + workshop.value() + "\": \"GOOD\"}, \"decide\": true}").exchange())
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("ratings.lower-levels-first");
        assertThat(api.get().uri("/api/v1/units/{id}/ratings/2018", company.value()).with(accounts.bearer(token))
                .exchange()).hasStatusOk().bodyJson().extractingPath("$.members.byLevel.GOOD").isEqualTo(1);

        // the overview names who decided a subordinate's rating to those who may change the deciding unit only
        assertThat(api.put().uri("/api/v1/units/{id}/ratings/2018/members", workshop.value())
                .with(accounts.bearer(token)).contentType("application/json")
                .content("{\"levels\": {\"" + binh.value() + "\": \"GOOD\", \"" + cuong.value() + "\": \"COMPLETED\"},"
                        + " \"decide\": true}").exchange()).hasStatusOk();
        assertThat(api.put().uri("/api/v1/units/{id}/ratings/2018/organizations", company.value())
                .with(accounts.bearer(token)).contentType("application/json")
                .content("{\"levels\": {\"" + workshop.value() + "\": \"GOOD\"}, \"decide\": true}").exchange())
                .hasStatusOk();
        assertThat(api.get().uri("/api/v1/units/{id}/ratings/2018", company.value()).with(accounts.bearer(token))
                .exchange()).hasStatusOk().bodyText().contains(decider.username());
        String viewer = accounts.token(accounts.create("viewer-api", new Grant(Role.VIEWER, company)));
        assertThat(api.get().uri("/api/v1/units/{id}/ratings/2018", company.value()).with(accounts.bearer(viewer))
                .exchange()).hasStatusOk().bodyText().contains("Chi bộ Phân xưởng").doesNotContain(decider.username());
        assertThat(api.get().uri("/api/v1/units/{id}/inspection/cases", zones.value()).with(accounts.bearer(token))
                .exchange()).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void inspectionFormsRecordCasesAndDecisionsAndKeepWhatWasTypedWhenRefused() throws Exception {
        assertThat(admin.get().uri("/units/{id}/inspection", zones.value()).exchange()).hasStatusOk().bodyText()
                .contains("Kiểm tra, giám sát và kỷ luật", "Thêm cuộc kiểm tra, giám sát");
        MvcTestResult refused = admin.post().uri("/units/{id}/inspection/cases/new", zones.value())
                .param("kind", "INSPECTION").param("basis", "SIGNS_OF_VIOLATION").param("subjectType", "UNIT")
                .param("subjectUnitId", String.valueOf(company.value())).param("startedOn", "2018-03-01")
                .param("concludedOn", "2018-02-01").param("conclusion", "Có vi phạm về tài chính").exchange();
        assertThat(refused).hasStatus(422);
        // a textarea's text comes back escaped as entities
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getMvcResult().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
                .contains("Ngày kết luận không được trước ngày bắt đầu", "Có vi phạm về tài chính", "2018-03-01");
        assertThat(admin.post().uri("/units/{id}/inspection/cases/new", zones.value())
                .param("kind", "INSPECTION").param("basis", "SIGNS_OF_VIOLATION").param("subjectType", "UNIT")
                .param("subjectUnitId", String.valueOf(company.value())).param("startedOn", "2018-03-01")
                .param("concludedOn", "2018-04-01").param("conclusion", "Có vi phạm về tài chính").exchange())
                .hasStatus3xxRedirection();

        // dissolution as discipline: recorded, and the tree's dissolve form offered, the unit untouched
        MvcTestResult dissolution = admin.post().uri("/units/{id}/inspection/decisions/new", company.value())
                .param("subjectUnitId", String.valueOf(workshop.value())).param("form", "DISSOLUTION")
                .param("decisionNumber", "QĐ-15").param("decidedOn", "2018-05-05").param("reason", "Mất sức chiến đấu")
                .exchange();
        assertThat(dissolution).hasStatus3xxRedirection();
        assertThat(dissolution.getMvcResult().getFlashMap().get("dissolveUnit")).isEqualTo(workshop.value());
        assertThat(jdbc.sql("select dissolved_on from org_unit where id = :id").param("id", workshop.value())
                .query(LocalDate.class).single()).isAfter(LocalDate.of(9999, 1, 1));

        // a member: the forms offered follow their status; the review is listed under the committee
        assertThat(admin.get().uri("/members/{id}/inspection/new", an.value()).exchange()).hasStatusOk().bodyText()
                .contains("Kiểm điểm rút kinh nghiệm", "Khai trừ");
        assertThat(admin.post().uri("/members/{id}/inspection/new", an.value()).param("action", "REVIEW")
                .param("decidedOn", "2018-06-01").param("decidedBy", "Chi bộ Phân xưởng").param("reason", "Vắng họp")
                .exchange()).hasStatus3xxRedirection();
        assertThat(admin.get().uri("/units/{id}/inspection", zones.value()).exchange()).bodyText()
                .contains("Có vi phạm về tài chính", "Giải tán", "Nguyễn Văn An", "Vắng họp");

        // a branch secretary reads but does not inspect
        MockMvcTester branch = SignedIn.mvc(context, accounts.as(accounts.create("bt", new Grant(Role.BRANCH_SECRETARY,
                workshop))));
        assertThat(branch.get().uri("/units/{id}/inspection", workshop.value()).exchange()).hasStatusOk();
        assertThat(branch.get().uri("/units/{id}/inspection/cases/new", workshop.value()).exchange()).hasStatus(403);
        assertThat(branch.get().uri("/units/{id}/inspection", zones.value()).exchange()).hasStatus(404);
        MockMvcTester inspector = SignedIn.mvc(context, accounts.as(accounts.create("kt", new Grant(Role.INSPECTION,
                company))));
        assertThat(inspector.get().uri("/members/{id}/inspection/new", an.value()).exchange()).hasStatusOk();
    }
    static byte[] workbook(Object[]... rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Xếp loại");
            int r = 0;
            for (Object[] cells : rows) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(cells[c]));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExcelFileOfRatingsIsImportedAllOrNothingWithAVietnameseErrorPerRowAndColumn() throws Exception {
        MemberId outsider = f.official(f.unit(company, UnitType.BRANCH, "Chi bộ Văn phòng", FOUNDED), "Phạm Văn Dũng");
        assertThat(admin.get().uri("/units/{id}/ratings/template.xlsx?year=2018", workshop.value()).exchange())
                .hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] bad = workbook(new Object[] {"Mã hồ sơ", "Họ và tên", "Mức xếp loại"},
                new Object[] {an.value(), "Nguyễn Văn An", "Hoàn thành tốt nhiệm vụ"},
                new Object[] {"abc", "Ai đó", "Tốt"},
                new Object[] {binh.value(), "Trần Văn Bình", "Rất tốt"},
                new Object[] {outsider.value(), "Phạm Văn Dũng", "Tốt"});
        MvcTestResult refused = admin.post().uri("/units/{id}/ratings/import?year=2018", workshop.value())
                .multipart().file(new org.springframework.mock.web.MockMultipartFile("file", "xep-loai.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad)).exchange();
        assertThat(refused).hasStatus(422).bodyText()
                .contains("Tệp có 3 lỗi nên chưa ghi kết quả nào")
                .contains("Dòng 3, cột “Mã hồ sơ”:", "“abc” không phải là mã hồ sơ đảng viên")
                .contains("Dòng 4, cột “Mức xếp loại”:", "“Rất tốt” không phải là một mức xếp loại")
                .contains("Dòng 5, cột “Mã hồ sơ”:", "không thuộc chi bộ trong kỳ 2018");
        assertThat(jdbc.sql("select count(*) from rating where member_id = :m").param("m", an.value())
                .query(Long.class).single()).isZero();

        byte[] good = workbook(new Object[] {"Mã hồ sơ", "Họ và tên", "Mức xếp loại"},
                new Object[] {an.value(), "Nguyễn Văn An", "Hoàn thành tốt nhiệm vụ"},
                new Object[] {binh.value(), "Trần Văn Bình", "Xuất sắc"},
                new Object[] {cuong.value(), "Lê Văn Cường", ""});
        assertThat(admin.post().uri("/units/{id}/ratings/import?year=2018", workshop.value())
                .multipart().file(new org.springframework.mock.web.MockMultipartFile("file", "xep-loai.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good)).exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select level || '/' || state from rating where member_id = :m").param("m", binh.value())
                .query(String.class).single()).isEqualTo("EXCELLENT/DRAFT");
        assertThat(jdbc.sql("select count(*) from rating where member_id = :m").param("m", cuong.value())
                .query(Long.class).single()).isZero();
    }
}
