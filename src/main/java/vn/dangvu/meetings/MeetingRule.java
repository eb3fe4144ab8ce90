package vn.dangvu.meetings;

import vn.dangvu.platform.RuleViolation;

/**
 * The rules that guard meetings, attendance and conferences, each named once with its source; the numbers
 * are in {@link MeetingPolicy}. A violation names its rule; {@code meetings.rule.*} says it to the user.
 */
public enum MeetingRule {

    /** Điều lệ Đảng, Điều 24; Hướng dẫn 12-HD/BTCTW: a branch holds one monthly meeting a month. */
    ONE_MONTHLY_MEETING_A_MONTH("Điều lệ Đảng, Điều 24; Hướng dẫn 12-HD/BTCTW"),
    /** Điều lệ Đảng, Điều 24: branch meetings are the branch's; a committee holds conferences instead. */
    HELD_BY_A_BRANCH("Điều lệ Đảng, Điều 24"),
    /** A meeting or conference is recorded after it is held, never for a day to come. */
    NOT_IN_THE_FUTURE("Quy định 232-QĐ/TW (2025), ghi chép sổ sinh hoạt"),
    /** Hướng dẫn 12-HD/BTCTW: a themed meeting has its theme. */
    THEME_REQUIRED("Hướng dẫn 12-HD/BTCTW"),
    /**
     * Attendance is taken of the branch's members on the day: probationary and official members counted in
     * it (or temporarily meeting in it); exempted members (Điều lệ Đảng, Điều 8) only when they came.
     */
    ATTENDEES_OF_THE_BRANCH("Điều lệ Đảng, Điều 8 và Điều 24; Quy định 232-QĐ/TW (2025)"),
    /** Every member expected is marked present, absent with reason, or absent without reason. */
    EVERY_MEMBER_MARKED("Hướng dẫn 12-HD/BTCTW"),
    /** An absence with reason states the reason; the others carry none. */
    REASON_FOR_EXCUSED_ABSENCE("Điều lệ Đảng, Điều 8"),
    /**
     * Điều lệ Đảng, Điều 8: missing meetings in {@value MeetingPolicy#UNEXCUSED_MONTHS_TO_STRIKE_OFF} months of a
     * year without reason is a ground for striking off; such members are flagged, not struck off here.
     */
    UNEXCUSED_ABSENCE_STRIKE_OFF("Điều lệ Đảng, Điều 8; Quy định 232-QĐ/TW (2025)"),
    /** Conference attendees recorded one by one are members within the unit's subtree on the day. */
    CONFERENCE_ATTENDEES_WITHIN("Quy định 232-QĐ/TW (2025)"),
    /** Attendance entered as numbers: non-negative, no more branches than people. */
    ATTENDANCE_NUMBERS("Quy định 232-QĐ/TW (2025)"),
    /** Minutes are attached as PDF, Word or photos, each at most {@link MeetingPolicy#MAX_FILE_BYTES}. */
    MINUTES_FILES("Lưu trữ hồ sơ hội nghị"),
    /** Dates, kinds and names a record cannot do without; texts within their lengths. */
    REQUIRED("—");

    private final String source;

    MeetingRule(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public String ruleName() {
        return "meetings." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "meetings.rule." + detailKey, arguments);
    }
}
