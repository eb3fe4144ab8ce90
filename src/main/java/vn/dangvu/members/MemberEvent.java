package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.organizations.UnitId;

/** A dated fact in a person's Party life. The history of these is the member's record of truth. */
public sealed interface MemberEvent {

    LocalDate on();

    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * A record opened from existing paper files for a member admitted before Dangvu knew them: from
     * {@code on} they belong to {@code branch}; the admission decision, the ceremony and, if already
     * recognized, the day they became official come from their file.
     */
    record RecordOpened(LocalDate on, UnitId branch, LocalDate admittedOn, LocalDate ceremonyOn, LocalDate officialFrom)
            implements MemberEvent {
    }

    /** A branch starts following an outstanding non-member (quần chúng ưu tú); also the start of a re-admission. */
    record CandidateRegistered(LocalDate on, UnitId branch) implements MemberEvent {
    }

    /** The certificate of the awareness class (lớp bồi dưỡng nhận thức về Đảng). */
    record AwarenessCertified(LocalDate on, String certificateNumber) implements MemberEvent {
    }

    /** Two official members introduce the candidate (Điều lệ Đảng, Điều 4). */
    record Introduced(LocalDate on, MemberId first, MemberId second) implements MemberEvent {
    }

    /** The branch's resolution proposing admission: the day of the branch's review. */
    record BranchVoted(LocalDate on, int votesFor, int votesTotal, String resolutionNumber) implements MemberEvent {
    }

    /** The competent committee's admission decision; {@code overAgeDecision} for candidates past the age limit. */
    record AdmissionDecided(LocalDate on, String decisionNumber, String overAgeDecision, String lateReason)
            implements MemberEvent {
    }

    /** The admission ceremony (lễ kết nạp), from which probation runs. */
    record CeremonyHeld(LocalDate on, String lateReason) implements MemberEvent {
    }

    /** The decision recognizing a probationary member as official (công nhận đảng viên chính thức). */
    record RecognizedOfficial(LocalDate on, String decisionNumber, String lateReason) implements MemberEvent {
    }

    /** An unfit probationary member is struck off (xóa tên) instead of being recognized. */
    record ProbationStruckOff(LocalDate on, String decisionNumber, String reason) implements MemberEvent {
    }

    /** The branch stops following a candidate who was not admitted. */
    record CandidateDropped(LocalDate on, String reason) implements MemberEvent {
    }

    /** Official transfer of membership (chuyển sinh hoạt đảng chính thức) to another branch. */
    record Transferred(LocalDate on, UnitId to, String letterNumber) implements MemberEvent {
    }

    /** Temporary transfer (chuyển sinh hoạt tạm thời): the member stays on the home branch's roll. */
    record TemporarilyTransferred(LocalDate on, UnitId to, LocalDate until, String letterNumber) implements MemberEvent {
    }

    record TemporaryTransferEnded(LocalDate on) implements MemberEvent {
    }

    /** Miễn công tác và sinh hoạt đảng, for the old or ill. */
    record Exempted(LocalDate on, String reason) implements MemberEvent {
    }

    record ExemptionEnded(LocalDate on) implements MemberEvent {
    }

    /** A discipline decision; expulsion ends membership. */
    record Disciplined(LocalDate on, DisciplineForm form, String decisionNumber, String decidedBy, String reason)
            implements MemberEvent {
    }

    /** Xóa tên an official member (e.g. three months of unexcused absence or unpaid dues in a year). */
    record StruckOff(LocalDate on, String decisionNumber, String reason) implements MemberEvent {
    }

    /** Cho ra khỏi Đảng at the member's request. */
    record LeftParty(LocalDate on, String decisionNumber) implements MemberEvent {
    }

    record Died(LocalDate on) implements MemberEvent {
    }

    record PostTaken(LocalDate on, PartyPost post, UnitId unit) implements MemberEvent {
    }

    record PostLeft(LocalDate on, PartyPost post) implements MemberEvent {
    }

    /** A party badge (huy hiệu Đảng) presented for {@code years} of party age. */
    record BadgeAwarded(LocalDate on, int years, String decisionNumber) implements MemberEvent {
    }
}
