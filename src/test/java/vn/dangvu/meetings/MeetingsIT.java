package vn.dangvu.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.WebIT;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.ConferenceViews.Upload;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.meetings.MeetingViews.Overview;
import vn.dangvu.meetings.MeetingViews.RollLine;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Partial;

/**
 * Meetings, attendance, conferences and their measures on the embedded PostgreSQL. The tree follows the
 * sample report of 02/02/2018: the Labour Federation's committee (Đảng bộ Liên đoàn Lao động thành phố) with
 * six branches under the bloc committee of Cần Thơ; another grassroots committee receives one branch later.
 */
@WebIT
class MeetingsIT {

    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired Meetings meetings;
    @Autowired Conferences conferences;
    @Autowired ConferenceDirectory directory;
    @Autowired MeasureCatalog catalog;
    @Autowired JdbcClient jdbc;
    /** The app's clock, in Vietnam's time: after 17:00 UTC its today is the system's tomorrow. */
    @Autowired java.time.Clock clock;

    Fixtures f;
    UnitId bloc;
    UnitId federation;
    UnitId other;
    List<UnitId> branches = new ArrayList<>();
    List<List<MemberId>> members = new ArrayList<>();
    UnitScope all = UnitScope.whole(LocalDate.now());

    @BeforeEach
    void world() {
        f = new Fixtures(changes, registry);
        UnitId province = f.province("Thành ủy Cần Thơ");
        bloc = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối cơ quan Dân Chính Đảng", FOUNDED);
        federation = f.unit(bloc, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động thành phố", FOUNDED);
        other = f.unit(bloc, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Sở Tư pháp", FOUNDED);
        String[] given = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh", "Nam"};
        for (int b = 0; b < 6; b++) {
            UnitId branch = f.unit(federation, UnitType.BRANCH, "Chi bộ " + (b + 1), FOUNDED);
            branches.add(branch);
            List<MemberId> ms = new ArrayList<>();
            for (int i = 0; i < (b < 2 ? 11 : 10); i++) {
                ms.add(f.official(branch, "Nguyễn Văn " + given[i], LocalDate.of(2016, 5, 19)));
            }
            members.add(ms);
        }
    }

    List<Mark> allPresent(int branch) {
        return members.get(branch).stream().map(m -> new Mark(m, Presence.PRESENT, null)).toList();
    }

    List<Mark> with(List<Mark> marks, int index, Presence presence, String reason) {
        List<Mark> out = new ArrayList<>(marks);
        out.set(index, new Mark(marks.get(index).member(), presence, reason));
        return out;
    }

    long monthly(int branch, LocalDate day) {
        return meetings.record(new NewMeeting(branches.get(branch), day, MeetingKind.MONTHLY, null, "Hội trường", "Bí thư"));
    }

    static String ruleOf(Runnable r) {
        try {
            r.run();
        } catch (RuleViolation v) {
            return v.rule();
        }
        return "none";
    }

    long meetingCount() {
        return jdbc.sql("select count(*) from branch_meeting").query(Long.class).single();
    }

    @Test
    void recordsAMonthlyMeetingWithEveryMembersAttendance() {
        long id = monthly(0, LocalDate.of(2018, 1, 10));
        List<Mark> marks = with(with(allPresent(0), 1, Presence.EXCUSED, "Đi công tác"), 2, Presence.UNEXCUSED, null);
        meetings.takeAttendance(id, marks);

        var view = meetings.find(id).orElseThrow();
        assertThat(view.expected()).isEqualTo(11);
        assertThat(view.present()).isEqualTo(9);
        assertThat(view.excused()).isEqualTo(1);
        assertThat(view.unexcused()).isEqualTo(1);
        List<RollLine> roll = meetings.roll(id);
        assertThat(roll).hasSize(11);
        assertThat(roll).filteredOn(l -> l.presence() == Presence.EXCUSED).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("Đi công tác"));
    }

    @Test
    void refusesASecondMonthlyMeetingInTheMonthButNotAThemedOne() {
        monthly(0, LocalDate.of(2018, 1, 10));
        long before = meetingCount();
        assertThat(ruleOf(() -> monthly(0, LocalDate.of(2018, 1, 25)))).isEqualTo("meetings.one-monthly-meeting-a-month");
        assertThat(meetingCount()).isEqualTo(before);
        meetings.record(new NewMeeting(branches.get(0), LocalDate.of(2018, 1, 25), MeetingKind.THEMED,
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", null, null));
        monthly(0, LocalDate.of(2018, 2, 1));
        assertThat(meetingCount()).isEqualTo(before + 2);
    }

    @Test
    void refusesMeetingsInTheFutureOfCommitteesAndThemedWithoutTheme() {
        long before = meetingCount();
        assertThat(ruleOf(() -> monthly(0, LocalDate.now(clock).plusDays(1)))).isEqualTo("meetings.not-in-the-future");
        assertThat(ruleOf(() -> meetings.record(new NewMeeting(federation, LocalDate.of(2018, 1, 5), MeetingKind.MONTHLY,
                null, null, null)))).isEqualTo("meetings.held-by-a-branch");
        assertThat(ruleOf(() -> monthly(0, LocalDate.of(2014, 6, 1)))).isEqualTo("meetings.held-by-a-branch");
        assertThat(ruleOf(() -> meetings.record(new NewMeeting(branches.get(0), LocalDate.of(2018, 1, 5),
                MeetingKind.THEMED, " ", null, null)))).isEqualTo("meetings.theme-required");
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void refusesAnAttendanceSheetThatIsWrongAndKeepsTheOldOne() {
        long id = monthly(0, LocalDate.of(2018, 1, 10));
        meetings.takeAttendance(id, allPresent(0));
        List<Mark> outsider = new ArrayList<>(allPresent(0));
        outsider.add(new Mark(members.get(1).get(0), Presence.PRESENT, null));
        assertThat(ruleOf(() -> meetings.takeAttendance(id, outsider))).isEqualTo("meetings.attendees-of-the-branch");
        assertThat(ruleOf(() -> meetings.takeAttendance(id, allPresent(0).subList(1, 11))))
                .isEqualTo("meetings.every-member-marked");
        assertThat(ruleOf(() -> meetings.takeAttendance(id, with(allPresent(0), 3, Presence.EXCUSED, " "))))
                .isEqualTo("meetings.reason-for-excused-absence");
        assertThat(meetings.find(id).orElseThrow().present()).isEqualTo(11);
    }

    @Test
    void aMemberWhoLeftBeforeTheMeetingIsNotOnTheSheet() {
        MemberId leaving = members.get(0).get(4);
        f.record(leaving, new MemberEvent.Transferred(LocalDate.of(2018, 1, 5), branches.get(1), "12-QĐ/ĐU"));
        long id = monthly(0, LocalDate.of(2018, 1, 10));
        assertThat(meetings.roll(id)).extracting(RollLine::member).doesNotContain(leaving).hasSize(10);
        long there = monthly(1, LocalDate.of(2018, 1, 12));
        assertThat(meetings.roll(there)).extracting(RollLine::member).contains(leaving).hasSize(12);
    }

    @Test
    void flagsMembersAbsentWithoutReasonInThreeMonthsOfAYear() {
        MemberId often = members.get(2).get(0);
        MemberId twice = members.get(2).get(1);
        for (int month = 1; month <= 3; month++) {
            long id = monthly(2, LocalDate.of(2018, month, 8));
            List<Mark> marks = with(allPresent(2), 0, Presence.UNEXCUSED, null);
            if (month < 3) {
                marks = with(marks, 1, Presence.UNEXCUSED, null);
            }
            meetings.takeAttendance(id, marks);
        }
        var flagged = meetings.absentees(federation, 2018, all, 0, 20);
        assertThat(flagged.items()).extracting(a -> a.member()).containsExactly(often);
        assertThat(flagged.items().get(0).monthNumbers()).containsExactly(1, 2, 3);
        assertThat(flagged.items().get(0).strikeOffGround()).isTrue();
        assertThat(meetings.absentees(branches.get(2), 2018, all, 0, 20).total()).isEqualTo(1);
        assertThat(meetings.absentees(federation, 2019, all, 0, 20).total()).isZero();
        assertThat(meetings.absentees(other, 2018, all, 0, 20).total()).isZero();
        assertThat(twice).isNotNull();
    }

    @Test
    void theOverviewShowsWhichBranchesHeldTheirMeetings() {
        monthly(0, LocalDate.of(2018, 1, 10));
        monthly(1, LocalDate.of(2018, 1, 11));
        monthly(1, LocalDate.of(2018, 2, 11));
        meetings.record(new NewMeeting(branches.get(1), LocalDate.of(2018, 3, 2), MeetingKind.THEMED, "Nghị quyết TW4",
                null, null));
        Overview jan = meetings.overview(federation, YearMonth.of(2018, 1), YearMonth.of(2018, 1), all, 0, 4);
        assertThat(jan.branches()).isEqualTo(6);
        assertThat(jan.monthlyComplete()).isEqualTo(2);
        assertThat(jan.monthlyMissing()).isEqualTo(4);
        assertThat(jan.themedComplete()).isEqualTo(1);
        assertThat(jan.rows().items()).hasSize(4);
        assertThat(jan.rows().items().get(0).monthlyComplete()).isFalse();
        Overview quarter = meetings.overview(federation, YearMonth.of(2018, 1), YearMonth.of(2018, 3), all, 0, 10);
        assertThat(quarter.monthlyComplete()).isZero();
        assertThat(quarter.rows().items()).filteredOn(r -> r.branch().equals(branches.get(1))).singleElement()
                .satisfies(r -> assertThat(r.monthlyHeld()).isEqualTo(2));
        UnitScope onlyFirst = new UnitScope(false, java.util.Set.of(branches.get(0).value()), LocalDate.now());
        assertThat(meetings.overview(federation, YearMonth.of(2018, 1), YearMonth.of(2018, 1), onlyFirst, 0, 10).branches())
                .isEqualTo(1);
    }

    @Test
    void theSamplesConferenceOf02February2018Has62MembersOf06Branches() {
        List<MemberId> present = new ArrayList<>();
        members.forEach(present::addAll);
        long id = conferences.record(new NewConference(federation, ConferenceKind.YEAR_END_REVIEW, LocalDate.of(2018, 2, 2),
                "Tổng kết công tác năm 2017 và sơ kết giữa nhiệm kỳ 2015 – 2020", "Hội trường Liên đoàn Lao động",
                "Bí thư Đảng ủy", List.of(Guest.parse("Nguyễn Văn Sẵn, Ủy viên Thường vụ, Trưởng ban Tuyên giáo "
                        + "Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ")),
                present, null, null, List.of("Nghị quyết công tác năm 2018"), "Hội nghị thống nhất …",
                List.of(new Upload("bien-ban.pdf", "application/pdf", "%PDF-1.4 biên bản".getBytes()))));
        List<ConferenceView> listed = directory.list(federation, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.attendancePhrase()).isEqualTo("62 đảng viên của 06 chi bộ");
            assertThat(c.guests()).containsExactly(new Guest("Nguyễn Văn Sẵn",
                    "Ủy viên Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ"));
            assertThat(c.documents()).containsExactly("Nghị quyết công tác năm 2018");
            assertThat(c.files()).singleElement().satisfies(file -> assertThat(file.fileName()).isEqualTo("bien-ban.pdf"));
        });
        assertThat(directory.list(federation, LocalDate.of(2018, 2, 3), LocalDate.of(2018, 12, 31))).isEmpty();
    }

    @Test
    void conferenceAttendanceEnteredAsNumbersAndBadFilesRefused() {
        long id = conferences.record(new NewConference(other, ConferenceKind.MID_TERM_REVIEW, LocalDate.of(2018, 6, 12),
                null, "Hội trường", "Bí thư", List.of(), List.of(), 45, 4, List.of(), null, List.of()));
        assertThat(conferences.find(id).orElseThrow().attendancePhrase()).isEqualTo("45 đảng viên của 04 chi bộ");
        long before = jdbc.sql("select count(*) from conference").query(Long.class).single();
        assertThat(ruleOf(() -> conferences.record(new NewConference(other, ConferenceKind.OTHER, LocalDate.of(2018, 6, 12),
                null, null, null, List.of(), List.of(), null, null, List.of(), null,
                List.of(new Upload("virus.pdf", "application/pdf", "MZ not a pdf".getBytes())))))).isEqualTo("meetings.minutes-files");
        assertThat(ruleOf(() -> conferences.record(new NewConference(other, ConferenceKind.OTHER, LocalDate.of(2018, 6, 12),
                null, null, null, List.of(), List.of(), 3, 5, List.of(), null, List.of())))).isEqualTo("meetings.attendance-numbers");
        assertThat(ruleOf(() -> conferences.record(new NewConference(other, ConferenceKind.OTHER, LocalDate.of(2018, 6, 12),
                null, null, null, List.of(), List.of(members.get(0).get(0)), null, null, List.of(), null, List.of()))))
                .isEqualTo("meetings.conference-attendees-within");
        assertThat(jdbc.sql("select count(*) from conference").query(Long.class).single()).isEqualTo(before);
    }

    Partial total(String code, UnitId root, LocalDate from, LocalDate to, MeasureKind kind) {
        Measure m = catalog.find(code).orElseThrow();
        assertThat(m.kind()).isEqualTo(kind);
        return catalog.values(m, List.of(root), from, to).over(root.value(), from, to);
    }

    @Test
    void measuresCountInTheSubtreeTheBranchStoodInThatDayThroughAHandOver() {
        LocalDate y1 = LocalDate.of(2018, 1, 1);
        LocalDate y2 = LocalDate.of(2018, 12, 31);
        long jan = monthly(0, LocalDate.of(2018, 1, 10));
        meetings.takeAttendance(jan, with(allPresent(0), 0, Presence.UNEXCUSED, null));
        meetings.record(new NewMeeting(branches.get(0), LocalDate.of(2018, 2, 20), MeetingKind.THEMED, "Chuyên đề", null, null));
        changes.handOver(new HandOverUnit(branches.get(0), other, LocalDate.of(2018, 3, 1), "01-QĐ/ĐUK", null));
        long apr = monthly(0, LocalDate.of(2018, 4, 10));
        meetings.takeAttendance(apr, allPresent(0));

        assertThat(total("meetings.monthlyHeld", federation, y1, y2, MeasureKind.FLOW).numerator()).isEqualTo(1);
        assertThat(total("meetings.monthlyHeld", other, y1, y2, MeasureKind.FLOW).numerator()).isEqualTo(1);
        assertThat(total("meetings.monthlyHeld", bloc, y1, y2, MeasureKind.FLOW).numerator()).isEqualTo(2);
        assertThat(total("meetings.themedHeld", federation, y1, y2, MeasureKind.FLOW).numerator()).isEqualTo(1);
        assertThat(total("meetings.themedHeld", other, y1, y2, MeasureKind.FLOW).numerator()).isZero();
        assertThat(total("meetings.attendance", federation, y1, y2, MeasureKind.SHARE)).isEqualTo(new Partial(10, 11));
        assertThat(total("meetings.attendance", bloc, y1, y2, MeasureKind.SHARE)).isEqualTo(new Partial(21, 22));

        conferences.record(new NewConference(federation, ConferenceKind.YEAR_END_REVIEW, LocalDate.of(2018, 2, 2), null,
                null, null, List.of(), members.get(1), null, null, List.of(), null, List.of()));
        conferences.record(new NewConference(branches.get(2), ConferenceKind.OTHER, LocalDate.of(2018, 5, 2), null,
                null, null, List.of(), List.of(), 9, 1, List.of(), null, List.of()));
        assertThat(total("conferences.held", federation, y1, y2, MeasureKind.FLOW).numerator()).isEqualTo(2);
        assertThat(total("conferences.attendees", federation, y1, y2, MeasureKind.FLOW).numerator()).isEqualTo(20);
        assertThat(total("conferences.held", other, y1, y2, MeasureKind.FLOW).numerator()).isZero();
        assertThat(total("conferences.attendees", bloc, LocalDate.of(2018, 3, 1), y2, MeasureKind.FLOW).numerator())
                .isEqualTo(9);
    }
}
