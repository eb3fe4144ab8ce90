package vn.dangvu.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;

/** Commands and views of branch meetings. */
public final class MeetingViews {

    private MeetingViews() {
    }

    public record NewMeeting(UnitId branch, LocalDate heldOn, MeetingKind kind, String theme, String place,
            String chair) {
    }

    /** One member's mark on the attendance sheet; {@code reason} only with {@link Presence#EXCUSED}. */
    public record Mark(MemberId member, Presence presence, String reason) {
    }

    public record MeetingView(long id, UnitId branch, String branchName, LocalDate heldOn, MeetingKind kind,
            String theme, String place, String chair, int expected, int present, int excused, int unexcused) {

        public boolean attendanceTaken() {
            return expected > 0;
        }
    }

    /**
     * A member on the meeting's attendance sheet: the branch's members on the day, with their mark if one is
     * recorded ({@code null} otherwise). {@code visible} is false for a member who has since moved out of the
     * reader's reach: their line is kept, unnamed, so a sheet saved by the reader keeps their mark.
     */
    public record RollLine(MemberId member, String fullName, MemberStatus status, boolean exempt, Presence presence,
            String reason, boolean visible) {

        /** The mark to keep when the reader does not see the member: the one recorded, else the default. */
        public Presence keptPresence() {
            return presence != null ? presence : exempt ? Presence.EXEMPT : Presence.PRESENT;
        }
    }

    /** A branch of a committee's subtree over a period: how many monthly and themed meetings it held. */
    public record BranchHeld(UnitId branch, String name, int monthlyHeld, int months, int themedHeld,
            int quartersTouched) {

        public boolean monthlyComplete() {
            return monthlyHeld >= months;
        }

        public boolean themedComplete() {
            return themedHeld >= quartersTouched;
        }
    }

    /**
     * Which branches of a committee's subtree (as it stood at the period's end) held their meetings.
     * {@code monthlyComplete} counts branches that held one in every month of the period, {@code themedComplete}
     * those with a themed meeting in every quarter it touches.
     */
    public record Overview(UnitId committee, YearMonth from, YearMonth to, LocalDate asOf, long branches,
            long monthlyComplete, long themedComplete, Page<BranchHeld> rows) {

        public long monthlyMissing() {
            return branches - monthlyComplete;
        }

        public long themedMissing() {
            return branches - themedComplete;
        }
    }

    /** A member absent without reason in {@code months} distinct months of the year (the months listed). */
    public record Absentee(MemberId member, String fullName, UnitId branch, String branchName, int months,
            List<Integer> monthNumbers) {

        public boolean strikeOffGround() {
            return MeetingChecks.strikeOffGround(months);
        }
    }
}
