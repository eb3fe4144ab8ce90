package vn.dangvu.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.SignedIn;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;

/** The report pages, downloads and API through the real security chain. */
@WebIT
class ReportWebIT {

    static final LocalDate CONGRESS = LocalDate.of(2016, 5, 19);

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TargetBook book;

    MockMvcTester admin;
    Fixtures f;
    UnitId zones;
    UnitId company;
    UnitId port;

    @BeforeEach
    void committee() {
        admin = SignedIn.mvc(context, accounts.as(accounts.admin()));
        f = new Fixtures(changes, registry);
        UnitId city = f.province("Thành ủy Cần Thơ");
        zones = f.unit(city, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                CONGRESS);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cổ phần Thủy sản", CONGRESS);
        UnitId branch = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng chế biến", CONGRESS);
        port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", CONGRESS);
        f.introducers(branch);
        Term term = f.term(zones, 1, CONGRESS, 2016, 2020);
        long rid = book.adopt(zones, term.id(), "Nghị quyết Đại hội Đảng bộ lần thứ I", null).id();
        book.addTarget(rid, new TargetDraft(null, "Kết nạp 110 đảng viên mới", Quantity.COUNT, "đảng viên",
                Direction.MORE, Scope.TERM, BigDecimal.valueOf(110), null, "members.admitted", null));
        for (int i = 0; i < 11; i++) {
            f.admitted(i % 2 == 0 ? branch : port, "Đảng viên Mới " + i, LocalDate.of(2017, 1, 10).plusDays(i * 20L));
        }
    }

    static String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void chooseThenPreviewTheFiguresAndTargetsLoadedByHtmx() throws Exception {
        MvcTestResult unit = admin.get().uri("/units/{id}", zones.value()).exchange();
        assertThat(html(unit)).contains("/units/" + zones.value() + "/reports");

        MvcTestResult choose = admin.get().uri("/units/{id}/reports", zones.value()).param("kind", "MID_TERM")
                .param("year", "2018").exchange();
        assertThat(choose).hasStatusOk();
        String page = html(choose);
        assertThat(page).contains("Sơ kết giữa nhiệm kỳ: từ 19/05/2016 đến 31/12/2018", "hx-get=",
                "download.docx?kind=MID_TERM&from=2016-05-19&to=2018-12-31").doesNotContain("style=");

        MvcTestResult figures = admin.get().uri("/units/{id}/reports/figures", zones.value()).param("kind", "MID_TERM")
                .param("from", "2016-05-19").param("to", "2018-12-31").exchange();
        assertThat(figures).hasStatusOk();
        assertThat(html(figures)).contains("Số đảng viên mới được kết nạp", "Kết nạp 110 đảng viên mới",
                "Đang trong lộ trình", "10%", "Đảng bộ Công ty Cổ phần Thủy sản", "Chi bộ Cảng Cái Cui", "chart.png");

        MvcTestResult chart = admin.get().uri("/units/{id}/reports/chart.png", zones.value()).param("kind", "MID_TERM")
                .param("from", "2016-05-19").param("to", "2018-12-31").exchange();
        assertThat(chart).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);

        MvcTestResult english = admin.get().uri("/units/{id}/reports?lang=en", zones.value()).param("kind", "YEAR_END")
                .param("year", "2017").exchange();
        assertThat(html(english)).contains("Year-end review: from 01/01/2017 to 31/12/2017");
    }

    @Test
    void aTermReviewOfABranchWithoutATermSaysWhy() throws Exception {
        MvcTestResult refused = admin.get().uri("/units/{id}/reports", port.value()).param("kind", "MID_TERM")
                .param("year", "2018").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("Đơn vị chưa có nhiệm kỳ vào thời điểm báo cáo");
    }

    @Test
    void writeADraftThenDownloadItAsWordPdfAndExcel() throws Exception {
        assertThat(admin.get().uri("/units/{id}/reports/drafts/new", zones.value()).param("kind", "MID_TERM")
                .param("from", "2016-05-19").param("to", "2018-06-12").exchange()).hasStatusOk();
        MvcTestResult created = admin.post().uri("/units/{id}/reports/drafts", zones.value())
                .param("kind", "MID_TERM").param("from", "2016-05-19").param("to", "2018-06-12").param("number", "12")
                .param("place", "Cần Thơ").param("issuedOn", "2018-02-02").param("signerName", "Nguyễn Thị Hường")
                .param("signerPosition", "Phó Bí thư").param("recipients", "Ban Tổ chức Thành ủy\nCác chi, đảng bộ trực thuộc")
                .param("results", "Đảng ủy đã tổ chức được 12 lớp triển khai Nghị quyết.")
                .param("limitations", "Phát triển đảng viên còn chậm.").param("tasks", "Tiếp tục phối hợp.").exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(created.getMvcResult().getFlashMap().get("flash")).isEqualTo("Đã lưu dự thảo báo cáo.");
        String location = created.getResponse().getRedirectedUrl();
        long draftId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        MvcTestResult editor = admin.get().uri(location).exchange();
        assertThat(editor).hasStatusOk();
        String page = html(editor);
        assertThat(page).contains("Phát triển đảng viên còn chậm.", "reports/figures");
        String version = page.replaceAll("(?s).*name=\"version\" value=\"([^\"]+)\".*", "$1");

        var download = admin.get().uri("/units/{id}/reports/download.docx", zones.value()).param("kind", "MID_TERM")
                .param("from", "2016-05-19").param("to", "2018-06-12").param("draft", String.valueOf(draftId)).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment", ".docx");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            String header = doc.getTables().getFirst().getText();
            assertThat(header).contains("Số 12-BC/ĐU", "Cần Thơ, ngày 02 tháng 02 năm 2018", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "THÀNH ỦY CẦN THƠ");
            assertThat(doc.getTables().getLast().getText()).contains("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Nguyễn Thị Hường");
        }
        var pdf = admin.get().uri("/units/{id}/reports/download.pdf", zones.value()).param("kind", "MID_TERM")
                .param("from", "2016-05-19").param("to", "2018-06-12").param("draft", String.valueOf(draftId)).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Phát triển đảng viên còn chậm.", "Kết nạp 110 đảng viên mới");
        }
        var xlsx = admin.get().uri("/units/{id}/reports/download.xlsx", zones.value()).param("kind", "MID_TERM")
                .param("from", "2016-05-19").param("to", "2018-06-12").exchange();
        assertThat(xlsx).hasStatusOk();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(1).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Kết nạp 110 đảng viên mới");
            assertThat(wb.getSheetAt(1).getRow(3).getCell(4).getNumericCellValue()).isEqualTo(11.0);
        }

        // saved over the version read; the same version again is refused and changes nothing
        MvcTestResult saved = admin.post().uri(location).param("kind", "MID_TERM").param("from", "2016-05-19")
                .param("to", "2018-06-12").param("results", "Bản sửa lần hai.").param("version", version).exchange();
        assertThat(saved).hasStatus3xxRedirection();
        MvcTestResult stale = admin.post().uri(location).param("kind", "MID_TERM").param("from", "2016-05-19")
                .param("to", "2018-06-12").param("results", "Bản cũ ghi đè.").param("version", version).exchange();
        assertThat(stale).hasStatus(422);
        assertThat(html(stale)).contains("Dự thảo đã được người khác sửa");
        assertThat(html(admin.get().uri(location).exchange())).contains("Bản sửa lần hai.").doesNotContain("Bản cũ ghi đè.");
    }

    @Test
    void apiGivesTheModelAndTheDraftsAndChecksScope() throws Exception {
        MvcTestResult model = admin.get().uri("/api/v1/units/{id}/report", zones.value()).param("kind", "RANGE")
                .param("from", "2016-05-19").param("to", "2018-06-12").exchange();
        assertThat(model).hasStatusOk();
        DocumentContext json = JsonPath.parse(model.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.read("$.sections[0].key", String.class)).isEqualTo("members");
        assertThat(json.read("$.sections[0].figures[?(@.code == 'members.admitted')].numerator", java.util.List.class))
                .containsExactly(11);
        assertThat(json.read("$.targets.rows[0].verdict", String.class)).isEqualTo("IN_PROGRESS");
        assertThat(json.read("$.subordinates.rows.length()", Integer.class)).isEqualTo(2);

        MvcTestResult created = admin.post().uri("/api/v1/units/{id}/report-drafts", zones.value())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"YEAR_END","from":"2017-01-01","to":"2017-12-31","number":3,"place":"Cần Thơ",
                         "recipients":["Ban Tổ chức Thành ủy"],"results":"Kết quả năm 2017"}
                        """).exchange();
        assertThat(created).hasStatus(201);
        DocumentContext draft = JsonPath.parse(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        long id = draft.read("$.id", Long.class);
        String version = draft.read("$.updatedAt", String.class);
        assertThat(admin.put().uri("/api/v1/units/{id}/report-drafts/{d}", zones.value(), id)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"YEAR_END","from":"2017-01-01","to":"2017-12-31","results":"Sửa","version":"%s"}
                        """.formatted(version)).exchange()).hasStatusOk();
        MvcTestResult stale = admin.put().uri("/api/v1/units/{id}/report-drafts/{d}", zones.value(), id)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"YEAR_END","from":"2017-01-01","to":"2017-12-31","results":"Cũ","version":"%s"}
                        """.formatted(version)).exchange();
        assertThat(stale).hasStatus(422);
        assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("reports.current-version");
        assertThat(admin.get().uri("/api/v1/units/{id}/report.docx?kind=YEAR_END&year=2017&draft=" + id, zones.value())
                .exchange()).hasStatusOk();

        // a branch secretary of the port reads the port, not the committee; cannot save the committee's drafts
        var secretary = accounts.create("bc-port", new Grant(Role.BRANCH_SECRETARY, port));
        var token = accounts.bearer(accounts.token(secretary));
        MockMvcTester mvc = SignedIn.mvc(context, accounts.as(secretary));
        assertThat(mvc.get().uri("/units/{id}/reports", zones.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/reports/download.pdf?kind=YEAR_END&from=2017-01-01&to=2017-12-31",
                zones.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/reports/drafts/{d}", port.value(), id).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/reports", port.value()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/{id}/report-drafts/{d}", zones.value(), id).with(token).exchange())
                .hasStatus(404);
        var viewer = accounts.create("bc-view", new Grant(Role.VIEWER, zones));
        MockMvcTester view = SignedIn.mvc(context, accounts.as(viewer));
        assertThat(view.get().uri("/units/{id}/reports/drafts/{d}", zones.value(), id).exchange()).hasStatusOk();
        // the header names the superior only to a reader who may read it
        var docx = view.get().uri("/units/{id}/reports/download.docx?kind=YEAR_END&from=2017-01-01&to=2017-12-31",
                zones.value()).exchange();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getTables().getFirst().getText()).contains("ĐẢNG ỦY CÁC KHU CHẾ XUẤT")
                    .doesNotContain("THÀNH ỦY CẦN THƠ");
        }
        assertThat(view.post().uri("/units/{id}/reports/drafts/{d}", zones.value(), id).param("kind", "YEAR_END")
                .param("from", "2017-01-01").param("to", "2017-12-31").param("results", "Xem thôi")
                .param("version", version).exchange()).hasStatus(403);
    }
}
