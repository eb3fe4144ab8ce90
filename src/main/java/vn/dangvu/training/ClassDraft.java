package vn.dangvu.training;

import java.time.LocalDate;

/**
 * A class as a committee plans it: what it is, who organizes it with the unit (a school, a centre for
 * political training), when and where. Texts are trimmed; blanks become null.
 */
public record ClassDraft(ClassKind kind, String title, String subject, String coOrganizer, LocalDate startsOn,
        LocalDate endsOn, String place) {

    public ClassDraft {
        title = clean(title);
        subject = clean(subject);
        coOrganizer = clean(coOrganizer);
        place = clean(place);
    }

    /** Refuses a draft that breaks {@link TrainingRule#REQUIRED} or {@link TrainingRule#DATES_ORDERED}. */
    void check() {
        if (kind == null) {
            throw TrainingRule.REQUIRED.violation("kind-required");
        }
        if (title == null) {
            throw TrainingRule.REQUIRED.violation("title-required");
        }
        if (kind == ClassKind.RESOLUTION && subject == null) {
            throw TrainingRule.REQUIRED.violation("subject-required");
        }
        if (startsOn == null || endsOn == null) {
            throw TrainingRule.REQUIRED.violation("dates-required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw TrainingRule.DATES_ORDERED.violation("dates-ordered", startsOn, endsOn);
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
