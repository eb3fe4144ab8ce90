package vn.dangvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.demo.DemoFigures.LaborFederation;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.members.WorkingDays;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.training.ClassDraft;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.Outcome;
import vn.dangvu.training.TrainingBook;

/**
 * The people of the two committees and their Party lives, every event through {@link MemberRegistry}
 * so the membership rules check each one (ages, official introducers, the certificate, the branch's
 * majority, the deadlines in working days, twelve months of probation…); no step is recorded late,
 * so none carries a reason for lateness. The figures they add up to are in {@link DemoFigures}.
 *
 * <p>Industrial zones: 520 members on record in its 36 branches on 19/5/2016, 14 more in the branch
 * it receives, 77 admitted by 12/6/2018 from the four awareness classes' candidates (and 6 more after
 * the review), one reprimanded; the members of the two dissolved branches move to others first.
 * Labour federation: 45 members in 06 branches; 28 candidates certified, 23 of them admitted before
 * 02/02/2018, 2 after it, 3 not admitted.
 */
@Component
@Order(20)
class MembersStep implements DemoStep {

    static final int ZONE_MEMBERS_AT_FOUNDING = 520;
    static final int RECEIVED_BRANCH_MEMBERS = 14;
    /** Members of the zones on record while still probationary, recognized during the term. */
    static final int ZONE_PROBATIONARY_AT_FOUNDING = 12;
    static final List<Integer> ZONE_COHORTS = List.of(19, 20, 19, 19);
    static final int ZONE_ADMITTED_AFTER_REVIEW = 6;
    static final LocalDate ZONE_DISCIPLINE_DAY = LocalDate.of(2017, 10, 17);
    static final List<Integer> FEDERATION_BRANCH_SIZES = List.of(8, 8, 8, 7, 7, 7);
    static final LocalDate FEDERATION_RECORDS_OPENED = LocalDate.of(2015, 3, 2);
    /** Per awareness class of the federation: candidates certified, and of them admitted before the conference. */
    static final List<Integer> FEDERATION_COHORTS = List.of(10, 9, 9);
    static final List<Integer> FEDERATION_ADMITTED = List.of(8, 8, 7);
    static final List<LocalDate> FEDERATION_ADMITTED_AFTER = List.of(LocalDate.of(2018, 3, 13), LocalDate.of(2018, 3, 27));

    private static final String ZONES_WORKPLACE = "Khu công nghiệp Trà Nóc, quận Bình Thủy, thành phố Cần Thơ";
    private static final String FEDERATION_WORKPLACE = "Liên đoàn Lao động thành phố Cần Thơ";
    private static final List<String> HOMETOWNS = List.of("Cần Thơ", "Cần Thơ", "Cần Thơ", "Hậu Giang", "Vĩnh Long",
            "Sóc Trăng", "An Giang", "Đồng Tháp", "Kiên Giang", "Bạc Liêu", "Cà Mau", "Trà Vinh", "Bến Tre");

    private final MemberRegistry registry;
    private final TrainingBook training;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final OrganizationTree tree;

    private Random random;
    private PersonNames names;
    private int serial;

    /** The awareness classes planned so far, by organizing committee and last day. */
    private final Map<String, Long> awarenessClasses = new HashMap<>();

    MembersStep(MemberRegistry registry, TrainingBook training, WorkingDays workingDays, Clock clock,
            OrganizationTree tree) {
        this.registry = registry;
        this.training = training;
        this.tree = tree;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "members";
    }

    @Override
    public void load(DemoContext c) {
        random = new Random(20180612);
        names = new PersonNames(random);
        serial = 0;
        awarenessClasses.clear();
        federation(c);
        zones(c);
    }

    private void federation(DemoContext c) {
        for (int b = 0; b < c.federationBranches.size(); b++) {
            UnitId branch = c.federationBranches.get(b);
            for (int i = 0; i < FEDERATION_BRANCH_SIZES.get(b); i++) {
                official(c, branch, FEDERATION_RECORDS_OPENED, 1958, 1990, FEDERATION_WORKPLACE, "Chuyên viên");
            }
        }
        int n = 0;
        for (int k = 0; k < FEDERATION_COHORTS.size(); k++) {
            LocalDate classEnd = LaborFederation.AWARENESS_CLASS_ENDS.get(k);
            for (int i = 0; i < FEDERATION_COHORTS.get(k); i++, n++) {
                UnitId branch = c.federationBranches.get(n % c.federationBranches.size());
                MemberId id = candidate(c, c.federation, branch, classEnd.minusDays(45), classEnd, "NTĐ-LĐLĐ-" + (k + 1) + "-" + (i + 1),
                        FEDERATION_WORKPLACE, "Chuyên viên");
                int late = i - FEDERATION_ADMITTED.get(k);
                if (late < 0) {
                    admit(c, id, branch, workday(classEnd.plusDays(40 + 14L * i)), n);
                } else if (k == FEDERATION_COHORTS.size() - 1) {
                    admit(c, id, branch, FEDERATION_ADMITTED_AFTER.get(late), n);
                } else {
                    record(c, id, new MemberEvent.CandidateDropped(workday(classEnd.plusDays(120)),
                            "Chuyển công tác khỏi cơ quan trước khi chi bộ xét kết nạp"));
                }
            }
        }
    }

    private void zones(DemoContext c) {
        LocalDate founded = IndustrialZones.ESTABLISHED;
        int homes = c.zoneHomes.size();
        for (int h = 0; h < homes; h++) {
            UnitId home = c.zoneHomes.get(h);
            int size = ZONE_MEMBERS_AT_FOUNDING / homes + (h < ZONE_MEMBERS_AT_FOUNDING % homes ? 1 : 0);
            boolean withProbationary = h < ZONE_PROBATIONARY_AT_FOUNDING;
            for (int i = 0; i < size - (withProbationary ? 1 : 0); i++) {
                official(c, home, founded, 1962, 1993, ZONES_WORKPLACE, "Công nhân");
            }
            if (withProbationary) {
                probationaryOnRecord(c, home, founded, LocalDate.of(2015, 6, 1).plusDays(15L * h));
            }
        }
        for (int i = 0; i < RECEIVED_BRANCH_MEMBERS; i++) {
            official(c, c.zoneReceived, founded, 1962, 1993, ZONES_WORKPLACE, "Công nhân");
        }

        // Members of the two branches to be dissolved move to grassroots branches of the zones ten days before.
        List<UnitId> stable = new ArrayList<>(c.zoneHomes);
        stable.removeAll(c.zoneDissolved);
        List<UnitId> grassrootsBranches = stable.subList(18, stable.size());
        int moved = 0;
        for (int d = 0; d < c.zoneDissolved.size(); d++) {
            LocalDate on = workdayBefore(TreeStep.DISSOLVED_ON.get(d).minusDays(10));
            for (MemberId member : List.copyOf(c.officialsOf(c.zoneDissolved.get(d)))) {
                UnitId to = grassrootsBranches.get(moved++ % grassrootsBranches.size());
                record(c, member, new MemberEvent.Transferred(on, to, moved + "-GGT/ĐU"));
                c.officialsOf(to).add(member);
            }
            c.officialsOf(c.zoneDissolved.get(d)).clear();
        }

        int n = 0;
        for (int k = 0; k < ZONE_COHORTS.size(); k++) {
            LocalDate classEnd = IndustrialZones.AWARENESS_CLASS_ENDS.get(k);
            boolean last = k == ZONE_COHORTS.size() - 1;
            int size = ZONE_COHORTS.get(k) + (last ? ZONE_ADMITTED_AFTER_REVIEW : 0);
            for (int i = 0; i < size; i++, n++) {
                UnitId branch = stable.get(n % stable.size());
                LocalDate registered = classEnd.minusDays(45).isBefore(founded) ? founded : classEnd.minusDays(45);
                MemberId id = candidate(c, c.zones, branch, registered, classEnd, "NTĐ-KCX-" + (k + 1) + "-" + (i + 1),
                        ZONES_WORKPLACE, "Công nhân");
                LocalDate decided = i < ZONE_COHORTS.get(k)
                        ? workday(classEnd.plusDays(40 + 7L * i))
                        : workday(IndustrialZones.REVIEW_DAY.plusDays(56 + 7L * (i - ZONE_COHORTS.get(k))));
                admit(c, id, branch, decided, n);
            }
        }

        UnitId home = stable.get(4);
        MemberId reprimanded = c.officialsOf(home).get(2);
        record(c, reprimanded, new MemberEvent.Disciplined(ZONE_DISCIPLINE_DAY, DisciplineForm.REPRIMAND,
                "15-QĐ/CB", tree.find(home, ZONE_DISCIPLINE_DAY).orElseThrow().name(),
                "Vi phạm quy định về những điều đảng viên không được làm (vắng sinh hoạt chi bộ không có lý do)"));
    }

    /** A member admitted long before Dangvu, official for years, whose record the branch opens from the paper file. */
    private MemberId official(DemoContext c, UnitId branch, LocalDate opened, int bornFrom, int bornTo, String workplace,
            String occupation) {
        Profile profile = person(bornFrom, bornTo, workplace, occupation);
        LocalDate admitted = profile.birthDate().plusYears(22 + random.nextInt(9)).plusDays(random.nextInt(300));
        LocalDate latest = opened.minusMonths(14);
        if (admitted.isAfter(latest)) {
            admitted = latest;
        }
        LocalDate ceremony = workday(admitted.plusDays(10));
        MemberId id = registry.openRecord(profile, new MemberEvent.RecordOpened(opened, branch, admitted, ceremony,
                ceremony.plusMonths(12)));
        c.people++;
        c.events++;
        c.officialsOf(branch).add(id);
        return id;
    }

    /** A member admitted in 2015, still on probation when the record is opened, recognized when it ends. */
    private void probationaryOnRecord(DemoContext c, UnitId branch, LocalDate opened, LocalDate admitted) {
        Profile profile = person(1985, 1995, ZONES_WORKPLACE, "Công nhân");
        LocalDate ceremony = workday(admitted.plusDays(10));
        MemberId id = registry.openRecord(profile, new MemberEvent.RecordOpened(opened, branch, admitted, ceremony, null));
        c.people++;
        c.events++;
        recognize(c, id, ceremony);
    }

    /** Registered by the branch, then the certificate of the awareness class on the class's last day. */
    /**
     * A candidate the branch starts following, who completes the committee's awareness class ending on
     * {@code certified}: the class's register, through the training module, puts the certificate in the
     * member records, as a clerk's would.
     */
    private MemberId candidate(DemoContext c, UnitId organizer, UnitId branch, LocalDate registered, LocalDate certified,
            String certificate, String workplace, String occupation) {
        MemberId id = registry.registerCandidate(person(1986, 1996, workplace, occupation), branch, registered);
        c.people++;
        c.events++;
        long awarenessClass = awarenessClass(organizer, certified);
        training.enrol(awarenessClass, List.of(id));
        training.record(awarenessClass, List.of(new Outcome(id, true, true, certificate)));
        c.events++;
        return id;
    }

    /** The committee's awareness class ending on {@code ends} (five days, with a centre for political training). */
    private long awarenessClass(UnitId organizer, LocalDate ends) {
        return awarenessClasses.computeIfAbsent(organizer.value() + "@" + ends, key -> {
            int number = (int) awarenessClasses.keySet().stream().filter(k -> k.startsWith(organizer.value() + "@")).count() + 1;
            return training.plan(organizer, new ClassDraft(ClassKind.AWARENESS,
                    "Lớp bồi dưỡng nhận thức về Đảng khóa " + number + " năm " + ends.getYear(), null,
                    "Trung tâm Chính trị quận Ninh Kiều", ends.minusDays(4), ends, "Hội trường Trung tâm Chính trị quận Ninh Kiều"));
        });
    }

    /**
     * Two official members of the branch introduce the candidate, the branch votes two weeks before the
     * committee decides, the ceremony follows within days, and the member is recognized as official
     * soon after the twelve months of probation.
     */
    private void admit(DemoContext c, MemberId id, UnitId branch, LocalDate decided, int n) {
        List<MemberId> officials = c.officialsOf(branch);
        LocalDate voted = workdayBefore(decided.minusDays(14));
        LocalDate introduced = workdayBefore(voted.minusDays(10));
        MemberId first = officials.get(n % officials.size());
        MemberId second = officials.get((n + 1) % officials.size());
        record(c, id, new MemberEvent.Introduced(introduced, first, second));
        int total = officials.size();
        record(c, id, new MemberEvent.BranchVoted(voted, total - (n % 4 == 0 ? 1 : 0), total,
                (n + 1) + "-NQ/CB"));
        record(c, id, new MemberEvent.AdmissionDecided(decided, (n + 101) + "-QĐ/ĐU", null, null));
        LocalDate ceremony = workday(decided.plusDays(10));
        record(c, id, new MemberEvent.CeremonyHeld(ceremony, null));
        recognize(c, id, ceremony);
    }

    private void recognize(DemoContext c, MemberId id, LocalDate ceremony) {
        LocalDate on = workday(ceremony.plusMonths(12).plusDays(14));
        if (!on.isAfter(LocalDate.now(clock))) {
            record(c, id, new MemberEvent.RecognizedOfficial(on, (++serial) + "-QĐ/ĐU-CT", null));
        }
    }

    private void record(DemoContext c, MemberId id, MemberEvent event) {
        registry.record(id, event);
        c.events++;
    }

    private Profile person(int bornFrom, int bornTo, String workplace, String occupation) {
        Sex sex = random.nextInt(100) < 55 ? Sex.MALE : Sex.FEMALE;
        LocalDate born = LocalDate.of(bornFrom + random.nextInt(bornTo - bornFrom + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        int centuryAndSex = (born.getYear() >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        // Fictional numbers with Cần Thơ's code (092); the serial keeps them unique.
        IdentityNumber identity = new IdentityNumber("092" + centuryAndSex + String.format("%02d", born.getYear() % 100)
                + String.format("%06d", 100_000 + ++serial));
        String ethnicity = random.nextInt(100) < 92 ? "Kinh" : random.nextBoolean() ? "Khmer" : "Hoa";
        String religion = random.nextInt(100) < 85 ? null : "Phật giáo";
        String theory = random.nextInt(100) < 70 ? "Sơ cấp" : "Trung cấp";
        return new Profile(names.next(sex), sex, born, ethnicity, religion,
                HOMETOWNS.get(random.nextInt(HOMETOWNS.size())), "Thành phố Cần Thơ", identity, "12/12", theory,
                occupation, workplace, null, null, null);
    }

    private LocalDate workday(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalDate workdayBefore(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
