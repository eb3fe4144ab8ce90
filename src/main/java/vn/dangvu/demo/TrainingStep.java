package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.training.ClassDraft;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.Outcome;
import vn.dangvu.training.TrainingBook;

/**
 * The industrial zones' classes of the half term, through the training module (the awareness classes
 * are the members step's: the candidates' certificates come from their registers):
 * <ul>
 * <li>"12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 (khóa XII) đạt 97%": twelve classes of 25 members
 * each, 291 of the 300 enrolled present — 97,0%;</li>
 * <li>"04 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới": four classes of the probationary
 * members of the day, all present and completing.</li>
 * </ul>
 */
@Component
@Order(40)
class TrainingStep implements DemoStep {

    static final String PLENUMS = "Nghị quyết Trung ương 4, 5, 6 (khóa XII)";
    static final int RESOLUTION_CLASS_SIZE = 25;
    /** Who stayed away from each of the twelve classes: nine people in all, 291 of 300 present. */
    static final List<Integer> ABSENT = List.of(1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1);
    /** The last days of the twelve classes, from the Central Committee's 4th plenum (10/2016) to spring 2018. */
    static final List<LocalDate> RESOLUTION_CLASS_ENDS = List.of(LocalDate.of(2016, 12, 9), LocalDate.of(2016, 12, 16),
            LocalDate.of(2017, 1, 13), LocalDate.of(2017, 3, 17), LocalDate.of(2017, 4, 14), LocalDate.of(2017, 6, 9),
            LocalDate.of(2017, 6, 16), LocalDate.of(2017, 8, 18), LocalDate.of(2017, 11, 17), LocalDate.of(2017, 12, 15),
            LocalDate.of(2018, 3, 16), LocalDate.of(2018, 4, 13));
    static final List<LocalDate> NEW_MEMBER_CLASS_ENDS = List.of(LocalDate.of(2016, 12, 23), LocalDate.of(2017, 5, 26),
            LocalDate.of(2017, 11, 24), LocalDate.of(2018, 5, 25));

    private final TrainingBook training;
    private final MemberDirectory directory;

    TrainingStep(TrainingBook training, MemberDirectory directory) {
        this.training = training;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public void load(DemoContext c) {
        for (int k = 0; k < RESOLUTION_CLASS_ENDS.size(); k++) {
            LocalDate ends = RESOLUTION_CLASS_ENDS.get(k);
            LocalDate starts = ends.minusDays(1);
            long id = training.plan(c.zones, new ClassDraft(ClassKind.RESOLUTION,
                    "Học tập, quán triệt " + PLENUMS + " — lớp " + (k + 1), PLENUMS, null, starts, ends,
                    "Hội trường Ban Quản lý các Khu Chế xuất và Công nghiệp Cần Thơ"));
            List<MemberId> people = members(c.zones, starts, EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY),
                    k * RESOLUTION_CLASS_SIZE, RESOLUTION_CLASS_SIZE);
            register(id, people, ABSENT.get(k));
        }
        for (int k = 0; k < NEW_MEMBER_CLASS_ENDS.size(); k++) {
            LocalDate ends = NEW_MEMBER_CLASS_ENDS.get(k);
            LocalDate starts = ends.minusDays(4);
            long id = training.plan(c.zones, new ClassDraft(ClassKind.NEW_MEMBERS,
                    "Bồi dưỡng lý luận chính trị cho đảng viên mới — lớp " + (k + 1), null, "Trung tâm Chính trị quận Bình Thủy",
                    starts, ends, "Trung tâm Chính trị quận Bình Thủy"));
            register(id, members(c.zones, starts, EnumSet.of(MemberStatus.PROBATIONARY), 0, 40), 0);
        }
        if (RESOLUTION_CLASS_ENDS.size() != IndustrialZones.RESOLUTION_CLASSES.value()
                || NEW_MEMBER_CLASS_ENDS.size() != IndustrialZones.NEW_MEMBER_CLASSES.value()) {
            throw new IllegalStateException("The demo's classes no longer match the sample's figures");
        }
    }

    /** Enrols the people and takes the register: all present and completing but the last {@code absent}. */
    private void register(long classId, List<MemberId> people, int absent) {
        training.enrol(classId, people);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            boolean present = i < people.size() - absent;
            outcomes.add(new Outcome(people.get(i), present, present, null));
        }
        training.record(classId, outcomes);
    }

    /** Members of the committee's subtree on the day, in the list's order, from {@code offset} on (wrapping round). */
    private List<MemberId> members(UnitId committee, LocalDate on, EnumSet<MemberStatus> statuses, int offset, int count) {
        List<MemberSummary> all = directory.list(new MemberFilter(committee, true, statuses, null, null, null, null, on),
                0, 2000).items();
        if (all.isEmpty()) {
            throw new IllegalStateException("No members in the committee's subtree on " + on);
        }
        List<MemberId> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, all.size()); i++) {
            chosen.add(all.get((offset + i) % all.size()).id());
        }
        return chosen;
    }
}
