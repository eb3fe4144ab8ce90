package vn.dangvu.meetings;

/** What a conference (hội nghị) is held for. */
public enum ConferenceKind {
    /** Sơ kết 6 tháng. */
    SIX_MONTH_REVIEW,
    /** Tổng kết năm. */
    YEAR_END_REVIEW,
    /** Sơ kết giữa nhiệm kỳ. */
    MID_TERM_REVIEW,
    /** Tổng kết nhiệm kỳ. */
    END_OF_TERM_REVIEW,
    /** Hội nghị Ban Chấp hành mở rộng. */
    EXPANDED_EXECUTIVE,
    /** Đại hội. */
    CONGRESS,
    OTHER;

    public String messageKey() {
        return "conference.kind." + name();
    }
}
