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

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.TestWorkbooks;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

@SpringBootTest
@AutoConfigureMockMvc
class UnitWorkbookApiIT {

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the feature, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @Autowired JdbcClient jdbc;

    private final String p = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";

    private MvcTestResult upload(byte[] file, String language) {
        var request = mvc.post().uri("/api/v1/units/import").multipart().file("file", file);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.exchange();
    }

    @Test
    void anAcceptedImportAnswersWhatItCreated() {
        MvcTestResult result = upload(xlsx(List.of(
                row(p + "CB", "Chi bộ Bệnh viện", "Chi bộ cơ sở", p + "TU", "01/08/2025", null, null),
                row(p + "TU", "Đảng bộ tỉnh Tuyên Quang", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", null, null))), null);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.createdByType.GRASSROOTS_BRANCH").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.createdByType.PROVINCIAL_COMMITTEE").isEqualTo(1);
    }

    @Test
    void aRefusedImportAnswers422WithEveryErrorAndWritesNothing() {
        long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();

        MvcTestResult result = upload(xlsx(List.of(
                row(p + "TU", "Đảng bộ tỉnh Thái Nguyên", "Đảng bộ trực thuộc Trung ương", null, "01/07/2025", null, null),
                row(p + "CB", "Chi bộ", "Chi bộ trực thuộc", p + "TU", "01/08/2025", null, null),
                row(p + "X", "Đảng bộ X", "Ban", p + "TU", "01/08/2025", null, null))), null);

        assertThat(result).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://dangvu.vn/problems/import-refused");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Không nhập được tệp");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Tệp có 2 lỗi");
        assertThat(result).bodyJson().extractingPath("$.errors[*].row").asArray().containsExactly(3, 4);
        assertThat(result).bodyJson().extractingPath("$.errors[*].column").asArray().containsExactly("Mã cấp trên", "Loại");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(
                "Chi bộ (Chi bộ trực thuộc) không thể trực thuộc Đảng bộ tỉnh Thái Nguyên (Đảng bộ trực thuộc Trung ương).");
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aBrokenOrEmptyFileIsRefusedInTheClientsLanguage() {
        MvcTestResult broken = upload("%PDF-1.7".getBytes(), "en");
        assertThat(broken).hasStatus(422);
        assertThat(broken).bodyJson().extractingPath("$.detail").isEqualTo("This is not an Excel .xlsx file.");
        assertThat(broken).bodyJson().extractingPath("$.errors[0].message").isEqualTo("This is not an Excel .xlsx file.");

        MvcTestResult empty = upload(new byte[0], null);
        assertThat(empty).hasStatus(422);
        assertThat(empty).bodyJson().extractingPath("$.detail").isEqualTo("Tệp tải lên không có nội dung.");

        assertThat(mvc.post().uri("/api/v1/units/import").multipart().exchange()).hasStatus(400);
    }

    @Test
    void aSubtreeExportsAsOfADate() throws Exception {
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Bắc Kạn",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        changes.establish(new EstablishUnit(p + "DB", "Đảng bộ Công an tỉnh", UnitType.GRASSROOTS_COMMITTEE, province,
                LocalDate.of(2010, 1, 1), null, null));

        MvcTestResult result = mvc.get().uri("/api/v1/units/{id}/export.xlsx?date=2009-12-31", province.value()).exchange();

        assertThat(result).hasStatusOk().hasContentType(WorkbookResponses.XLSX);
        try (Workbook workbook = TestWorkbooks.open(result.getResponse().getContentAsByteArray())) {
            assertThat(TestWorkbooks.texts(workbook.getSheetAt(0))).extracting(r -> r.get(0)).containsExactly("Mã", p + "TU");
        }
        assertThat(mvc.get().uri("/api/v1/units/{id}/export.xlsx", Long.MAX_VALUE).exchange()).hasStatus(404);
    }
}
