package vn.dangvu.training.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangvu.training.ClassDraft;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.TrainingViews.ClassView;

/** The form records of the training pages. */
final class TrainingForms {

    private TrainingForms() {
    }

    /** A class as typed; required fields are the domain's rule, types and lengths are checked here. */
    record ClassForm(@NotNull(message = "{validation.required}") ClassKind kind, @Size(max = 300) String title, @Size(max = 300) String subject,
            @Size(max = 300) String coOrganizer,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @Size(max = 300) String place) {

        static ClassForm empty() {
            return new ClassForm(ClassKind.RESOLUTION, "", "", "", null, null, "");
        }

        static ClassForm of(ClassView c) {
            return new ClassForm(c.kind(), c.title(), c.subject(), c.coOrganizer(), c.startsOn(), c.endsOn(), c.place());
        }

        ClassDraft draft() {
            return new ClassDraft(kind, title, subject, coOrganizer, startsOn, endsOn, place);
        }
    }
}
