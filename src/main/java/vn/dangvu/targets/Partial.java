package vn.dangvu.targets;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A measure's figure for one unit before it is read: a count (denominator unused) or the two sums
 * of a share. Figures of several units combine by adding both parts; a share is divided last.
 */
public record Partial(long numerator, long denominator) {

    public static final Partial ZERO = new Partial(0, 0);

    public Partial plus(Partial other) {
        return new Partial(numerator + other.numerator, denominator + other.denominator);
    }

    public Partial minus(Partial other) {
        return new Partial(numerator - other.numerator, denominator - other.denominator);
    }

    /** The count, or for a share the percentage of numerator over denominator (null when nothing was counted). */
    public BigDecimal value(MeasureKind kind) {
        if (kind != MeasureKind.SHARE) {
            return BigDecimal.valueOf(numerator);
        }
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }
}
