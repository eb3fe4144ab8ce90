package vn.dangvu.organizations.web;

import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static vn.dangvu.organizations.TestWorkbooks.row;
import static vn.dangvu.organizations.TestWorkbooks.xlsx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.UnitAccess;

/** The workbook asks the user's scope: superiors must be writable to receive units, exports readable. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitWorkbookAccessIT {

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the feature, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @MockitoBean UnitAccess access;

    private final String p = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";
    private UnitId readOnly;
    private UnitId hidden;

    @BeforeEach
    void scope() {
        readOnly = changes.establish(new EstablishUnit(p + "RO", "Đảng bộ tỉnh chỉ được xem",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        hidden = changes.establish(new EstablishUnit(p + "HID", "Đảng bộ tỉnh ngoài phạm vi",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        given(access.scope(org.mockito.ArgumentMatchers.any())).willAnswer(call ->
                vn.dangvu.platform.UnitScope.whole(LocalDate.now()));
        given(access.canRead(anyLong())).willAnswer(call -> (long) call.getArgument(0) != hidden.value());
        given(access.canWrite(anyLong())).willAnswer(call -> (long) call.getArgument(0) != hidden.value()
                && (long) call.getArgument(0) != readOnly.value());
        org.mockito.BDDMockito.willCallRealMethod().given(access).checkRead(anyLong());
    }

    @Test
    void importsOnlyUnderSuperiorsTheUserMayChangeAndHidesTheOnesOutOfReach() {
        MvcTestResult result = mvc.post().uri("/api/v1/units/import").multipart().file("file", xlsx(List.of(
                row(p + "A", "Đảng bộ A", "Đảng bộ cơ sở", p + "RO", "01/01/2020", null, null),
                row(p + "B", "Đảng bộ B", "Đảng bộ cơ sở", p + "HID", "01/01/2020", null, null)))).exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().containsExactly(
                "Bạn không có quyền thêm tổ chức trực thuộc tổ chức có mã " + p + "RO.",
                "Không tìm thấy tổ chức cấp trên có mã " + p + "HID trong tệp hoặc trong hệ thống.");
    }

    @Test
    void exportsOnlyWhatTheUserMayRead() {
        assertThat(mvc.get().uri("/api/v1/units/{id}/export.xlsx", hidden.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/units/{id}/export.xlsx", hidden.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/units/{id}/export.xlsx", readOnly.value()).exchange()).hasStatusOk();
    }
}
