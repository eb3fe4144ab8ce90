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
}
