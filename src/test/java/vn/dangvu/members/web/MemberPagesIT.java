package vn.dangvu.members.web;

import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.SignedIn;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.SensitiveValueRevealed;

/** The member pages on the real database, with the same context as the unit pages' tests. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MemberPagesIT {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    /** Every request signed in as an administrator: these tests are about the pages, not about signing in. */
    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MemberDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    UnitId committee;
    UnitId branch;

    @BeforeEach
    void tree() {
        String p = "MP" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        UnitId province = changes.establish(new EstablishUnit(p, "Tỉnh ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(1980, 1, 1), null, null));
        committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ Cơ quan " + p, UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(1980, 1, 1), null, null));
        branch = changes.establish(new EstablishUnit(p + "-CB", "Chi bộ Văn phòng " + p, UnitType.BRANCH, committee,
                LocalDate.of(1980, 1, 1), null, null));
    }

    Profile person(String name, Sex sex, LocalDate born, String identity) {
        return new Profile(name, sex, born, "Kinh", "Không", "Cần Thơ", null,
                identity == null ? null : IdentityNumber.parse(identity), "12/12", null, "Công chức", null, null, null, null);
    }

    MemberId official(String name, Sex sex, LocalDate born, LocalDate recordOn, LocalDate admitted) {
        return registry.openRecord(person(name, sex, born, null), new MemberEvent.RecordOpened(recordOn, branch, admitted,
                admitted.plusDays(10), admitted.plusDays(10).plusYears(1)));
    }

    /** A candidate with the certificate and two introducers, ready for the branch's vote. */
    MemberId candidateReadyForVote(String name) {
        MemberId a = official("Trần Văn Giới", Sex.MALE, LocalDate.of(1970, 3, 3), LocalDate.of(2010, 1, 4),
                LocalDate.of(1995, 5, 5));
        MemberId b = official("Lê Thị Thiệu", Sex.FEMALE, LocalDate.of(1972, 4, 4), LocalDate.of(2010, 1, 4),
                LocalDate.of(1998, 6, 6));
        MemberId c = registry.registerCandidate(person(name, Sex.FEMALE, LocalDate.of(1998, 8, 8), null), branch,
                LocalDate.of(2020, 1, 6));
        registry.record(c, new MemberEvent.AwarenessCertified(LocalDate.of(2020, 2, 3), "GCN-15"));
        registry.record(c, new MemberEvent.Introduced(LocalDate.of(2020, 2, 10), a, b));
        return c;
    }

    static String html(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    @Test
    void listsMembersInVietnameseOrderWithFiltersAndCounts() throws Exception {
        official("Nguyễn Văn Sẵn", Sex.MALE, LocalDate.of(1980, 6, 1), LocalDate.of(2010, 1, 4), LocalDate.of(2005, 3, 1));
        official("Trần Thị An", Sex.FEMALE, LocalDate.of(1990, 6, 1), LocalDate.of(2016, 1, 4), LocalDate.of(2015, 3, 1));
        official("Lê Văn Bình", Sex.MALE, LocalDate.of(1960, 6, 1), LocalDate.of(2010, 1, 4), LocalDate.of(1985, 3, 1));
        registry.registerCandidate(person("Phạm Thị Ánh", Sex.FEMALE, LocalDate.of(2000, 6, 1), null), branch,
                LocalDate.of(2020, 1, 6));
        String url = "/units/" + branch.value() + "/members";

        String all = html(mvc.get().uri(url).param("date", "2025-01-01").exchange());
        assertThat(all).contains("Danh sách (4 người)");
        assertThat(all.indexOf("Trần Thị An")).isPositive()
                .isLessThan(all.indexOf("Phạm Thị Ánh"));
        assertThat(all.indexOf("Phạm Thị Ánh")).isLessThan(all.indexOf("Lê Văn Bình"));
        assertThat(all.indexOf("Lê Văn Bình")).isLessThan(all.indexOf("Nguyễn Văn Sẵn"));
        assertThat(all).contains("data-status=\"OFFICIAL\">3<").contains("data-status=\"CANDIDATE\">1<")
                .contains("data-status=\"PROBATIONARY\">0<")
                .contains("/units/" + branch.value() + "/members/export.xlsx?date=2025-01-01")
                .contains("/units/" + branch.value() + "/members/import");

        assertThat(html(mvc.get().uri(url).param("date", "2025-01-01").param("status", "CANDIDATE").exchange()))
                .contains("Phạm Thị Ánh").doesNotContain("Nguyễn Văn Sẵn").contains("Danh sách (1 người)");
        assertThat(html(mvc.get().uri(url).param("date", "2025-01-01").param("status", "CANDIDATE", "OFFICIAL").exchange()))
                .contains("Danh sách (4 người)");
        assertThat(html(mvc.get().uri(url).param("date", "2025-01-01").param("minAge", "40").param("maxAge", "60").exchange()))
                .contains("Nguyễn Văn Sẵn").doesNotContain("Lê Văn Bình").doesNotContain("Trần Thị An")
                .contains("Danh sách (1 người)");
        assertThat(html(mvc.get().uri(url).param("date", "2025-01-01").param("minParty", "10").param("maxParty", "30").exchange()))
                .contains("Nguyễn Văn Sẵn").contains("Danh sách (1 người)");
        // As of a day before An and the candidate joined the branch.
        assertThat(html(mvc.get().uri(url).param("date", "2012-01-01").exchange()))
                .contains("Danh sách (2 người)").doesNotContain("Trần Thị An").doesNotContain("Phạm Thị Ánh");

        String subtree = html(mvc.get().uri("/units/" + committee.value() + "/members").param("subtree", "true")
                .param("date", "2025-01-01").exchange());
        assertThat(subtree).contains("Danh sách (4 người)").contains("Chi bộ Văn phòng");
        assertThat(html(mvc.get().uri("/units/" + committee.value() + "/members").param("date", "2025-01-01").exchange()))
                .contains("Danh sách (0 người)");
    }

    @Test
    void searchFindsPeopleWithoutDiacriticsAsTheyType() throws Exception {
        official("Nguyễn Văn Sẵn", Sex.MALE, LocalDate.of(1980, 6, 1), LocalDate.of(2010, 1, 4), LocalDate.of(2005, 3, 1));
        var fragment = mvc.get().uri("/members/search").param("q", "nguyen van san").header("HX-Request", "true").exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(html(fragment)).contains("Nguyễn Văn Sẵn").doesNotContain("<html");
        assertThat(html(mvc.get().uri("/members/search").param("q", "nguyen van san").exchange()))
                .contains("<html").contains("Nguyễn Văn Sẵn").contains("Tìm đảng viên");
        assertThat(html(mvc.get().uri("/members/search").param("q", "khong ai ten nay").header("HX-Request", "true").exchange()))
                .contains("Không tìm thấy ai");
    }

    @Test
    void aRefusedEventComesBackAsTypedAndWritesNothing() throws Exception {
        MemberId c = candidateReadyForVote("Võ Thị Cúc");
        long before = jdbc.sql("select count(*) from member_event where member_id = ?").param(c.value()).query(Long.class).single();

        var refused = mvc.post().uri("/members/" + c.value() + "/events/BranchVoted")
                .param("on", "2020-03-02").param("votesFor", "3").param("votesTotal", "7")
                .param("resolutionNumber", "12-NQ/CB").exchange();

        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("Nghị quyết chi bộ cần trên một nửa số đảng viên chính thức tán thành (mới 3/7).")
                .contains("value=\"3\"").contains("value=\"7\"").contains("value=\"12-NQ/CB\"")
                .contains("value=\"2020-03-02\"");
        assertThat(jdbc.sql("select count(*) from member_event where member_id = ?").param(c.value()).query(Long.class)
                .single()).isEqualTo(before);

        var incomplete = mvc.post().uri("/members/" + c.value() + "/events/BranchVoted")
                .param("on", "2020-03-02").param("votesFor", "5").exchange();
        assertThat(incomplete).hasStatus(422);
        assertThat(html(incomplete)).contains("Vui lòng nhập trường này.").contains("value=\"5\"");

        var accepted = mvc.post().uri("/members/" + c.value() + "/events/BranchVoted")
                .param("on", "2020-03-02").param("votesFor", "5").param("votesTotal", "6").exchange();
        assertThat(accepted).hasStatus3xxRedirection().hasRedirectedUrl("/members/" + c.value());
        assertThat(directory.history(c).branchVoteOn()).contains(LocalDate.of(2020, 3, 2));
    }

    @Test
    void theRecordShowsTheTimelineWithDetailsAndTheNextSteps() throws Exception {
        MemberId c = candidateReadyForVote("Đỗ Thị Hoa");
        registry.record(c, new MemberEvent.BranchVoted(LocalDate.of(2020, 3, 2), 5, 6, "07-NQ/CB"));

        String page = html(mvc.get().uri("/members/" + c.value()).exchange());
        assertThat(page).contains("Đỗ Thị Hoa").contains("Quần chúng ưu tú")
                .contains("Chi bộ xét, đề nghị kết nạp").contains("02/03/2020").contains("5/6").contains("07-NQ/CB")
                .contains("Trần Văn Giới").contains("Lê Thị Thiệu").contains("GCN-15")
                .contains("/members/" + c.value() + "/events/AdmissionDecided")
                .doesNotContain("/events/RecognizedOfficial")
                .doesNotContain("??");
        assertThat(html(mvc.get().uri("/members/" + c.value()).param("lang", "en").exchange()))
                .contains("Personal record").doesNotContain("??");
    }

    @Test
    void everyEventFormRendersWithLabelledFields() throws Exception {
        MemberId m = official("Hồ Văn Đức", Sex.MALE, LocalDate.of(1960, 6, 1), LocalDate.of(2010, 1, 4),
                LocalDate.of(1985, 3, 1));
        for (EventKind kind : EventKind.values()) {
            var form = mvc.get().uri("/members/" + m.value() + "/events/" + kind.kind()).exchange();
            assertThat(form).hasStatusOk();
            assertThat(html(form)).as(kind.kind()).contains("<label for=\"on\"").doesNotContain("??");
        }
        assertThat(mvc.get().uri("/members/" + m.value() + "/events/NoSuchEvent")).hasStatus(404);
        // An official member without a post may be reprimanded, warned or expelled, never dismissed from a post.
        assertThat(html(mvc.get().uri("/members/" + m.value() + "/events/Disciplined").exchange()))
                .contains("value=\"REPRIMAND\"").contains("value=\"EXPULSION\"").doesNotContain("value=\"DISMISSAL\"");
    }

    @Test
    void aNewCandidateIsRegisteredThroughTheFormAndABadOneIsRefusedAsTyped() throws Exception {
        var created = mvc.post().uri("/units/" + branch.value() + "/members/new-candidate")
                .param("fullName", "Ngô Thị Lan").param("sex", "FEMALE").param("birthDate", "1999-09-09")
                .param("on", "2024-05-06").exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri("/units/" + branch.value() + "/members").exchange())).contains("Ngô Thị Lan");

        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        var refused = mvc.post().uri("/units/" + branch.value() + "/members/new-candidate")
                .param("fullName", "Ngô Văn Sai").param("sex", "MALE").param("birthDate", "1999-09-09")
                .param("identityNumber", "12345").param("on", "2024-05-06").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(html(refused)).contains("Số CCCD phải gồm 12 chữ số").contains("value=\"Ngô Văn Sai\"")
                .contains("value=\"12345\"");
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theIdentityNumberIsMaskedUntilRevealedAndEachRevealIsPublished() throws Exception {
        MemberId m = registry.openRecord(person("Phan Văn Khải", Sex.MALE, LocalDate.of(1980, 6, 1), "001080012345"),
                new MemberEvent.RecordOpened(LocalDate.of(2010, 1, 4), branch, LocalDate.of(2005, 3, 1), null, null));

        assertThat(html(mvc.get().uri("/members/" + m.value()).exchange()))
                .contains("001******345").doesNotContain("001080012345").contains("Hiện số CCCD");
        assertThat(events.stream(SensitiveValueRevealed.class)).isEmpty();

        var revealed = mvc.post().uri("/members/" + m.value() + "/identity-number").header("HX-Request", "true").exchange();
        assertThat(revealed).hasStatusOk();
        assertThat(html(revealed)).contains("001080012345").doesNotContain("<html");
        assertThat(events.stream(SensitiveValueRevealed.class))
                .containsExactly(new SensitiveValueRevealed("member", m.value(), "identityNumber"));
    }

    @Test
    void editingTheProfileKeepsTheIdentityNumberLeftEmpty() throws Exception {
        MemberId m = registry.openRecord(person("Phan Văn Khoa", Sex.MALE, LocalDate.of(1980, 6, 1), "001080054321"),
                new MemberEvent.RecordOpened(LocalDate.of(2010, 1, 4), branch, LocalDate.of(2005, 3, 1), null, null));
        String form = html(mvc.get().uri("/members/" + m.value() + "/edit").exchange());
        assertThat(form).contains("value=\"Phan Văn Khoa\"").doesNotContain("001080054321").contains("001******321");

        var saved = mvc.post().uri("/members/" + m.value() + "/edit").param("fullName", "Phan Văn Khoa Học")
                .param("sex", "MALE").param("birthDate", "1980-06-01").param("identityNumber", "").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(directory.find(m).orElseThrow().fullName()).isEqualTo("Phan Văn Khoa Học");
        assertThat(directory.identityNumber(m)).contains("001080054321");
    }

    @Test
    void theUnitPageLoadsTheRemindersCard() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate ceremony = today.minusYears(1).plusDays(10);
        MemberId m = registry.openRecord(person("Bùi Thị Nhắc", Sex.FEMALE, LocalDate.of(1990, 6, 1), null),
                new MemberEvent.RecordOpened(ceremony.plusDays(1), branch, ceremony.minusDays(5), ceremony, null));
        assertThat(directory.find(m).orElseThrow().status()).isEqualTo(MemberStatus.PROBATIONARY);

        assertThat(html(mvc.get().uri("/units/" + committee.value()).exchange()))
                .contains("hx-get=\"/units/" + committee.value() + "/reminders\"");
        var card = mvc.get().uri("/units/" + committee.value() + "/reminders").exchange();
        assertThat(card).hasStatusOk();
        assertThat(html(card)).doesNotContain("<html").contains("Sắp hết thời gian dự bị").contains("Bùi Thị Nhắc")
                .contains("/members/" + m.value());
    }
}
