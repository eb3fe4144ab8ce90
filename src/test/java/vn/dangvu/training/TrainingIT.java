package vn.dangvu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.WebIT;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
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
import vn.dangvu.training.TrainingViews.Campaign;
import vn.dangvu.training.TrainingViews.SubjectLine;

/**
 * The figures of the industrial-zones committee of Cần Thơ at mid-term (2016–2018), written through
 * the real services on the embedded PostgreSQL: "12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 (khóa
 * XII) đạt 97%", 4 classes for new members, 4 awareness classes whose 28 candidates were certified.
 * The port's branch is handed over to another committee on 1/3/2018: its 2017 class stays with the
 * zones, its 2018 class counts with the committee it then stood under.
 */
@WebIT
class TrainingIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);
    static final LocalDate MID_TERM = LocalDate.of(2018, 1, 31);
    static final LocalDate HANDED_OVER = LocalDate.of(2018, 3, 1);
    static final String PLENUMS = "Nghị quyết Trung ương 4, 5, 6 (khóa XII)";
    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Khoa", "Lan", "Minh", "Ngọc", "Phúc"};

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MemberDirectory members;
    @Autowired TrainingBook book;
    @Autowired TrainingDirectory directory;
    @Autowired MeasureCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Fixtures f;
    UnitId province;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    UnitId office;
    UnitId port;
    UnitId outside;
    UnitId outsideBranch;
    int seq;

    @BeforeEach
    void tree() {
        f = new Fixtures(changes, registry);
        province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", FOUNDED);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", FOUNDED);
        workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", FOUNDED);
        office = f.unit(company, UnitType.BRANCH, "Chi bộ Văn phòng", FOUNDED);
        port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", FOUNDED);
        outside = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", FOUNDED);
        UnitId outsideCompany = f.unit(outside, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cấp nước", FOUNDED);
        outsideBranch = f.unit(outsideCompany, UnitType.BRANCH, "Chi bộ Nhà máy nước", FOUNDED);
        f.introducers(workshop);
    }

    String name() {
        int n = seq++;
        return SURNAMES[n % SURNAMES.length] + " Văn " + GIVEN[(n / SURNAMES.length) % GIVEN.length] + " " + n;
    }

    MemberId official(UnitId branch) {
        return f.official(branch, name(), FOUNDED);
    }

    MemberId candidate(UnitId branch, LocalDate on) {
        return registry.registerCandidate(new Profile(name(), Sex.FEMALE, LocalDate.of(1996, 4, 5), "Kinh", null,
                "Cần Thơ", null, null, "12/12", null, "Công nhân", "Khu công nghiệp Trà Nóc", null, null, null),
                branch, on);
    }

    static ClassDraft draft(ClassKind kind, String title, String subject, LocalDate start, LocalDate end) {
        return new ClassDraft(kind, title, subject, "Trung tâm Chính trị quận Ninh Kiều", start, end,
                "Hội trường Đảng ủy");
    }

    Partial value(String code, UnitId root, LocalDate from, LocalDate to) {
        Measure m = catalog.find(code).orElseThrow(() -> new AssertionError("no measure " + code));
        return catalog.values(m, List.of(root), from, to).asOf(root.value(), from, to);
    }

    long count(String code, UnitId root, LocalDate from, LocalDate to) {
        assertThat(catalog.find(code).orElseThrow().kind()).isEqualTo(MeasureKind.FLOW);
        return value(code, root, from, to).numerator();
    }

    @Test
    void reproducesTheMidTermFiguresOfTheIndustrialZones() {
        List<MemberId> company100 = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            company100.add(official(i < 50 ? workshop : i < 75 ? office : port));
        }
        // 12 classes on the 4th–6th plenums: 10 by the committee, 1 by the company, 1 by the port's branch;
        // 25 people each, 9 absences in all: 291 of 300, 97%.
        int absences = 0;
        for (int c = 0; c < 12; c++) {
            UnitId organizer = c == 10 ? company : c == 11 ? port : zones;
            LocalDate start = LocalDate.of(2016, 11, 7).plusWeeks(c * 3L);
            long id = book.plan(organizer, draft(ClassKind.RESOLUTION, "Học tập Nghị quyết Trung ương 4, 5, 6 – đợt " + (c + 1),
                    PLENUMS, start, start.plusDays(2)));
            List<MemberId> enrolled = new ArrayList<>();
            for (int k = 0; enrolled.size() < 25; k++) {
                MemberId m = company100.get((c * 25 + k) % 100);
                if (organizer.equals(company) && company100.indexOf(m) >= 75 || organizer.equals(port) && company100.indexOf(m) < 75) {
                    continue;
                }
                enrolled.add(m);
            }
            book.enrol(id, enrolled);
            List<Outcome> register = new ArrayList<>();
            for (int k = 0; k < enrolled.size(); k++) {
                boolean absent = k < (c < 9 ? 1 : 0);
                absences += absent ? 1 : 0;
                register.add(new Outcome(enrolled.get(k), !absent, !absent, null));
            }
            book.record(id, register);
        }
        assertThat(absences).isEqualTo(9);

        // 4 classes for new members: 8 probationary members, 2 a class
        for (int c = 0; c < 4; c++) {
            MemberId a = f.admitted(workshop, name(), LocalDate.of(2017, 2, 1));
            MemberId b = f.admitted(office, name(), LocalDate.of(2017, 2, 1));
            long id = book.plan(zones, draft(ClassKind.NEW_MEMBERS, "Bồi dưỡng đảng viên mới khóa " + (c + 1), null,
                    LocalDate.of(2017, 5, 8).plusMonths(c), LocalDate.of(2017, 5, 12).plusMonths(c)));
            book.enrol(id, List.of(a, b));
            book.record(id, List.of(new Outcome(a, true, true, null), new Outcome(b, true, true, null)));
        }

        // 4 awareness classes, 7 candidates each: 28 certificates in the member records
        List<MemberId> certified = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            LocalDate start = LocalDate.of(2017, 4, 3).plusMonths(c * 2L);
            long id = book.plan(zones, draft(ClassKind.AWARENESS, "Bồi dưỡng nhận thức về Đảng khóa " + (c + 1), null,
                    start, start.plusDays(4)));
            List<MemberId> enrolled = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                enrolled.add(candidate(k % 2 == 0 ? workshop : port, LocalDate.of(2017, 1, 10)));
            }
            book.enrol(id, enrolled);
            List<Outcome> register = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                register.add(new Outcome(enrolled.get(k), true, true, "%02d/GCN-ĐUKCX".formatted(c * 7 + k + 1)));
            }
            book.record(id, register);
            certified.addAll(enrolled);
        }

        // the campaign: 12 classes, 97%
        UnitScope everything = UnitScope.whole(LocalDate.now(clock));
        Campaign campaign = directory.campaign(zones, "  nghị quyết trung ương 4, 5, 6 (khóa XII) ", FOUNDED, MID_TERM,
                everything);
        assertThat(campaign.classes()).hasSize(12);
        assertThat(campaign.enrolled()).isEqualTo(300);
        assertThat(campaign.attended()).isEqualTo(291);
        assertThat(campaign.attendanceRate()).isEqualByComparingTo("97.0");
        List<SubjectLine> subjects = directory.subjects(zones, FOUNDED, MID_TERM, everything);
        assertThat(subjects).singleElement().satisfies(s -> {
            assertThat(s.subject()).isEqualTo(PLENUMS);
            assertThat(s.classes()).isEqualTo(12);
            assertThat(s.attendanceRate()).isEqualByComparingTo("97.0");
        });

        // the same figures from the catalog
        assertThat(count("training.classes.resolution", zones, FOUNDED, MID_TERM)).isEqualTo(12);
        Partial attendance = value("training.attendance.resolution", zones, FOUNDED, MID_TERM);
        assertThat(attendance.numerator()).isEqualTo(291);
        assertThat(attendance.denominator()).isEqualTo(300);
        assertThat(count("training.classes.newMembers", zones, FOUNDED, MID_TERM)).isEqualTo(4);
        assertThat(count("training.classes.awareness", zones, FOUNDED, MID_TERM)).isEqualTo(4);
        assertThat(count("training.participants.awareness", zones, FOUNDED, MID_TERM)).isEqualTo(28);
        Partial completion = value("training.completion.awareness", zones, FOUNDED, MID_TERM);
        assertThat(completion.numerator()).isEqualTo(28);
        assertThat(completion.denominator()).isEqualTo(28);
        assertThat(count("training.classes", zones, FOUNDED, MID_TERM)).isEqualTo(20);
        assertThat(count("training.participants", zones, FOUNDED, MID_TERM)).isEqualTo(300 + 8 + 28);
        assertThat(count("training.classes.theory", zones, FOUNDED, MID_TERM)).isZero();
        assertThat(count("training.classes.other", zones, FOUNDED, MID_TERM)).isZero();
        // the subtree: the company counts only its own class, the province all of them, the other committee none
        assertThat(count("training.classes.resolution", company, FOUNDED, MID_TERM)).isEqualTo(1);
        assertThat(count("training.classes", province, FOUNDED, MID_TERM)).isEqualTo(20);
        assertThat(count("training.classes", outside, FOUNDED, MID_TERM)).isZero();

        // the certificates are in the member records, dated the classes' last days
        // (the new members' own certificates date from December 2016)
        assertThat(count("candidates.certified", zones, LocalDate.of(2017, 4, 1), MID_TERM)).isEqualTo(28);
        assertThat(members.history(certified.getFirst()).events())
                .anySatisfy(e -> assertThat(e).isEqualTo(new MemberEvent.AwarenessCertified(LocalDate.of(2017, 4, 7),
                        "01/GCN-ĐUKCX")));

        // the port's branch is handed over: its 2017 class stays with the zones; a 2018 class counts elsewhere
        changes.handOver(new HandOverUnit(port, outside, HANDED_OVER, "QĐ 12-QĐ/TU", null));
        long later = book.plan(port, draft(ClassKind.OTHER, "Bồi dưỡng nghiệp vụ công tác đảng", null,
                LocalDate.of(2018, 4, 9), LocalDate.of(2018, 4, 10)));
        book.enrol(later, List.of(company100.get(80)));
        LocalDate yearEnd = LocalDate.of(2018, 12, 31);
        assertThat(count("training.classes.resolution", zones, FOUNDED, yearEnd)).isEqualTo(12);
        assertThat(count("training.classes", zones, FOUNDED, yearEnd)).isEqualTo(20);
        assertThat(count("training.classes.other", outside, FOUNDED, yearEnd)).isEqualTo(1);
        assertThat(count("training.classes", outside, FOUNDED, yearEnd)).isEqualTo(1);
        assertThat(count("training.classes", province, FOUNDED, yearEnd)).isEqualTo(21);
        assertThat(directory.classes(zones, null, null, everything, 0, 50).total()).isEqualTo(20);
        assertThat(directory.classes(zones, ClassKind.AWARENESS, 2017, everything, 0, 50).total()).isEqualTo(4);
        assertThat(directory.classes(outside, null, 2018, everything, 0, 50).items())
                .extracting(TrainingViews.ClassView::id).containsExactly(later);
    }

    @Test
    void refusesPeopleOutsideTheSubtreeOrOfTheWrongStandingOnTheFirstDay() {
        MemberId member = official(workshop);
        MemberId stranger = official(outsideBranch);
        MemberId early = candidate(port, LocalDate.of(2017, 1, 10));
        MemberId late = candidate(port, LocalDate.of(2017, 5, 1));
        long awareness = book.plan(zones, draft(ClassKind.AWARENESS, "Bồi dưỡng nhận thức về Đảng", null,
                LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7)));
        refused(TrainingRule.WHO_MAY_ENROL, () -> book.enrol(awareness, List.of(early, member)));
        refused(TrainingRule.ENROLLED_IN_SUBTREE, () -> book.enrol(awareness, List.of(late)));
        assertThat(directory.enrolments(awareness)).isEmpty();
        long resolution = book.plan(company, draft(ClassKind.RESOLUTION, "Học tập Nghị quyết", PLENUMS,
                LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7)));
        refused(TrainingRule.ENROLLED_IN_SUBTREE, () -> book.enrol(resolution, List.of(stranger)));
        refused(TrainingRule.ENROLLED_IN_SUBTREE, () -> book.enrol(resolution, List.of(early)));
        book.enrol(resolution, List.of(member, member));
        assertThat(directory.enrolments(resolution)).hasSize(1);
        // a later first day before the candidate was registered would leave the register wrong
        book.enrol(awareness, List.of(early));
        refused(TrainingRule.ENROLLED_IN_SUBTREE, () -> book.revise(awareness, draft(ClassKind.AWARENESS,
                "Bồi dưỡng nhận thức về Đảng", null, LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 5))));
        refused(TrainingRule.DATES_ORDERED, () -> book.revise(awareness, draft(ClassKind.AWARENESS,
                "Bồi dưỡng", null, LocalDate.of(2017, 4, 7), LocalDate.of(2017, 4, 3))));
        refused(TrainingRule.ORGANIZER_EXISTS, () -> book.plan(zones, draft(ClassKind.OTHER, "Lớp cũ", null,
                LocalDate.of(2015, 1, 5), LocalDate.of(2015, 1, 6))));
        assertThat(directory.find(awareness).orElseThrow().startsOn()).isEqualTo(LocalDate.of(2017, 4, 3));
    }

    @Test
    void aRefusalOfTheMemberRecordsRefusesTheWholeRegister() {
        MemberId first = candidate(workshop, LocalDate.of(2017, 1, 10));
        MemberId dropped = candidate(workshop, LocalDate.of(2017, 1, 10));
        long id = book.plan(zones, draft(ClassKind.AWARENESS, "Bồi dưỡng nhận thức về Đảng", null,
                LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7)));
        book.enrol(id, List.of(first, dropped));
        // the branch stops following the second candidate while the class runs
        registry.record(dropped, new MemberEvent.CandidateDropped(LocalDate.of(2017, 4, 5), "Chuyển công tác"));
        assertThatThrownBy(() -> book.record(id, List.of(new Outcome(first, true, true, "01/GCN"),
                new Outcome(dropped, true, true, "02/GCN"))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo(TrainingRule.MEMBER_RECORDS.ruleName()))
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()[0]).asString().contains(" Văn "));
        assertThat(directory.enrolments(id)).allSatisfy(e -> {
            assertThat(e.completed()).isFalse();
            assertThat(e.attended()).isFalse();
        });
        assertThat(members.history(first).events()).noneMatch(e -> e instanceof MemberEvent.AwarenessCertified);
        // without the dropped candidate, the first is certified
        book.record(id, List.of(new Outcome(first, true, true, "01/GCN"), new Outcome(dropped, true, false, null)));
        assertThat(members.history(first).events()).anyMatch(e -> e instanceof MemberEvent.AwarenessCertified);
        refused(TrainingRule.CERTIFICATE_STANDS, () -> book.record(id, List.of(new Outcome(first, true, false, null))));
        refused(TrainingRule.CERTIFICATE_STANDS, () -> book.revise(id, draft(ClassKind.AWARENESS,
                "Bồi dưỡng nhận thức về Đảng", null, LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 8))));
        assertThat(directory.find(id).orElseThrow().completed()).isEqualTo(1);
    }

    @Test
    void completionWaitsUntilTheClassHasEnded() {
        LocalDate today = LocalDate.now(clock);
        MemberId member = official(office);
        long id = book.plan(company, draft(ClassKind.THEORY, "Trung cấp lý luận chính trị – hành chính", null,
                today.minusMonths(2), today.plusMonths(6)));
        book.enrol(id, List.of(member));
        refused(TrainingRule.ENDED_BEFORE_COMPLETION, () -> book.record(id, List.of(new Outcome(member, true, true, null))));
        book.record(id, List.of(new Outcome(member, true, false, null)));
        assertThat(directory.find(id).orElseThrow().attendanceRate()).isEqualByComparingTo(BigDecimal.valueOf(100));
        book.revise(id, draft(ClassKind.THEORY, "Trung cấp lý luận chính trị – hành chính", null, today.minusMonths(2),
                today));
        book.record(id, List.of(new Outcome(member, true, true, null)));
        assertThat(directory.find(id).orElseThrow().completionRate()).isEqualByComparingTo(BigDecimal.valueOf(100));
        refused(TrainingRule.ENDED_BEFORE_COMPLETION, () -> book.revise(id, draft(ClassKind.THEORY, "Trung cấp", null,
                today.minusMonths(2), today.plusDays(1))));
    }

    static void refused(TrainingRule rule, Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo(rule.ruleName()));
    }

    String audit(String action, long record, String side, String field) {
        return jdbc.sql("select " + side + " ->> :f from audit_entry where action = :a and record_id = :r order by id desc limit 1")
                .param("f", field).param("a", action).param("r", String.valueOf(record)).query(String.class).single();
    }

    String auditType(String action, long record) {
        return jdbc.sql("select record_type from audit_entry where action = :a and record_id = :r order by id desc limit 1")
                .param("a", action).param("r", String.valueOf(record)).query(String.class).single();
    }

    @Test
    void planningRevisingEnrollingAndTheRegisterAreAudited() {
        MemberId member = official(workshop);
        long id = book.plan(company, draft(ClassKind.RESOLUTION, "Học tập Nghị quyết", PLENUMS,
                LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7)));
        assertThat(auditType("CLASS_PLANNED", id)).isEqualTo("training-class");
        assertThat(audit("CLASS_PLANNED", id, "after", "title")).isEqualTo("Học tập Nghị quyết");
        book.revise(id, draft(ClassKind.RESOLUTION, "Học tập Nghị quyết Trung ương", PLENUMS,
                LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 7)));
        assertThat(auditType("CLASS_REVISED", id)).isEqualTo("training-class");
        assertThat(audit("CLASS_REVISED", id, "before", "title")).isEqualTo("Học tập Nghị quyết");
        assertThat(audit("CLASS_REVISED", id, "after", "title")).isEqualTo("Học tập Nghị quyết Trung ương");
        book.enrol(id, List.of(member));
        assertThat(auditType("ENROLMENT_ADDED", id)).isEqualTo("training-enrolment");
        assertThat(audit("ENROLMENT_ADDED", id, "after", "member")).isEqualTo(String.valueOf(member.value()));
        book.record(id, List.of(new Outcome(member, true, true, null)));
        assertThat(auditType("REGISTER_RECORDED", id)).isEqualTo("training-enrolment");
        assertThat(audit("REGISTER_RECORDED", id, "before", "completed")).isEqualTo("false");
        assertThat(audit("REGISTER_RECORDED", id, "after", "completed")).isEqualTo("true");
    }
}
