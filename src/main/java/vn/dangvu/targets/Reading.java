package vn.dangvu.targets;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A target read on a date: its value, its goal, the percentage of the goal achieved (as the
 * committee rounds it), the value expected by the date on a steady pace, and the status these give.
 * Every rule of the reading is here, once, and has a plain test.
 */
public record Reading(BigDecimal value, BigDecimal goal, BigDecimal percent, BigDecimal pace, Status status) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Reading notStarted(BigDecimal goal) {
        return new Reading(null, goal, null, null, Status.NOT_STARTED);
    }

    /**
     * Reads a target whose period is {@code window} on {@code day} ({@code elapsed} of the window gone).
     * {@code start} is the value when the window began (a stock's level; zero for a flow).
     */
    public static Reading of(Direction direction, MeasureKind kind, BigDecimal value, BigDecimal start,
            BigDecimal goal, BigDecimal elapsed, ProgressSettings settings) {
        BigDecimal pace = pace(kind, start, goal, elapsed);
        if (value == null) {
            return new Reading(null, goal, null, pace, Status.NO_DATA);
        }
        BigDecimal percent = settings.round(achievement(direction, value, goal));
        Status status;
        if (percent.compareTo(settings.reachedAt()) >= 0) {
            status = Status.REACHED;
        } else if (achievement(direction, value, pace).compareTo(settings.onTrackAt()) >= 0) {
            status = Status.ON_TRACK;
        } else {
            status = Status.BEHIND;
        }
        return new Reading(value, goal, percent, pace, status);
    }

    /**
     * How much of the goal is achieved, in percent. More is better: value over goal ("77/110, bằng
     * 70%"). Less is better: goal over value, so staying at half the ceiling is 200% and twice the
     * ceiling is 50%; nothing at all against a ceiling is 100%, and anything against a ceiling of
     * zero is 0%.
     */
    static BigDecimal achievement(Direction direction, BigDecimal value, BigDecimal goal) {
        if (direction == Direction.MORE) {
            if (goal.signum() <= 0) {
                return value.compareTo(goal) >= 0 ? HUNDRED : BigDecimal.ZERO;
            }
            return value.multiply(HUNDRED).divide(goal, MathContext.DECIMAL64);
        }
        if (value.signum() <= 0) {
            return goal.signum() >= 0 ? HUNDRED : BigDecimal.ZERO;
        }
        if (goal.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return goal.multiply(HUNDRED).divide(value, MathContext.DECIMAL64);
    }

    /**
     * The value expected by now on a steady pace: a flow accrues its goal evenly over the window; a
     * stock moves evenly from where it started towards its goal (up or down, whichever the target
     * wants); a share has no accrual, so it is expected at its goal all along.
     */
    static BigDecimal pace(MeasureKind kind, BigDecimal start, BigDecimal goal, BigDecimal elapsed) {
        return switch (kind) {
            case FLOW -> goal.multiply(elapsed, MathContext.DECIMAL64);
            case STOCK -> {
                BigDecimal from = start == null ? BigDecimal.ZERO : start;
                yield from.add(goal.subtract(from).multiply(elapsed, MathContext.DECIMAL64));
            }
            case SHARE -> goal;
        };
    }
}
