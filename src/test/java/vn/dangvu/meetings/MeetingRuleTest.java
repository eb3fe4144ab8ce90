package vn.dangvu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dangvu.meetings.MeetingChecks.Expected;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;

/** Each meeting rule on its own, without Spring. */
class MeetingRuleTest {

    static final LocalDate TODAY = LocalDate.of(2018, 6, 30);
    static final UnitId BRANCH = UnitId.of(7);
    static final Expected AN = new Expected(new MemberId(1), "Nguyễn Văn An", false);
    static final Expected BINH = new Expected(new MemberId(2), "Trần Thị Bình", false);
    static final Expected CU = new Expected(new MemberId(3), "Lê Văn Cự", true);
    static final List<Expected> ROLL = List.of(AN, BINH, CU);

    static NewMeeting monthly(LocalDate on) {
        return new NewMeeting(BRANCH, on, MeetingKind.MONTHLY, null, "Hội trường", "Bí thư");
    }

    static void assertRule(MeetingRule rule, Runnable r) {
        assertThatThrownBy(r::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo(rule.ruleName()));
    }

    static List<Mark> marks(Presence an, Presence binh, Presence cu) {
        return new ArrayList<>(List.of(new Mark(AN.member(), an, an == Presence.EXCUSED ? "Ốm" : null),
                new Mark(BINH.member(), binh, binh == Presence.EXCUSED ? "Đi công tác" : null),
                new Mark(CU.member(), cu, null)));
    }

    @Test
    void oneMonthlyMeetingAMonth() {
        assertRule(MeetingRule.ONE_MONTHLY_MEETING_A_MONTH,
                () -> MeetingChecks.meeting(monthly(TODAY), UnitType.BRANCH, true, TODAY, true));
        assertThatCode(() -> MeetingChecks.meeting(monthly(TODAY), UnitType.BRANCH, true, TODAY, false)).doesNotThrowAnyException();
        var themed = new NewMeeting(BRANCH, TODAY, MeetingKind.THEMED, "Chuyên đề", null, null);
        assertThatCode(() -> MeetingChecks.meeting(themed, UnitType.BRANCH, true, TODAY, true)).doesNotThrowAnyException();
    }

    @Test
    void noMeetingsInTheFuture() {
        assertRule(MeetingRule.NOT_IN_THE_FUTURE,
                () -> MeetingChecks.meeting(monthly(TODAY.plusDays(1)), UnitType.BRANCH, true, TODAY, false));
        assertRule(MeetingRule.NOT_IN_THE_FUTURE, () -> MeetingChecks.conference(ConferenceKind.CONGRESS,
                TODAY.plusDays(1), TODAY, null, null));
    }

    @Test
    void onlyABranchActiveThatDayHoldsBranchMeetings() {
        assertRule(MeetingRule.HELD_BY_A_BRANCH,
                () -> MeetingChecks.meeting(monthly(TODAY), UnitType.GRASSROOTS_COMMITTEE, true, TODAY, false));
        assertRule(MeetingRule.HELD_BY_A_BRANCH, () -> MeetingChecks.meeting(monthly(TODAY), UnitType.BRANCH, false, TODAY, false));
        assertThatCode(() -> MeetingChecks.meeting(monthly(TODAY), UnitType.GRASSROOTS_BRANCH, true, TODAY, false))
                .doesNotThrowAnyException();
    }

    @Test
    void aThemedMeetingHasItsTheme() {
        assertRule(MeetingRule.THEME_REQUIRED, () -> MeetingChecks.meeting(
                new NewMeeting(BRANCH, TODAY, MeetingKind.THEMED, "  ", null, null), UnitType.BRANCH, true, TODAY, false));
    }

    @Test
    void datesAndKindsAreRequiredAndTextsBounded() {
        assertRule(MeetingRule.REQUIRED, () -> MeetingChecks.meeting(
                new NewMeeting(BRANCH, null, MeetingKind.MONTHLY, null, null, null), UnitType.BRANCH, true, TODAY, false));
        assertRule(MeetingRule.REQUIRED, () -> MeetingChecks.meeting(new NewMeeting(BRANCH, TODAY, MeetingKind.MONTHLY,
                null, "x".repeat(MeetingPolicy.MAX_TEXT + 1), null), UnitType.BRANCH, true, TODAY, false));
    }

    @Test
    void attendeesAreTheBranchsMembersOnTheDay() {
        List<Mark> withStranger = marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT);
        withStranger.add(new Mark(new MemberId(99), Presence.PRESENT, null));
        assertRule(MeetingRule.ATTENDEES_OF_THE_BRANCH, () -> MeetingChecks.attendance(ROLL, withStranger));
    }

    @Test
    void anExemptedMemberIsExpectedOnlyWhenTheyCame() {
        assertThatCode(() -> MeetingChecks.attendance(ROLL, marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT)))
                .doesNotThrowAnyException();
        assertThatCode(() -> MeetingChecks.attendance(ROLL, marks(Presence.PRESENT, Presence.PRESENT, Presence.PRESENT)))
                .doesNotThrowAnyException();
        assertRule(MeetingRule.ATTENDEES_OF_THE_BRANCH,
                () -> MeetingChecks.attendance(ROLL, marks(Presence.PRESENT, Presence.PRESENT, Presence.UNEXCUSED)));
        assertRule(MeetingRule.ATTENDEES_OF_THE_BRANCH,
                () -> MeetingChecks.attendance(ROLL, marks(Presence.EXEMPT, Presence.PRESENT, Presence.EXEMPT)));
    }

    @Test
    void everyMemberIsMarkedOnce() {
        assertRule(MeetingRule.EVERY_MEMBER_MARKED, () -> MeetingChecks.attendance(ROLL,
                marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT).subList(0, 2)));
        List<Mark> twice = marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT);
        twice.add(new Mark(AN.member(), Presence.UNEXCUSED, null));
        assertRule(MeetingRule.EVERY_MEMBER_MARKED, () -> MeetingChecks.attendance(ROLL, twice));
        List<Mark> blank = marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT);
        blank.set(0, new Mark(AN.member(), null, null));
        assertRule(MeetingRule.EVERY_MEMBER_MARKED, () -> MeetingChecks.attendance(ROLL, blank));
    }

    @Test
    void aReasonGoesWithAnAbsenceWithReasonOnly() {
        assertThatCode(() -> MeetingChecks.attendance(ROLL, marks(Presence.EXCUSED, Presence.UNEXCUSED, Presence.EXEMPT)))
                .doesNotThrowAnyException();
        List<Mark> noReason = marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT);
        noReason.set(0, new Mark(AN.member(), Presence.EXCUSED, " "));
        assertRule(MeetingRule.REASON_FOR_EXCUSED_ABSENCE, () -> MeetingChecks.attendance(ROLL, noReason));
        List<Mark> strayReason = marks(Presence.PRESENT, Presence.PRESENT, Presence.EXEMPT);
        strayReason.set(1, new Mark(BINH.member(), Presence.UNEXCUSED, "Ốm"));
        assertRule(MeetingRule.REASON_FOR_EXCUSED_ABSENCE, () -> MeetingChecks.attendance(ROLL, strayReason));
    }

    @Test
    void threeMonthsOfUnexcusedAbsenceInAYearIsAGroundForStrikingOff() {
        assertThat(MeetingPolicy.UNEXCUSED_MONTHS_TO_STRIKE_OFF).isEqualTo(3);
        assertThat(MeetingChecks.strikeOffGround(2)).isFalse();
        assertThat(MeetingChecks.strikeOffGround(3)).isTrue();
        assertThat(MeetingChecks.strikeOffGround(5)).isTrue();
    }

    @Test
    void conferenceNumbersAreNonNegativeWithNoMoreBranchesThanPeople() {
        assertThatCode(() -> MeetingChecks.conference(ConferenceKind.YEAR_END_REVIEW, TODAY, TODAY, 62, 6)).doesNotThrowAnyException();
        assertRule(MeetingRule.ATTENDANCE_NUMBERS, () -> MeetingChecks.conference(ConferenceKind.OTHER, TODAY, TODAY, -1, null));
        assertRule(MeetingRule.ATTENDANCE_NUMBERS, () -> MeetingChecks.conference(ConferenceKind.OTHER, TODAY, TODAY, 3, 5));
        assertRule(MeetingRule.ATTENDANCE_NUMBERS, () -> MeetingChecks.conference(ConferenceKind.OTHER, TODAY, TODAY, null, 2));
    }

    @Test
    void minutesFilesAreCheckedForTypeContentAndSize() {
        assertThatCode(() -> MeetingChecks.file("bb.pdf", "application/pdf", "%PDF-1.7".getBytes())).doesNotThrowAnyException();
        assertThatCode(() -> MeetingChecks.file("anh.png", "image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 1}))
                .doesNotThrowAnyException();
        assertRule(MeetingRule.MINUTES_FILES, () -> MeetingChecks.file("bb.pdf", "application/pdf", "MZ..".getBytes()));
        assertRule(MeetingRule.MINUTES_FILES, () -> MeetingChecks.file("bb.exe", "application/x-msdownload", "MZ..".getBytes()));
        assertRule(MeetingRule.MINUTES_FILES, () -> MeetingChecks.file("bb.pdf", "application/pdf", new byte[0]));
        byte[] big = new byte[MeetingPolicy.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF".getBytes(), 0, big, 0, 4);
        assertRule(MeetingRule.MINUTES_FILES, () -> MeetingChecks.file("big.pdf", "application/pdf", big));
    }

    @Test
    void theAttendancePhraseIsWrittenAsTheReportsWriteIt() {
        assertThat(AttendancePhrase.vietnamese(62, 6)).isEqualTo("62 đảng viên của 06 chi bộ");
        assertThat(AttendancePhrase.vietnamese(5, null)).isEqualTo("05 đảng viên");
        assertThat(AttendancePhrase.vietnamese(null, null)).isEmpty();
        assertThat(AttendancePhrase.english(62, 1)).isEqualTo("62 members from 01 branch");
        assertThat(AttendancePhrase.padded(12)).isEqualTo("12");
    }

    @Test
    void everyRuleHasASource() {
        for (MeetingRule rule : MeetingRule.values()) {
            assertThat(rule.source()).isNotBlank();
            assertThat(rule.ruleName()).startsWith("meetings.");
        }
    }
}
