package vn.dangvu.organizations.web;

import org.junit.jupiter.api.BeforeEach;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.dangvu.platform.ScopedAccess;
import vn.dangvu.platform.UnitAccess;

/** The /api/v1 organization tree end to end: HTTP, validation, problem details, the rules and the database. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitApiIT {

    /** "Today" for every request that names no date: 15/03/2026 in Vietnam. */
    static final Instant NOW = Instant.parse("2026-03-15T03:00:00Z");

    @TestBean Clock clock;
    @TestBean UnitAccess unitAccess;

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the feature, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired JdbcClient jdbc;

    private static int seq;

    static Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static UnitAccess unitAccess() {
        return ScopedAccess.INSTANCE;
    }

    @AfterEach
    void openAccessAgain() {
        ScopedAccess.INSTANCE.open();
    }

    @Test
    void establishesUnitsAndReadsThemBackAsOfDates() {
        MvcTestResult created = post("/api/v1/units", """
                {"code": "%s", "name": "Tỉnh ủy Hậu Giang", "type": "PROVINCIAL_COMMITTEE", "on": "2004-01-01"}
                """.formatted(code("P")));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        DocumentContext province = json(created);
        long provinceId = province.read("$.id", Long.class);
        assertThat(created).headers().hasValue("Location", "http://localhost/api/v1/units/" + provinceId);
        assertThat(province.read("$.establishedOn", String.class)).isEqualTo("2004-01-01");
        assertThat(province.read("$.typeName", String.class)).isEqualTo("Đảng bộ trực thuộc Trung ương");

        long unitId = id(post("/api/v1/units", """
                {"code": "%s", "name": "Đảng bộ Cơ quan cũ", "type": "GRASSROOTS_COMMITTEE",
                 "superiorId": %d, "on": "2010-01-01", "decision": "QĐ 1-QĐ/TU"}
                """.formatted(code("G"), provinceId)));
        assertThat(post("/api/v1/units/" + unitId + "/rename", """
                {"newName": "Đảng bộ Cơ quan Thuận Hòa", "on": "2020-07-01"}
                """)).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.name").isEqualTo("Đảng bộ Cơ quan Thuận Hòa");

        DocumentContext before = json(get("/api/v1/units/" + unitId + "?date=2020-06-30"));
        assertThat(before.read("$.name", String.class)).isEqualTo("Đảng bộ Cơ quan cũ");
        assertThat(before.read("$.superior.id", Long.class)).isEqualTo(provinceId);
        assertThat(before.read("$.superior.name", String.class)).isEqualTo("Tỉnh ủy Hậu Giang");
        assertThat(json(get("/api/v1/units/" + unitId + "?date=2020-07-01")).read("$.name", String.class))
                .isEqualTo("Đảng bộ Cơ quan Thuận Hòa");
        DocumentContext today = json(get("/api/v1/units/" + unitId));
        assertThat(today.read("$.asOf", String.class)).isEqualTo("2026-03-15");
        assertThat(today.read("$.existsOnDate", Boolean.class)).isTrue();
        assertThat(json(get("/api/v1/units/" + unitId + "?date=2009-12-31")).read("$.existsOnDate", Boolean.class))
                .isFalse();

        assertThat(json(get("/api/v1/units/" + provinceId + "/subordinates?date=2009-12-31")).read("$.total", Long.class))
                .isZero();
        DocumentContext subordinates = json(get("/api/v1/units/" + provinceId + "/subordinates?date=2015-01-01"));
        assertThat(subordinates.read("$.items[*].id", List.class)).containsExactly(intOrLong(unitId));
        assertThat(json(get("/api/v1/units/" + unitId + "/superiors?date=2015-01-01")).read("$[*].id", List.class))
                .containsExactly(intOrLong(provinceId));
        DocumentContext counts = json(get("/api/v1/units/" + provinceId + "/counts?date=2015-01-01"));
        assertThat(counts.read("$.counts.GRASSROOTS_COMMITTEE", Integer.class)).isEqualTo(1);
        assertThat(counts.read("$.counts.BRANCH", Integer.class)).isZero();
        assertThat(counts.read("$.asOf", String.class)).isEqualTo("2015-01-01");

        DocumentContext timeline = json(get("/api/v1/units/" + unitId + "/timeline"));
        assertThat(timeline.read("$[*].kind", List.class)).containsExactly("ESTABLISHED", "RENAMED");
        assertThat(timeline.read("$[0].kindName", String.class)).isEqualTo("Thành lập");
        assertThat(timeline.read("$[0].decision", String.class)).isEqualTo("QĐ 1-QĐ/TU");
        assertThat(timeline.read("$[1].on", String.class)).isEqualTo("2020-07-01");

        // folded search: no diacritics, odd spacing, any case
        DocumentContext found = json(get("/api/v1/units?q=  CO QUAN   thuan hoa&date=2021-01-01"));
        assertThat(found.read("$.items[*].id", List.class)).containsExactly(intOrLong(unitId));
        assertThat(json(get("/api/v1/units?size=100")).read("$.items[*].id", List.class)).contains(intOrLong(provinceId));
        assertThat(json(get("/api/v1/units?date=2003-12-31&size=100")).read("$.items[*].id", List.class))
                .doesNotContain(intOrLong(provinceId));
    }

    @Test
    void opensTermsWithRomanCongressNumbers() {
        long provinceId = province("Tỉnh ủy Sóc Trăng");
        MvcTestResult opened = post("/api/v1/units/" + provinceId + "/terms", """
                {"congress": "xiv", "congressOn": "2020-10-15", "startYear": 2020, "endYear": 2025}
                """);
        assertThat(opened).hasStatus(HttpStatus.CREATED);
        assertThat(opened).bodyJson().extractingPath("$.congressNumber").isEqualTo(14);
        assertThat(post("/api/v1/units/" + provinceId + "/terms", """
                {"congress": "15", "congressOn": "2025-09-20", "startYear": 2025, "endYear": 2030}
                """)).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.congressRoman").isEqualTo("XV");
        DocumentContext terms = json(get("/api/v1/units/" + provinceId + "/terms"));
        assertThat(terms.read("$[*].label", List.class)).containsExactly("2020–2025", "2025–2030");
        assertThat(terms.read("$[0].congressOn", String.class)).isEqualTo("2020-10-15");
    }

    @Test
    void mergesAndSplitsThroughTheApi() {
        long provinceId = province("Tỉnh ủy Đồng Tháp");
        long a = grassroots("Đảng bộ Xã A", provinceId);
        long b = grassroots("Đảng bộ Xã B", provinceId);
        long c = grassroots("Đảng bộ Xã C", provinceId);
        long branchOfA = branch("Chi bộ Ấp A1", a);
        long branchOfC = branch("Chi bộ Ấp C1", c);

        MvcTestResult merged = post("/api/v1/units/" + b + "/merge", """
                {"sourceIds": [%d], "on": "2020-01-01", "decision": "QĐ 20"}
                """.formatted(a));
        assertThat(merged).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.id").isEqualTo(intOrLong(b));
        assertThat(json(get("/api/v1/units/" + a + "?date=2020-01-01")).read("$.existsOnDate", Boolean.class)).isFalse();
        assertThat(json(get("/api/v1/units/" + branchOfA + "/superiors?date=2020-01-01")).read("$[*].id", List.class))
                .containsExactly(intOrLong(provinceId), intOrLong(b));

        MvcTestResult created = post("/api/v1/units/merge-into-new", """
                {"sourceIds": [%d, %d], "code": "%s", "name": "Đảng bộ Xã Tân Hòa", "type": "GRASSROOTS_COMMITTEE",
                 "superiorId": %d, "on": "2022-01-01"}
                """.formatted(b, c, code("M"), provinceId));
        long newUnit = id(created);
        assertThat(created).headers().hasValue("Location", "http://localhost/api/v1/units/" + newUnit);
        assertThat(json(get("/api/v1/units/" + newUnit + "/subordinates?date=2022-01-01")).read("$.items[*].id", List.class))
                .containsExactlyInAnyOrder(intOrLong(branchOfA), intOrLong(branchOfC));

        MvcTestResult split = post("/api/v1/units/" + newUnit + "/split", """
                {"parts": [{"code": "%s", "name": "Đảng bộ Xã Tân Hòa Đông", "subordinateIds": [%d]},
                           {"code": "%s", "name": "Đảng bộ Xã Tân Hòa Tây", "subordinateIds": [%d]}],
                 "on": "2024-01-01", "dissolveSource": true}
                """.formatted(code("S"), branchOfA, code("S"), branchOfC));
        assertThat(split).hasStatus(HttpStatus.OK);
        List<Integer> parts = json(split).read("$[*].id");
        assertThat(json(split).read("$[*].name", List.class))
                .containsExactly("Đảng bộ Xã Tân Hòa Đông", "Đảng bộ Xã Tân Hòa Tây");
        assertThat(json(get("/api/v1/units/" + branchOfC + "/superiors?date=2024-01-01")).read("$[1].id", Integer.class))
                .isEqualTo(parts.get(1));
        assertThat(json(get("/api/v1/units/" + newUnit + "?date=2024-01-01")).read("$.dissolvedOn", String.class))
                .isEqualTo("2024-01-01");
        DocumentContext counts = json(get("/api/v1/units/" + provinceId + "/counts?date=2024-01-01"));
        assertThat(counts.read("$.counts.GRASSROOTS_COMMITTEE", Integer.class)).isEqualTo(2);
        assertThat(counts.read("$.total", Integer.class)).isEqualTo(4);
    }

    @Test
    void refusedChangeAnswers422WithTheRuleInVietnameseAndChangesNothing() {
        long provinceId = province("Tỉnh ủy Bạc Liêu");
        long unitsBefore = count("org_unit");
        long eventsBefore = count("org_unit_event");

        MvcTestResult refused = post("/api/v1/units", """
                {"code": "%s", "name": "Chi bộ Ấp 3", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("B"), provinceId));

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DocumentContext problem = json(refused);
        assertThat(problem.read("$.rule", String.class)).isEqualTo("organizations.placement");
        assertThat(problem.read("$.title", String.class)).isEqualTo("Vi phạm quy định");
        assertThat(problem.read("$.detail", String.class))
                .isEqualTo("Chi bộ Ấp 3 (Chi bộ trực thuộc) không thể trực thuộc Tỉnh ủy Bạc Liêu (Đảng bộ trực thuộc Trung ương).");
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(422);
        assertThat(count("org_unit")).isEqualTo(unitsBefore);
        assertThat(count("org_unit_event")).isEqualTo(eventsBefore);
    }

    @Test
    void refusedDissolutionLeavesTheUnitAsItWas() {
        long provinceId = province("Tỉnh ủy Cà Mau");
        long grassroots = id(post("/api/v1/units", """
                {"code": "%s", "name": "Đảng bộ Xã Tân Thành", "type": "GRASSROOTS_COMMITTEE", "superiorId": %d,
                 "on": "2010-01-01"}
                """.formatted(code("G"), provinceId)));
        id(post("/api/v1/units", """
                {"code": "%s", "name": "Chi bộ Ấp 1", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("B"), grassroots)));

        MvcTestResult refused = post("/api/v1/units/" + grassroots + "/dissolve", """
                {"on": "2024-01-01", "decision": "QĐ 9"}
                """);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(refused).read("$.rule", String.class)).isEqualTo("organizations.subordinates-first");
        assertThat(json(refused).read("$.detail", String.class))
                .isEqualTo("Đảng bộ Xã Tân Thành còn 1 tổ chức trực thuộc; hãy chuyển giao hoặc giải thể các tổ chức đó trước.");
        DocumentContext after = json(get("/api/v1/units/" + grassroots + "?date=2025-01-01"));
        assertThat(after.read("$.existsOnDate", Boolean.class)).isTrue();
        assertThat(after.read("$.dissolvedOn", String.class)).isNull();
        assertThat(json(get("/api/v1/units/" + grassroots + "/timeline")).read("$[*].kind", List.class))
                .doesNotContain("DISSOLVED");
    }

    @Test
    void englishClientsGetTheDetailInEnglish() {
        long provinceId = province("Tỉnh ủy An Giang");
        MvcTestResult refused = mvc.post().uri("/api/v1/units").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "%s", "name": "Chi bộ Ấp 5", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                        """.formatted(code("B"), provinceId)).exchange();

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        DocumentContext problem = json(refused);
        assertThat(problem.read("$.title", String.class)).isEqualTo("Rule violated");
        assertThat(problem.read("$.detail", String.class))
                .isEqualTo("Chi bộ Ấp 5 (Branch) cannot stand under Tỉnh ủy An Giang (Committee under the Central Committee).");
        assertThat(json(mvc.get().uri("/api/v1/units/" + provinceId).header("Accept-Language", "en").exchange())
                .read("$.typeName", String.class)).isEqualTo("Committee under the Central Committee");
    }

    @Test
    void unknownUnitAnswers404Problem() {
        MvcTestResult missing = get("/api/v1/units/987654321?date=2020-01-01");
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(missing).read("$.title", String.class)).isEqualTo("Không tìm thấy");
        assertThat(json(missing).read("$.detail", String.class))
                .isEqualTo("Không tìm thấy bản ghi, hoặc bạn không có quyền xem.");
        assertThat(get("/api/v1/units/987654321/timeline")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/units/987654321/terms")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/units/987654321/rename", """
                {"newName": "Tên mới", "on": "2020-01-01"}
                """)).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void missingFieldsAnswer400WithAMessagePerField() {
        long unitsBefore = count("org_unit");
        MvcTestResult invalid = post("/api/v1/units", """
                {"name": "  ", "decision": "%s"}
                """.formatted("x".repeat(256)));

        assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DocumentContext problem = json(invalid);
        assertThat(problem.read("$.detail", String.class)).isEqualTo("Dữ liệu gửi lên không hợp lệ.");
        List<Map<String, String>> errors = problem.read("$.errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("code", "name", "type", "on",
                "decision");
        assertThat(errors).filteredOn(e -> e.get("field").equals("code")).extracting(e -> e.get("message"))
                .containsExactly("Vui lòng nhập trường này.");
        assertThat(errors).filteredOn(e -> e.get("field").equals("decision")).extracting(e -> e.get("message"))
                .containsExactly("Tối đa 255 ký tự.");
        assertThat(count("org_unit")).isEqualTo(unitsBefore);

        MvcTestResult english = mvc.post().uri("/api/v1/units/1/merge").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sourceIds": [], "on": "2020-01-01"}
                        """).exchange();
        assertThat(english).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(english).read("$.errors[0].field", String.class)).isEqualTo("sourceIds");
        assertThat(json(english).read("$.errors[0].message", String.class)).isEqualTo("Please fill in this field.");
    }

    @Test
    void malformedInputAnswers400() {
        long provinceId = province("Tỉnh ủy Kiên Giang");
        MvcTestResult badCongress = post("/api/v1/units/" + provinceId + "/terms", """
                {"congress": "IIII", "congressOn": "2020-10-15", "startYear": 2020, "endYear": 2025}
                """);
        assertThat(badCongress).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(badCongress).read("$.errors[0].field", String.class)).isEqualTo("congress");
        assertThat(json(badCongress).read("$.errors[0].message", String.class)).startsWith("Số thứ tự đại hội không hợp lệ");

        MvcTestResult badDate = post("/api/v1/units/" + provinceId + "/dissolve", """
                {"on": "31/12/2024"}
                """);
        assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(badDate).read("$.detail", String.class)).isEqualTo("Không đọc được dữ liệu gửi lên: "
                + "hãy kiểm tra cú pháp JSON, ngày theo dạng yyyy-MM-dd và các giá trị liệt kê.");
        assertThat(get("/api/v1/units/" + provinceId + "?date=15/03/2026")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/units?size=1000")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/units?page=-1")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aCallerLimitedToPartOfTheTreeSeesAndChangesOnlyThatPart() {
        long provinceA = province("Tỉnh ủy Vĩnh Long");
        long provinceB = province("Tỉnh ủy Trà Vinh");
        String name = "Đảng bộ Phường " + seq;
        long inA = id(post("/api/v1/units", """
                {"code": "%s", "name": "%s", "type": "GRASSROOTS_COMMITTEE", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("G"), name, provinceA)));
        long inB = id(post("/api/v1/units", """
                {"code": "%s", "name": "%s", "type": "GRASSROOTS_COMMITTEE", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("G"), name, provinceB)));
        long branchInA = id(post("/api/v1/units", """
                {"code": "%s", "name": "Chi bộ Khu phố 1", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("B"), inA)));
        long dissolvedInA = id(post("/api/v1/units", """
                {"code": "%s", "name": "%s, chi bộ cũ", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("B"), name, inA)));
        assertThat(post("/api/v1/units/" + dissolvedInA + "/dissolve", """
                {"on": "2015-01-01"}
                """)).hasStatus(HttpStatus.OK);
        long movedToB = id(post("/api/v1/units", """
                {"code": "%s", "name": "%s, chi bộ chuyển đi", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("B"), name, inA)));
        assertThat(post("/api/v1/units/" + movedToB + "/handover", """
                {"newSuperiorId": %d, "on": "2018-01-01"}
                """.formatted(inB))).hasStatus(HttpStatus.OK);

        ScopedAccess.INSTANCE.limitTo(Set.of(inA), Set.of(inA, branchInA, dissolvedInA), Set.of(branchInA));

        // a dissolved unit is judged on its last day; a handed-over one by where it stands today, whatever the
        // date asked: it has left the caller's reach (it answers 404), so a search never names it
        assertThat(json(get("/api/v1/units?q=" + name + "&size=100")).read("$.items[*].id", List.class))
                .containsExactlyInAnyOrder(intOrLong(inA), intOrLong(dissolvedInA));
        assertThat(json(get("/api/v1/units?q=" + name + "&date=2017-12-31&size=100")).read("$.items[*].id", List.class))
                .containsExactlyInAnyOrder(intOrLong(inA), intOrLong(dissolvedInA));
        assertThat(json(get("/api/v1/units?q=" + name + "&date=2017-12-31&size=100")).read("$.total", Integer.class))
                .isEqualTo(2);
        assertThat(get("/api/v1/units/" + movedToB)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(json(get("/api/v1/units/" + inA + "/subordinates?date=2017-12-31&size=100"))
                .read("$.items[*].id", List.class)).doesNotContain(intOrLong(movedToB));
        assertThat(json(get("/api/v1/units?size=100")).read("$.items[*].id", List.class))
                .containsExactly(intOrLong(inA));
        assertThat(get("/api/v1/units/" + inB)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(json(get("/api/v1/units/" + inA)).read("$.superior", Object.class)).isNull();
        assertThat(json(get("/api/v1/units/" + branchInA + "/superiors")).read("$[*].id", List.class))
                .containsExactly(intOrLong(inA));

        assertThat(post("/api/v1/units/" + branchInA + "/rename", """
                {"newName": "Chi bộ Khu phố Một", "on": "2020-01-01"}
                """)).hasStatus(HttpStatus.OK);
        assertThat(post("/api/v1/units/" + inA + "/rename", """
                {"newName": "Đảng bộ Phường Mới", "on": "2020-01-01"}
                """)).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post("/api/v1/units/" + inB + "/rename", """
                {"newName": "Đảng bộ Phường Mới", "on": "2020-01-01"}
                """)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/units", """
                {"code": "%s", "name": "Tỉnh ủy Mới", "type": "PROVINCIAL_COMMITTEE", "on": "2020-01-01"}
                """.formatted(code("P")))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(json(get("/api/v1/units/" + inA + "?date=2021-01-01")).read("$.name", String.class)).isEqualTo(name);
    }

    @Test
    void apiDocsListTheEndpoints() {
        MvcTestResult docs = get("/v3/api-docs");
        assertThat(docs).hasStatus(HttpStatus.OK);
        Map<String, Object> paths = json(docs).read("$.paths");
        assertThat(paths).containsKeys("/api/v1/units", "/api/v1/units/{id}", "/api/v1/units/{id}/subordinates",
                "/api/v1/units/{id}/superiors", "/api/v1/units/{id}/counts", "/api/v1/units/{id}/timeline",
                "/api/v1/units/{id}/terms", "/api/v1/units/{id}/rename", "/api/v1/units/{id}/handover",
                "/api/v1/units/{id}/merge", "/api/v1/units/merge-into-new", "/api/v1/units/{id}/split",
                "/api/v1/units/{id}/dissolve");
        assertThat(json(docs).read("$.paths['/api/v1/units'].post.summary", String.class)).startsWith("Establish");
        assertThat(json(docs).read("$.paths['/api/v1/units/{id}/terms']", Map.class)).containsKeys("get", "post");
        assertThat(json(docs).read("$.paths['/api/v1/units'].post.responses", Map.class)).containsKeys("201", "422");
        // every refusal is documented as an RFC 9457 problem, said once for the whole API (platform.ProblemResponses)
        assertThat(json(docs).read("$.paths['/api/v1/units'].post.responses.422.content['application/problem+json']"
                + ".schema.$ref", String.class)).endsWith("/ProblemDetail");
        assertThat(json(docs).read("$.paths['/api/v1/units/{id}'].get.responses.404.content['application/problem+json']"
                + ".schema.$ref", String.class)).endsWith("/ProblemDetail");
        assertThat(json(docs).read("$.components.schemas.ProblemDetail.properties", Map.class))
                .containsKeys("status", "detail");
        assertThat(json(docs).read("$.paths['/api/v1/units/{id}'].get.responses.200.content['application/json']"
                + ".schema.$ref", String.class)).endsWith("/UnitResponse");
        assertThat(json(docs).read("$.paths['/api/v1/units/{id}/rename'].post.responses.422.content", Map.class))
                .containsOnlyKeys("application/problem+json");
        assertThat(json(docs).read("$.components.schemas.EstablishRequest.required", List.class))
                .containsExactlyInAnyOrder("code", "name", "type", "on");
        assertThat(get("/swagger-ui.html")).hasStatus3xxRedirection();
    }

    private long province(String name) {
        return id(post("/api/v1/units", """
                {"code": "%s", "name": "%s", "type": "PROVINCIAL_COMMITTEE", "on": "2004-01-01"}
                """.formatted(code("P"), name)));
    }

    private long grassroots(String name, long superior) {
        return id(post("/api/v1/units", """
                {"code": "%s", "name": "%s", "type": "GRASSROOTS_COMMITTEE", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("G"), name, superior)));
    }

    private long branch(String name, long superior) {
        return id(post("/api/v1/units", """
                {"code": "%s", "name": "%s", "type": "BRANCH", "superiorId": %d, "on": "2010-01-01"}
                """.formatted(code("B"), name, superior)));
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    private long id(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result).read("$.id", Long.class);
    }

    private static DocumentContext json(MvcTestResult result) {
        try {
            return JsonPath.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JsonPath reads small ids as Integer. */
    private static Object intOrLong(long id) {
        return id <= Integer.MAX_VALUE ? (Object) (int) id : (Object) id;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String code(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + (seq++);
    }
}
