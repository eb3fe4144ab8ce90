package vn.dangvu.meetings;

import java.util.Set;

/**
 * The numbers of the meeting rules, in one place: regulations change (several were replaced in 2025),
 * and a change is then one line here.
 */
public final class MeetingPolicy {

    /** Điều lệ Đảng, Điều 24: a branch meets once a month. */
    public static final int MONTHLY_MEETINGS_PER_MONTH = 1;
    /** Hướng dẫn 12-HD/BTCTW: a themed meeting at least once a quarter, i.e. every this many months. */
    public static final int THEMED_EVERY_MONTHS = 3;
    /**
     * Điều lệ Đảng, Điều 8 (Quy định 232-QĐ/TW, 2025): a member who misses meetings in this many months of a
     * year without a valid reason is struck off.
     */
    public static final int UNEXCUSED_MONTHS_TO_STRIKE_OFF = 3;
    /** Minutes and their attachments are kept in the database; larger scans belong elsewhere. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** What minutes may be attached as: PDF, Word, and photos of signed pages. */
    public static final Set<String> FILE_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "image/jpeg", "image/png");
    /** Texts typed into a meeting or conference record. */
    public static final int MAX_TEXT = 500;
    public static final int MAX_REASON = 200;

    private MeetingPolicy() {
    }
}
