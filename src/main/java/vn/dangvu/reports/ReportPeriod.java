package vn.dangvu.reports;

import java.time.LocalDate;

import vn.dangvu.organizations.Term;

/** The days a report covers, both ends included; the tree is read as it stood on {@code to}. */
public record ReportPeriod(ReportKind kind, LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (kind == null || from == null || to == null) {
            throw ReportRule.PERIOD.violation("period-required");
        }
        if (from.isAfter(to)) {
            throw ReportRule.PERIOD.violation("period-order", from, to);
        }
    }

    /**
     * The period of a review of the given kind: the year's half or whole for the six-month and
     * year-end reviews; for the term reviews from the congress to 31 December of the term's middle
     * year ("giữa nhiệm kỳ 2015 – 2020" reviews 2015–2017, as the Cần Thơ committees did in early
     * 2018) or of its last year. {@code from}/{@code to} are used for a free period, and {@code to}
     * may cut any kind short.
     */
    public static ReportPeriod of(ReportKind kind, int year, Term term, LocalDate from, LocalDate to) {
        if (kind == null) {
            throw ReportRule.PERIOD.violation("period-required");
        }
        return switch (kind) {
            case SIX_MONTHS -> new ReportPeriod(kind, LocalDate.of(year, 1, 1), cut(LocalDate.of(year, 6, 30), to));
            case YEAR_END -> new ReportPeriod(kind, LocalDate.of(year, 1, 1), cut(LocalDate.of(year, 12, 31), to));
            case MID_TERM, END_OF_TERM -> {
                if (term == null) {
                    throw ReportRule.TERM_REQUIRED.violation("term-required");
                }
                int last = kind == ReportKind.MID_TERM
                        ? term.startYear() + (term.endYear() - term.startYear()) / 2 : term.endYear();
                yield new ReportPeriod(kind, term.congressOn(), cut(LocalDate.of(last, 12, 31), to));
            }
            case RANGE -> new ReportPeriod(kind, from, to);
        };
    }

    private static LocalDate cut(LocalDate end, LocalDate to) {
        return to != null && to.isBefore(end) ? to : end;
    }
}
