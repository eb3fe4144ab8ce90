package vn.dangvu.meetings;

/** Sinh hoạt chi bộ thường kỳ (monthly) or chuyên đề (themed, each quarter). */
public enum MeetingKind {
    MONTHLY,
    THEMED;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
