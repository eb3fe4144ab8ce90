package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.demo.DemoFigures.LaborFederation;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * The tree of the two reports under Thành ủy Cần Thơ, with its history: the industrial zones'
 * committee established on 19/5/2016 with 24 grassroots organizations, receiving one grassroots
 * branch from the enterprises' bloc and dissolving two, so 23 remain on 12/6/2018 ("tiếp nhận 01 chi
 * bộ, giải thể 02 chi bộ, hiện nay còn 23 tổ chức cơ sở đảng"); and the labour federation's
 * grassroots committee with its 06 branches under the bloc of the Party, state and mass
 * organizations' agencies. Each committee's term is opened by its congress.
 */
@Component
@Order(10)
class TreeStep implements DemoStep {

    static final LocalDate CITY_FOUNDED = LocalDate.of(2004, 1, 1);
    static final LocalDate BLOCS_FOUNDED = LocalDate.of(2004, 3, 1);
    static final LocalDate FEDERATION_FOUNDED = LocalDate.of(2005, 6, 1);
    static final LocalDate RECEIVED_ON = LocalDate.of(2017, 3, 15);
    static final List<LocalDate> DISSOLVED_ON = List.of(LocalDate.of(2017, 8, 31), LocalDate.of(2018, 1, 31));
    /** The labour federation's congress of the 2015–2020 term (the month grassroots congresses were held). */
    static final LocalDate FEDERATION_CONGRESS = LocalDate.of(2015, 4, 22);

    /** Đảng bộ cơ sở of the zones, each with three branches. */
    private static final List<String> COMPANIES = List.of("Công ty Cổ phần Chế biến Thủy sản Tân Phát",
            "Công ty Cổ phần Dược phẩm Hòa An", "Công ty TNHH Thức ăn Chăn nuôi Phú Thịnh",
            "Công ty Cổ phần Xay xát Lương thực Mỹ Lộc", "Công ty Cổ phần Bao bì Hưng Long",
            "Công ty Cổ phần Điện lực Khu công nghiệp Trà Nóc");
    private static final List<String> WORKSHOPS = List.of("Văn phòng", "Phân xưởng Sản xuất", "Kho vận");
    /** Chi bộ cơ sở of the zones; the last two are dissolved during the term. */
    private static final List<String> SMALL_COMPANIES = List.of("Công ty TNHH May mặc Hòa Thịnh",
            "Công ty TNHH Giày da Thuận Phát", "Công ty Cổ phần Cơ khí Tây Đô", "Công ty TNHH Điện tử Minh Quang",
            "Công ty Cổ phần Vật liệu Xây dựng An Bình", "Công ty TNHH Nhựa Phước Hưng",
            "Công ty Cổ phần Chế biến Gỗ Vĩnh Xuân", "Công ty TNHH Phân bón Đông Hải",
            "Công ty Cổ phần Nước giải khát Thanh Tâm", "Công ty TNHH Thép Kim Long", "Công ty Cổ phần In Hồng Phúc",
            "Công ty TNHH Kho vận Cảng Cái Cui", "Công ty Cổ phần Thủy sản Bình Minh",
            "Công ty TNHH Lương thực Thạnh Lợi", "Ban Quản lý các Khu chế xuất và công nghiệp Cần Thơ",
            "Công ty Phát triển Hạ tầng Khu công nghiệp", "Công ty TNHH Gạch men Phú Quý",
            "Công ty TNHH Bột cá Long Hòa");
    private static final List<String> FEDERATION_BRANCHES = List.of("Văn phòng", "Ban Tổ chức",
            "Ban Tuyên giáo", "Ban Chính sách - Pháp luật", "Ủy ban Kiểm tra", "Nhà Văn hóa Lao động");

    private final StructuralChanges changes;

    TreeStep(StructuralChanges changes) {
        this.changes = changes;
    }

    @Override
    public String name() {
        return "tree";
    }

    @Override
    public void load(DemoContext c) {
        c.city = unit(c, DemoData.CITY, "Thành ủy Cần Thơ", UnitType.PROVINCIAL_COMMITTEE, null, CITY_FOUNDED);
        c.bloc = unit(c, DemoData.BLOC, "Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ",
                UnitType.UPPER_GRASSROOTS_COMMITTEE, c.city, BLOCS_FOUNDED);
        c.enterprises = unit(c, DemoData.ENTERPRISES, "Đảng ủy Khối Doanh nghiệp Cần Thơ",
                UnitType.UPPER_GRASSROOTS_COMMITTEE, c.city, BLOCS_FOUNDED);

        c.federation = unit(c, DemoData.FEDERATION, "Đảng ủy Liên đoàn Lao động thành phố Cần Thơ",
                UnitType.GRASSROOTS_COMMITTEE, c.bloc, FEDERATION_FOUNDED);
        for (int i = 0; i < FEDERATION_BRANCHES.size(); i++) {
            c.federationBranches.add(unit(c, DemoData.FEDERATION + "-" + (i + 1), "Chi bộ " + FEDERATION_BRANCHES.get(i),
                    UnitType.BRANCH, c.federation, FEDERATION_FOUNDED));
        }
        c.federationTerm = changes.openTerm(new OpenTerm(c.federation, 8, FEDERATION_CONGRESS,
                LaborFederation.TERM_START, LaborFederation.TERM_END));

        LocalDate founded = IndustrialZones.ESTABLISHED;
        c.zones = unit(c, DemoData.ZONES, "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                UnitType.UPPER_GRASSROOTS_COMMITTEE, c.city, founded);
        for (int i = 0; i < COMPANIES.size(); i++) {
            UnitId company = unit(c, DemoData.ZONES + "-" + (i + 1), "Đảng bộ " + COMPANIES.get(i),
                    UnitType.GRASSROOTS_COMMITTEE, c.zones, founded);
            for (int j = 0; j < WORKSHOPS.size(); j++) {
                c.zoneHomes.add(unit(c, DemoData.ZONES + "-" + (i + 1) + "-" + (j + 1), "Chi bộ " + WORKSHOPS.get(j),
                        UnitType.BRANCH, company, founded));
            }
        }
        for (int i = 0; i < SMALL_COMPANIES.size(); i++) {
            c.zoneHomes.add(unit(c, DemoData.ZONES + "-" + (COMPANIES.size() + i + 1), "Chi bộ " + SMALL_COMPANIES.get(i),
                    UnitType.GRASSROOTS_BRANCH, c.zones, founded));
        }
        c.zoneDissolved.addAll(c.zoneHomes.subList(c.zoneHomes.size() - 2, c.zoneHomes.size()));
        // The city's first industrial-zones committee: its first congress opens the term on the day it is
        // established, as the report says the resolution was adopted "ngay sau khi thành lập".
        c.zonesTerm = changes.openTerm(new OpenTerm(c.zones, 1, founded, IndustrialZones.TERM_START,
                IndustrialZones.TERM_END));

        c.zoneReceived = unit(c, DemoData.ENTERPRISES + "-1", "Chi bộ Công ty Cổ phần Cấp nước Trà Nóc",
                UnitType.GRASSROOTS_BRANCH, c.enterprises, LocalDate.of(2010, 4, 1));
        unit(c, DemoData.ENTERPRISES + "-2", "Đảng bộ Công ty Cổ phần Xây lắp Thành Đô", UnitType.GRASSROOTS_COMMITTEE,
                c.enterprises, LocalDate.of(2008, 7, 1));
        // Dated history: the hand-over and the dissolutions are written now, before the members, whose
        // records are dated too (the members of the two branches move before the branches are dissolved).
        changes.handOver(new HandOverUnit(c.zoneReceived, c.zones, RECEIVED_ON,
                "Quyết định của Ban Thường vụ Thành ủy Cần Thơ",
                "Chuyển về Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ theo địa bàn hoạt động"));
        for (int i = 0; i < c.zoneDissolved.size(); i++) {
            changes.dissolve(new DissolveUnit(c.zoneDissolved.get(i), DISSOLVED_ON.get(i),
                    "Quyết định của Ban Thường vụ Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                    "Doanh nghiệp ngừng hoạt động; đảng viên đã chuyển sinh hoạt"));
        }
    }

    private UnitId unit(DemoContext c, String code, String name, UnitType type, UnitId superior, LocalDate on) {
        c.units++;
        return changes.establish(new EstablishUnit(code, name, type, superior, on, null, null));
    }
}
