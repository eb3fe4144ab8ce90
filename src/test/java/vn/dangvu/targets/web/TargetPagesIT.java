package vn.dangvu.targets.web;

import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.Fixtures;

/**
 * The sample report of the Cần Thơ industrial-zones committee (samples/report-kcx-cantho-2018.txt)
 * reproduced through the pages and the API: a 2016–2020 target to admit 110 new members, with 77
 * admitted by 12 June 2018, reads 77/110 = 70%.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TargetPagesIT {

    static final LocalDate CONGRESS = LocalDate.of(2016, 5, 19);
    static final LocalDate REVIEW = LocalDate.of(2018, 6, 12);

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the targets, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired OrganizationTree tree;
    @Autowired JdbcClient jdbc;

    Fixtures f;
    UnitId zones;
    UnitId branchA;
    UnitId branchB;
    UnitId company;

    @BeforeEach
    void committee() {
        f = new Fixtures(changes, registry);
        UnitId city = f.province("Thành ủy Cần Thơ");
        zones = f.unit(city, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                CONGRESS);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cổ phần Thủy sản", CONGRESS);
        branchA = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng chế biến", CONGRESS);
        branchB = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Công ty Điện lực", CONGRESS);
        f.introducers(branchA);
    }

    String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long targetId() {
        return jdbc.sql("""
                select t.id from target t join target_resolution r on r.id = t.resolution_id
                 where r.unit_id = ? order by t.id desc limit 1
                """).param(zones.value()).query(Long.class).single();
    }

    /** Opens the term, enters the resolution and its first target through the forms, as a clerk would. */
    long resolutionThroughThePages() throws Exception {
        assertThat(mvc.post().uri("/units/{id}/terms/new", zones.value()).param("congressNumber", "I")
                .param("congressOn", "2016-05-19").param("startYear", "2016").param("endYear", "2020").exchange())
                .hasStatus3xxRedirection();
        long termId = tree.terms(zones).getFirst().id();
        assertThat(mvc.get().uri("/units/{id}/targets", zones.value()).param("date", "2018-06-12").exchange())
                .hasStatusOk().bodyText().contains("chưa có nghị quyết");
        assertThat(mvc.post().uri("/units/{id}/targets/resolution/new", zones.value())
                .param("termId", String.valueOf(termId))
                .param("title", "Nghị quyết Đại hội Đảng bộ các Khu Chế xuất và Công nghiệp Cần Thơ lần thứ I, nhiệm kỳ 2016 – 2020")
                .exchange()).hasStatus3xxRedirection();
        long resolutionId = jdbc.sql("select id from target_resolution where unit_id = ?").param(zones.value())
                .query(Long.class).single();
        assertThat(mvc.get().uri("/units/{id}/targets/new", zones.value()).param("resolution", String.valueOf(resolutionId))
                .exchange()).hasStatusOk();
        assertThat(mvc.post().uri("/units/{id}/targets/new", zones.value())
                .param("resolutionId", String.valueOf(resolutionId)).param("number", "")
                .param("title", "Kết nạp 110 đảng viên mới").param("quantity", "COUNT").param("unitLabel", "đảng viên")
                .param("direction", "MORE").param("scope", "TERM").param("goal", "110").param("baselineMeasure", "")
                .param("how", "members.admitted").exchange()).hasStatus3xxRedirection();
        return resolutionId;
    }

    @Test
    void theIndustrialZonesCommitteeAdmitted77Of110By12June2018() throws Exception {
        resolutionThroughThePages();
        for (int i = 0; i < 77; i++) {
            // spread from August 2016 to the day of the review, in all three units
            LocalDate decided = LocalDate.of(2016, 8, 1).plusDays(i * 9L);
            UnitId branch = i % 3 == 0 ? branchB : branchA;
            f.admitted(branch, "Đảng viên Mới " + i, i == 76 ? REVIEW : decided);
        }
        f.admitted(branchB, "Đảng viên Sau Hội nghị", REVIEW.plusDays(1));

        MvcTestResult page = mvc.get().uri("/units/{id}/targets", zones.value()).param("date", "2018-06-12").exchange();
        assertThat(page).hasStatusOk();
        String body = html(page);
        assertThat(body).contains("Kết nạp 110 đảng viên mới")
                .contains("Đạt 77/110, bằng 70% so với chỉ tiêu")
                .contains("0/1 chỉ tiêu đạt 100% trở lên, 1 chỉ tiêu đạt trên 60%")
                .contains("Đúng tiến độ")
                .contains("<svg class=\"progress\"").contains("<svg class=\"chart compact\"")
                .doesNotContain("style=");

        MvcTestResult api = mvc.get().uri("/api/v1/units/{id}/progress?date=2018-06-12", zones.value()).exchange();
        assertThat(api).hasStatusOk();
        DocumentContext json = JsonPath.parse(api.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.read("$.targets[0].value", Integer.class)).isEqualTo(77);
        assertThat(json.read("$.targets[0].goal", Integer.class)).isEqualTo(110);
        assertThat(json.read("$.targets[0].percent", Integer.class)).isEqualTo(70);
        assertThat(json.read("$.targets[0].status", String.class)).isEqualTo("ON_TRACK");
        assertThat(json.read("$.targets[0].text", String.class)).isEqualTo("Đạt 77/110, bằng 70% so với chỉ tiêu");
        assertThat(json.read("$.summary.text", String.class))
                .isEqualTo("0/1 chỉ tiêu đạt 100% trở lên, 1 chỉ tiêu đạt trên 60%");

        long target = targetId();
        MvcTestResult detail = mvc.get().uri("/units/{id}/targets/{t}", zones.value(), target)
                .param("date", "2018-06-12").exchange();
        assertThat(detail).hasStatusOk();
        assertThat(html(detail)).contains("Đạt 77/110, bằng 70% so với chỉ tiêu").contains("<svg class=\"chart\"")
                .contains("class=\"pace\"").contains("class=\"value\"");
        DocumentContext series = JsonPath.parse(mvc.get().uri("/api/v1/targets/{t}/progress?date=2018-06-12", target)
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(series.read("$.series[-1].value", Integer.class)).isEqualTo(77);
        assertThat(series.read("$.pace[0][1].value", Integer.class)).isEqualTo(110);
        assertThat(series.read("$.pace[0][1].day", String.class)).isEqualTo("2020-12-31");

        // the next day brings the 78th
        assertThat(JsonPath.parse(mvc.get().uri("/api/v1/units/{id}/progress?date=2018-06-13", zones.value()).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).read("$.targets[0].value", Integer.class))
                .isEqualTo(78);

        MvcTestResult compare = mvc.get().uri("/units/{id}/targets/compare", zones.value()).param("date", "2018-06-12")
                .param("measure", "members.admitted").exchange();
        assertThat(compare).hasStatusOk();
        assertThat(html(compare)).contains("<svg class=\"bars\"").contains("Đảng bộ Công ty Cổ phần Thủy sản")
                .contains("Chi bộ Công ty Điện lực");
        DocumentContext rollUp = JsonPath.parse(mvc.get()
                .uri("/api/v1/units/{id}/rollup?date=2018-06-12&measure=members.admitted", zones.value()).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rollUp.read("$.from", String.class)).isEqualTo("2016-05-19");
        assertThat(rollUp.read("$.measures[0].combinedValue", Integer.class)).isEqualTo(77);
        assertThat(rollUp.read("$.measures[0].ownValue", Integer.class)).isEqualTo(77);
        assertThat(rollUp.read("$.measures[0].rows[*].value", java.util.List.class)).containsExactlyInAnyOrder(51, 26);
    }

    @Test
    void aRefusedTargetKeepsWhatWasTypedAndChangesNothing() throws Exception {
        long resolutionId = resolutionThroughThePages();
        long before = jdbc.sql("select count(*) from target").query(Long.class).single();
        MvcTestResult refused = mvc.post().uri("/units/{id}/targets/new", zones.value())
                .param("resolutionId", String.valueOf(resolutionId)).param("title", "Tỷ lệ kết nạp gõ dở")
                .param("quantity", "PERCENT").param("direction", "MORE").param("scope", "YEAR").param("goal", "60")
                .param("how", "members.admitted").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("là một số lượng: chỉ tiêu phải tính theo số lượng")
                .contains("value=\"Tỷ lệ kết nạp gõ dở\"");
        MvcTestResult missing = mvc.post().uri("/units/{id}/targets/new", zones.value())
                .param("resolutionId", String.valueOf(resolutionId)).param("title", "").param("quantity", "COUNT")
                .param("direction", "MORE").param("scope", "TERM").param("how", "members.admitted").exchange();
        assertThat(missing).hasStatus(422);
        assertThat(html(missing)).contains("Vui lòng nhập trường này.");
        assertThat(jdbc.sql("select count(*) from target").query(Long.class).single()).isEqualTo(before);

        MvcTestResult api = mvc.post().uri("/api/v1/resolutions/{r}/targets", resolutionId)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Kết nạp", "quantity": "COUNT", "direction": "MORE", "scope": "TERM", "goal": 5,
                         "measure": "khong.co"}
                        """).exchange();
        assertThat(api).hasStatus(422);
        assertThat(JsonPath.parse(api.getResponse().getContentAsString(StandardCharsets.UTF_8)).read("$.rule", String.class))
                .isEqualTo("targets.measure-fits");
    }

    @Test
    void valuesEnteredByHandAndTheCommitteesBandsThroughThePages() throws Exception {
        long resolutionId = resolutionThroughThePages();
        assertThat(mvc.post().uri("/units/{id}/targets/new", zones.value())
                .param("resolutionId", String.valueOf(resolutionId)).param("title", "Vận động ủng hộ đồng bào bị lũ lụt")
                .param("quantity", "MONEY").param("unitLabel", "triệu đồng").param("direction", "MORE")
                .param("scope", "TERM").param("goal", "200").param("how", "manual:FLOW").exchange())
                .hasStatus3xxRedirection();
        long money = targetId();
        assertThat(mvc.post().uri("/units/{id}/targets/{t}/values", zones.value(), money).param("from", "2016-06-01")
                .param("to", "2016-12-31").param("value", "150.5").param("note", "Theo báo cáo Công đoàn").exchange())
                .hasStatus3xxRedirection();
        MvcTestResult outside = mvc.post().uri("/units/{id}/targets/{t}/values", zones.value(), money)
                .param("from", "2015-01-01").param("to", "2015-12-31").param("value", "1").exchange();
        assertThat(outside).hasStatus(422);
        assertThat(html(outside)).contains("phải nằm trong nhiệm kỳ");

        assertThat(html(mvc.get().uri("/units/{id}/targets/{t}", zones.value(), money).param("date", "2018-06-12")
                .exchange())).contains("Đạt 150,5/200, bằng 75% so với chỉ tiêu").contains("Theo báo cáo Công đoàn");

        assertThat(mvc.post().uri("/units/{id}/targets/settings", zones.value()).param("reachedAt", "100")
                .param("onTrackAt", "100").param("bands", "70").param("scale", "1").param("rounding", "DOWN").exchange())
                .hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri("/units/{id}/targets", zones.value()).param("date", "2018-06-12").exchange()))
                .contains("1/2 chỉ tiêu đạt 70% trở lên").contains("bằng 75,2% so với chỉ tiêu");
        MvcTestResult badBands = mvc.post().uri("/units/{id}/targets/settings", zones.value()).param("reachedAt", "100")
                .param("onTrackAt", "100").param("bands", "60, 100").param("scale", "0").param("rounding", "HALF_UP")
                .exchange();
        assertThat(badBands).hasStatus(422);
        assertThat(html(badBands)).contains("giảm dần");
    }

    @Test
    void theComparisonOpensOnTheMembersOnTheDateWhenNoMeasureIsChosen() throws Exception {
        String unit = html(mvc.get().uri("/units/{id}/targets/compare", zones.value()).param("date", "2018-06-12").exchange());
        assertThat(unit).contains("<option value=\"members.atDate\" selected=\"selected\">Tổng số đảng viên</option>")
                .contains("<h2>Tổng số đảng viên</h2>");
        String country = html(mvc.get().uri("/targets/compare").param("date", "2018-06-12").exchange());
        assertThat(country).contains("<option value=\"members.atDate\" selected=\"selected\">Tổng số đảng viên</option>");
        // a measure chosen is kept; an unknown one falls back to the members on the date
        assertThat(html(mvc.get().uri("/targets/compare").param("measure", "members.admitted").exchange()))
                .contains("<option value=\"members.admitted\" selected=\"selected\">");
        assertThat(html(mvc.get().uri("/targets/compare").param("measure", "no.such").exchange()))
                .contains("<option value=\"members.atDate\" selected=\"selected\">");
    }

    @Test
    void theUnitPageLinksToItsTargetsAndTheCountryComparesItsCommittees() throws Exception {
        assertThat(html(mvc.get().uri("/units/{id}", zones.value()).exchange())).contains("Chỉ tiêu nghị quyết")
                .contains("/units/" + zones.value() + "/targets");
        assertThat(mvc.get().uri("/targets/compare").param("date", "2018-06-12").exchange()).hasStatusOk()
                .bodyText().contains("Kết quả các đảng bộ trực thuộc Trung ương");
        assertThat(mvc.get().uri("/api/v1/rollup?date=2018-06-12&measure=units.grassroots").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/measures").exchange()).hasStatusOk().bodyText()
                .contains("Số đảng viên mới được kết nạp");
        assertThat(mvc.get().uri("/units/{id}/targets/999999999", zones.value()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatusOk().bodyText()
                .contains("/api/v1/units/{id}/progress").contains("/api/v1/units/{id}/rollup").contains("/api/v1/rollup")
                .contains("/api/v1/resolutions/{rid}/targets").contains("/api/v1/targets/{tid}/values");
    }
}
