package vn.dangvu.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A period of days, both ends included: a term (from its congress) or one year of it. */
public record Window(LocalDate start, LocalDate end) {

    public Window {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("window " + start + ".." + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The share of the window gone by at the end of {@code day}, from 0 before it starts to 1 after it ends. */
    public BigDecimal elapsed(LocalDate day) {
        if (day.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        if (!day.isBefore(end)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day) + 1)
                .divide(BigDecimal.valueOf(days()), MathContext.DECIMAL64);
    }

    /** {@code day} moved into the window. */
    public LocalDate clamp(LocalDate day) {
        return day.isBefore(start) ? start : day.isAfter(end) ? end : day;
    }

    /** The calendar years the window touches, each cut to the window: a per-year target's periods. */
    public List<Window> years() {
        List<Window> years = new ArrayList<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            LocalDate from = LocalDate.of(y, 1, 1);
            LocalDate to = LocalDate.of(y, 12, 31);
            years.add(new Window(from.isBefore(start) ? start : from, to.isAfter(end) ? end : to));
        }
        return years;
    }
}
