package vn.dangvu.training;

import java.util.Set;

import vn.dangvu.members.MemberStatus;

/** What a class is for, and so who may be enrolled in it and which measures it counts in. */
public enum ClassKind {
    /** Lớp bồi dưỡng nhận thức về Đảng: for candidates; its certificate is needed before admission. */
    AWARENESS("awareness", Set.of(MemberStatus.CANDIDATE)),
    /** Lớp bồi dưỡng đảng viên mới: for members admitted recently. */
    NEW_MEMBERS("newMembers", Set.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL)),
    /** Học tập, quán triệt, triển khai a resolution (its text kept as the class's subject). */
    RESOLUTION("resolution", Set.of(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL)),
    /** Trung cấp lý luận chính trị. */
    THEORY("theory", Set.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL)),
    OTHER("other", Set.of(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL));

    private final String measureSuffix;
    private final Set<MemberStatus> admits;

    ClassKind(String measureSuffix, Set<MemberStatus> admits) {
        this.measureSuffix = measureSuffix;
        this.admits = admits;
    }

    /** The suffix of this kind's measures in the targets' catalog ({@code training.classes.resolution}). */
    public String measureSuffix() {
        return measureSuffix;
    }

    /** Whether a person in this status on the class's first day may be enrolled. */
    public boolean admits(MemberStatus status) {
        return admits.contains(status);
    }

    public String messageKey() {
        return "training.kind." + name();
    }
}
