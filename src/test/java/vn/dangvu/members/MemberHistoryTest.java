package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.dangvu.members.MemberEvent.AdmissionDecided;
import vn.dangvu.members.MemberEvent.AwarenessCertified;
import vn.dangvu.members.MemberEvent.BadgeAwarded;
import vn.dangvu.members.MemberEvent.BranchVoted;
import vn.dangvu.members.MemberEvent.CandidateRegistered;
import vn.dangvu.members.MemberEvent.CeremonyHeld;
import vn.dangvu.members.MemberEvent.Died;
import vn.dangvu.members.MemberEvent.Disciplined;
import vn.dangvu.members.MemberEvent.Exempted;
import vn.dangvu.members.MemberEvent.ExemptionEnded;
import vn.dangvu.members.MemberEvent.Introduced;
import vn.dangvu.members.MemberEvent.PostTaken;
import vn.dangvu.members.MemberEvent.RecognizedOfficial;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberEvent.StruckOff;
import vn.dangvu.members.MemberEvent.Transferred;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

class MemberHistoryTest {

    static final UnitId BRANCH = new UnitId(10);
    static final UnitId OTHER_BRANCH = new UnitId(11);
    static final UnitId NOT_A_BRANCH = new UnitId(12);
    static final MemberId A = new MemberId(1);
    static final MemberId B = new MemberId(2);
    static final MemberId PROBATIONARY_ONE = new MemberId(3);

    final MembershipPolicy policy = MembershipPolicy.defaults();
    final WorkingDays workingDays = WorkingDays.standard();
    LocalDate today = LocalDate.of(2026, 11, 23);

    final MembershipContext context = new MembershipContext() {
        @Override
        public boolean isBranchOn(UnitId unit, LocalDate on) {
            return unit.equals(BRANCH) || unit.equals(OTHER_BRANCH);
        }

        @Override
        public Optional<MemberStatus> statusOf(MemberId member, LocalDate on) {
            return Optional.ofNullable(Map.of(A, MemberStatus.OFFICIAL, B, MemberStatus.OFFICIAL,
                    PROBATIONARY_ONE, MemberStatus.PROBATIONARY).get(member));
        }

        @Override
        public LocalDate today() {
            return today;
        }
    };

    MemberHistory candidate(LocalDate born) {
        return MemberHistory.empty(born, policy)
                .append(new CandidateRegistered(LocalDate.of(2016, 3, 1), BRANCH), workingDays, context)
                .append(new AwarenessCertified(LocalDate.of(2016, 4, 15), "GCN-12"), workingDays, context)
                .append(new Introduced(LocalDate.of(2016, 5, 2), A, B), workingDays, context);
    }

    MemberHistory probationary() {
        return candidate(LocalDate.of(1990, 6, 1))
                .append(new BranchVoted(LocalDate.of(2016, 5, 10), 9, 12, "NQ-01"), workingDays, context)
                .append(new AdmissionDecided(LocalDate.of(2016, 6, 20), "QĐ-77", null, null), workingDays, context)
                .append(new CeremonyHeld(LocalDate.of(2016, 7, 1), null), workingDays, context);
    }

    MemberHistory official() {
        return probationary().append(new RecognizedOfficial(LocalDate.of(2017, 7, 20), "QĐ-301", null), workingDays, context);
    }

    @Test
    void aCandidateBecomesProbationaryAtTheDecisionAndOfficialAtTheEndOfProbation() {
        MemberHistory h = official();
        assertThat(h.statusOn(LocalDate.of(2016, 6, 19))).contains(MemberStatus.CANDIDATE);
        assertThat(h.statusOn(LocalDate.of(2016, 6, 20))).contains(MemberStatus.PROBATIONARY);
        assertThat(h.statusOn(LocalDate.of(2017, 6, 30))).contains(MemberStatus.PROBATIONARY);
        // recognized on 20/7/2017, but official from the end of the 12 months: 1/7/2017
        assertThat(h.statusOn(LocalDate.of(2017, 7, 1))).contains(MemberStatus.OFFICIAL);
        assertThat(h.statusOn(LocalDate.of(2015, 1, 1))).isEmpty();
        assertThat(h.currentUnit()).isEqualTo(BRANCH);
    }

    @Test
    void ageIsCheckedAtTheBranchReview() {
        MemberHistory young = candidate(LocalDate.of(1998, 5, 11));
        assertRule(() -> young.append(new BranchVoted(LocalDate.of(2016, 5, 10), 9, 12, null), workingDays, context),
                "members.age");
        MemberHistory old = candidate(LocalDate.of(1955, 1, 1));
        MemberHistory voted = old.append(new BranchVoted(LocalDate.of(2016, 5, 10), 9, 12, null), workingDays, context);
        assertRule(() -> voted.append(new AdmissionDecided(LocalDate.of(2016, 6, 1), "QĐ-1", null, null), workingDays, context),
                "members.age");
        assertThat(voted.append(new AdmissionDecided(LocalDate.of(2016, 6, 1), "QĐ-1", "QĐ 15-QĐ/TU", null), workingDays,
                context).currentStatus()).isEqualTo(MemberStatus.PROBATIONARY);
    }

    @Test
    void introducersAreTwoDifferentOfficialMembers() {
        MemberHistory h = MemberHistory.empty(LocalDate.of(1990, 1, 1), policy)
                .append(new CandidateRegistered(LocalDate.of(2016, 3, 1), BRANCH), workingDays, context);
        assertRule(() -> h.append(new Introduced(LocalDate.of(2016, 4, 1), A, A), workingDays, context), "members.introducers");
        assertRule(() -> h.append(new Introduced(LocalDate.of(2016, 4, 1), A, PROBATIONARY_ONE), workingDays, context),
                "members.introducers");
        assertRule(() -> h.append(new Introduced(LocalDate.of(2016, 4, 1), A, new MemberId(99)), workingDays, context),
                "members.introducers");
    }

    @Test
    void theBranchVoteNeedsTheCertificateTheIntroducersAndAMajority() {
        MemberHistory registered = MemberHistory.empty(LocalDate.of(1990, 1, 1), policy)
                .append(new CandidateRegistered(LocalDate.of(2016, 3, 1), BRANCH), workingDays, context);
        assertRule(() -> registered.append(new BranchVoted(LocalDate.of(2016, 5, 1), 9, 12, null), workingDays, context),
                "members.awareness-certificate");
        MemberHistory certified = registered.append(new AwarenessCertified(LocalDate.of(2016, 3, 5), "GCN"), workingDays, context);
        assertRule(() -> certified.append(new BranchVoted(LocalDate.of(2016, 5, 1), 9, 12, null), workingDays, context),
                "members.introducers");
        MemberHistory introduced = certified.append(new Introduced(LocalDate.of(2016, 4, 1), A, B), workingDays, context);
        assertRule(() -> introduced.append(new BranchVoted(LocalDate.of(2016, 5, 1), 6, 12, null), workingDays, context),
                "members.branch-majority");
        assertRule(() -> introduced.append(new BranchVoted(LocalDate.of(2021, 5, 1), 9, 12, null), workingDays, context),
                "members.awareness-certificate");
    }

    @Test
    void lateStepsNeedAReasonCountedInWorkingDays() {
        MemberHistory voted = candidate(LocalDate.of(1990, 1, 1))
                .append(new BranchVoted(LocalDate.of(2016, 5, 10), 9, 12, null), workingDays, context);
        // 60 working days after 10/5/2016 fall in August; October is late
        assertRule(() -> voted.append(new AdmissionDecided(LocalDate.of(2016, 10, 3), "QĐ", null, null), workingDays, context),
                "members.deadline");
        MemberHistory admitted = voted.append(new AdmissionDecided(LocalDate.of(2016, 10, 3), "QĐ", null, "Cấp ủy họp chậm"),
                workingDays, context);
        assertRule(() -> admitted.append(new CeremonyHeld(LocalDate.of(2016, 12, 1), null), workingDays, context),
                "members.deadline");
    }

    @Test
    void recognitionComesOnlyAfterTwelveMonthsOfProbation() {
        MemberHistory h = probationary();
        assertRule(() -> h.append(new RecognizedOfficial(LocalDate.of(2017, 6, 30), "QĐ", null), workingDays, context),
                "members.probation");
        assertRule(() -> h.append(new RecognizedOfficial(LocalDate.of(2018, 3, 1), "QĐ", null), workingDays, context),
                "members.deadline");
    }

    @Test
    void disciplineFormsDependOnStatusAndPosts() {
        MemberHistory probationary = probationary();
        assertRule(() -> probationary.append(new Disciplined(LocalDate.of(2016, 9, 1), DisciplineForm.EXPULSION, "QĐ", "ĐU", null),
                workingDays, context), "members.discipline-form");
        MemberHistory official = official();
        assertRule(() -> official.append(new Disciplined(LocalDate.of(2018, 9, 1), DisciplineForm.DISMISSAL, "QĐ", "ĐU", null),
                workingDays, context), "members.discipline-form");
        MemberHistory postHolder = official.append(new PostTaken(LocalDate.of(2018, 1, 1), PartyPost.SECRETARY, BRANCH),
                workingDays, context);
        assertThat(postHolder.append(new Disciplined(LocalDate.of(2018, 9, 1), DisciplineForm.DISMISSAL, "QĐ", "ĐU", null),
                workingDays, context).currentStatus()).isEqualTo(MemberStatus.OFFICIAL);
        MemberHistory expelled = official.append(new Disciplined(LocalDate.of(2019, 1, 1), DisciplineForm.EXPULSION, "QĐ", "ĐU", null),
                workingDays, context);
        assertThat(expelled.statusOn(LocalDate.of(2019, 1, 1))).contains(MemberStatus.EXPELLED);
        assertRule(() -> expelled.append(new CandidateRegistered(LocalDate.of(2020, 1, 1), BRANCH), workingDays, context),
                "members.readmission");
    }

    @Test
    void partyAgeCountsFromAdmissionLessTheInterruption() {
        MemberHistory first = official();
        assertThat(first.partyAgeOn(LocalDate.of(2026, 6, 20))).isEqualTo(Period.of(10, 0, 0));
        MemberHistory struck = first.append(new StruckOff(LocalDate.of(2020, 6, 20), "QĐ", "bỏ sinh hoạt"), workingDays, context);
        assertThat(struck.partyAgeOn(LocalDate.of(2026, 6, 20))).isEqualTo(Period.of(4, 0, 0));
        // re-admitted once: the second admission adds to the first, the gap is not counted
        MemberHistory again = struck
                .append(new CandidateRegistered(LocalDate.of(2022, 1, 3), BRANCH), workingDays, context)
                .append(new AwarenessCertified(LocalDate.of(2022, 2, 1), "GCN-2"), workingDays, context)
                .append(new Introduced(LocalDate.of(2022, 2, 10), A, B), workingDays, context)
                .append(new BranchVoted(LocalDate.of(2022, 3, 1), 5, 8, null), workingDays, context)
                .append(new AdmissionDecided(LocalDate.of(2022, 4, 1), "QĐ", null, null), workingDays, context)
                .append(new CeremonyHeld(LocalDate.of(2022, 4, 15), null), workingDays, context)
                .append(new RecognizedOfficial(LocalDate.of(2023, 4, 20), "QĐ", null), workingDays, context);
        assertThat(again.partyAgeOn(LocalDate.of(2026, 4, 1))).isEqualTo(Period.of(8, 0, 0));
        assertThat(again.milestoneDate(30)).contains(LocalDate.of(2016, 6, 20).plusYears(30)
                .plusDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2020, 6, 20), LocalDate.of(2022, 4, 1))));
        MemberHistory twiceStruck = again.append(new StruckOff(LocalDate.of(2024, 1, 1), "QĐ", null), workingDays, context);
        assertRule(() -> twiceStruck.append(new CandidateRegistered(LocalDate.of(2025, 1, 1), BRANCH), workingDays, context)
                .append(new AwarenessCertified(LocalDate.of(2025, 2, 1), "GCN-3"), workingDays, context)
                .append(new Introduced(LocalDate.of(2025, 2, 10), A, B), workingDays, context)
                .append(new BranchVoted(LocalDate.of(2025, 3, 1), 5, 8, null), workingDays, context)
                .append(new AdmissionDecided(LocalDate.of(2025, 4, 1), "QĐ", null, null), workingDays, context),
                "members.readmission");
    }

    @Test
    void badgesFallDueAtThePresentationDayAfterTheMilestone() {
        MemberHistory veteran = MemberHistory.empty(LocalDate.of(1950, 1, 1), policy)
                .append(new CandidateRegistered(LocalDate.of(1995, 1, 2), BRANCH), workingDays, context)
                .append(new AwarenessCertified(LocalDate.of(1995, 2, 1), "GCN"), workingDays, context)
                .append(new Introduced(LocalDate.of(1995, 2, 10), A, B), workingDays, context)
                .append(new BranchVoted(LocalDate.of(1995, 3, 1), 5, 8, null), workingDays, context)
                .append(new AdmissionDecided(LocalDate.of(1995, 4, 10), "QĐ", null, null), workingDays, context)
                .append(new CeremonyHeld(LocalDate.of(1995, 4, 20), null), workingDays, context)
                .append(new RecognizedOfficial(LocalDate.of(1996, 5, 2), "QĐ", null), workingDays, context);
        assertThat(MemberHistory.nextPresentationDay(LocalDate.of(2025, 4, 11), policy)).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(veteran.badgeDueOn(LocalDate.of(2025, 2, 3))).isEmpty();
        assertThat(veteran.badgeDueOn(LocalDate.of(2025, 5, 19))).contains(30);
        assertRule(() -> veteran.append(new BadgeAwarded(LocalDate.of(2025, 2, 3), 30, "QĐ"), workingDays, context), "members.badge");
        MemberHistory awarded = veteran.append(new BadgeAwarded(LocalDate.of(2025, 5, 19), 30, "QĐ"), workingDays, context);
        assertThat(awarded.badgeDueOn(LocalDate.of(2025, 9, 2))).isEmpty();
        assertThat(awarded.badges()).isEqualTo(Set.of(30));
    }

    @Test
    void transfersExemptionAndDeathKeepAConsistentHistory() {
        MemberHistory h = official()
                .append(new Transferred(LocalDate.of(2019, 3, 1), OTHER_BRANCH, "GGT-5"), workingDays, context)
                .append(new Exempted(LocalDate.of(2024, 1, 1), "tuổi cao"), workingDays, context)
                .append(new Died(LocalDate.of(2025, 8, 1)), workingDays, context);
        assertThat(h.periodOn(LocalDate.of(2019, 2, 28)).orElseThrow().unit()).isEqualTo(BRANCH);
        assertThat(h.periodOn(LocalDate.of(2019, 3, 1)).orElseThrow().unit()).isEqualTo(OTHER_BRANCH);
        assertThat(h.periodOn(LocalDate.of(2024, 6, 1)).orElseThrow().exempt()).isTrue();
        assertThat(h.statusOn(LocalDate.of(2025, 8, 1))).contains(MemberStatus.DECEASED);
        assertRule(() -> official().append(new Transferred(LocalDate.of(2019, 3, 1), NOT_A_BRANCH, null), workingDays, context),
                "members.member-in-branch");
        assertRule(() -> official().append(new Transferred(LocalDate.of(2019, 3, 1), BRANCH, null), workingDays, context),
                "members.transfer");
    }

    @Test
    void eventsAreRecordedInOrderAndNotInTheFuture() {
        MemberHistory h = official();
        assertRule(() -> h.append(new Exempted(LocalDate.of(2017, 1, 1), null), workingDays, context), "members.chronological");
        assertRule(() -> h.append(new Exempted(LocalDate.of(2027, 1, 1), null), workingDays, context), "members.chronological");
    }

    @Test
    void eachEventMustFitTheStatusOfThePersonThen() {
        MemberHistory candidate = candidate(LocalDate.of(1990, 1, 1));
        // a candidate is not recognized as official, nor is an official member admitted again
        assertRule(() -> candidate.append(new RecognizedOfficial(LocalDate.of(2017, 7, 20), "QĐ", null), workingDays, context),
                "members.lifecycle");
        assertRule(() -> official().append(new AdmissionDecided(LocalDate.of(2018, 1, 10), "QĐ", null, null), workingDays, context),
                "members.lifecycle");
        assertRule(() -> official().append(new RecordOpened(LocalDate.of(2018, 1, 1), BRANCH, LocalDate.of(2016, 6, 20), null, null),
                workingDays, context), "members.lifecycle");
    }

    @Test
    void exemptionIsForOfficialMembersAndEndsOnlyIfGranted() {
        assertRule(() -> probationary().append(new Exempted(LocalDate.of(2016, 9, 1), "ốm đau"), workingDays, context),
                "members.exemption");
        assertRule(() -> official().append(new ExemptionEnded(LocalDate.of(2018, 1, 1)), workingDays, context),
                "members.exemption");
        MemberHistory exempt = official().append(new Exempted(LocalDate.of(2024, 1, 1), "tuổi cao"), workingDays, context);
        assertRule(() -> exempt.append(new Exempted(LocalDate.of(2024, 6, 1), "tuổi cao"), workingDays, context),
                "members.exemption");
        MemberHistory ended = exempt.append(new ExemptionEnded(LocalDate.of(2025, 1, 1)), workingDays, context);
        assertThat(ended.periodOn(LocalDate.of(2024, 6, 1)).orElseThrow().exempt()).isTrue();
        assertThat(ended.periodOn(LocalDate.of(2025, 1, 1)).orElseThrow().exempt()).isFalse();
    }

    @Test
    void decisionsAndCertificatesCarryTheirNumberAndARecordItsAdmission() {
        MemberHistory registered = MemberHistory.empty(LocalDate.of(1990, 1, 1), policy)
                .append(new CandidateRegistered(LocalDate.of(2016, 3, 1), BRANCH), workingDays, context);
        assertRule(() -> registered.append(new AwarenessCertified(LocalDate.of(2016, 4, 15), " "), workingDays, context),
                "members.record");
        MemberHistory voted = candidate(LocalDate.of(1990, 1, 1))
                .append(new BranchVoted(LocalDate.of(2016, 5, 10), 9, 12, null), workingDays, context);
        assertRule(() -> voted.append(new AdmissionDecided(LocalDate.of(2016, 6, 20), null, null, null), workingDays, context),
                "members.record");
        assertRule(() -> probationary().append(new RecognizedOfficial(LocalDate.of(2017, 7, 20), "", null), workingDays, context),
                "members.record");
        // a record opened from paper files needs the admission date, on or before the day it is opened
        assertRule(() -> MemberHistory.empty(LocalDate.of(1960, 1, 1), policy)
                .append(new RecordOpened(LocalDate.of(2018, 1, 1), BRANCH, null, null, null), workingDays, context),
                "members.record");
        assertRule(() -> MemberHistory.empty(LocalDate.of(1960, 1, 1), policy)
                .append(new RecordOpened(LocalDate.of(2018, 1, 1), BRANCH, LocalDate.of(2018, 2, 1), null, null), workingDays, context),
                "members.record");
    }

    private static void assertRule(Runnable action, String rule) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(rule));
    }
}
