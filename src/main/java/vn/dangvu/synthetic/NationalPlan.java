package vn.dangvu.synthetic;

import static vn.dangvu.organizations.UnitType.BRANCH;
import static vn.dangvu.organizations.UnitType.GRASSROOTS_BRANCH;
import static vn.dangvu.organizations.UnitType.GRASSROOTS_COMMITTEE;
import static vn.dangvu.organizations.UnitType.PROVINCIAL_COMMITTEE;
import static vn.dangvu.organizations.UnitType.SUB_COMMITTEE;
import static vn.dangvu.organizations.UnitType.UPPER_GRASSROOTS_COMMITTEE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import vn.dangvu.organizations.UnitType;
import vn.dangvu.synthetic.Names.OldProvince;
import vn.dangvu.synthetic.Names.Province;
import vn.dangvu.synthetic.PlannedTree.Kind;
import vn.dangvu.synthetic.PlannedTree.Unit;

/**
 * Plans a national tree shaped like the real one: 63 provinces with their districts, communes and
 * blocs until 2025, the central blocs, and the history that led to today's 34 provinces and 6
 * central blocs — village mergers in 2019–2020, communal police branches, renames, hand-overs and
 * dissolutions, the central and provincial bloc reorganizations of February–March 2025 and the
 * abolition of district committees on 1 July 2025, when communes were merged and placed under
 * the province. The same seed and scale give the same tree.
 *
 * <p>Scale 1.0 aims at the national figures (about 52,000 grassroots organizations, 270,000
 * branches, 320,000 units today). Nested counts scale by the square root at each of two levels,
 * so small scales keep every province with at least one district, commune and bloc.
 */
final class NationalPlan {

    static final LocalDate STRUCTURE_UNTIL = LocalDate.of(2018, 12, 31);
    static final LocalDate HUE_CITY = LocalDate.of(2025, 1, 1);
    static final LocalDate CENTRAL_BLOCS = LocalDate.of(2025, 2, 1);
    static final LocalDate PROVINCIAL_BLOCS = LocalDate.of(2025, 3, 1);
    static final LocalDate REORGANIZATION = LocalDate.of(2025, 7, 1);
    /** The synthetic history ends here, so the tree is the same whenever it is generated. */
    static final LocalDate HORIZON = LocalDate.of(2026, 6, 30);

    private final PlannedTree tree;
    private final SplittableRandom rng;
    private final double scale;
    private final double root;
    private final PriorityQueue<Action> queue = new PriorityQueue<>(
            Comparator.comparing(Action::on).thenComparingLong(Action::seq));
    private long actionSeq;

    private final List<OldUnits> oldProvinces = new ArrayList<>();
    private final Map<Unit, Integer> centralDestination = new LinkedHashMap<>();
    private final Unit[] central = new Unit[8];

    private record Action(LocalDate on, long seq, Runnable run) {
    }

    /** An old province and its committees that the 2025 reorganizations act on. */
    private static final class OldUnits {
        final OldProvince source;
        final int region;
        Unit province;
        Unit officesBloc;
        Unit enterprisesBloc;
        Unit militaryBloc;
        Unit policeBloc;
        Unit partyBloc;
        Unit peoplesCommitteeBloc;
        String label;
        final List<Unit> districts = new ArrayList<>();

        OldUnits(OldProvince source, int region) {
            this.source = source;
            this.region = region;
            this.label = source.label();
        }
    }

    private NationalPlan(double scale, long seed, long firstId) {
        if (!(scale > 0 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be in (0, 4], was " + scale);
        }
        this.tree = new PlannedTree(firstId);
        this.rng = new SplittableRandom(seed);
        this.scale = scale;
        this.root = Math.sqrt(scale);
    }

    static PlannedTree plan(double scale, long seed, long firstId) {
        NationalPlan plan = new NationalPlan(scale, seed, firstId);
        plan.centralBlocs();
        for (int i = 0; i < Names.PROVINCES.size(); i++) {
            for (OldProvince old : Names.PROVINCES.get(i).merged()) {
                plan.oldProvince(old, i);
            }
        }
        plan.randomHistory();
        plan.scriptedReorganizations();
        plan.run();
        return plan.tree;
    }

    // ---------------------------------------------------------------- the central blocs

    private void centralBlocs() {
        int region = Names.PROVINCES.size();
        central[0] = tree.establish("TW1", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ Quân đội", day(1946, 1948),
                null, region, null);
        central[1] = tree.establish("TW2", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ Công an Trung ương",
                day(1946, 1950), null, region + 1, null);
        central[2] = tree.establish("TW3", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ Khối các cơ quan Trung ương",
                LocalDate.of(1976, 5, 12), null, region + 2, null);
        central[3] = tree.establish("TW4", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ Khối doanh nghiệp Trung ương",
                LocalDate.of(2007, 3, 15), null, region + 3, null);
        army(central[0]);
        police(central[1]);
        ministries(central[2], central[3]);
    }

    private static final List<String> ARMY_COMMANDS = List.of(
            "Quân khu 1", "Quân khu 2", "Quân khu 3", "Quân khu 4", "Quân khu 5", "Quân khu 7", "Quân khu 9",
            "Bộ Tư lệnh Thủ đô Hà Nội", "Quân đoàn 1", "Quân đoàn 2", "Quân đoàn 3", "Quân đoàn 4",
            "Quân chủng Phòng không - Không quân", "Quân chủng Hải quân", "Bộ đội Biên phòng", "Cảnh sát biển Việt Nam",
            "Binh chủng Pháo binh", "Binh chủng Công binh", "Binh chủng Thông tin liên lạc", "Binh chủng Hóa học",
            "Binh chủng Đặc công", "Binh chủng Tăng - Thiết giáp", "Tổng cục Chính trị", "Tổng cục Hậu cần",
            "Tổng cục Kỹ thuật", "Tổng cục Công nghiệp quốc phòng", "Bộ Tổng Tham mưu", "Học viện Quốc phòng",
            "Học viện Lục quân", "Học viện Chính trị", "Học viện Kỹ thuật Quân sự", "Học viện Quân y",
            "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Bộ Tư lệnh 86", "Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh");

    private void army(Unit army) {
        Map<String, Unit> byName = new LinkedHashMap<>();
        int division = 300;
        for (String command : ARMY_COMMANDS) {
            Unit upper = establish(army, "A", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER, "Đảng bộ " + command,
                    after(army.established, 1954, 1990));
            byName.put(command, upper);
            int divisions = atLeastOne(5 * root);
            for (int d = 0; d < divisions; d++) {
                String name = rng.nextInt(3) == 0 ? "Lữ đoàn " + (100 + rng.nextInt(600)) : "Sư đoàn " + (division++);
                Unit unit = establish(upper, "B", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER, "Đảng bộ " + name,
                        after(upper.established, 1960, 2010));
                armyGrassroots(unit, scaled(50 * root));
            }
            armyGrassroots(upper, scaled(30 * root));
        }
        // Real merges of army corps and directorates, so that older dates see the older structure
        schedule(LocalDate.of(2023, 12, 18), on -> mergeIntoNew(List.of(byName.get("Quân đoàn 1"),
                byName.get("Quân đoàn 2")), army, "Đảng bộ Quân đoàn 12", on, "QĐ/QUTW"));
        schedule(LocalDate.of(2024, 12, 19), on -> mergeIntoNew(List.of(byName.get("Quân đoàn 3"),
                byName.get("Quân đoàn 4")), army, "Đảng bộ Quân đoàn 34", on, "QĐ/QUTW"));
        schedule(PROVINCIAL_BLOCS, on -> mergeIntoNew(List.of(byName.get("Tổng cục Hậu cần"),
                byName.get("Tổng cục Kỹ thuật")), army, "Đảng bộ Tổng cục Hậu cần - Kỹ thuật", on, "QĐ/QUTW"));
    }

    private void armyGrassroots(Unit upper, int count) {
        int regiment = 1 + rng.nextInt(900);
        for (int i = 0; i < count; i++) {
            LocalDate on = after(upper.established, upper.established.getYear(), 2015);
            int draw = rng.nextInt(100);
            if (draw < 8) {
                Unit unit = establish(upper, "G", GRASSROOTS_COMMITTEE, Kind.ARMY_UNIT,
                        "Đảng bộ Trung đoàn " + (regiment + i), on);
                for (int b = 1; b <= 3; b++) {
                    Unit sub = establish(unit, "S", SUB_COMMITTEE, Kind.SUB, "Đảng bộ Tiểu đoàn " + b,
                            after(on, on.getYear(), 2016));
                    for (int c = 1; c <= 3 + rng.nextInt(2); c++) {
                        establish(sub, "C", BRANCH, Kind.BRANCH, "Chi bộ Đại đội " + ((b - 1) * 4 + c),
                                after(sub.established, sub.established.getYear(), 2017));
                    }
                }
                branches(unit, List.of("Chi bộ Ban Tham mưu", "Chi bộ Ban Chính trị", "Chi bộ Ban Hậu cần - Kỹ thuật"), 3);
            } else if (draw < 65) {
                String name = switch (rng.nextInt(5)) {
                    case 0 -> "Đảng bộ Tiểu đoàn " + (1 + rng.nextInt(40));
                    case 1 -> "Đảng bộ Kho K" + (1 + rng.nextInt(90));
                    case 2 -> "Đảng bộ Bệnh viện Quân y " + (100 + rng.nextInt(80));
                    case 3 -> "Đảng bộ Xưởng X" + (10 + rng.nextInt(80));
                    default -> "Đảng bộ Cơ quan " + upper.name().substring("Đảng bộ ".length());
                };
                Unit unit = establish(upper, "G", GRASSROOTS_COMMITTEE, Kind.ARMY_UNIT, name, on);
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= 8; c++) {
                    names.add("Chi bộ Đại đội " + c);
                }
                names.addAll(List.of("Chi bộ Cơ quan", "Chi bộ Ban Tham mưu", "Chi bộ Ban Chính trị"));
                branches(unit, names, 2 + rng.nextInt(5));
            } else {
                String name = switch (rng.nextInt(3)) {
                    case 0 -> "Chi bộ Đại đội " + (1 + rng.nextInt(30));
                    case 1 -> "Chi bộ Trạm Ra đa " + (1 + rng.nextInt(60));
                    default -> "Chi bộ Đồn Biên phòng " + Names.place(rng);
                };
                establish(upper, "G", GRASSROOTS_BRANCH, Kind.ARMY_UNIT, name, on);
            }
        }
    }

    private static final List<String> POLICE_COMMANDS = List.of(
            "Bộ Tư lệnh Cảnh sát cơ động", "Học viện An ninh nhân dân", "Học viện Cảnh sát nhân dân",
            "Cục Cảnh sát giao thông", "Văn phòng Bộ Công an", "Cục An ninh chính trị nội bộ", "Bộ Tư lệnh Cảnh vệ",
            "Cục Hậu cần", "Bệnh viện 19-8", "Cục Tổ chức cán bộ", "Cục Cảnh sát hình sự", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao");

    private void police(Unit police) {
        for (String command : POLICE_COMMANDS) {
            Unit upper = establish(police, "A", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER, "Đảng bộ " + command,
                    after(police.established, 1960, 2005));
            policeGrassroots(upper, scaled(100 * scale));
        }
        policeGrassroots(police, scaled(90 * scale));
    }

    private void policeGrassroots(Unit upper, int count) {
        for (int i = 0; i < count; i++) {
            LocalDate on = after(upper.established, upper.established.getYear(), 2016);
            String unitName = "Phòng " + (1 + i);
            if (rng.nextInt(100) < 45) {
                Unit unit = establish(upper, "G", GRASSROOTS_COMMITTEE, Kind.POLICE_UNIT, "Đảng bộ " + unitName, on);
                List<String> names = new ArrayList<>();
                for (int d = 1; d <= 10; d++) {
                    names.add("Chi bộ Đội " + d);
                }
                branches(unit, names, 3 + rng.nextInt(6));
            } else {
                establish(upper, "G", GRASSROOTS_BRANCH, Kind.POLICE_UNIT, "Chi bộ " + unitName, on);
            }
        }
    }

    /** Index into {@link #central} of the bloc a central unit passed to on 1 February 2025. */
    private static final int PARTY = 4;
    private static final int GOVERNMENT = 5;
    private static final int ASSEMBLY = 6;
    private static final int FRONT = 7;

    private static final List<String> MINISTRIES = List.of(
            "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư", "Bộ Xây dựng", "Bộ Giao thông vận tải",
            "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường", "Bộ Khoa học và Công nghệ",
            "Bộ Thông tin và Truyền thông", "Bộ Nội vụ", "Bộ Lao động - Thương binh và Xã hội", "Bộ Ngoại giao",
            "Bộ Tư pháp", "Bộ Công Thương", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch",
            "Ủy ban Dân tộc", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Chính phủ",
            "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Bảo hiểm xã hội Việt Nam",
            "Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam");

    private static final List<String> STATE_GROUPS = List.of(
            "Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
            "Tập đoàn Bưu chính Viễn thông Việt Nam", "Tập đoàn Hóa chất Việt Nam", "Tập đoàn Công nghiệp Cao su Việt Nam",
            "Tập đoàn Dệt May Việt Nam", "Ngân hàng TMCP Ngoại thương Việt Nam", "Ngân hàng TMCP Công thương Việt Nam",
            "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
            "Tổng công ty Hàng không Việt Nam", "Tổng công ty Đường sắt Việt Nam", "Tổng công ty Hàng hải Việt Nam",
            "Tổng công ty Lương thực miền Bắc", "Tổng công ty Cảng hàng không Việt Nam");

    private static final List<String> CENTRAL_PARTY_AGENCIES = List.of(
            "Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương",
            "Ủy ban Kiểm tra Trung ương", "Ban Đối ngoại Trung ương", "Ban Nội chính Trung ương", "Báo Nhân Dân",
            "Tạp chí Cộng sản", "Nhà xuất bản Chính trị quốc gia Sự thật");

    private static final List<String> CENTRAL_FRONT = List.of(
            "Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Cơ quan Trung ương Đoàn TNCS Hồ Chí Minh",
            "Cơ quan Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Cơ quan Trung ương Hội Nông dân Việt Nam",
            "Cơ quan Trung ương Hội Cựu chiến binh Việt Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam");

    private final Map<String, Unit> ministries = new LinkedHashMap<>();
    private Unit propaganda;
    private Unit massMobilization;

    private void ministries(Unit offices, Unit enterprises) {
        for (String ministry : MINISTRIES) {
            Unit upper = establish(offices, "A", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER, "Đảng bộ " + ministry,
                    after(offices.established, 1977, 1995));
            ministries.put(ministry, upper);
            centralDestination.put(upper, GOVERNMENT);
            agencies(upper, scaled(70 * scale), false);
        }
        for (String group : STATE_GROUPS) {
            Unit upper = establish(enterprises, "A", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER, "Đảng bộ " + group,
                    after(enterprises.established, 2007, 2010));
            centralDestination.put(upper, GOVERNMENT);
            enterprises(upper, scaled(90 * scale));
        }
        for (String agency : CENTRAL_PARTY_AGENCIES) {
            Unit unit = establish(offices, "G", GRASSROOTS_COMMITTEE, Kind.PARTY_AGENCY, "Đảng bộ " + agency,
                    after(offices.established, 1977, 1990));
            branches(unit, Names.OFFICE_UNITS, 4 + rng.nextInt(8));
            centralDestination.put(unit, PARTY);
            if (agency.equals("Ban Tuyên giáo Trung ương")) {
                propaganda = unit;
            } else if (agency.equals("Ban Dân vận Trung ương")) {
                massMobilization = unit;
            }
        }
        Unit audit = establish(offices, "A", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER, "Đảng bộ Kiểm toán Nhà nước",
                after(offices.established, 1994, 1996));
        centralDestination.put(audit, ASSEMBLY);
        for (int i = 1; i <= Math.max(1, Math.round(13 * root)); i++) {
            Unit unit = establish(audit, "G", GRASSROOTS_COMMITTEE, Kind.AGENCY,
                    "Đảng bộ Kiểm toán Nhà nước khu vực " + roman(i), after(audit.established, 1996, 2012));
            branches(unit, Names.OFFICE_UNITS, 3 + rng.nextInt(4));
        }
        Unit assembly = establish(offices, "G", GRASSROOTS_COMMITTEE, Kind.AGENCY, "Đảng bộ Văn phòng Quốc hội",
                after(offices.established, 1977, 1990));
        branches(assembly, Names.OFFICE_UNITS, 8 + rng.nextInt(6));
        centralDestination.put(assembly, ASSEMBLY);
        for (String front : CENTRAL_FRONT) {
            Unit unit = establish(offices, "G", GRASSROOTS_COMMITTEE, Kind.PARTY_AGENCY, "Đảng bộ " + front,
                    after(offices.established, 1977, 1995));
            branches(unit, Names.OFFICE_UNITS, 3 + rng.nextInt(6));
            centralDestination.put(unit, FRONT);
        }
        Unit unions = establish(offices, "A", UPPER_GRASSROOTS_COMMITTEE, Kind.UPPER,
                "Đảng bộ Tổng Liên đoàn Lao động Việt Nam", after(offices.established, 1977, 1990));
        agencies(unions, scaled(40 * scale), false);
        centralDestination.put(unions, FRONT);
    }

    // ---------------------------------------------------------------- the provinces until 2025

    private void oldProvince(OldProvince source, int region) {
        OldUnits old = new OldUnits(source, region);
        oldProvinces.add(old);
        String code = "P%02d".formatted(oldProvinces.size());
        LocalDate founded = LocalDate.of(source.establishedYear(), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        old.province = tree.establish(code, PROVINCIAL_COMMITTEE, Kind.PROVINCE, source.committeeName(), founded, null,
                region, null);
        double w = source.weight();
        old.officesBloc = establish(old.province, "K", UPPER_GRASSROOTS_COMMITTEE, Kind.BLOC,
                "Đảng bộ Khối các cơ quan " + old.label, after(founded, 1992, 2002));
        old.enterprisesBloc = establish(old.province, "K", UPPER_GRASSROOTS_COMMITTEE, Kind.BLOC,
                "Đảng bộ Khối doanh nghiệp " + old.label, after(founded, 2000, 2008));
        old.militaryBloc = establish(old.province, "K", UPPER_GRASSROOTS_COMMITTEE, Kind.BLOC,
                "Đảng bộ Quân sự " + old.label, after(founded, founded.getYear(), 1980));
        old.policeBloc = establish(old.province, "K", UPPER_GRASSROOTS_COMMITTEE, Kind.BLOC,
                "Đảng bộ Công an " + old.label, after(founded, founded.getYear(), 1980));

        for (String agency : Names.PARTY_AGENCIES) {
            if (rng.nextDouble() < Math.max(scale, 0.1)) {
                String name = agency.equals("Báo") ? "Báo " + source.name()
                        : agency.equals("Trường Chính trị") ? "Trường Chính trị " + old.label : agency;
                grassroots(old.officesBloc, Kind.PARTY_AGENCY, name, rng.nextInt(3) == 0);
            }
        }
        agencies(old.officesBloc, scaled(270 * w * scale), true);
        enterprises(old.enterprisesBloc, scaled(240 * w * scale));
        for (int i = 0; i < scaled(10 * w * scale) + 1; i++) {
            grassroots(old.militaryBloc, Kind.ARMY_UNIT, i == 0 ? "Cơ quan Bộ Chỉ huy Quân sự " + old.label
                    : "Trung đoàn " + (700 + rng.nextInt(299)), true);
        }
        for (int i = 0; i < scaled(30 * w * scale); i++) {
            grassroots(old.policeBloc, Kind.POLICE_UNIT, Names.pick(rng, Names.POLICE_UNITS), rng.nextInt(100) < 40);
        }

        int districts = atLeastOne(11.5 * w * root);
        Set<String> places = new HashSet<>();
        for (int d = 0; d < districts; d++) {
            district(old, d, places);
        }
    }

    private void district(OldUnits old, int index, Set<String> places) {
        String place = Names.place(rng, places);
        boolean urban = old.source.city() && rng.nextInt(100) < 55;
        String kind = urban ? "quận" : index == 0 ? "thành phố" : rng.nextInt(100) < 9 ? "thị xã" : "huyện";
        String label = kind + " " + place;
        Unit district = establish(old.province, "H", UPPER_GRASSROOTS_COMMITTEE, Kind.DISTRICT, "Đảng bộ " + label,
                after(old.province.established, Math.max(1946, old.province.established.getYear()), 2010));
        old.districts.add(district);

        int communes = atLeastOne((13 + rng.nextInt(7)) * root);
        for (int c = 0; c < communes; c++) {
            boolean ward = urban || (kind.equals("thành phố") || kind.equals("thị xã")) && rng.nextInt(100) < 60;
            String prefix = ward ? "phường" : c == 0 ? "thị trấn" : "xã";
            String communeName = Names.place(rng, places);
            Unit commune = establish(district, "X", GRASSROOTS_COMMITTEE, Kind.COMMUNE,
                    "Đảng bộ " + prefix + " " + communeName, after(district.established, 1950, 2012));
            Set<String> villages = new HashSet<>();
            int count = 7 + rng.nextInt(6);
            for (int v = 1; v <= count; v++) {
                establish(commune, "C", BRANCH, Kind.VILLAGE, Names.village(rng, old.source.region(), ward, v, villages),
                        after(commune.established, commune.established.getYear(), 2015));
            }
            establish(commune, "C", BRANCH, Kind.BRANCH, "Chi bộ Quân sự " + prefix + " " + communeName,
                    after(commune.established, 1975, 2010));
            if (rng.nextInt(100) < 70) {
                establish(commune, "C", BRANCH, Kind.SCHOOL, "Chi bộ Trường Tiểu học " + communeName,
                        after(commune.established, 1980, 2012));
            }
            if (rng.nextInt(100) < 50) {
                establish(commune, "C", BRANCH, Kind.SCHOOL, "Chi bộ Trường Mầm non " + communeName,
                        after(commune.established, 1990, 2015));
            }
            // Regular police came to every commune in 2019–2021, each with its own branch.
            schedule(between(LocalDate.of(2019, 3, 1), LocalDate.of(2021, 12, 31)), on -> {
                if (commune.alive()) {
                    tree.establish(code(commune, "C"), BRANCH, Kind.BRANCH,
                            "Chi bộ Công an " + commune.name().substring("Đảng bộ ".length()), on, commune,
                            commune.region, decision("QĐ/ĐU"));
                }
            });
        }
        for (int i = 0; i < atLeastOne(9 * root); i++) {
            grassroots(district, Kind.DISTRICT_OFFICE, Names.DISTRICT_OFFICES.get(i % Names.DISTRICT_OFFICES.size())
                    + " " + label, false);
        }
        for (int i = 0; i < scaled(14 * root); i++) {
            String level = Names.pick(rng, List.of("Trường THCS ", "Trường Tiểu học ", "Trường Mầm non "));
            grassroots(district, Kind.SCHOOL, level + Names.pick(rng, Names.PEOPLE), false);
        }
        grassroots(district, Kind.HOSPITAL, "Trung tâm Y tế " + label, true);
        for (int i = 0; i < scaled(3 * root); i++) {
            grassroots(district, Kind.ENTERPRISE, enterpriseName(), false);
        }
        grassroots(old.militaryBloc, Kind.MILITARY_COMMAND, "Ban Chỉ huy Quân sự " + label, true);
        grassroots(old.policeBloc, Kind.DISTRICT_POLICE, "Công an " + label, true);
    }

    /** Units of a provincial or central agency bloc: departments, hospitals, schools, universities, centres. */
    private void agencies(Unit upper, int count, boolean provincial) {
        int departments = 0;
        for (int i = 0; i < count; i++) {
            int draw = rng.nextInt(100);
            if (draw < 22 && (!provincial || departments < Names.DEPARTMENTS.size())) {
                String name = provincial ? Names.DEPARTMENTS.get(departments++)
                        : "Cục " + Names.pick(rng, List.of("Quản lý", "Kiểm tra", "Thống kê", "Hợp tác quốc tế",
                                "Công nghệ thông tin", "Kế hoạch - Tài chính")) + " " + (1 + rng.nextInt(9));
                grassroots(upper, Kind.AGENCY, name, true);
            } else if (draw < 27) {
                grassroots(upper, Kind.HOSPITAL, "Bệnh viện " + Names.pick(rng, List.of("Đa khoa", "Y học cổ truyền",
                        "Phục hồi chức năng", "Sản - Nhi", "Lao và Bệnh phổi", "Tâm thần", "Mắt")) + " " + Names.place(rng),
                        true);
            } else if (draw < 62) {
                grassroots(upper, Kind.SCHOOL, "Trường THPT " + (rng.nextBoolean() ? Names.pick(rng, Names.PEOPLE)
                        : Names.place(rng)), rng.nextInt(100) < 15);
            } else if (draw < 65) {
                grassroots(upper, Kind.UNIVERSITY, Names.pick(rng, List.of("Trường Đại học ", "Trường Cao đẳng "))
                        + Names.place(rng), true);
            } else {
                grassroots(upper, Kind.AGENCY, Names.pick(rng, List.of("Trung tâm ", "Chi cục ", "Ban Quản lý ", "Viện "))
                        + Names.pick(rng, List.of("Kiểm soát bệnh tật", "Kiểm lâm", "Dự án đầu tư xây dựng",
                                "Khuyến nông", "Thủy lợi", "Văn hóa - Nghệ thuật", "Lưu trữ lịch sử", "Quy hoạch",
                                "Trợ giúp pháp lý", "Dịch vụ việc làm", "Phát triển quỹ đất"))
                        + " " + Names.place(rng), rng.nextInt(100) < 35);
            }
        }
    }

    private void enterprises(Unit upper, int count) {
        for (int i = 0; i < count; i++) {
            grassroots(upper, Kind.ENTERPRISE, enterpriseName(), rng.nextInt(100) < 40);
        }
    }

    private String enterpriseName() {
        return Names.pick(rng, Names.ENTERPRISE_FORMS) + " " + Names.pick(rng, Names.SECTORS) + " " + Names.place(rng);
    }

    /** A grassroots organization with the branches its kind usually has: a committee, or a branch on its own. */
    private Unit grassroots(Unit upper, Kind kind, String name, boolean committee) {
        LocalDate on = after(upper.established, upper.established.getYear(), 2016);
        if (!committee) {
            return establish(upper, "G", GRASSROOTS_BRANCH, kind, "Chi bộ " + name, on);
        }
        Unit unit = establish(upper, "G", GRASSROOTS_COMMITTEE, kind, "Đảng bộ " + name, on);
        switch (kind) {
            case HOSPITAL -> branches(unit, Names.WARDS, 4 + rng.nextInt(6));
            case UNIVERSITY -> {
                for (String faculty : sample(Names.FACULTIES, 2 + rng.nextInt(4))) {
                    Unit sub = establish(unit, "S", SUB_COMMITTEE, Kind.SUB, "Đảng bộ bộ phận " + faculty,
                            after(on, on.getYear(), 2016));
                    for (int c = 1; c <= 2 + rng.nextInt(4); c++) {
                        establish(sub, "C", BRANCH, Kind.BRANCH, "Chi bộ " + faculty.replace("Khoa ", "Bộ môn ") + " " + c,
                                after(sub.established, sub.established.getYear(), 2017));
                    }
                }
                branches(unit, List.of("Chi bộ Văn phòng", "Chi bộ Phòng Đào tạo", "Chi bộ Thư viện"), 2);
            }
            case ARMY_UNIT, MILITARY_COMMAND -> {
                List<String> names = new ArrayList<>(List.of("Chi bộ Cơ quan", "Chi bộ Ban Tham mưu", "Chi bộ Ban Chính trị"));
                for (int c = 1; c <= 6; c++) {
                    names.add("Chi bộ Đại đội " + c);
                }
                branches(unit, names, 2 + rng.nextInt(4));
            }
            case POLICE_UNIT, DISTRICT_POLICE -> {
                List<String> names = new ArrayList<>();
                for (int d = 1; d <= 12; d++) {
                    names.add("Chi bộ Đội " + d);
                }
                branches(unit, names, 3 + rng.nextInt(8));
            }
            default -> {
                if (rng.nextInt(100) < 4) {
                    for (int s = 1; s <= 2 + rng.nextInt(3); s++) {
                        Unit sub = establish(unit, "S", SUB_COMMITTEE, Kind.SUB, "Đảng bộ bộ phận "
                                + Names.pick(rng, List.of("Khối ", "Chi nhánh ", "Xí nghiệp ")) + s,
                                after(on, on.getYear(), 2016));
                        branches(sub, Names.OFFICE_UNITS, 2 + rng.nextInt(4));
                    }
                }
                branches(unit, Names.OFFICE_UNITS, 2 + rng.nextInt(7));
            }
        }
        return unit;
    }

    private void branches(Unit superior, List<String> names, int count) {
        for (String name : sample(names, count)) {
            establish(superior, "C", BRANCH, Kind.BRANCH, name.startsWith("Chi bộ") ? name : "Chi bộ " + name,
                    after(superior.established, superior.established.getYear(), 2017));
        }
    }

    // ---------------------------------------------------------------- history

    /** Renames, village mergers, hand-overs and dissolutions in 2019–2024, and a few after the 2025 reorganization. */
    private void randomHistory() {
        for (Unit unit : List.copyOf(tree.units())) {
            int draw = rng.nextInt(1000);
            LocalDate on = between(LocalDate.of(2019, 1, 2), LocalDate.of(2024, 12, 31));
            switch (unit.kind) {
                case VILLAGE -> {
                    if (draw < 120) {
                        LocalDate merged = between(LocalDate.of(2019, 7, 1), LocalDate.of(2020, 12, 31));
                        schedule(merged, d -> mergeIntoSibling(unit, d));
                    } else if (draw < 140) {
                        schedule(on, d -> rename(unit, d, "QĐ/ĐU"));
                    }
                }
                case BRANCH, SCHOOL -> {
                    if (unit.type == GRASSROOTS_BRANCH) {
                        grassrootsHistory(unit, draw, on);
                    } else if (draw < 25) {
                        schedule(on, d -> rename(unit, d, "QĐ/ĐU"));
                    } else if (draw < 45) {
                        schedule(on, d -> dissolve(unit, d, "QĐ/ĐU"));
                    } else if (draw < 60) {
                        schedule(on, d -> handOverToCousin(unit, d));
                    }
                }
                case COMMUNE -> {
                    if (draw < 50) {
                        schedule(on, d -> rename(unit, d, "QĐ/TU"));
                    }
                }
                case AGENCY, PARTY_AGENCY, HOSPITAL, UNIVERSITY, ENTERPRISE, ARMY_UNIT, POLICE_UNIT, DISTRICT_OFFICE ->
                        grassrootsHistory(unit, draw, on);
                default -> {
                }
            }
        }
        for (int i = 0; i < scaled(6000 * scale); i++) {
            schedule(between(REORGANIZATION.plusDays(1), HORIZON), this::newBranchSomewhere);
        }
        for (int i = 0; i < scaled(2500 * scale); i++) {
            schedule(between(REORGANIZATION.plusDays(1), HORIZON), this::renameSomewhere);
        }
        for (int i = 0; i < scaled(1500 * scale); i++) {
            schedule(between(REORGANIZATION.plusDays(1), HORIZON), this::dissolveSomewhere);
        }
    }

    private void grassrootsHistory(Unit unit, int draw, LocalDate on) {
        if (draw < 40) {
            schedule(on, d -> rename(unit, d, "QĐ/ĐU"));
        } else if (draw < 58) {
            schedule(on, d -> dissolveWithBranches(unit, d));
        } else if (draw < 75) {
            schedule(on, d -> handOverToCousin(unit, d));
        } else if (draw < 110 && unit.type == GRASSROOTS_COMMITTEE) {
            schedule(on, d -> {
                if (unit.alive()) {
                    tree.establish(code(unit, "C"), BRANCH, Kind.BRANCH, "Chi bộ " + Names.pick(rng, Names.OFFICE_UNITS)
                            + " " + (unit.children.size() + 1), d, unit, unit.region, decision("QĐ/ĐU"));
                }
            });
        }
    }

    private void rename(Unit unit, LocalDate on, String symbol) {
        if (unit.changeableOn(on)) {
            String name = Names.renamed(rng, unit);
            if (!name.equals(unit.name())) {
                tree.rename(unit, name, on, decision(symbol));
            }
        }
    }

    private void dissolve(Unit unit, LocalDate on, String symbol) {
        if (tree.mayDissolve(unit, on)) {
            tree.dissolve(unit, on, decision(symbol));
        }
    }

    private void dissolveWithBranches(Unit unit, LocalDate on) {
        if (!unit.changeableOn(on)) {
            return;
        }
        for (Unit sub : List.copyOf(unit.children)) {
            for (Unit branch : List.copyOf(sub.children)) {
                dissolve(branch, on, "QĐ/ĐU");
            }
            dissolve(sub, on, "QĐ/ĐU");
        }
        dissolve(unit, on, "QĐ/ĐU");
    }

    /** Hợp nhất chi bộ: a village branch joins a neighbouring one when their villages are merged. */
    private void mergeIntoSibling(Unit unit, LocalDate on) {
        Unit parent = unit.parent();
        if (!unit.changeableOn(on) || parent == null) {
            return;
        }
        List<Unit> siblings = parent.children.stream().filter(u -> u != unit && u.kind == Kind.VILLAGE).toList();
        if (!siblings.isEmpty()) {
            tree.merge(unit, siblings.get(rng.nextInt(siblings.size())), on, decision("QĐ/ĐU"));
        }
    }

    /** Hands the unit to another unit of its superior's type under the same grand-superior. */
    private void handOverToCousin(Unit unit, LocalDate on) {
        Unit parent = unit.parent();
        if (parent == null || parent.parent() == null || !unit.changeableOn(on)) {
            return;
        }
        List<Unit> candidates = parent.parent().children.stream()
                .filter(u -> u != parent && u.kind == parent.kind && tree.mayHandOver(unit, u, on)).toList();
        if (!candidates.isEmpty()) {
            tree.handOver(unit, candidates.get(rng.nextInt(candidates.size())), on, decision("QĐ/ĐU"));
        }
    }

    private Unit randomLiving(Predicate<Unit> filter) {
        List<Unit> units = tree.units();
        for (int attempt = 0; attempt < 50; attempt++) {
            Unit unit = units.get(rng.nextInt(units.size()));
            if (unit.alive() && filter.test(unit)) {
                return unit;
            }
        }
        return null;
    }

    private void newBranchSomewhere(LocalDate on) {
        Unit unit = randomLiving(u -> u.type == GRASSROOTS_COMMITTEE || u.type == SUB_COMMITTEE);
        if (unit != null) {
            String name = unit.kind == Kind.COMMUNE ? Names.village(rng, Names.Region.NORTH, false,
                    unit.children.size() + 1, new HashSet<>()) : "Chi bộ " + Names.pick(rng, Names.OFFICE_UNITS);
            tree.establish(code(unit, "M"), BRANCH, Kind.BRANCH, name, on, unit, unit.region, decision("QĐ/ĐU"));
        }
    }

    private void renameSomewhere(LocalDate on) {
        Unit unit = randomLiving(u -> u.type.isGrassroots() || u.type == BRANCH);
        if (unit != null) {
            rename(unit, on, "QĐ/ĐU");
        }
    }

    private void dissolveSomewhere(LocalDate on) {
        Unit unit = randomLiving(u -> u.type.isBranch());
        if (unit != null) {
            dissolve(unit, on, "QĐ/ĐU");
        }
    }

    // ---------------------------------------------------------------- the 2025 reorganizations

    private void scriptedReorganizations() {
        schedule(HUE_CITY, on -> {
            OldUnits hue = oldProvinces.stream().filter(o -> o.source.name().equals("Thừa Thiên Huế")).findFirst()
                    .orElseThrow();
            tree.rename(hue.province, "Đảng bộ thành phố Huế", on, "Nghị quyết số 1314/NQ-UBTVQH15");
            hue.label = "thành phố Huế";
        });
        schedule(CENTRAL_BLOCS, this::centralReorganization);
        schedule(PROVINCIAL_BLOCS, on -> oldProvinces.forEach(old -> provincialBlocs(old, on)));
        schedule(PROVINCIAL_BLOCS, this::ministryMergers);
        schedule(REORGANIZATION, on -> {
            int first = 0;
            for (Province province : Names.PROVINCES) {
                List<OldUnits> group = oldProvinces.subList(first, first + province.merged().size());
                first += province.merged().size();
                reorganize(group, on);
            }
        });
    }

    private void centralReorganization(LocalDate on) {
        int region = Names.PROVINCES.size();
        central[PARTY] = tree.establish("TW5", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ các cơ quan Đảng Trung ương",
                on, null, region + 4, "Quyết định số 236-QĐ/TW");
        central[GOVERNMENT] = tree.establish("TW6", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ Chính phủ", on, null,
                region + 5, "Quyết định số 238-QĐ/TW");
        central[ASSEMBLY] = tree.establish("TW7", PROVINCIAL_COMMITTEE, Kind.CENTRAL, "Đảng bộ Quốc hội", on, null,
                region + 6, "Quyết định số 237-QĐ/TW");
        central[FRONT] = tree.establish("TW8", PROVINCIAL_COMMITTEE, Kind.CENTRAL,
                "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương", on, null, region + 7, "Quyết định số 239-QĐ/TW");
        for (Unit old : List.of(central[2], central[3])) {
            for (Unit unit : List.copyOf(old.children)) {
                Unit target = central[centralDestination.getOrDefault(unit, GOVERNMENT)];
                if (tree.mayHandOver(unit, target, on)) {
                    tree.handOver(unit, target, on, "Quyết định số 241-QĐ/TW");
                } else {
                    dissolveWithBranches(unit, on);
                }
            }
            tree.dissolve(old, on, "Quyết định số 240-QĐ/TW");
        }
        // Ban Tuyên giáo and Ban Dân vận became one board a fortnight later.
        LocalDate merged = on.plusDays(14);
        schedule(merged, d -> {
            if (propaganda.changeableOn(d) && massMobilization.changeableOn(d)) {
                tree.rename(propaganda, "Đảng bộ Ban Tuyên giáo và Dân vận Trung ương", d, "Quyết định số 244-QĐ/TW");
                tree.merge(massMobilization, propaganda, d, "Quyết định số 244-QĐ/TW");
            }
        });
    }

    private void ministryMergers(LocalDate on) {
        mergeMinistry("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", null, on);
        mergeMinistry("Bảo hiểm xã hội Việt Nam", "Bộ Tài chính", null, on);
        mergeMinistry("Bộ Giao thông vận tải", "Bộ Xây dựng", null, on);
        mergeMinistry("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
                "Đảng bộ Bộ Nông nghiệp và Môi trường", on);
        mergeMinistry("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", null, on);
        mergeMinistry("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ", null, on);
        Unit ethnic = ministries.get("Ủy ban Dân tộc");
        if (ethnic.changeableOn(on)) {
            tree.rename(ethnic, "Đảng bộ Bộ Dân tộc và Tôn giáo", on, "Quyết định số 250-QĐ/ĐU");
        }
    }

    private void mergeMinistry(String source, String target, String newName, LocalDate on) {
        Unit from = ministries.get(source);
        Unit to = ministries.get(target);
        if (newName != null && to.changeableOn(on)) {
            tree.rename(to, newName, on, "Quyết định số 251-QĐ/ĐU");
        }
        if (from.changeableOn(on)) {
            tree.merge(from, to, on, "Quyết định số 251-QĐ/ĐU");
        }
    }

    /** February–March 2025: the offices and enterprises blocs give way to the party-agencies and people's-committee blocs. */
    private void provincialBlocs(OldUnits old, LocalDate on) {
        String decision = decision("QĐ/TU");
        old.partyBloc = tree.establish(code(old.province, "K"), UPPER_GRASSROOTS_COMMITTEE, Kind.BLOC,
                "Đảng bộ các cơ quan Đảng " + old.label, on, old.province, old.region, decision);
        old.peoplesCommitteeBloc = tree.establish(code(old.province, "K"), UPPER_GRASSROOTS_COMMITTEE, Kind.BLOC,
                "Đảng bộ Ủy ban nhân dân " + old.label, on, old.province, old.region, decision);
        for (Unit bloc : List.of(old.officesBloc, old.enterprisesBloc)) {
            for (Unit unit : List.copyOf(bloc.children)) {
                Unit target = unit.kind == Kind.PARTY_AGENCY ? old.partyBloc : old.peoplesCommitteeBloc;
                if (tree.mayHandOver(unit, target, on)) {
                    tree.handOver(unit, target, on, decision);
                } else {
                    dissolveWithBranches(unit, on);
                }
            }
            if (bloc.children.isEmpty()) {
                tree.dissolve(bloc, on, decision);
            }
        }
        // District police were abolished; their work passed to the communal police.
        for (Unit unit : List.copyOf(old.policeBloc.children)) {
            if (unit.kind == Kind.DISTRICT_POLICE) {
                dissolveWithBranches(unit, on);
            }
        }
    }

    /**
     * 1 July 2025: the old provinces of a group merge into the first; communes are merged into new
     * communes under the province; district committees are dissolved after handing over what stays.
     */
    private void reorganize(List<OldUnits> group, LocalDate on) {
        OldUnits survivor = group.getFirst();
        Unit province = survivor.province;
        String decision = decision("QĐ/TU");
        Set<String> names = new HashSet<>();
        for (OldUnits old : group) {
            for (Unit district : old.districts) {
                List<Unit> communes = new ArrayList<>(district.children.stream().filter(u -> u.kind == Kind.COMMUNE).toList());
                Collections.shuffle(communes, new java.util.Random(rng.nextLong()));
                List<Unit> created = new ArrayList<>();
                for (int i = 0; i < communes.size(); ) {
                    int size = Math.min(communes.size() - i, 2 + rng.nextInt(3));
                    if (communes.size() - (i + size) == 1) {
                        size++;
                    }
                    List<Unit> sources = communes.subList(i, i + size);
                    i += size;
                    boolean ward = sources.stream().anyMatch(u -> !u.name().startsWith("Đảng bộ xã "));
                    Unit commune = mergeIntoNew(sources, province, "Đảng bộ " + (ward ? "phường " : "xã ")
                            + Names.place(rng, names), on, "QĐ/TU");
                    created.add(commune);
                }
                for (Unit unit : List.copyOf(district.children)) {
                    if (unit.kind == Kind.SCHOOL && !created.isEmpty()) {
                        // A school's grassroots branch becomes a branch of the new commune's committee.
                        tree.dissolve(unit, on, decision);
                        Unit commune = created.get(rng.nextInt(created.size()));
                        tree.establish(code(commune, "C"), BRANCH, Kind.SCHOOL, unit.name(), on, commune, commune.region,
                                decision);
                    } else if (unit.kind == Kind.HOSPITAL || unit.kind == Kind.ENTERPRISE) {
                        tree.handOver(unit, survivor.peoplesCommitteeBloc, on, decision);
                    } else {
                        dissolveWithBranches(unit, on);
                    }
                }
                tree.dissolve(district, on, decision);
            }
            // District military commands become regional defence commands, about one for three districts.
            List<Unit> commands = old.militaryBloc.children.stream().filter(u -> u.kind == Kind.MILITARY_COMMAND).toList();
            for (int i = 0; i < commands.size(); i += 3) {
                List<Unit> sources = commands.subList(i, Math.min(commands.size(), i + 3));
                mergeIntoNew(sources, survivor.militaryBloc, "Đảng bộ Ban Chỉ huy Phòng thủ khu vực "
                        + (survivor.militaryBloc.codeSeq + 1) + " - " + Names.place(rng), on, "QĐ/TU");
            }
        }
        for (OldUnits old : group.subList(1, group.size())) {
            tree.merge(old.partyBloc, survivor.partyBloc, on, decision);
            tree.merge(old.peoplesCommitteeBloc, survivor.peoplesCommitteeBloc, on, decision);
            tree.merge(old.militaryBloc, survivor.militaryBloc, on, decision);
            tree.merge(old.policeBloc, survivor.policeBloc, on, decision);
            tree.merge(old.province, province, on, "Quyết định số " + (300 + rng.nextInt(200)) + "-QĐ/TW");
        }
    }

    /** Hợp nhất into a new unit: it is established under {@code superior}, then each source merges into it. */
    private Unit mergeIntoNew(List<Unit> sources, Unit superior, String name, LocalDate on, String symbol) {
        String decision = decision(symbol);
        Unit first = sources.getFirst();
        Unit created = tree.establish(code(superior, superior.type == PROVINCIAL_COMMITTEE ? "N" : "G"), first.type,
                first.kind, name, on, superior, superior.region, decision);
        for (Unit source : sources) {
            tree.merge(source, created, on, decision);
        }
        return created;
    }

    // ---------------------------------------------------------------- plumbing

    private Unit establish(Unit superior, String letter, UnitType type, Kind kind, String name, LocalDate on) {
        return tree.establish(code(superior, letter), type, kind, name, on, superior, superior.region, null);
    }

    private static String code(Unit superior, String letter) {
        superior.codeSeq++;
        return superior.code + "-" + letter + superior.codeSeq;
    }

    private void schedule(LocalDate on, java.util.function.Consumer<LocalDate> action) {
        queue.add(new Action(on, actionSeq++, () -> action.accept(on)));
    }

    private void run() {
        while (!queue.isEmpty()) {
            queue.poll().run().run();
        }
    }

    private String decision(String symbol) {
        return rng.nextInt(100) < 70 ? "Quyết định số " + (1 + rng.nextInt(2500)) + "-" + symbol : null;
    }

    /** A count scaled by the settings, rounded at random so that small scales still see some of each kind. */
    private int scaled(double expected) {
        int whole = (int) expected;
        return whole + (rng.nextDouble() < expected - whole ? 1 : 0);
    }

    private int atLeastOne(double expected) {
        return Math.max(1, (int) Math.round(expected));
    }

    /** A date on or after {@code notBefore}, in a year between the two given, never after the planned structure ends. */
    private LocalDate after(LocalDate notBefore, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(Math.max(fromYear, 1930), 1, 1);
        LocalDate to = LocalDate.of(Math.max(toYear, fromYear), 12, 31);
        if (from.isBefore(notBefore)) {
            from = notBefore;
        }
        if (to.isAfter(STRUCTURE_UNTIL)) {
            to = STRUCTURE_UNTIL;
        }
        if (!to.isAfter(from)) {
            return from;
        }
        return between(from, to);
    }

    private LocalDate day(int fromYear, int toYear) {
        return between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(rng.nextLong(days + 1));
    }

    private <T> List<T> sample(List<T> list, int count) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new java.util.Random(rng.nextLong()));
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static String roman(int n) {
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};
        return n <= romans.length ? romans[n - 1] : String.valueOf(n);
    }
}
