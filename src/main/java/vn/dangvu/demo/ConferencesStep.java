package vn.dangvu.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.demo.DemoFigures.LaborFederation;
import vn.dangvu.meetings.ConferenceKind;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.Conferences;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.organizations.UnitId;

/**
 * The two review conferences of the samples, through the meetings module: the industrial zones' mid-term
 * review of 12/6/2018 with its guest from the city committee, and the labour federation's of 02/02/2018
 * with its guest from the bloc's committee and its attendance recorded person by person — 62 of the
 * committee's 68 members that day, from all 06 branches — so that "62 đảng viên của 06 chi bộ" is
 * counted, not typed.
 */
@Component
@Order(50)
class ConferencesStep implements DemoStep {

    private final Conferences conferences;
    private final MemberDirectory directory;

    ConferencesStep(Conferences conferences, MemberDirectory directory) {
        this.conferences = conferences;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "conferences";
    }

    @Override
    public void load(DemoContext c) {
        conferences.record(new NewConference(c.zones, ConferenceKind.MID_TERM_REVIEW, IndustrialZones.REVIEW_DAY,
                "Hội nghị sơ kết giữa nhiệm kỳ 2016 – 2020 thực hiện Nghị quyết Đảng bộ các Khu Chế xuất và Công nghiệp Cần Thơ",
                "Hội trường Ban Quản lý các Khu Chế xuất và Công nghiệp Cần Thơ", "Bí thư Đảng ủy",
                List.of(guest(IndustrialZones.GUEST)), List.of(), null, null,
                List.of("Báo cáo sơ kết giữa nhiệm kỳ 2016 – 2020"), null, List.of()));

        conferences.record(new NewConference(c.federation, ConferenceKind.MID_TERM_REVIEW, LaborFederation.CONFERENCE_DAY,
                "Hội nghị tổng kết công tác năm 2017, triển khai Nghị quyết công tác năm 2018 và sơ kết thực hiện "
                        + "Nghị quyết Đại hội Đảng bộ giữa nhiệm kỳ 2015 – 2020",
                "Hội trường Liên đoàn Lao động thành phố", "Bí thư Đảng ủy", List.of(guest(LaborFederation.GUEST)),
                federationAttendees(c.federation), null, null,
                List.of("Báo cáo tổng kết công tác năm 2017", "Nghị quyết công tác năm 2018",
                        "Báo cáo sơ kết giữa nhiệm kỳ 2015 – 2020"),
                null, List.of()));
    }

    /**
     * The members present: everyone of the committee on the day but the last of each branch in the list's
     * order, so that every branch is represented; the demo's committee has 68, six stay away.
     */
    private List<MemberId> federationAttendees(UnitId federation) {
        var filter = new MemberFilter(federation, true, EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL),
                null, null, null, null, LaborFederation.CONFERENCE_DAY);
        Map<UnitId, List<MemberId>> byBranch = new LinkedHashMap<>();
        for (MemberSummary m : directory.list(filter, 0, 1000).items()) {
            byBranch.computeIfAbsent(m.unit(), b -> new ArrayList<>()).add(m.id());
        }
        List<MemberId> present = new ArrayList<>();
        byBranch.values().forEach(members -> present.addAll(members.subList(0, members.size() - 1)));
        if (present.size() != LaborFederation.ATTENDEES.value() || byBranch.size() != LaborFederation.BRANCHES.value()) {
            throw new IllegalStateException("The demo's labour federation should seat " + LaborFederation.ATTENDEES.value()
                    + " members of " + LaborFederation.BRANCHES.value() + " branches, not " + present.size() + " of "
                    + byBranch.size());
        }
        return present;
    }

    private static Guest guest(DemoFigures.Guest guest) {
        return new Guest(guest.name(), guest.title());
    }
}
