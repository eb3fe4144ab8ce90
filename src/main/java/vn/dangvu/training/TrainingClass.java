package vn.dangvu.training;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;

/** A class as stored: its organizing unit and its draft. */
public record TrainingClass(long id, UnitId unit, ClassKind kind, String title, String subject, String coOrganizer,
        LocalDate startsOn, LocalDate endsOn, String place) {

    public ClassDraft draft() {
        return new ClassDraft(kind, title, subject, coOrganizer, startsOn, endsOn, place);
    }

    /**
     * Refuses to enrol someone whose status on the first day ({@code status}, empty when they had no
     * record then) the class does not admit, or who was not then in the organizer's subtree.
     */
    void checkEnrolment(Optional<MemberStatus> status, boolean inSubtree, String name) {
        if (status.isEmpty() || !inSubtree) {
            throw TrainingRule.ENROLLED_IN_SUBTREE.violation("enrolled-in-subtree", name, startsOn);
        }
        if (!kind.admits(status.get())) {
            throw TrainingRule.WHO_MAY_ENROL.violation("who-may-enrol." + kind.name(), name);
        }
    }

    /** Refuses a change that would move the end date or kind of a class whose certificates were given. */
    void checkChange(ClassDraft next, boolean anyCertified) {
        if (anyCertified && kind == ClassKind.AWARENESS
                && (next.kind() != ClassKind.AWARENESS || !next.endsOn().equals(endsOn))) {
            throw TrainingRule.CERTIFICATE_STANDS.violation("certificate-stands");
        }
    }
}
