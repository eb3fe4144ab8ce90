package vn.dangvu.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.synthetic.PlannedTree.Unit;

/**
 * Members for a planned national tree, each with a history the rules of the members module accept:
 * the records of the members admitted before the registry opened (1/1/2018, from their paper files),
 * and from 2019 on about 180,000 admissions a year (scaled), each with its whole path (candidate,
 * awareness certificate, two official introducers, the branch's vote, the admission decision, the
 * ceremony, twelve months of probation, recognition or striking off); then, year by year, deaths
 * (more with age), transfers, exemptions of the old, reprimands, striking off and expulsions. When
 * a member's branch ends (merged, dissolved: the 2025 reorganization ends many), the member is
 * transferred that day to a branch of the same province that stands until today. Deterministic:
 * member {@code i}'s life depends only on the seed and {@code i}.
 */
final class MemberPlan {

    /** The day the registry opened its records from paper files. */
    static final LocalDate OPENED = LocalDate.of(2018, 1, 1);
    /** Members standing on the day of the national figure (5.6 million in January 2026), at scale 1. */
    static final long BASE_MEMBERS = 4_800_000;
    static final int ADMISSIONS_A_YEAR = 180_000;
    private static final double[] YEAR_FACTOR = {1.05, 0.95, 0.92, 1.0, 1.04, 1.1, 1.0, 0.98};

    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê",
            "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
            "Trịnh", "Mai", "Đào", "Cao", "Lương", "Hà", "Tạ", "Quách");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh",
            "Xuân", "Ngọc", "Công", "Đình", "Mạnh", "Tuấn", "Hoàng", "Trọng", "Bá", "Quốc", "Anh");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Minh",
            "Hồng", "Phương", "Kim", "Thùy", "Bích", "Diệu", "Khánh", "Mai");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy",
            "Hưng", "Khánh", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thắng",
            "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tú", "Tuấn", "Việt", "Vinh", "Hiếu", "Lâm", "Lộc", "Đông");
    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Ánh", "Châu", "Chi", "Dung", "Giang", "Hà", "Hạnh",
            "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân",
            "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Xuân");
    private static final List<String> ETHNICITIES = List.of("Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông",
            "Dao", "Gia Rai", "Ê Đê");
    private static final List<String> THEORY = List.of("Sơ cấp", "Sơ cấp", "Trung cấp", "Cao cấp");
    private static final List<String> OCCUPATIONS = List.of("Cán bộ, công chức", "Viên chức", "Nông dân", "Công nhân",
            "Giáo viên", "Bác sĩ", "Quân nhân", "Công an", "Hưu trí", "Kinh doanh", "Sinh viên");
    private static final String[] PROVINCE_CODES = {"001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096"};

    private final long seed;
    private final LocalDate today;
    private final long firstId;
    private final long base;
    private final long[] admissionsUntil;
    private final int firstYear = 2019;
    /** Branches standing on {@link #OPENED}: base member i belongs to {@code openBranches[i % n]}. */
    private final Unit[] openBranches;
    /** Per region, the branches standing today, where members of ended branches go. */
    private final List<List<Unit>> standing = new ArrayList<>();
    private final List<Unit> allStanding = new ArrayList<>();

    MemberPlan(PlannedTree tree, double scale, long seed, LocalDate today, long firstId) {
        this.seed = seed;
        this.today = today;
        this.firstId = firstId;
        List<Unit> open = new ArrayList<>();
        for (Unit u : tree.units()) {
            if (!u.type.isBranch()) {
                continue;
            }
            if (u.aliveOn(OPENED)) {
                open.add(u);
            }
            if (u.aliveOn(today)) {
                while (standing.size() <= u.region) {
                    standing.add(new ArrayList<>());
                }
                standing.get(u.region).add(u);
                allStanding.add(u);
            }
        }
        this.openBranches = open.toArray(Unit[]::new);
        this.base = Math.max(2L * openBranches.length, Math.round(BASE_MEMBERS * scale));
        int years = today.getYear() - firstYear + 1;
        this.admissionsUntil = new long[years];
        long sum = 0;
        for (int y = 0; y < years; y++) {
            sum += Math.round(ADMISSIONS_A_YEAR * scale * YEAR_FACTOR[Math.min(y, YEAR_FACTOR.length - 1)]);
            admissionsUntil[y] = sum;
        }
    }

    /** How many people get a record: members and candidates, including those since dead or struck off. */
    long people() {
        return base + admissionsUntil[admissionsUntil.length - 1];
    }

    /** Calls {@code sink} with each person's id, profile and history, in id order. */
    void forEach(BiConsumer<Long, Person> sink) {
        for (long i = 0; i < people(); i++) {
            Person person = i < base ? baseMember(i) : newMember(i - base, i);
            // Those whose path starts after today are not known yet.
            if (!person.history().isEmpty()) {
                sink.accept(firstId + i, person);
            }
        }
    }

    record Person(Profile profile, List<MemberEvent> history) {
    }

    // --- members whose records were opened from paper files -----------------------------------------

    private Person baseMember(long i) {
        SplittableRandom rng = rng(i);
        boolean anchor = i < 2L * openBranches.length;
        Unit branch = openBranches[(int) (i % openBranches.length)];
        // Admitted from 1950 to 2015 (official before the records opened), more in recent years; at 18 to about 45.
        int admittedYear = anchor ? 2000 + rng.nextInt(15) : 2015 - (int) (65 * Math.pow(rng.nextDouble(), 1.7));
        int ageAtAdmission = 18 + (int) (10 * rng.nextDouble() + 18 * Math.pow(rng.nextDouble(), 3));
        LocalDate admitted = LocalDate.of(admittedYear, 1, 1).plusDays(rng.nextInt(365));
        LocalDate birth = admitted.minusYears(ageAtAdmission).minusDays(1 + rng.nextInt(360));
        LocalDate ceremony = admitted.plusDays(7 + rng.nextInt(18));
        LocalDate official = ceremony.plusMonths(12).plusDays(rng.nextInt(20));
        Sex sex = rng.nextDouble() < 0.62 ? Sex.MALE : Sex.FEMALE;
        List<MemberEvent> events = new ArrayList<>();
        events.add(new MemberEvent.RecordOpened(OPENED, id(branch), admitted, ceremony, official));
        later(rng, i, events, OPENED, birth, branch, anchor, true);
        return new Person(profile(rng, i, sex, birth), events);
    }

    // --- members admitted from 2019 on ---------------------------------------------------------------

    private Person newMember(long j, long i) {
        SplittableRandom rng = rng(i);
        int y = 0;
        while (j >= admissionsUntil[y]) {
            y++;
        }
        LocalDate decided = LocalDate.of(firstYear + y, 1, 1).plusDays(rng.nextInt(365));
        LocalDate voted = decided.minusDays(15 + rng.nextInt(30));
        LocalDate introduced = voted.minusDays(5 + rng.nextInt(15));
        LocalDate certified = introduced.minusDays(10 + rng.nextInt(50));
        LocalDate registered = certified.minusDays(30 + rng.nextInt(90));
        int age = 18 + (int) (12 * rng.nextDouble() + 20 * Math.pow(rng.nextDouble(), 4));
        LocalDate birth = voted.minusYears(age).minusDays(1 + rng.nextInt(360));
        Sex sex = rng.nextDouble() < 0.55 ? Sex.MALE : Sex.FEMALE;
        // A branch that stands from the registration until today, in the province of a random branch.
        Unit branch = null;
        while (branch == null) {
            Unit u = allStanding.get(rng.nextInt(allStanding.size()));
            if (!u.established.isAfter(registered)) {
                branch = u;
            }
        }
        List<MemberEvent> events = new ArrayList<>();
        events.add(new MemberEvent.CandidateRegistered(registered, id(branch)));
        events.add(new MemberEvent.AwarenessCertified(certified, "GCN-" + (1000 + rng.nextInt(9000)) + "/" + certified.getYear()));
        long first = firstId + rng.nextLong(2L * openBranches.length);
        long second = first == firstId ? first + 1 : first - 1;
        events.add(new MemberEvent.Introduced(introduced, new MemberId(first), new MemberId(second)));
        if (rng.nextDouble() < 0.04) {
            events.add(new MemberEvent.CandidateDropped(voted, "Không đủ tiêu chuẩn"));
            return person(rng, i, sex, birth, events);
        }
        int total = 8 + rng.nextInt(25);
        events.add(new MemberEvent.BranchVoted(voted, total - rng.nextInt(total / 4 + 1), total,
                "NQ-" + (1 + rng.nextInt(99)) + "/" + voted.getYear()));
        events.add(new MemberEvent.AdmissionDecided(decided, (100 + rng.nextInt(900)) + "-QĐ/ĐU", null, null));
        LocalDate ceremony = decided.plusDays(7 + rng.nextInt(18));
        events.add(new MemberEvent.CeremonyHeld(ceremony, null));
        LocalDate end = ceremony.plusMonths(12);
        if (rng.nextDouble() < 0.01) {
            events.add(new MemberEvent.ProbationStruckOff(end.minusDays(20 + rng.nextInt(40)),
                    (100 + rng.nextInt(900)) + "-QĐ/ĐU", "Không đủ tư cách đảng viên"));
            return person(rng, i, sex, birth, events);
        }
        LocalDate recognized = end.plusDays(3 + rng.nextInt(30));
        events.add(new MemberEvent.RecognizedOfficial(recognized, (100 + rng.nextInt(900)) + "-QĐ/ĐU", null));
        later(rng, i, events, recognized, birth, branch, false, false);
        return person(rng, i, sex, birth, events);
    }

    private Person person(SplittableRandom rng, long i, Sex sex, LocalDate birth, List<MemberEvent> events) {
        // Nothing after today: candidates and probationary members still on their way.
        events.removeIf(e -> e.on().isAfter(today));
        return new Person(profile(rng, i, sex, birth), events);
    }

    // --- what happens after: year by year --------------------------------------------------------

    private void later(SplittableRandom rng, long i, List<MemberEvent> events, LocalDate from, LocalDate birth,
            Unit branch, boolean anchor, boolean old) {
        List<MemberEvent> planned = new ArrayList<>();
        boolean exempt = false;
        for (int year = from.getYear(); year <= today.getYear(); year++) {
            int age = year - birth.getYear();
            double death = Math.min(0.2, 0.0004 * Math.exp((age - 40) / 9.0));
            if (!anchor && rng.nextDouble() < death) {
                planned.add(new MemberEvent.Died(dayIn(rng, year, from)));
            }
            if (!anchor && rng.nextDouble() < 0.0009) {
                planned.add(new MemberEvent.StruckOff(dayIn(rng, year, from), (100 + rng.nextInt(900)) + "-QĐ/ĐU",
                        "Bỏ sinh hoạt đảng 3 tháng trong năm không có lý do"));
            }
            if (!anchor && rng.nextDouble() < 0.0002) {
                planned.add(new MemberEvent.Disciplined(dayIn(rng, year, from), DisciplineForm.EXPULSION,
                        (100 + rng.nextInt(900)) + "-QĐ/UBKT", "Ủy ban kiểm tra", "Vi phạm Điều lệ Đảng"));
            } else if (rng.nextDouble() < 0.0015) {
                planned.add(new MemberEvent.Disciplined(dayIn(rng, year, from),
                        rng.nextBoolean() ? DisciplineForm.REPRIMAND : DisciplineForm.WARNING,
                        (100 + rng.nextInt(900)) + "-QĐ/UBKT", "Ủy ban kiểm tra", "Vi phạm quy định sinh hoạt đảng"));
            }
            if (rng.nextDouble() < (old ? 0.012 : 0.025)) {
                planned.add(new MemberEvent.Transferred(dayIn(rng, year, from), null, "GGT-" + (1 + rng.nextInt(9999))));
            }
            if (!exempt && age >= 70 && rng.nextDouble() < 0.06) {
                exempt = true;
                planned.add(new MemberEvent.Exempted(dayIn(rng, year, from), "Tuổi cao, sức yếu"));
            }
        }
        planned.removeIf(e -> e.on().isAfter(today));
        planned.sort(Comparator.comparing(MemberEvent::on));
        Unit current = branch;
        for (MemberEvent e : planned) {
            current = followBranch(rng, events, current, e.on());
            if (e instanceof MemberEvent.Transferred t) {
                Unit to = elsewhere(rng, current, t.on());
                if (to == null) {
                    continue;
                }
                events.add(new MemberEvent.Transferred(t.on(), id(to), t.letterNumber()));
                current = to;
            } else {
                events.add(e);
                if (e instanceof MemberEvent.Died || e instanceof MemberEvent.StruckOff
                        || e instanceof MemberEvent.Disciplined d && d.form() == DisciplineForm.EXPULSION) {
                    return;
                }
            }
        }
        followBranch(rng, events, current, today);
    }

    /** The member's branch on {@code day}: if theirs ended before, they were transferred on its last day. */
    private Unit followBranch(SplittableRandom rng, List<MemberEvent> events, Unit branch, LocalDate day) {
        if (branch.dissolved.isAfter(day)) {
            return branch;
        }
        if (branch.dissolved.isAfter(today)) {
            return branch;
        }
        Unit to = elsewhere(rng, branch, branch.dissolved);
        events.add(new MemberEvent.Transferred(branch.dissolved, id(to), "GGT-" + (1 + rng.nextInt(9999))));
        return to;
    }

    /** Another branch, of the same province mostly, standing from {@code on} until today. */
    private Unit elsewhere(SplittableRandom rng, Unit from, LocalDate on) {
        List<Unit> near = from.region < standing.size() && !standing.get(from.region).isEmpty() && rng.nextDouble() < 0.9
                ? standing.get(from.region) : allStanding;
        for (int attempt = 0; attempt < 100; attempt++) {
            Unit u = near.get(rng.nextInt(near.size()));
            if (u != from && !u.established.isAfter(on)) {
                return u;
            }
            if (attempt == 50) {
                near = allStanding;
            }
        }
        return null;
    }

    private LocalDate dayIn(SplittableRandom rng, int year, LocalDate from) {
        LocalDate start = LocalDate.of(year, 1, 1).isBefore(from) ? from.plusDays(1) : LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return days <= 0 ? start : start.plusDays(rng.nextLong(days));
    }

    // --- the personal record -----------------------------------------------------------------------

    private Profile profile(SplittableRandom rng, long i, Sex sex, LocalDate birth) {
        boolean male = sex == Sex.MALE;
        String name = pick(rng, FAMILY) + " " + pick(rng, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(rng, male ? GIVEN_MALE : GIVEN_FEMALE);
        long n = firstId + i;
        int sexCentury = (birth.getYear() >= 2000 ? 2 : 0) + (male ? 0 : 1);
        String identity = PROVINCE_CODES[(int) (n % PROVINCE_CODES.length)] + sexCentury
                + String.format("%02d", birth.getYear() % 100) + String.format("%06d", (n / PROVINCE_CODES.length) % 1_000_000);
        return new Profile(name, sex, birth, rng.nextDouble() < 0.86 ? "Kinh" : pick(rng, ETHNICITIES),
                rng.nextDouble() < 0.9 ? null : "Phật giáo", "Xã " + Names.place(rng) + ", tỉnh "
                + Names.PROVINCES.get(rng.nextInt(Names.PROVINCES.size())).name(), null, new IdentityNumber(identity),
                "12/12", pick(rng, THEORY), pick(rng, OCCUPATIONS), null, String.format("%010d", n), null, null);
    }

    private SplittableRandom rng(long i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L);
    }

    private static UnitId id(Unit u) {
        return UnitId.of(u.id);
    }

    private static <T> T pick(SplittableRandom rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }
}
