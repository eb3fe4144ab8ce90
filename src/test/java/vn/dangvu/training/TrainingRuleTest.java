package vn.dangvu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

/** Each training rule, without Spring: the draft, the enrolment and the register. */
class TrainingRuleTest {

    static final LocalDate START = LocalDate.of(2017, 3, 6);
    static final LocalDate END = LocalDate.of(2017, 3, 10);

    static ClassDraft draft(ClassKind kind, String subject, LocalDate start, LocalDate end) {
        return new ClassDraft(kind, "  Lớp   học tập  ", subject, "Trường Chính trị thành phố", start, end, "Hội trường");
    }

    static TrainingClass training(ClassKind kind) {
        return new TrainingClass(1, UnitId.of(7), kind, "Lớp", null, null, START, END, null);
    }

    static void refusedBy(TrainingRule rule, Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo(rule.ruleName()));
    }

    @Test
    void draftTextsAreTrimmedAndBlanksDropped() {
        ClassDraft d = new ClassDraft(ClassKind.OTHER, "  Lớp   học tập  ", "  ", null, START, END, "");
        assertThat(d.title()).isEqualTo("Lớp học tập");
        assertThat(d.subject()).isNull();
        assertThat(d.place()).isNull();
    }

    @Test
    void requiresKindTitleDatesAndTheResolutionStudied() {
        refusedBy(TrainingRule.REQUIRED, () -> draft(null, null, START, END).check());
        refusedBy(TrainingRule.REQUIRED, () -> new ClassDraft(ClassKind.OTHER, " ", null, null, START, END, null).check());
        refusedBy(TrainingRule.REQUIRED, () -> draft(ClassKind.RESOLUTION, " ", START, END).check());
        refusedBy(TrainingRule.REQUIRED, () -> draft(ClassKind.OTHER, null, null, END).check());
        assertThatNoException().isThrownBy(
                () -> draft(ClassKind.RESOLUTION, "Nghị quyết Trung ương 4, 5, 6 (khóa XII)", START, END).check());
    }

    @Test
    void endsOnOrAfterItStarts() {
        refusedBy(TrainingRule.DATES_ORDERED, () -> draft(ClassKind.OTHER, null, END, START).check());
        assertThatNoException().isThrownBy(() -> draft(ClassKind.OTHER, null, START, START).check());
    }

    @Test
    void awarenessClassTakesOnlyCandidates() {
        TrainingClass awareness = training(ClassKind.AWARENESS);
        assertThatNoException().isThrownBy(() -> awareness.checkEnrolment(Optional.of(MemberStatus.CANDIDATE), true, "A"));
        refusedBy(TrainingRule.WHO_MAY_ENROL, () -> awareness.checkEnrolment(Optional.of(MemberStatus.OFFICIAL), true, "A"));
        refusedBy(TrainingRule.WHO_MAY_ENROL,
                () -> awareness.checkEnrolment(Optional.of(MemberStatus.PROBATIONARY), true, "A"));
    }

    @Test
    void membersOnlyClassesRefuseCandidatesAndNobodyTakesPeopleWhoLeft() {
        refusedBy(TrainingRule.WHO_MAY_ENROL,
                () -> training(ClassKind.NEW_MEMBERS).checkEnrolment(Optional.of(MemberStatus.CANDIDATE), true, "A"));
        refusedBy(TrainingRule.WHO_MAY_ENROL,
                () -> training(ClassKind.THEORY).checkEnrolment(Optional.of(MemberStatus.CANDIDATE), true, "A"));
        assertThatNoException().isThrownBy(
                () -> training(ClassKind.RESOLUTION).checkEnrolment(Optional.of(MemberStatus.CANDIDATE), true, "A"));
        for (ClassKind kind : ClassKind.values()) {
            for (MemberStatus status : Arrays.stream(MemberStatus.values()).filter(MemberStatus::isTerminal).toList()) {
                assertThat(kind.admits(status)).as("%s admits %s", kind, status).isFalse();
            }
        }
    }

    @Test
    void enrolledPeopleBelongToTheOrganizersSubtreeOnTheFirstDay() {
        refusedBy(TrainingRule.ENROLLED_IN_SUBTREE,
                () -> training(ClassKind.RESOLUTION).checkEnrolment(Optional.of(MemberStatus.OFFICIAL), false, "A"));
        refusedBy(TrainingRule.ENROLLED_IN_SUBTREE,
                () -> training(ClassKind.RESOLUTION).checkEnrolment(Optional.empty(), false, "A"));
    }

    @Test
    void completionRequiresAttendance() {
        refusedBy(TrainingRule.COMPLETION_NEEDS_ATTENDANCE,
                () -> new Outcome(new MemberId(1), false, true, "GCN-1").check(training(ClassKind.OTHER), END, "A"));
        assertThatNoException().isThrownBy(
                () -> new Outcome(new MemberId(1), true, false, null).check(training(ClassKind.OTHER), END, "A"));
    }

    @Test
    void completingTheAwarenessClassNeedsTheCertificateNumber() {
        refusedBy(TrainingRule.CERTIFICATE_NUMBER,
                () -> new Outcome(new MemberId(1), true, true, "  ").check(training(ClassKind.AWARENESS), END, "A"));
        assertThatNoException().isThrownBy(
                () -> new Outcome(new MemberId(1), true, true, null).check(training(ClassKind.RESOLUTION), END, "A"));
        assertThatNoException().isThrownBy(
                () -> new Outcome(new MemberId(1), true, true, "12/GCN").check(training(ClassKind.AWARENESS), END, "A"));
    }

    @Test
    void completionWaitsForTheLastDay() {
        refusedBy(TrainingRule.ENDED_BEFORE_COMPLETION, () -> new Outcome(new MemberId(1), true, true, "1")
                .check(training(ClassKind.AWARENESS), END.minusDays(1), "A"));
        // attendance alone may be taken while the class runs
        assertThatNoException().isThrownBy(() -> new Outcome(new MemberId(1), true, false, null)
                .check(training(ClassKind.AWARENESS), START, "A"));
    }

    @Test
    void certifiedAwarenessClassKeepsItsKindAndLastDay() {
        TrainingClass awareness = training(ClassKind.AWARENESS);
        refusedBy(TrainingRule.CERTIFICATE_STANDS,
                () -> awareness.checkChange(draft(ClassKind.OTHER, null, START, END), true));
        refusedBy(TrainingRule.CERTIFICATE_STANDS,
                () -> awareness.checkChange(draft(ClassKind.AWARENESS, null, START, END.plusDays(1)), true));
        assertThatNoException().isThrownBy(
                () -> awareness.checkChange(draft(ClassKind.AWARENESS, null, START.minusDays(1), END), true));
        assertThatNoException().isThrownBy(() -> awareness.checkChange(draft(ClassKind.OTHER, null, START, END), false));
    }

    @Test
    void everyRuleHasItsOwnName() {
        assertThat(Arrays.stream(TrainingRule.values()).map(TrainingRule::ruleName).distinct().count())
                .isEqualTo(TrainingRule.values().length);
        assertThat(TrainingRule.ENDED_BEFORE_COMPLETION.ruleName()).isEqualTo("training.ended-before-completion");
    }
}
