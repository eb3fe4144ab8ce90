package vn.dangvu.meetings;

/** How a member stood at a branch meeting. */
public enum Presence {
    /** Có mặt. */
    PRESENT,
    /** Vắng có lý do. */
    EXCUSED,
    /** Vắng không lý do: counts towards striking off (Điều lệ Đảng, Điều 8). */
    UNEXCUSED,
    /** Miễn sinh hoạt and did not come: not expected. */
    EXEMPT;

    public String messageKey() {
        return "meeting.presence." + name();
    }

    /** Counted among those expected at the meeting. */
    public boolean expected() {
        return this != EXEMPT;
    }
}
