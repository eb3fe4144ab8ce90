package vn.dangvu.ratings;

import java.time.LocalDate;
import java.util.Objects;

import vn.dangvu.platform.RuleViolation;

/**
 * What a rating rates: a year, a quarter (Quy định 366-QĐ/TW allows quarterly ratings) or a term.
 * A rating counts on the period's last day.
 */
public record RatingPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { YEAR, QUARTER, TERM }

    public RatingPeriod {
        Objects.requireNonNull(kind, "kind");
        if (from == null || to == null || to.isBefore(from)) {
            throw RatingRule.PERIOD.violation("period");
        }
    }

    public static RatingPeriod year(int year) {
        return new RatingPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static RatingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw RatingRule.PERIOD.violation("period");
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new RatingPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static RatingPeriod term(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw RatingRule.PERIOD.violation("period");
        }
        return new RatingPeriod(Kind.TERM, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The day on which the rated are taken: the last day, or today while the period runs. */
    public LocalDate rosterDay(LocalDate today) {
        return today.isBefore(to) ? (today.isBefore(from) ? from : today) : to;
    }

    /** For messages: "2018", "Q2/2018", "2016–2020". */
    public String label() {
        return switch (kind) {
            case YEAR -> String.valueOf(from.getYear());
            case QUARTER -> "Q" + ((from.getMonthValue() + 2) / 3) + "/" + from.getYear();
            case TERM -> from.getYear() + "–" + to.getYear();
        };
    }

}
