package vn.dangvu.members.web;

import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.PersonalDataExported;

/** The member workbook through HTTP: the template, the import page and API, the export. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MemberWorkbookPagesIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the workbook, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    UnitId committee;
    String branchCode;
    static int seq;

    @BeforeEach
    void tree() {
        String p = "WP" + (seq++) + "-" + System.nanoTime() % 100000;
        UnitId province = changes.establish(new EstablishUnit(p, "Tỉnh ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(1975, 1, 1), null, null));
        committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ Khối Dân " + p, UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(1980, 1, 1), null, null));
        branchCode = p + "-CB";
        changes.establish(new EstablishUnit(branchCode, "Chi bộ Ấp 3", UnitType.BRANCH, committee,
                LocalDate.of(1980, 1, 1), null, null));
    }

    byte[] template() {
        MvcTestResult result = mvc.get().uri("/members/import/template.xlsx").exchange();
        assertThat(result).hasStatusOk().hasContentType(XLSX);
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        return result.getResponse().getContentAsByteArray();
    }

    /** The template's two examples, in the branch, with identity numbers no other test uses. */
    byte[] filledTemplate(String first, String second) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet sheet = workbook.getSheet("Đảng viên");
            sheet.getRow(1).getCell(15).setCellValue(branchCode);
            sheet.getRow(2).getCell(15).setCellValue(branchCode);
            sheet.getRow(1).getCell(7).setCellValue(first);
            sheet.getRow(2).getCell(7).setCellValue(second);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String serial() {
        return String.format("%06d", (System.nanoTime() / 1000) % 1_000_000);
    }

    long members() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    @Test
    void theImportPageImportsAFilledTemplateAndSaysHowMany() throws Exception {
        assertThat(mvc.get().uri("/units/" + committee.value() + "/members/import").exchange()).hasStatusOk()
                .bodyText().contains("Nhập danh sách đảng viên từ Excel").contains("/members/import/template.xlsx")
                .contains("enctype=\"multipart/form-data\"");
        String s = serial();
        byte[] file = filledTemplate("092085" + s, "086196" + s);
        long before = members();

        MvcTestResult result = mvc.post().uri("/units/" + committee.value() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "danh-sach.xlsx", XLSX, file)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains("Đã nhập 2 hồ sơ đảng viên.");
        assertThat(members()).isEqualTo(before + 2);
    }

    @Test
    void theImportPageTellsItsOwnSessionHowFarTheImportHasGot() throws Exception {
        String s = serial();
        byte[] file = filledTemplate("092085" + s, "086196" + s);
        String token = String.format("%032x", System.nanoTime());
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.get().uri("/progress/" + token).session(session).exchange()).hasStatus(404);

        assertThat(mvc.post().uri("/units/" + committee.value() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "danh-sach.xlsx", XLSX, file)).param("progress", token)
                .session(session).exchange()).hasStatusOk();

        MvcTestResult step = mvc.get().uri("/progress/" + token).session(session).exchange();
        assertThat(step).hasStatusOk().hasContentTypeCompatibleWith("application/json");
        assertThat(step).bodyJson().extractingPath("$.message")
                .isEqualTo("Đã kiểm tra xong, đang ghi 2 đảng viên vào cơ sở dữ liệu…");
        assertThat(step).bodyJson().extractingPath("$.done").isEqualTo(2);
        assertThat(step).bodyJson().extractingPath("$.percent").isEqualTo(-1);
        assertThat(mvc.get().uri("/progress/" + token).session(new MockHttpSession()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/" + committee.value() + "/members/import").exchange()).bodyText()
                .contains("data-progress=\"import-progress\"").contains("name=\"progress\"")
                .contains("id=\"import-progress\"");
    }

    @Test
    void theImportPageListsEveryRefusedCellAndSavesNothing() throws Exception {
        long before = members();

        MvcTestResult result = mvc.post().uri("/units/" + committee.value() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "mau.xlsx", XLSX, template())).exchange();

        assertThat(result).hasStatus(422);
        String page = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
        assertThat(page).contains("Chưa nhập hồ sơ nào").contains("<td>P2</td>").contains("<td>P3</td>")
                .contains("Không tìm thấy chi bộ có mã „CB-VIDU“.");
        assertThat(members()).isEqualTo(before);

        MvcTestResult notAFile = mvc.post().uri("/units/" + committee.value() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "anh.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .exchange();
        assertThat(notAFile).hasStatus(422);
        assertThat(HtmlUtils.htmlUnescape(notAFile.getResponse().getContentAsString()))
                .contains("Tệp không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.");
    }

    @Test
    void theApiAnswersTheCountOrAProblemWithEveryError() throws Exception {
        String s = serial();
        MvcTestResult ok = mvc.post().uri("/api/v1/units/" + committee.value() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "ds.xlsx", XLSX, filledTemplate("001085" + s, "001196" + s)))
                .exchange();
        assertThat(ok).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(2);

        long before = members();
        MvcTestResult refused = mvc.post().uri("/api/v1/units/" + committee.value() + "/members/import")
                .header("Accept-Language", "en").multipart()
                .file(new MockMultipartFile("file", "ds.xlsx", XLSX, filledTemplate("001085" + s, "001196" + s)))
                .exchange();
        assertThat(refused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DocumentContext problem = JsonPath.parse(refused.getResponse().getContentAsString());
        assertThat(problem.read("$.errorCount", Integer.class)).isEqualTo(2);
        assertThat(problem.read("$.errors[0].row", Integer.class)).isEqualTo(2);
        assertThat(problem.read("$.errors[0].column", String.class)).isEqualTo("Số CCCD");
        assertThat(problem.read("$.errors[0].cell", String.class)).isEqualTo("H2");
        assertThat(problem.read("$.errors[1].row", Integer.class)).isEqualTo(3);
        assertThat(problem.read("$.errors[0].message", String.class))
                .isEqualTo("This identity number is already in someone else’s record.");
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void exportsTheSubtreeAsAWorkbookAndAnnouncesIt() throws Exception {
        String s = serial();
        assertThat(mvc.post().uri("/api/v1/units/" + committee.value() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "ds.xlsx", XLSX, filledTemplate("002085" + s, "002196" + s)))
                .exchange()).hasStatusOk();

        MvcTestResult page = mvc.get().uri("/units/" + committee.value() + "/members/export.xlsx?subtree=true")
                .exchange();
        assertThat(page).hasStatusOk().hasContentType(XLSX);
        try (Workbook exported = new XSSFWorkbook(new ByteArrayInputStream(page.getResponse().getContentAsByteArray()))) {
            Sheet sheet = exported.getSheet("Đảng viên");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("002085" + s);
        }
        assertThat(events.stream(PersonalDataExported.class))
                .containsExactly(new PersonalDataExported("member-list", committee.value(), 2));

        // The list page's export link carries the page's own query: the file is the list as of that day.
        MvcTestResult past = mvc.get().uri("/units/" + committee.value() + "/members/export.xlsx?subtree=true&date=1990-01-01")
                .exchange();
        assertThat(past).hasStatusOk();
        try (Workbook exported = new XSSFWorkbook(new ByteArrayInputStream(past.getResponse().getContentAsByteArray()))) {
            assertThat(exported.getSheet("Đảng viên").getLastRowNum()).isZero();
        }

        MvcTestResult api = mvc.get().uri("/api/v1/units/" + committee.value()
                + "/members/export.xlsx?subtree=true&status=PROBATIONARY").exchange();
        assertThat(api).hasStatusOk().hasContentType(XLSX);
        try (Workbook exported = new XSSFWorkbook(new ByteArrayInputStream(api.getResponse().getContentAsByteArray()))) {
            assertThat(exported.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(exported.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Trần Thị Bình");
        }
        assertThat(mvc.get().uri("/api/v1/units/987654321/members/export.xlsx").exchange()).hasStatus(404);
    }
}
