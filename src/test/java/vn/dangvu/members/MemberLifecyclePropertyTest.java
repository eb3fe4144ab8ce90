package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

/**
 * Property: any sequence of events is either refused with a named rule, or leaves a consistent
 * history — periods that do not overlap, follow each other in time, hold only living statuses, and
 * agree with the status the rules saw. Seeds are fixed per repetition, so a failure reproduces.
 */
class MemberLifecyclePropertyTest {

    static final UnitId[] BRANCHES = {new UnitId(10), new UnitId(11), new UnitId(12)};
    static final MemberId A = new MemberId(1);
    static final MemberId B = new MemberId(2);

    final MembershipContext context = new MembershipContext() {
        @Override
        public boolean isBranchOn(UnitId unit, LocalDate on) {
            return unit.value() != 12 || on.getYear() < 2020;
        }

        @Override
        public Optional<MemberStatus> statusOf(MemberId member, LocalDate on) {
            return Optional.ofNullable(Map.of(A, MemberStatus.OFFICIAL, B, MemberStatus.OFFICIAL).get(member));
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 11, 23);
        }
    };

    @RepeatedTest(300)
    void anySequenceIsRefusedByANamedRuleOrLeavesAConsistentHistory(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        MemberHistory history = MemberHistory.empty(LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1),
                MembershipPolicy.defaults());
        LocalDate day = LocalDate.of(1995 + random.nextInt(20), 1, 1);
        for (int step = 0; step < 40; step++) {
            day = day.plusDays(random.nextInt(random.nextBoolean() ? 40 : 400));
            MemberEvent event = randomEvent(random, day, history);
            try {
                MemberStatus before = history.currentStatus();
                history = history.append(event, WorkingDays.standard(), context);
                assertConsistent(history, event, before);
            } catch (RuleViolation refused) {
                assertThat(refused.rule()).startsWith("members.");
                assertThat(refused.messageKey()).startsWith("members.rule.");
            }
        }
    }

    private void assertConsistent(MemberHistory history, MemberEvent last, MemberStatus before) {
        List<Period> periods = history.periods();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            assertThat(p.from()).isBefore(p.to());
            assertThat(p.status().isTerminal()).isFalse();
            assertThat(p.unit()).isNotNull();
            if (i > 0) {
                assertThat(periods.get(i - 1).to()).isBeforeOrEqualTo(p.from());
            }
        }
        MemberStatus now = history.currentStatus();
        if (now.isTerminal()) {
            assertThat(periods.isEmpty() || !periods.getLast().to().equals(LocalDate.MAX)).isTrue();
            assertThat(history.statusOn(last.on())).contains(now);
        } else {
            assertThat(periods.getLast().to()).isEqualTo(LocalDate.MAX);
            assertThat(periods.getLast().status()).isEqualTo(now);
            assertThat(periods.getLast().unit()).isEqualTo(history.currentUnit());
        }
        if (before != null && before.isMember() && now.isMember()) {
            assertThat(history.partyAgeOn(last.on()).isNegative()).isFalse();
        }
        List<MemberEvent> events = history.events();
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i - 1).on()).isBeforeOrEqualTo(events.get(i).on());
        }
    }

    private static MemberEvent randomEvent(Random r, LocalDate day, MemberHistory h) {
        UnitId branch = BRANCHES[r.nextInt(BRANCHES.length)];
        return switch (r.nextInt(22)) {
            case 0, 1 -> new MemberEvent.CandidateRegistered(day, branch);
            case 2, 3 -> new MemberEvent.AwarenessCertified(day, r.nextBoolean() ? "GCN-" + r.nextInt(99) : "");
            case 4 -> new MemberEvent.Introduced(day, r.nextBoolean() ? A : new MemberId(3), B);
            case 5, 6 -> new MemberEvent.BranchVoted(day, r.nextInt(12), 1 + r.nextInt(12), null);
            case 7 -> new MemberEvent.AdmissionDecided(day, "QĐ", r.nextBoolean() ? "QĐ-TU" : null, r.nextBoolean() ? "chậm" : null);
            case 8 -> new MemberEvent.CeremonyHeld(day, r.nextBoolean() ? "chậm" : null);
            case 9, 10 -> new MemberEvent.RecognizedOfficial(day, "QĐ", r.nextBoolean() ? "chậm" : null);
            case 11 -> new MemberEvent.ProbationStruckOff(day, "QĐ", null);
            case 12 -> new MemberEvent.Transferred(day, branch, "GGT");
            case 13 -> new MemberEvent.TemporarilyTransferred(day, branch, day.plusMonths(r.nextInt(6) - 1), "GGT");
            case 14 -> new MemberEvent.TemporaryTransferEnded(day);
            case 15 -> new MemberEvent.Exempted(day, "sức khỏe");
            case 16 -> new MemberEvent.ExemptionEnded(day);
            case 17 -> new MemberEvent.Disciplined(day, DisciplineForm.values()[r.nextInt(4)], "QĐ", "ĐU", null);
            case 18 -> new MemberEvent.StruckOff(day, "QĐ", null);
            case 19 -> new MemberEvent.PostTaken(day, PartyPost.values()[r.nextInt(PartyPost.values().length)], branch);
            case 20 -> new MemberEvent.BadgeAwarded(day, 30, "QĐ");
            default -> r.nextInt(5) == 0 ? new MemberEvent.Died(day) : new MemberEvent.LeftParty(day, "QĐ");
        };
    }
}
