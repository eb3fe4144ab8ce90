package vn.dangvu.reports;

/** The fixed points at which a committee reviews its work, and a free period. */
public enum ReportKind {
    /** Sơ kết 6 tháng: 1 January to 30 June. */
    SIX_MONTHS,
    /** Tổng kết năm: the calendar year. */
    YEAR_END,
    /** Sơ kết giữa nhiệm kỳ thực hiện nghị quyết: from the congress to the end of the term's middle year. */
    MID_TERM,
    /** Tổng kết nhiệm kỳ: from the congress to the end of the term's last year. */
    END_OF_TERM,
    /** Any period the committee chooses. */
    RANGE;

    public String messageKey() {
        return "reports.kind." + name();
    }

    public boolean needsTerm() {
        return this == MID_TERM || this == END_OF_TERM;
    }
}
