package vn.dangvu.members;

/** Where a person stands in the Party on a given day. */
public enum MemberStatus {
    /** Quần chúng ưu tú, đối tượng kết nạp: followed by a branch, not yet a member. */
    CANDIDATE,
    /** Đảng viên dự bị, from the admission decision. */
    PROBATIONARY,
    /** Đảng viên chính thức, from the end of the 12 months of probation. */
    OFFICIAL,
    /** Xóa tên (a probationary member found unfit, or an official member for cause). */
    STRUCK_OFF,
    /** Khai trừ. */
    EXPELLED,
    /** Cho ra khỏi Đảng, at the member's request. */
    LEFT,
    /** Từ trần. */
    DECEASED,
    /** A candidate dropped without admission. */
    NOT_ADMITTED;

    /** Counted among the Party's members (đảng viên) on the day. */
    public boolean isMember() {
        return this == PROBATIONARY || this == OFFICIAL;
    }

    public boolean isTerminal() {
        return this == STRUCK_OFF || this == EXPELLED || this == LEFT || this == DECEASED || this == NOT_ADMITTED;
    }

    public String messageKey() {
        return "member.status." + name();
    }
}
