package vn.dangvu.targets;

import java.math.BigDecimal;

/**
 * A numbered target of a resolution. It is measured by a catalog {@code measure}, or by values
 * entered by hand that add up ({@code manualKind} FLOW) or replace each other (STOCK). With a
 * {@code baselineMeasure}, {@code goal} is a percentage of that measure at the start of the
 * target's period ("kết nạp ít nhất 7% số đảng viên đầu năm").
 */
public record Target(long id, long resolutionId, int number, String title, Quantity quantity, String unitLabel,
        Direction direction, Scope scope, BigDecimal goal, String baselineMeasure, String measure,
        MeasureKind manualKind) {

    public boolean manual() {
        return measure == null;
    }

    public boolean hasBaseline() {
        return baselineMeasure != null;
    }
}
