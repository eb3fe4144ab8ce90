package vn.dangvu.training;

import vn.dangvu.members.MemberId;

/** What the class register says of one person: attended, completed, and the certificate's number. */
public record Outcome(MemberId member, boolean attended, boolean completed, String certificateNumber) {

    public Outcome {
        certificateNumber = certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber.strip();
    }

    /**
     * Refuses an outcome that breaks {@link TrainingRule#COMPLETION_NEEDS_ATTENDANCE},
     * {@link TrainingRule#CERTIFICATE_NUMBER} or {@link TrainingRule#ENDED_BEFORE_COMPLETION}.
     */
    void check(TrainingClass training, java.time.LocalDate today, String name) {
        if (completed && !attended) {
            throw TrainingRule.COMPLETION_NEEDS_ATTENDANCE.violation("completion-needs-attendance", name);
        }
        if (completed && training.kind() == ClassKind.AWARENESS && certificateNumber == null) {
            throw TrainingRule.CERTIFICATE_NUMBER.violation("certificate-number", name);
        }
        if (completed && today.isBefore(training.endsOn())) {
            throw TrainingRule.ENDED_BEFORE_COMPLETION.violation("ended-before-completion", training.endsOn());
        }
    }
}
