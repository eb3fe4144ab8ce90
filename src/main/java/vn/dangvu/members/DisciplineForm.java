package vn.dangvu.members;

import java.util.EnumSet;
import java.util.Set;

/** Forms of Party discipline for members (Điều lệ Đảng, Điều 35). */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức: only for a member who holds a post. */
    DISMISSAL,
    /** Khai trừ: ends membership. */
    EXPULSION;

    /**
     * Điều lệ Đảng, Điều 35(1): an official member may receive any of the four; a probationary
     * member only a reprimand or a warning.
     */
    public static Set<DisciplineForm> permittedFor(MemberStatus status, boolean holdsPost) {
        return switch (status) {
            case OFFICIAL -> holdsPost ? EnumSet.allOf(DisciplineForm.class) : EnumSet.of(REPRIMAND, WARNING, EXPULSION);
            case PROBATIONARY -> EnumSet.of(REPRIMAND, WARNING);
            default -> EnumSet.noneOf(DisciplineForm.class);
        };
    }

    public String messageKey() {
        return "member.discipline." + name();
    }
}
