package vn.dangvu.organizations.web;

import org.junit.jupiter.api.BeforeEach;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

@SpringBootTest
@AutoConfigureMockMvc
class UnitPagesIT {

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

    private UnitId committee(String code, String name) {
        UnitId province = changes.establish(new EstablishUnit(code + "-P", "Tỉnh ủy " + code, UnitType.PROVINCIAL_COMMITTEE,
                null, LocalDate.of(2000, 1, 1), null, null));
        return changes.establish(new EstablishUnit(code, name, UnitType.GRASSROOTS_COMMITTEE, province,
                LocalDate.of(2010, 1, 1), null, null));
    }

    @Test
    void refusedFormKeepsWhatWasTypedAndChangesNothing() throws Exception {
        UnitId unit = committee("PG1", "Đảng bộ Trường Đại học");
        UnitId branch = changes.establish(new EstablishUnit("PG1-CB", "Chi bộ Khoa Toán", UnitType.BRANCH, unit,
                LocalDate.of(2011, 1, 1), null, null));
        long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();

        var result = mvc.post().uri("/units/new")
                .param("superiorId", String.valueOf(branch.value()))
                .param("code", "PG1-CON").param("name", "Chi bộ con gõ dở").param("type", "BRANCH").param("on", "2012-03-04")
                .exchange();

        assertThat(result).hasStatus(422);
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .contains("không thể trực thuộc")
                .contains("value=\"Chi bộ con gõ dở\"")
                .contains("value=\"PG1-CON\"")
                .contains("value=\"2012-03-04\"");
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreMarkedInVietnamese() throws Exception {
        UnitId unit = committee("PG2", "Đảng bộ Bệnh viện");
        var result = mvc.post().uri("/units/new").param("superiorId", String.valueOf(unit.value()))
                .param("code", "").param("name", "Chi bộ Khoa Nội").param("on", "")
                .exchange();
        assertThat(result).hasStatus(422);
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .contains("Vui lòng nhập trường này.").contains("value=\"Chi bộ Khoa Nội\"");
    }

    @Test
    void establishRedirectsToTheNewUnitWhosePageShowsItsHistory() {
        UnitId unit = committee("PG3", "Đảng bộ Cảng");
        var result = mvc.post().uri("/units/new").param("superiorId", String.valueOf(unit.value()))
                .param("code", "PG3-CB1").param("name", "Chi bộ Kho vận").param("type", "BRANCH").param("on", "2015-02-03")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(location)).hasStatusOk().bodyText()
                .contains("Chi bộ Kho vận").contains("03/02/2015").contains("Đảng bộ Cảng");
        assertThat(mvc.get().uri("/units/" + unit.value() + "?date=2015-02-02")).bodyText()
                .contains("Tổ chức trực thuộc trực tiếp (0)");
        assertThat(mvc.get().uri("/units/" + unit.value() + "?date=2015-02-03")).bodyText()
                .contains("Tổ chức trực thuộc trực tiếp (1)");
    }

    @Test
    void searchFindsUnitsWithoutDiacritics() {
        committee("PG4", "Đảng bộ Liên đoàn Lao động thành phố");
        assertThat(mvc.get().uri("/units/search").param("q", "lien doan lao dong").header("HX-Request", "true"))
                .hasStatusOk().bodyText().contains("Đảng bộ Liên đoàn Lao động thành phố");
        assertThat(mvc.get().uri("/units/search").param("q", "xyz khong co").header("HX-Request", "true"))
                .hasStatusOk().bodyText().contains("Không tìm thấy");
    }

    @Test
    void childrenLoadLazilyAsAFragment() {
        UnitId unit = committee("PG5", "Đảng bộ Phường An Hòa");
        changes.establish(new EstablishUnit("PG5-CB1", "Chi bộ Khu vực 1", UnitType.BRANCH, unit,
                LocalDate.of(2011, 1, 1), null, null));
        assertThat(mvc.get().uri("/units/" + unit.value() + "/children"))
                .hasStatusOk().bodyText().contains("Chi bộ Khu vực 1").doesNotContain("<html");
    }

    @Test
    void aBranchPageHasNoEmptyCountOfSubordinateUnits() {
        UnitId unit = committee("PG7", "Đảng bộ Công ty Cấp nước");
        UnitId branch = changes.establish(new EstablishUnit("PG7-CB1", "Chi bộ Phòng Kỹ thuật", UnitType.BRANCH, unit,
                LocalDate.of(2011, 1, 1), null, null));
        assertThat(mvc.get().uri("/units/" + unit.value())).hasStatusOk().bodyText()
                .contains("Tổ chức trực thuộc (mọi cấp)");
        assertThat(mvc.get().uri("/units/" + branch.value())).hasStatusOk().bodyText()
                .doesNotContain("Tổ chức trực thuộc (mọi cấp)").contains("Không có tổ chức trực thuộc.");
    }

    @Test
    void unknownUnitIsANotFoundPage() {
        assertThat(mvc.get().uri("/units/999999999")).hasStatus(404).bodyText().contains("Không tìm thấy");
    }

    @Test
    void englishIsOneClickAway() {
        UnitId unit = committee("PG6", "Đảng bộ Xã Tân Phú");
        assertThat(mvc.get().uri("/units/" + unit.value()).param("lang", "en")).hasStatusOk().bodyText()
                .contains("Direct subordinates");
    }
}
