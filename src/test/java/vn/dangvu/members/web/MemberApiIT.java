package vn.dangvu.members.web;

import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.ScopedAccess;
import vn.dangvu.platform.SensitiveValueRevealed;
import vn.dangvu.platform.UnitAccess;

/**
 * The /api/v1 member records end to end: HTTP, validation, problem details, the membership rules
 * and the database. The clock and the access stand-in are the organization API test's, so both
 * share one application context and one embedded database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MemberApiIT {

    /** "Today" is 15/03/2026, as in UnitApiIT. */
    @TestBean(methodName = "vn.dangvu.organizations.web.UnitApiIT#clock") Clock clock;
    @TestBean(methodName = "vn.dangvu.organizations.web.UnitApiIT#unitAccess") UnitAccess unitAccess;

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
    @Autowired ApplicationEvents events;

    private static int seq;

    long province;
    long committee;
    long branch;
    long otherBranch;

    @BeforeEach
    void tree() {
        String p = "MA" + (seq++) + "-" + System.nanoTime() % 1_000_000L;
        province = changes.establish(new EstablishUnit(p, "Tỉnh ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), null, null)).value();
        committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ Sở Giáo dục", UnitType.GRASSROOTS_COMMITTEE,
                UnitId.of(province), LocalDate.of(2005, 1, 1), null, null)).value();
        branch = changes.establish(new EstablishUnit(p + "-CB1", "Chi bộ Văn phòng", UnitType.BRANCH,
                UnitId.of(committee), LocalDate.of(2005, 1, 1), null, null)).value();
        otherBranch = changes.establish(new EstablishUnit(p + "-CB2", "Chi bộ Phòng Tổ chức", UnitType.BRANCH,
                UnitId.of(committee), LocalDate.of(2005, 1, 1), null, null)).value();
    }

    @AfterEach
    void openAccessAgain() {
        ScopedAccess.INSTANCE.open();
    }

    @Test
    void aCandidateIsAdmittedThroughTheApiAndRecognizedOnlyAfterTwelveMonthsOfProbation() {
        long an = official(branch, "Trần Văn An", "MALE", "1975-02-02");
        long binh = official(branch, "Lê Thị Bình", "FEMALE", "1978-06-09");

        MvcTestResult registered = post("/api/v1/units/" + branch + "/candidates", """
                {"profile": {"fullName": "  Nguyễn   Văn Sẵn ", "sex": "MALE", "birthDate": "1998-03-04",
                             "ethnicity": "Kinh", "identityNumber": "092098000123", "occupation": "Giáo viên"},
                 "on": "2024-09-02"}
                """);
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        DocumentContext candidate = json(registered);
        long san = candidate.read("$.id", Long.class);
        assertThat(registered).headers().hasValue("Location", "http://localhost/api/v1/members/" + san);
        assertThat(candidate.read("$.fullName", String.class)).isEqualTo("Nguyễn Văn Sẵn");
        assertThat(candidate.read("$.status", String.class)).isEqualTo("CANDIDATE");
        assertThat(candidate.read("$.statusName", String.class)).isEqualTo("Quần chúng ưu tú");
        assertThat(candidate.read("$.unit.id", Long.class)).isEqualTo(branch);
        assertThat(candidate.read("$.unit.name", String.class)).isEqualTo("Chi bộ Văn phòng");

        record(san, """
                {"kind": "AwarenessCertified", "on": "2024-10-15", "certificateNumber": "GCN-12"}""");
        record(san, """
                {"kind": "Introduced", "on": "2024-11-04", "firstIntroducerId": %d, "secondIntroducerId": %d}"""
                .formatted(an, binh));
        record(san, """
                {"kind": "BranchVoted", "on": "2024-11-12", "votesFor": 2, "votesTotal": 2, "resolutionNumber": "NQ-01"}""");
        DocumentContext admitted = json(record(san, """
                {"kind": "AdmissionDecided", "on": "2024-12-20", "decisionNumber": "123-QĐ/ĐU", "lateReason": null}"""));
        assertThat(admitted.read("$.status", String.class)).isEqualTo("PROBATIONARY");
        assertThat(admitted.read("$.admittedOn", String.class)).isEqualTo("2024-12-20");
        DocumentContext ceremony = json(record(san, """
                {"kind": "CeremonyHeld", "on": "2025-01-10"}"""));
        assertThat(ceremony.read("$.probationEndsOn", String.class)).isEqualTo("2026-01-10");

        MvcTestResult early = post("/api/v1/members/" + san + "/events", """
                {"kind": "RecognizedOfficial", "on": "2025-12-20", "decisionNumber": "45-QĐ/ĐU"}""");
        assertThat(early).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(early).read("$.rule", String.class)).isEqualTo("members.probation");
        assertThat(json(early).read("$.detail", String.class)).isEqualTo("Chưa hết 12 tháng dự bị (hết vào ngày 10/01/2026).");
        assertThat(json(get("/api/v1/members/" + san)).read("$.status", String.class)).isEqualTo("PROBATIONARY");
        assertThat(eventCount(san)).isEqualTo(6);

        assertThat(json(record(san, """
                {"kind": "RecognizedOfficial", "on": "2026-02-02", "decisionNumber": "45-QĐ/ĐU"}"""))
                .read("$.status", String.class)).isEqualTo("OFFICIAL");

        DocumentContext timeline = json(get("/api/v1/members/" + san + "/timeline"));
        assertThat(timeline.read("$[*].kind", List.class)).containsExactly("CandidateRegistered", "AwarenessCertified",
                "Introduced", "BranchVoted", "AdmissionDecided", "CeremonyHeld", "RecognizedOfficial");
        assertThat(timeline.read("$[4].kindName", String.class)).isEqualTo("Quyết định kết nạp");
        assertThat(timeline.read("$[4].event.decisionNumber", String.class)).isEqualTo("123-QĐ/ĐU");
        assertThat(timeline.read("$[2].event.firstIntroducerId", Long.class)).isEqualTo(an);
        assertThat(timeline.read("$[0].unit.name", String.class)).isEqualTo("Chi bộ Văn phòng");
        assertThat(timeline.read("$[6].on", String.class)).isEqualTo("2026-02-02");

        // Counted as of each date; recognition dates back to the end of the 12 months (Điều lệ Đảng, Điều 5).
        DocumentContext beforeDecision = json(get("/api/v1/units/" + committee + "/members/counts?date=2024-12-19"));
        assertThat(beforeDecision.read("$.counts", Map.class))
                .containsEntry("CANDIDATE", 1).containsEntry("PROBATIONARY", 0).containsEntry("OFFICIAL", 2);
        assertThat(beforeDecision.read("$.members", Integer.class)).isEqualTo(2);
        DocumentContext onDecision = json(get("/api/v1/units/" + committee + "/members/counts?date=2024-12-20"));
        assertThat(onDecision.read("$.counts", Map.class))
                .containsEntry("CANDIDATE", 0).containsEntry("PROBATIONARY", 1).containsEntry("OFFICIAL", 2);
        assertThat(onDecision.read("$.members", Integer.class)).isEqualTo(3);
        assertThat(onDecision.read("$.asOf", String.class)).isEqualTo("2024-12-20");
        assertThat(json(get("/api/v1/units/" + committee + "/members/counts?date=2026-01-10"))
                .read("$.counts.OFFICIAL", Integer.class)).isEqualTo(3);
        assertThat(json(get("/api/v1/units/" + committee + "/members/counts?date=2026-01-09"))
                .read("$.counts.OFFICIAL", Integer.class)).isEqualTo(2);
    }

    @Test
    void listsFollowTheVietnameseOrderAndTheirFilters() {
        official(otherBranch, "Nguyễn Văn Sẵn", "MALE", "1970-01-01");
        official(otherBranch, "Trần Thị Ánh", "FEMALE", "1980-01-01");
        official(otherBranch, "Lê Văn Bảo", "MALE", "1985-01-01");
        official(otherBranch, "Phạm Văn An", "MALE", "1975-01-01");
        official(branch, "Đỗ Văn Anh", "MALE", "1990-01-01");

        DocumentContext list = json(get("/api/v1/units/" + otherBranch + "/members"));
        assertThat(list.read("$.items[*].fullName", List.class))
                .containsExactly("Phạm Văn An", "Trần Thị Ánh", "Lê Văn Bảo", "Nguyễn Văn Sẵn");
        assertThat(list.read("$.total", Integer.class)).isEqualTo(4);
        assertThat(list.read("$.items[0].statusName", String.class)).isEqualTo("Đảng viên chính thức");

        DocumentContext second = json(get("/api/v1/units/" + otherBranch + "/members?page=1&size=3"));
        assertThat(second.read("$.items[*].fullName", List.class)).containsExactly("Nguyễn Văn Sẵn");
        assertThat(second.read("$.pages", Integer.class)).isEqualTo(2);

        assertThat(json(get("/api/v1/units/" + committee + "/members")).read("$.total", Integer.class)).isZero();
        assertThat(json(get("/api/v1/units/" + committee + "/members?subtree=true")).read("$.items[*].fullName", List.class))
                .containsExactly("Phạm Văn An", "Đỗ Văn Anh", "Trần Thị Ánh", "Lê Văn Bảo", "Nguyễn Văn Sẵn");
        // ages in full years today (15/03/2026): 56, 46, 41, 51, 36
        assertThat(json(get("/api/v1/units/" + committee + "/members?subtree=true&minAge=45&maxAge=51"))
                .read("$.items[*].fullName", List.class)).containsExactly("Phạm Văn An", "Trần Thị Ánh");
        assertThat(json(get("/api/v1/units/" + committee + "/members?subtree=true&status=CANDIDATE"))
                .read("$.total", Integer.class)).isZero();
        assertThat(json(get("/api/v1/units/" + committee + "/members?subtree=true&status=OFFICIAL&status=PROBATIONARY"))
                .read("$.total", Integer.class)).isEqualTo(5);
        // the records were opened on 01/01/2015
        assertThat(json(get("/api/v1/units/" + committee + "/members?subtree=true&date=2014-12-31"))
                .read("$.total", Integer.class)).isZero();
    }

    @Test
    void searchIgnoresDiacriticsAndStaysWithinTheCallersScope() {
        long san = official(branch, "Nguyễn Văn Sẵn", "MALE", "1970-01-01");
        official(branch, "Nguyễn Văn Sơn", "MALE", "1971-01-01");
        long elsewhereProvince = changes.establish(new EstablishUnit("MA-X" + seq + System.nanoTime() % 100000,
                "Tỉnh ủy Khác", UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null)).value();
        UnitId elsewhereCommittee = changes.establish(new EstablishUnit("MA-Y" + seq + System.nanoTime() % 100000,
                "Đảng bộ Khác", UnitType.GRASSROOTS_COMMITTEE, UnitId.of(elsewhereProvince), LocalDate.of(2005, 1, 1),
                null, null));
        long elsewhereBranch = changes.establish(new EstablishUnit("MA-Z" + seq + System.nanoTime() % 100000,
                "Chi bộ Khác", UnitType.BRANCH, elsewhereCommittee, LocalDate.of(2005, 1, 1), null, null)).value();
        long elsewhere = official(elsewhereBranch, "Nguyễn Văn Sẵn", "MALE", "1972-01-01");

        assertThat(json(get("/api/v1/members?q=NGUYEN  van san&size=100")).read("$.items[*].id", List.class))
                .contains(intOrLong(san), intOrLong(elsewhere));

        ScopedAccess.INSTANCE.limitTo(Set.of(province), Set.of(province, committee, branch, otherBranch),
                Set.of(branch));
        DocumentContext found = json(get("/api/v1/members?q=nguyen van san"));
        assertThat(found.read("$.items[*].id", List.class)).containsExactly(intOrLong(san));
        assertThat(found.read("$.total", Integer.class)).isEqualTo(1);
        assertThat(found.read("$.items[0].fullName", String.class)).isEqualTo("Nguyễn Văn Sẵn");
        assertThat(json(get("/api/v1/members?q=van s")).read("$.total", Integer.class)).isEqualTo(2);

        assertThat(get("/api/v1/members/" + elsewhere)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/members/" + elsewhere + "/timeline")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/units/" + elsewhereBranch + "/members")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/members/" + elsewhere + "/events", """
                {"kind": "Died", "on": "2026-01-01"}""")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(json(get("/api/v1/members/" + san)).read("$.fullName", String.class)).isEqualTo("Nguyễn Văn Sẵn");
    }

    @Test
    void aSearchPastAThousandMatchesSaysThereAreMoreInEitherLanguage() {
        String family = "Qzapi" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
        jdbc.sql("""
                insert into member (full_name, name_folded, sort_key, sex, birth_date, status, unit_id)
                select :family || ' Thị Mẫu ' || g, lower(:family) || ' thi mau ' || g, int4send(g), 'FEMALE',
                       date '1985-01-01', 'OFFICIAL', :unit
                  from generate_series(1, 1001) g
                """).param("family", family).param("unit", branch).update();

        DocumentContext vi = json(mvc.get().uri("/api/v1/members?q=" + family + "&size=50").header("Accept-Language", "vi")
                .exchange());
        assertThat(vi.read("$.more", Boolean.class)).isTrue();
        assertThat(vi.read("$.total", Integer.class)).isEqualTo(1000);
        assertThat(vi.read("$.pages", Integer.class)).isEqualTo(20);
        assertThat(vi.read("$.items.length()", Integer.class)).isEqualTo(50);
        assertThat(vi.read("$.summary", String.class)).startsWith("Tìm thấy hơn 1.000 người.");
        DocumentContext en = json(mvc.get().uri("/api/v1/members?q=" + family).header("Accept-Language", "en").exchange());
        assertThat(en.read("$.summary", String.class)).startsWith("More than 1,000 people found.");

        DocumentContext exact = json(get("/api/v1/members?q=" + family + " thi mau 1000"));
        assertThat(exact.read("$.more", Boolean.class)).isFalse();
        assertThat(exact.read("$.total", Integer.class)).isEqualTo(1);
        assertThat(exact.read("$.summary", String.class)).isEqualTo("Tìm thấy 1 người.");
        // the page shows the same
        assertThat(mvc.get().uri("/members/search").param("q", family).header("HX-Request", "true").exchange())
                .bodyText().contains("Tìm thấy hơn 1.000 người").contains("Trang 1/20 · hơn 1.000 người");
    }

    @Test
    void everyUnitAnEventTouchesMustBeWritable() {
        long moving = official(branch, "Hồ Văn Chuyển", "MALE", "1980-01-01");
        ScopedAccess.INSTANCE.limitTo(Set.of(province), Set.of(province, committee, branch, otherBranch),
                Set.of(branch));

        MvcTestResult refused = post("/api/v1/members/" + moving + "/events", """
                {"kind": "Transferred", "on": "2026-01-05", "toId": %d, "letterNumber": "GGT-01"}""".formatted(otherBranch));
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(eventCount(moving)).isEqualTo(1);

        ScopedAccess.INSTANCE.limitTo(Set.of(province), Set.of(province, committee, branch, otherBranch),
                Set.of(otherBranch));
        assertThat(post("/api/v1/members/" + moving + "/events", """
                {"kind": "Transferred", "on": "2026-01-05", "toId": %d}""".formatted(otherBranch)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/units/" + branch + "/candidates", """
                {"profile": {"fullName": "Mai Thị Lan", "sex": "FEMALE", "birthDate": "2000-01-01"}, "on": "2026-01-05"}
                """)).hasStatus(HttpStatus.FORBIDDEN);

        ScopedAccess.INSTANCE.limitTo(Set.of(province), Set.of(province, committee, branch, otherBranch),
                Set.of(branch, otherBranch));
        DocumentContext moved = json(record(moving, """
                {"kind": "Transferred", "on": "2026-01-05", "toId": %d}""".formatted(otherBranch)));
        assertThat(moved.read("$.unit.id", Long.class)).isEqualTo(otherBranch);
        assertThat(json(get("/api/v1/units/" + branch + "/members?date=2026-01-04")).read("$.total", Integer.class))
                .isEqualTo(1);
        assertThat(json(get("/api/v1/units/" + branch + "/members")).read("$.total", Integer.class)).isZero();
    }

    @Test
    void identityNumbersAreShownMaskedAndInClearOnlyOnARecordedRequest() {
        long hoa = id(post("/api/v1/units/" + branch + "/member-records", """
                {"profile": {"fullName": "Võ Thị Hoa", "sex": "FEMALE", "birthDate": "1985-07-01",
                             "identityNumber": "092 185 000 456"},
                 "on": "2015-01-01", "admittedOn": "2008-01-01", "ceremonyOn": "2008-01-15", "officialFrom": "2009-01-15"}
                """));
        DocumentContext member = json(get("/api/v1/members/" + hoa));
        assertThat(member.read("$.identityNumberMasked", String.class)).isEqualTo("092******456");
        assertThat(member.read("$.hasIdentityNumber", Boolean.class)).isTrue();
        assertThat(member.jsonString()).doesNotContain("092185000456");
        assertThat(events.stream(SensitiveValueRevealed.class)).isEmpty();

        MvcTestResult revealed = post("/api/v1/members/" + hoa + "/identity-number/reveal", "");
        assertThat(revealed).hasStatusOk().headers().hasValue("Cache-Control", "no-store");
        assertThat(json(revealed).read("$.identityNumber", String.class)).isEqualTo("092185000456");
        assertThat(events.stream(SensitiveValueRevealed.class))
                .containsExactly(new SensitiveValueRevealed("member", hoa, "identityNumber"));

        // a profile sent without the number keeps the one on file
        assertThat(put("/api/v1/members/" + hoa + "/profile", """
                {"fullName": "Võ Thị Hoa", "sex": "FEMALE", "birthDate": "1985-07-01", "phone": "0912 345 678"}
                """)).hasStatusOk().bodyJson().extractingPath("$.identityNumberMasked").isEqualTo("092******456");
        assertThat(json(get("/api/v1/members/" + hoa)).read("$.phone", String.class)).isEqualTo("0912 345 678");

        ScopedAccess.INSTANCE.limitTo(Set.of(province), Set.of(province, committee, branch, otherBranch), Set.of());
        assertThat(post("/api/v1/members/" + hoa + "/identity-number/reveal", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(events.stream(SensitiveValueRevealed.class)).hasSize(1);
    }

    @Test
    void remindersNameWhatTheSubtreeHasToActOn() {
        long tam = id(post("/api/v1/units/" + otherBranch + "/member-records", """
                {"profile": {"fullName": "Lý Thị Tâm", "sex": "FEMALE", "birthDate": "1995-05-05"},
                 "on": "2025-04-01", "admittedOn": "2025-03-01", "ceremonyOn": "2025-03-20"}
                """));
        DocumentContext reminders = json(get("/api/v1/units/" + committee + "/reminders"));
        assertThat(reminders.read("$[?(@.memberId == " + tam + ")].kind", List.class)).containsExactly("PROBATION_ENDING");
        assertThat(reminders.read("$[?(@.memberId == " + tam + ")].kindName", List.class))
                .containsExactly("Sắp hết thời gian dự bị");
        assertThat(reminders.read("$[?(@.memberId == " + tam + ")].due", List.class)).containsExactly("2026-03-20");
    }

    @Test
    void unknownMemberAnswers404Problem() {
        MvcTestResult missing = get("/api/v1/members/987654321");
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(missing).read("$.title", String.class)).isEqualTo("Không tìm thấy");
        assertThat(json(missing).read("$.detail", String.class))
                .isEqualTo("Không tìm thấy bản ghi, hoặc bạn không có quyền xem.");
        assertThat(get("/api/v1/members/987654321/timeline")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/members/987654321/events", """
                {"kind": "Died", "on": "2026-01-01"}""")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/members/987654321/profile", """
                {"fullName": "Ai Đó", "sex": "MALE", "birthDate": "1980-01-01"}""")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/members/987654321/identity-number/reveal", "")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/units/987654321/members")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/units/987654321/candidates", """
                {"profile": {"fullName": "Mai Thị Lan", "sex": "FEMALE", "birthDate": "2000-01-01"}, "on": "2026-01-05"}
                """)).hasStatus(HttpStatus.NOT_FOUND);
        long san = official(branch, "Đinh Văn Giới", "MALE", "1970-01-01");
        long candidate = candidate(branch, "Cao Thị Mới", "FEMALE", "2000-02-02", "2025-01-02");
        assertThat(post("/api/v1/members/" + candidate + "/events", """
                {"kind": "Introduced", "on": "2025-02-03", "firstIntroducerId": %d, "secondIntroducerId": 987654321}"""
                .formatted(san))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(eventCount(candidate)).isEqualTo(1);
    }

    @Test
    void invalidRequestsAnswer400WithAMessagePerFieldAndChangeNothing() {
        long before = count("member");
        MvcTestResult invalid = post("/api/v1/units/" + branch + "/candidates", """
                {"profile": {"fullName": "  ", "email": "không-phải-thư", "religion": "%s"}}
                """.formatted("x".repeat(256)));
        assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DocumentContext problem = json(invalid);
        assertThat(problem.read("$.detail", String.class)).isEqualTo("Dữ liệu gửi lên không hợp lệ.");
        List<Map<String, String>> errors = problem.read("$.errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("profile.fullName",
                "profile.sex", "profile.birthDate", "profile.email", "profile.religion", "on");
        assertThat(errors).filteredOn(e -> e.get("field").equals("profile.sex")).extracting(e -> e.get("message"))
                .containsExactly("Vui lòng nhập trường này.");
        assertThat(errors).filteredOn(e -> e.get("field").equals("profile.religion")).extracting(e -> e.get("message"))
                .containsExactly("Tối đa 255 ký tự.");
        assertThat(errors).filteredOn(e -> e.get("field").equals("profile.email")).extracting(e -> e.get("message"))
                .containsExactly("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(count("member")).isEqualTo(before);

        long member = official(branch, "Bùi Văn Đúng", "MALE", "1980-01-01");
        MvcTestResult noDate = post("/api/v1/members/" + member + "/events", """
                {"kind": "Exempted", "reason": "%s"}""".formatted("x".repeat(256)));
        assertThat(noDate).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(noDate).read("$.errors[*].field", List.class)).containsExactlyInAnyOrder("on", "reason");
        MvcTestResult negative = post("/api/v1/members/" + member + "/events", """
                {"kind": "BranchVoted", "on": "2025-01-01", "votesFor": -1, "votesTotal": 3}""");
        assertThat(json(negative).read("$.errors[0].message", String.class)).isEqualTo("Không được là số âm.");
        MvcTestResult unknownKind = post("/api/v1/members/" + member + "/events", """
                {"kind": "Promoted", "on": "2025-01-01"}""");
        assertThat(unknownKind).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post("/api/v1/members/" + member + "/events", """
                {"on": "2025-01-01"}""")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(eventCount(member)).isEqualTo(1);

        assertThat(get("/api/v1/members?q=an&size=101")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/members")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/units/" + branch + "/members?status=ALIVE")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/units/" + branch + "/members?minAge=-1")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/units/" + branch + "/members/counts?date=15/03/2026")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void englishClientsGetLabelsRulesAndFieldMessagesInEnglish() {
        long candidate = candidate(branch, "Hà Thị Thu", "FEMALE", "2001-01-01", "2025-06-02");

        MvcTestResult refused = mvc.post().uri("/api/v1/members/" + candidate + "/events").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "BranchVoted", "on": "2025-07-01", "votesFor": 3, "votesTotal": 3}""").exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(refused).read("$.title", String.class)).isEqualTo("Rule violated");
        assertThat(json(refused).read("$.rule", String.class)).isEqualTo("members.awareness-certificate");
        assertThat(json(refused).read("$.detail", String.class)).isEqualTo("No awareness-class certificate yet.");

        DocumentContext member = json(mvc.get().uri("/api/v1/members/" + candidate).header("Accept-Language", "en")
                .exchange());
        assertThat(member.read("$.statusName", String.class)).isEqualTo("Candidate");
        assertThat(member.read("$.sexName", String.class)).isEqualTo("Female");
        assertThat(json(mvc.get().uri("/api/v1/members/" + candidate + "/timeline").header("Accept-Language", "en")
                .exchange()).read("$[0].kindName", String.class)).isEqualTo("Registered as candidate");

        MvcTestResult invalid = mvc.post().uri("/api/v1/members/" + candidate + "/events").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "CandidateDropped"}""").exchange();
        assertThat(json(invalid).read("$.errors[0].message", String.class)).isEqualTo("Please fill in this field.");
    }

    @Test
    void apiDocsDescribeTheMemberEndpointsAndTheEventKinds() {
        MvcTestResult docs = get("/v3/api-docs");
        assertThat(docs).hasStatus(HttpStatus.OK);
        DocumentContext api = json(docs);
        Map<String, Object> paths = api.read("$.paths");
        assertThat(paths).containsKeys("/api/v1/members", "/api/v1/members/{id}", "/api/v1/members/{id}/timeline",
                "/api/v1/members/{id}/identity-number/reveal", "/api/v1/members/{id}/profile",
                "/api/v1/members/{id}/events", "/api/v1/units/{id}/members", "/api/v1/units/{id}/members/counts",
                "/api/v1/units/{id}/reminders", "/api/v1/units/{id}/candidates", "/api/v1/units/{id}/member-records");
        assertThat(api.read("$.paths['/api/v1/members/{id}/events'].post.responses", Map.class))
                .containsKeys("200", "400", "403", "404", "422");
        assertThat(api.read("$.components.schemas.EventBody.discriminator.propertyName", String.class)).isEqualTo("kind");
        assertThat(api.read("$.components.schemas.EventBody.oneOf", List.class)).hasSize(22);
        assertThat(api.read("$.components.schemas.CandidateRequest.required", List.class))
                .containsExactlyInAnyOrder("profile", "on");
        assertThat(api.read("$.components.schemas.MemberTimelineEntryResponse.properties.event.$ref", String.class))
                .endsWith("/EventBody");
        // the organization tree's schemas keep their own names and shapes
        assertThat(api.read("$.components.schemas.TimelineEntryResponse.properties", Map.class)).containsKey("from");
        assertThat(api.read("$.components.schemas.CountsResponse.properties.counts", Map.class)).isNotEmpty();
        assertThat(api.read("$.components.schemas.MemberCountsResponse.properties", Map.class)).containsKey("members");
    }

    private long official(long unit, String name, String sex, String born) {
        return id(post("/api/v1/units/" + unit + "/member-records", """
                {"profile": {"fullName": "%s", "sex": "%s", "birthDate": "%s"},
                 "on": "2015-01-01", "admittedOn": "2010-05-05", "ceremonyOn": "2010-05-20", "officialFrom": "2011-05-20"}
                """.formatted(name, sex, born)));
    }

    private long candidate(long unit, String name, String sex, String born, String on) {
        return id(post("/api/v1/units/" + unit + "/candidates", """
                {"profile": {"fullName": "%s", "sex": "%s", "birthDate": "%s"}, "on": "%s"}
                """.formatted(name, sex, born, on)));
    }

    private MvcTestResult record(long member, String event) {
        MvcTestResult result = post("/api/v1/members/" + member + "/events", event);
        assertThat(result).as(event).hasStatusOk();
        return result;
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(String uri, String body) {
        return mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
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

    private long eventCount(long member) {
        return jdbc.sql("select count(*) from member_event where member_id = ?").param(member).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
