package vn.dangvu.organizations.web;

import org.junit.jupiter.api.BeforeEach;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.organizations.TestWorkbooks.row;
import static vn.dangvu.organizations.TestWorkbooks.xlsx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.TestWorkbooks;
import vn.dangvu.organizations.TreeImport;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

@SpringBootTest
@AutoConfigureMockMvc
class UnitWorkbookPagesIT {

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the feature, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @Autowired OrganizationTree tree;
    @Autowired JdbcClient jdbc;

    private final String p = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";

    private MvcTestResult upload(byte[] file) {
        return mvc.post().uri("/units/import").multipart().file("file", file).exchange();
    }

    private long units() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    @Test
    void theImportPageOffersTheTemplateAndAMultipartForm() {
        assertThat(mvc.get().uri("/units/import").exchange()).hasStatusOk().bodyText()
                .contains("Nhập tổ chức từ Excel")
                .contains("href=\"/units/import/template.xlsx\"")
                .contains("enctype=\"multipart/form-data\"")
                .contains("action=\"/units/import\"")
                .contains("name=\"file\"")
                .contains("Tối đa 20.000 dòng, 10 MB.");
    }

    @Test
    void theTemplateHasTheColumnsTwoExamplesATypeDropDownAndAGuide() throws Exception {
        MvcTestResult result = mvc.get().uri("/units/import/template.xlsx").exchange();

        assertThat(result).hasStatusOk().hasContentType(WorkbookResponses.XLSX);
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("mau-nhap-to-chuc-dang.xlsx");
        try (Workbook workbook = TestWorkbooks.open(result.getResponse().getContentAsByteArray())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổ chức");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            List<List<String>> rows = TestWorkbooks.texts(workbook.getSheetAt(0));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).containsExactlyElementsOf(TestWorkbooks.HEADERS);
            assertThat(rows.get(1)).startsWith("VD-TU", "Đảng bộ tỉnh Ví Dụ", "Đảng bộ trực thuộc Trung ương", "", "01/07/2025");
            assertThat(rows.get(2)).startsWith("VD-DBCS-01", "Đảng bộ Sở Tài chính", "Đảng bộ cơ sở", "VD-TU", "15/07/2025");

            String guide = TestWorkbooks.texts(workbook.getSheetAt(1)).toString();
            assertThat(guide).contains("Đảng bộ trực thuộc Trung ương", "Đảng bộ cấp trên cơ sở", "Đảng bộ cơ sở",
                    "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc", "BRANCH", "Ngày thành lập (dd/mm/yyyy)");

            // In the file format showDropDown="1" hides the drop-down's arrow; people need to see it.
            assertThat(sheetXml(result.getResponse().getContentAsByteArray())).contains("<dataValidation ")
                    .doesNotContain("showDropDown=\"1\"").doesNotContain("showDropDown=\"true\"");
            List<XSSFDataValidation> validations = ((XSSFSheet) workbook.getSheetAt(0)).getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getValidationType())
                        .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST);
                assertThat(v.getValidationConstraint().getFormula1()).startsWith("'Hướng dẫn'!$A$");
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("C2:C20001");
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            });
            // the drop-down's range holds exactly the six type labels
            String formula = validations.getFirst().getValidationConstraint().getFormula1();
            var range = org.apache.poi.ss.util.CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
            assertThat(range.getNumberOfCells()).isEqualTo(UnitType.values().length);
            assertThat(workbook.getSheetAt(1).getRow(range.getFirstRow()).getCell(0).getStringCellValue())
                    .isEqualTo("Đảng bộ trực thuộc Trung ương");
            assertThat(workbook.getSheetAt(1).getRow(range.getLastRow()).getCell(0).getStringCellValue())
                    .isEqualTo("Chi bộ trực thuộc");
        }
    }

    private static String sheetXml(byte[] xlsx) throws Exception {
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(xlsx));
             var in = pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/worksheets/sheet1.xml")).getFirst().getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theUnchangedTemplateImportsItsTwoExampleRowsAndSaysSo() {
        byte[] template = mvc.get().uri("/units/import/template.xlsx").exchange().getResponse().getContentAsByteArray();

        MvcTestResult result = upload(template);

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/units/import");
        assertThat(result).flash().containsKey("imported");
        var imported = (TreeImport.Imported) result.getMvcResult().getFlashMap().get("imported");
        assertThat(imported.created()).isEqualTo(2);
        assertThat(tree.findByCode("VD-DBCS-01")).isPresent();
        assertThat(mvc.get().uri("/units/import").flashAttr("imported", imported).exchange()).hasStatusOk()
                .bodyText().contains("Đã thêm 2 tổ chức từ tệp.");
    }

    @Test
    void anUploadWithErrorsShowsThemRowByRowAndAddsNothing() {
        long before = units();

        MvcTestResult result = upload(xlsx(List.of(
                row(p + "TU", "Đảng bộ tỉnh Phú Thọ", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", null, null),
                row(p + "DB", "Đảng bộ xã", "Đảng bộ cơ sở", p + "TU", "32/07/2025", null, null),
                row(p + "CB", null, "Chi bộ trực thuộc", p + "KHONGCO", "01/08/2025", null, null))));

        assertThat(result).hasStatusOk().bodyText()
                .contains("Tệp có 3 lỗi; chưa có tổ chức nào được thêm.")
                .contains("<td class=\"num\">3</td>")
                .contains("<td>Ngày thành lập (dd/mm/yyyy)</td>")
                .contains("„32/07/2025“ không phải là ngày hợp lệ")
                .contains("<td class=\"num\">4</td>")
                .contains("<td>Tên tổ chức</td>")
                .contains("Không tìm thấy tổ chức cấp trên có mã " + p + "KHONGCO trong tệp hoặc trong hệ thống.");
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void theImportPageTellsItsOwnSessionWhichStepTheImportReached() {
        String token = String.format("%032x", System.nanoTime());
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.get().uri("/units/import").exchange()).bodyText()
                .contains("data-progress=\"import-progress\"").contains("id=\"import-progress\"");

        assertThat(mvc.post().uri("/units/import").multipart().file("file", xlsx(List.of(
                row(p + "TU", "Đảng bộ tỉnh Hà Giang", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", null, null),
                row(p + "DB", "Đảng bộ xã Lũng Cú", "Đảng bộ cơ sở", p + "TU", "01/07/2025", null, null))))
                .param("progress", token).session(session).exchange()).hasStatus3xxRedirection();

        MvcTestResult step = mvc.get().uri("/progress/" + token).session(session).exchange();
        assertThat(step).hasStatusOk();
        assertThat(step).bodyJson().extractingPath("$.message")
                .isEqualTo("Đã kiểm tra xong, đang ghi 2 đơn vị vào cơ sở dữ liệu…");
        assertThat(mvc.get().uri("/progress/" + token).session(new MockHttpSession()).exchange()).hasStatus(404);
    }

    @Test
    void aBrokenFileOrNoFileGetsAClearMessage() {
        assertThat(upload("not a spreadsheet".getBytes())).hasStatusOk().bodyText()
                .contains("Tệp này không phải là tệp Excel .xlsx.");
        assertThat(upload(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0})).hasStatusOk().bodyText()
                .contains("Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng .xlsx.");
        assertThat(mvc.post().uri("/units/import").multipart().exchange()).hasStatusOk().bodyText()
                .contains("Vui lòng chọn tệp Excel (.xlsx) để tải lên.");
    }

    @Test
    void aSubtreeDownloadsAsItStoodOnTheDate() throws Exception {
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Lạng Sơn",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        UnitId grassroots = changes.establish(new EstablishUnit(p + "DB", "Đảng bộ Cửa khẩu",
                UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2010, 1, 1), null, null));
        changes.establish(new EstablishUnit(p + "CB", "Chi bộ Hải quan", UnitType.BRANCH, grassroots,
                LocalDate.of(2020, 1, 1), null, null));

        MvcTestResult result = mvc.get().uri("/units/{id}/export.xlsx?date=2015-06-30", grassroots.value()).exchange();

        assertThat(result).hasStatusOk().hasContentType(WorkbookResponses.XLSX);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("to-chuc-" + p + "DB-2015-06-30.xlsx");
        try (Workbook workbook = TestWorkbooks.open(result.getResponse().getContentAsByteArray())) {
            assertThat(TestWorkbooks.texts(workbook.getSheetAt(0))).extracting(r -> r.get(0))
                    .containsExactly("Mã", p + "DB");
        }
        assertThat(mvc.get().uri("/units/{id}/export.xlsx", Long.MAX_VALUE).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/export.xlsx?date=30/06/2015", grassroots.value()).exchange()).hasStatus(400);
    }
}
