package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import vn.dangvu.members.MemberEvent.AdmissionDecided;
import vn.dangvu.members.MemberEvent.AwarenessCertified;
import vn.dangvu.members.MemberEvent.BranchVoted;
import vn.dangvu.members.MemberEvent.CeremonyHeld;
import vn.dangvu.members.MemberEvent.Introduced;
import vn.dangvu.members.MemberEvent.RecognizedOfficial;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberEvent.Transferred;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.ReminderKind;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;

@SpringBootTest
class MemberRegistryIT {

    static Clock clock() {
        return Clock.fixed(LocalDate.of(2017, 6, 20).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @TestBean Clock clock;
    @Autowired MemberRegistry registry;
    @Autowired MemberDirectory directory;
    @Autowired StructuralChanges changes;
    @Autowired JdbcClient jdbc;

    UnitId committee;
    UnitId branch;
    UnitId otherBranch;
    static int seq;

    @BeforeEach
    void tree() {
        String p = "MR" + (seq++) + "-" + System.nanoTime() % 100000;
        UnitId province = changes.establish(new EstablishUnit(p, "Thành ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(1990, 1, 1), null, null));
        committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ Liên đoàn Lao động", UnitType.GRASSROOTS_COMMITTEE,
                province, LocalDate.of(2000, 1, 1), null, null));
        branch = changes.establish(new EstablishUnit(p + "-CB1", "Chi bộ Văn phòng", UnitType.BRANCH, committee,
                LocalDate.of(2000, 1, 1), null, null));
        otherBranch = changes.establish(new EstablishUnit(p + "-CB2", "Chi bộ Tuyên giáo", UnitType.BRANCH, committee,
                LocalDate.of(2000, 1, 1), null, null));
    }

    Profile person(String name, Sex sex, LocalDate born) {
        return new Profile(name, sex, born, "Kinh", "Không", "Cần Thơ", null, null, "12/12", "Trung cấp", "Công chức",
                "Liên đoàn Lao động", null, null, null);
    }

    MemberId official(String name) {
        return registry.openRecord(person(name, Sex.MALE, LocalDate.of(1970, 2, 2)),
                new RecordOpened(LocalDate.of(2005, 1, 1), branch, LocalDate.of(1995, 5, 5), LocalDate.of(1995, 5, 20),
                        LocalDate.of(1996, 5, 20)));
    }

    @Test
    void aCandidateIsAdmittedAndCountedAsOfEachDate() {
        MemberId a = official("Trần Văn An");
        MemberId b = official("Lê Thị Bình");
        MemberId san = registry.registerCandidate(person("Nguyễn Văn Sẵn", Sex.MALE, LocalDate.of(1992, 3, 4)), branch,
                LocalDate.of(2016, 3, 1));
        registry.record(san, new AwarenessCertified(LocalDate.of(2016, 4, 15), "GCN-12"));
        registry.record(san, new Introduced(LocalDate.of(2016, 5, 2), a, b));
        registry.record(san, new BranchVoted(LocalDate.of(2016, 5, 10), 2, 2, "NQ-01"));
        registry.record(san, new AdmissionDecided(LocalDate.of(2016, 6, 20), "QĐ-77", null, null));
        registry.record(san, new CeremonyHeld(LocalDate.of(2016, 7, 1), null));

        assertThat(directory.countByStatus(committee, LocalDate.of(2016, 6, 19)))
                .containsEntry(MemberStatus.OFFICIAL, 2L).containsEntry(MemberStatus.CANDIDATE, 1L);
        assertThat(directory.countByStatus(committee, LocalDate.of(2016, 6, 20)))
                .containsEntry(MemberStatus.PROBATIONARY, 1L).containsEntry(MemberStatus.CANDIDATE, 0L);
        assertThat(directory.search("nguyen van san", null, 0, 10).items()).extracting(m -> m.id()).contains(san);
        assertThat(directory.search("san", List.of(otherBranch), 0, 10).items()).isEmpty();
        assertThat(directory.search("san", List.of(otherBranch), 0, 10).total()).isZero();
        // the count of all matches comes with any page, and with a page past the end too
        var first = directory.search("nguyen van san", null, 0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(first.total()).isPositive();
        assertThat(directory.search("nguyen van san", null, 1000, 1).total()).isEqualTo(first.total());
        assertThat(directory.search("nguyen van san", null, 1000, 1).items()).isEmpty();

        // The clock stands at 20/6/2017: the probation ends on 1/7/2017, within 30 days.
        assertThat(directory.reminders(committee, LocalDate.of(2017, 6, 20)))
                .anySatisfy(r -> {
                    assertThat(r.kind()).isEqualTo(ReminderKind.PROBATION_ENDING);
                    assertThat(r.member()).isEqualTo(san);
                });
        assertThatThrownBy(() -> registry.record(san, new RecognizedOfficial(LocalDate.of(2017, 6, 20), "QĐ", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("members.probation"));
        assertThat(jdbc.sql("select count(*) from member_event where member_id = ?").param(san.value())
                .query(Long.class).single()).isEqualTo(6L);
    }

    @Test
    void branchListsFollowTheVietnameseOrderAndTransfersMoveMembers() {
        official("Nguyễn Văn Sẵn");
        official("Trần Thị Ánh");
        official("Lê Văn Bảo");
        MemberId moving = official("Phạm Văn An");
        assertThat(directory.list(new MemberFilter(branch, false, Set.of(), null, null, null, null, null), 0, 50).items())
                .extracting(m -> m.fullName())
                .containsExactly("Phạm Văn An", "Trần Thị Ánh", "Lê Văn Bảo", "Nguyễn Văn Sẵn");

        registry.record(moving, new Transferred(LocalDate.of(2017, 1, 2), otherBranch, "GGT-01"));
        assertThat(directory.list(new MemberFilter(branch, false, Set.of(), null, null, null, null, null), 0, 50).total())
                .isEqualTo(3);
        assertThat(directory.list(new MemberFilter(branch, false, Set.of(), null, null, null, null, LocalDate.of(2016, 12, 31)),
                0, 50).total()).isEqualTo(4);
        assertThat(directory.list(new MemberFilter(committee, true, Set.of(MemberStatus.OFFICIAL), null, null, 20, null, null),
                0, 50).total()).isEqualTo(4);
    }

    @Test
    void identityNumbersAreValidatedUniqueAndMasked() {
        Profile withId = new Profile("Võ Thị Hoa", Sex.FEMALE, LocalDate.of(1985, 7, 1), null, null, null, null,
                IdentityNumber.parse("092185000123"), null, null, null, null, null, null, null);
        MemberId hoa = registry.openRecord(withId, new RecordOpened(LocalDate.of(2010, 1, 1), branch,
                LocalDate.of(2008, 1, 1), LocalDate.of(2008, 1, 15), LocalDate.of(2009, 1, 15)));
        assertThat(directory.find(hoa).orElseThrow().identityNumberMasked()).isEqualTo("092******123");
        assertThatThrownBy(() -> registry.openRecord(withId, new RecordOpened(LocalDate.of(2010, 1, 1), branch,
                LocalDate.of(2008, 1, 1), null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("members.rule.identity-taken"));
        assertThatThrownBy(() -> IdentityNumber.parse("092085000123").matching(Sex.FEMALE, LocalDate.of(1985, 7, 1)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> IdentityNumber.parse("999185000123")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void everyEventAndCorrectionIsAuditedWithTheIdentityNumberMasked() {
        Profile withId = new Profile("Đặng Thị Thu", Sex.FEMALE, LocalDate.of(1986, 7, 1), null, null, null, null,
                IdentityNumber.parse("092186000777"), null, null, null, null, null, null, null);
        MemberId thu = registry.openRecord(withId, new RecordOpened(LocalDate.of(2010, 1, 1), branch,
                LocalDate.of(2008, 1, 1), LocalDate.of(2008, 1, 15), LocalDate.of(2009, 1, 15)));
        registry.record(thu, new Transferred(LocalDate.of(2012, 3, 1), otherBranch, "GGT-9"));
        registry.updateProfile(thu, new Profile("Đặng Thị Thu Hà", Sex.FEMALE, LocalDate.of(1986, 7, 1), null, null, null,
                null, IdentityNumber.parse("092186000777"), null, null, null, null, null, null, null));

        var entries = jdbc.sql("""
                select action, coalesce(before::text, '') || ' ' || coalesce(after::text, '') from audit_entry
                 where record_type = 'member' and record_id = ? order by id
                """).param(String.valueOf(thu.value())).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).startsWith("RecordOpened").contains("092******777").doesNotContain("092186000777");
        assertThat(entries.get(1)).startsWith("Transferred").contains("GGT-9");
        assertThat(entries.get(2)).startsWith("ProfileUpdated").contains("Đặng Thị Thu Hà").contains("Đặng Thị Thu\"")
                .doesNotContain("birthDate");
    }

    /** A family name no other test uses, letters only: each test's people are found apart from the others'. */
    static String family() {
        StringBuilder b = new StringBuilder("Qz");
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            b.append((char) ('a' + n % 26));
        }
        return b.toString();
    }

    MemberId official(String name, UnitId in) {
        return registry.openRecord(person(name, Sex.MALE, LocalDate.of(1970, 2, 2)),
                new RecordOpened(LocalDate.of(2005, 1, 1), in, LocalDate.of(1995, 5, 5), LocalDate.of(1995, 5, 20),
                        LocalDate.of(1996, 5, 20)));
    }

    @Test
    void searchPutsTheWholeNameTypedFirstThenNamesInVietnameseOrder() {
        String f = family();
        MemberId datAnh = official(f + " Văn Đạt Anh", branch);
        MemberId dao = official(f + " Văn Đạo", branch);
        MemberId dat = official(f + " Văn Đạt", branch);
        MemberId dat2 = official(f + " Văn Dát", branch);
        MemberId thiDao = official(f + " Thị Đào", branch);

        // typed without diacritics and with "d" for "đ": both people named exactly so come first (Dát before
        // Đạt, d before đ), then the name that holds the words, although "Anh" comes before "Đạt" in a list
        assertThat(directory.search(f.toLowerCase() + " van dat", null, 0, 10).items()).extracting(m -> m.id())
                .containsExactly(dat2, dat, datAnh);
        // with diacritics, in capitals, spaces doubled: the same
        assertThat(directory.search("  " + f.toUpperCase() + "  VĂN  ĐẠT ", null, 0, 10).items())
                .extracting(m -> m.id()).containsExactly(dat2, dat, datAnh);
        // a name cut short as one types it: the last word is the start of a word; nobody's name is exactly that,
        // so all come in Vietnamese order: given name (Anh, Đạo, Đạt), then middle and family names
        var partial = directory.search(f + " van da", null, 0, 10);
        assertThat(partial.items()).extracting(m -> m.id()).containsExactly(datAnh, dao, dat2, dat);
        assertThat(partial.total()).isEqualTo(4);
        assertThat(partial.more()).isFalse();
        // words are whole words except the last: "va" is not "Văn", and a word inside a name is not its start
        assertThat(directory.search(f + " va dao", null, 0, 10).items()).isEmpty();
        assertThat(directory.search(f + " ao", null, 0, 10).items()).isEmpty();
        // the words in any order, the family name not needed
        assertThat(directory.search("dao thi " + f, null, 0, 10).items()).extracting(m -> m.id()).containsExactly(thiDao);
        // the pages follow the same order, and each says how many there are in all
        var second = directory.search(f + " van da", null, 1, 3);
        assertThat(second.items()).extracting(m -> m.id()).containsExactly(dat);
        assertThat(second.total()).isEqualTo(4);
        assertThat(directory.search(f + " van da", null, 0, 3).total()).isEqualTo(4);
        assertThat(directory.search(f + " van da", null, 5, 3).total()).isEqualTo(4);
        // nothing searchable typed
        assertThat(directory.search(" ' % _ ", null, 0, 10).total()).isZero();
    }

    @Test
    void searchStaysInTheScopeBeforePagingAndCounting() {
        String f = family();
        MemberId here = official(f + " Văn Sơn", branch);
        MemberId there1 = official(f + " Văn Sơn", otherBranch);
        MemberId there2 = official(f + " Văn Sơn Hà", otherBranch);

        var inOther = directory.search(f + " van son", List.of(otherBranch), 0, 1);
        assertThat(inOther.items()).extracting(m -> m.id()).containsExactly(there1);
        assertThat(inOther.total()).isEqualTo(2);
        assertThat(directory.search(f + " van son", List.of(otherBranch), 1, 1).items()).extracting(m -> m.id())
                .containsExactly(there2);
        assertThat(directory.search(f + " van son", List.of(branch), 0, 10).items()).extracting(m -> m.id())
                .containsExactly(here);
        assertThat(directory.search(f + " van son", List.of(branch, otherBranch), 0, 10).total()).isEqualTo(3);
        assertThat(directory.search(f + " van son", List.of(committee), 0, 10).total()).isEqualTo(3);
        assertThat(directory.search(f, List.of(), 0, 10).total()).isZero();
    }

    @Test
    void searchCountsUpToAThousandAndSaysThereAreMore() {
        String f = family();
        // rows written by plain SQL as a bulk load would: the name dictionary follows the member table by itself
        int people = MemberViews.SearchPage.COUNT_LIMIT + 5;
        jdbc.sql("""
                insert into member (full_name, name_folded, sort_key, sex, birth_date, status, unit_id)
                select :family || ' Văn Người ' || g, lower(:family) || ' van nguoi ' || g, int4send(g), 'MALE',
                       date '1980-01-01', 'OFFICIAL', :unit
                  from generate_series(1, :people) g
                """).param("family", f).param("unit", branch.value()).param("people", people).update();

        var first = directory.search(f, null, 0, 20);
        assertThat(first.items()).hasSize(20);
        assertThat(first.more()).isTrue();
        assertThat(first.total()).isEqualTo(MemberViews.SearchPage.COUNT_LIMIT);
        assertThat(first.pages()).isEqualTo(50);
        // "van nguoi 1" is the start of 1, 10…19, 100…199, 1000…1005: 117 people, counted exactly
        var some = directory.search(f + " van nguoi 1", null, 0, 20);
        assertThat(some.more()).isFalse();
        assertThat(some.total()).isEqualTo(1 + 10 + 100 + 6);
        // the whole name typed: that person first
        assertThat(directory.search(f + " van nguoi 1", null, 0, 20).items().getFirst().fullName())
                .isEqualTo(f + " Văn Người 1");
        // out of the scope, none of them
        assertThat(directory.search(f, List.of(otherBranch), 0, 20).total()).isZero();
        assertThat(directory.search(f, List.of(otherBranch), 0, 20).more()).isFalse();
    }
}
