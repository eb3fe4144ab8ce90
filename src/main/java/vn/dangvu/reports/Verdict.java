package vn.dangvu.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.Reading;
import vn.dangvu.targets.Status;

/**
 * The "Đánh giá" column of a review's targets table (Hướng dẫn 36-HD/VPTW's appendix): Vượt above the
 * goal, Đạt at it, "Đang trong lộ trình" while the target's period still runs and it is not reached,
 * Chưa đạt once its period is over short of it.
 */
public enum Verdict {
    EXCEEDED, REACHED, IN_PROGRESS, NOT_REACHED, NO_DATA;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public String messageKey() {
        return "reports.verdict." + name();
    }

    /** {@code periodEnd} is the last day of the target's period (the term, or the year for a per-year target). */
    public static Verdict of(Reading reading, LocalDate periodEnd, LocalDate asOf, ProgressSettings settings) {
        if (reading.status() == Status.NO_DATA || reading.status() == Status.NOT_STARTED || reading.percent() == null) {
            return NO_DATA;
        }
        if (reading.percent().compareTo(settings.reachedAt()) >= 0) {
            return reading.percent().compareTo(HUNDRED.max(settings.reachedAt())) > 0 ? EXCEEDED : REACHED;
        }
        return asOf.isBefore(periodEnd) ? IN_PROGRESS : NOT_REACHED;
    }
}
