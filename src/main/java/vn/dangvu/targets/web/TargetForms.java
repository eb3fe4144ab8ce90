package vn.dangvu.targets.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.Target;
import vn.dangvu.targets.TargetDraft;

/** The records the target forms bind to; what the user typed comes back in them when a change is refused. */
final class TargetForms {

    static final String MANUAL_PREFIX = "manual:";

    private TargetForms() {
    }

    record ResolutionForm(
            @NotNull(message = "{validation.required}") Long termId,
            @NotBlank(message = "{validation.required}") @Size(max = 500) String title,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn) {
    }

    /** {@code how} is a catalog measure's code, or {@code manual:FLOW} / {@code manual:STOCK}. */
    record TargetForm(
            Long resolutionId,
            Integer number,
            @NotBlank(message = "{validation.required}") @Size(max = 500) String title,
            @NotNull(message = "{validation.required}") Quantity quantity,
            @Size(max = 64) String unitLabel,
            @NotNull(message = "{validation.required}") Direction direction,
            @NotNull(message = "{validation.required}") Scope scope,
            @NotNull(message = "{validation.required}") BigDecimal goal,
            String baselineMeasure,
            @NotBlank(message = "{validation.required}") String how) {

        static TargetForm blank(long resolutionId) {
            return new TargetForm(resolutionId, null, "", Quantity.COUNT, "", Direction.MORE, Scope.TERM, null, "",
                    "members.admitted");
        }

        static TargetForm of(Target t) {
            return new TargetForm(t.resolutionId(), t.number(), t.title(), t.quantity(), t.unitLabel(), t.direction(),
                    t.scope(), t.goal(), t.baselineMeasure() == null ? "" : t.baselineMeasure(),
                    t.manual() ? MANUAL_PREFIX + t.manualKind().name() : t.measure());
        }

        TargetDraft draft() {
            String measure = null;
            MeasureKind manual = null;
            if (how != null && how.startsWith(MANUAL_PREFIX)) {
                try {
                    manual = MeasureKind.valueOf(how.substring(MANUAL_PREFIX.length()));
                } catch (IllegalArgumentException e) {
                    manual = null;
                }
            } else {
                measure = how;
            }
            return new TargetDraft(number, title, quantity, unitLabel, direction, scope, goal, baselineMeasure, measure,
                    manual);
        }
    }

    record ValueForm(
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @NotNull(message = "{validation.required}") BigDecimal value,
            @Size(max = 2000) String note) {
    }

    record SettingsForm(
            @NotNull(message = "{validation.required}") BigDecimal reachedAt,
            @NotNull(message = "{validation.required}") BigDecimal onTrackAt,
            @NotBlank(message = "{validation.required}") String bands,
            @NotNull(message = "{validation.required}") Integer scale,
            @NotNull(message = "{validation.required}") RoundingMode rounding) {
    }
}
