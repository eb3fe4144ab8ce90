package vn.dangvu.targets;

import java.math.BigDecimal;

/**
 * What a person writes for a target; {@link TargetBook} checks it against {@link TargetRule}.
 * {@code number} may be left out for the next free one; exactly one of {@code measure} and
 * {@code manualKind} says how the target is measured.
 */
public record TargetDraft(Integer number, String title, Quantity quantity, String unitLabel, Direction direction,
        Scope scope, BigDecimal goal, String baselineMeasure, String measure, MeasureKind manualKind) {

    public static TargetDraft of(Target t) {
        return new TargetDraft(t.number(), t.title(), t.quantity(), t.unitLabel(), t.direction(), t.scope(), t.goal(),
                t.baselineMeasure(), t.measure(), t.manualKind());
    }
}
