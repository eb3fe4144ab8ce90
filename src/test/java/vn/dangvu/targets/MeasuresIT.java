package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * Every built-in measure against records written through the registries, on the embedded
 * PostgreSQL. The tree: a province with the industrial-zones committee (two grassroots
 * organizations, one of them a grassroots branch) and, outside it, another committee.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeasuresIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MeasureCatalog catalog;

    Fixtures f;
    UnitId province;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    UnitId office;
    UnitId port;
    UnitId outside;
    UnitId outsideCompany;
    UnitId outsideBranch;

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
        outsideCompany = f.unit(outside, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cấp nước", FOUNDED);
        outsideBranch = f.unit(outsideCompany, UnitType.BRANCH, "Chi bộ Nhà máy nước", FOUNDED);
        f.introducers(workshop);
    }

    long flow(String code, UnitId root, LocalDate from, LocalDate to) {
        Measure m = catalog.find(code).orElseThrow();
        assertThat(m.kind()).isEqualTo(MeasureKind.FLOW);
        return catalog.values(m, List.of(root), from, to).asOf(root.value(), from, to).numerator();
    }

    long stock(String code, UnitId root, LocalDate on) {
        Measure m = catalog.find(code).orElseThrow();
        assertThat(m.kind()).isEqualTo(MeasureKind.STOCK);
        return catalog.values(m, List.of(root), on, on).level(root.value(), on).numerator();
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void admissionsAreCountedInTheSubtreeOfTheirBranchWithinThePeriod() {
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 3, 1));
        f.admitted(office, "Phạm Văn Bình", d(2017, 9, 1));
        f.admitted(port, "Võ Văn Cường", d(2018, 6, 12));
        f.admitted(port, "Đỗ Văn Dũng", d(2018, 6, 13));
        f.admitted(outsideBranch, "Lý Văn Em", d(2017, 3, 1));

        assertThat(flow(BuiltInMeasures.ADMITTED, zones, FOUNDED, d(2018, 6, 12))).isEqualTo(3);
        assertThat(flow(BuiltInMeasures.ADMITTED, zones, FOUNDED, d(2018, 6, 13))).isEqualTo(4);
        assertThat(flow(BuiltInMeasures.ADMITTED, zones, d(2017, 3, 2), d(2018, 6, 12))).isEqualTo(2);
        assertThat(flow(BuiltInMeasures.ADMITTED, company, FOUNDED, d(2018, 12, 31))).isEqualTo(2);
        assertThat(flow(BuiltInMeasures.ADMITTED, workshop, FOUNDED, d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.ADMITTED, province, FOUNDED, d(2018, 12, 31))).isEqualTo(5);
    }

    @Test
    void membersAndCandidatesAreCountedOnTheDate() {
        f.official(port, "Hồ Văn Giàu");
        MemberId an = f.candidate(workshop, "Nguyễn Văn An", d(2017, 2, 20));
        f.record(an, new MemberEvent.AdmissionDecided(d(2017, 3, 1), "QĐ-1", null, null));
        f.candidate(office, "Phạm Văn Bình", d(2017, 8, 20));

        // the two introducers in the workshop and the official in the port
        assertThat(stock(BuiltInMeasures.MEMBERS, zones, d(2017, 2, 28))).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.MEMBERS, zones, d(2017, 3, 1))).isEqualTo(4);
        assertThat(stock(BuiltInMeasures.MEMBERS, company, d(2017, 3, 1))).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.OFFICIAL, zones, d(2017, 3, 1))).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.CANDIDATES, zones, d(2017, 2, 28))).isEqualTo(1);
        assertThat(stock(BuiltInMeasures.CANDIDATES, zones, d(2017, 3, 1))).isZero();
        assertThat(stock(BuiltInMeasures.CANDIDATES, zones, d(2017, 8, 1))).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.CERTIFIED, zones, FOUNDED, d(2017, 12, 31))).isEqualTo(2);
        assertThat(stock(BuiltInMeasures.MEMBERS, outside, d(2017, 3, 1))).isZero();
    }

    @Test
    void recognitionsDisciplineAndEndsOfMembershipAreFlows() {
        f.recognized(workshop, "Nguyễn Văn An", d(2016, 8, 1));
        MemberId binh = f.official(office, "Phạm Văn Bình");
        MemberId cuong = f.official(office, "Võ Văn Cường");
        MemberId dung = f.official(port, "Đỗ Văn Dũng");
        MemberId em = f.official(port, "Lý Văn Em");
        MemberId giau = f.official(port, "Hồ Văn Giàu");
        f.record(binh, new MemberEvent.Disciplined(d(2017, 5, 1), DisciplineForm.REPRIMAND, "QĐ-KL-1", "Đảng ủy", "vắng họp"));
        f.record(cuong, new MemberEvent.Disciplined(d(2017, 6, 1), DisciplineForm.EXPULSION, "QĐ-KL-2", "Đảng ủy", "vi phạm"));
        f.record(dung, new MemberEvent.StruckOff(d(2017, 7, 1), "QĐ-XT-1", "bỏ sinh hoạt"));
        f.record(em, new MemberEvent.Died(d(2017, 8, 1)));
        f.record(giau, new MemberEvent.LeftParty(d(2017, 9, 1), "QĐ-RK-1"));

        LocalDate end = d(2018, 6, 12);
        assertThat(flow(BuiltInMeasures.RECOGNIZED, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.DISCIPLINED, zones, FOUNDED, end)).isEqualTo(2);
        assertThat(flow(BuiltInMeasures.EXPELLED, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.STRUCK_OFF, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.DECEASED, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.LEFT, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.DISCIPLINED, port, FOUNDED, end)).isZero();
        // 2 introducers + An + Bình remain; Cường, Dũng, Em and Giàu have left the rolls
        assertThat(stock(BuiltInMeasures.MEMBERS, zones, end)).isEqualTo(4);
    }

    @Test
    void transfersCountOnlyFromAndToOutsideTheSubtree() {
        MemberId comer = f.official(outsideBranch, "Nguyễn Văn Đến");
        MemberId mover = f.official(workshop, "Trần Văn Chuyển");
        f.record(comer, new MemberEvent.Transferred(d(2017, 1, 10), workshop, "GGT-1"));
        f.record(mover, new MemberEvent.Transferred(d(2017, 2, 10), office, "GGT-2"));
        f.record(comer, new MemberEvent.Transferred(d(2017, 3, 10), outsideBranch, "GGT-3"));

        LocalDate end = d(2017, 12, 31);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_IN, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_OUT, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_IN, company, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_IN, office, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_OUT, workshop, FOUNDED, end)).isEqualTo(2);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_IN, outside, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_OUT, outside, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.TRANSFERRED_IN, province, FOUNDED, end)).isZero();
        assertThat(flow(BuiltInMeasures.TRANSFERRED_IN, zones, d(2017, 1, 11), end)).isZero();
    }

    @Test
    void unitsReceivedDissolvedAndStandingAreReadFromTheTreesHistory() {
        assertThat(stock(BuiltInMeasures.GRASSROOTS, zones, d(2017, 1, 1))).isEqualTo(2);
        assertThat(stock(BuiltInMeasures.BRANCHES, zones, d(2017, 1, 1))).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.GRASSROOTS, province, d(2017, 1, 1))).isEqualTo(3);

        changes.handOver(new HandOverUnit(outsideBranch, company, d(2017, 4, 1), "QĐ-CG-1", null));
        changes.dissolve(new DissolveUnit(office, d(2017, 10, 1), "QĐ-GT-1", null));

        LocalDate end = d(2018, 6, 12);
        assertThat(flow(BuiltInMeasures.RECEIVED, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.RECEIVED, company, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.RECEIVED, province, FOUNDED, end)).isZero();
        assertThat(flow(BuiltInMeasures.DISSOLVED, zones, FOUNDED, end)).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.DISSOLVED, outside, FOUNDED, end)).isZero();
        assertThat(stock(BuiltInMeasures.BRANCHES, zones, d(2017, 3, 31))).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.BRANCHES, zones, d(2017, 4, 1))).isEqualTo(4);
        assertThat(stock(BuiltInMeasures.BRANCHES, zones, end)).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.BRANCHES, outside, end)).isZero();
    }

    @Test
    void aBranchHandedOverTakesItsMembersButNotItsPastFigures() {
        f.admitted(office, "Nguyễn Văn An", d(2017, 3, 1));
        changes.handOver(new HandOverUnit(office, outsideCompany, d(2017, 6, 1), "QĐ-CG-2", null));
        f.admitted(office, "Phạm Văn Bình", d(2017, 9, 1));

        // admissions stay where the branch stood on the day they were decided
        assertThat(flow(BuiltInMeasures.ADMITTED, zones, FOUNDED, d(2017, 12, 31))).isEqualTo(1);
        assertThat(flow(BuiltInMeasures.ADMITTED, outside, FOUNDED, d(2017, 12, 31))).isEqualTo(1);
        // a stock follows the tree of its date
        assertThat(stock(BuiltInMeasures.MEMBERS, zones, d(2017, 5, 31))).isEqualTo(3);
        assertThat(stock(BuiltInMeasures.MEMBERS, zones, d(2017, 6, 1))).isEqualTo(2);
        assertThat(stock(BuiltInMeasures.MEMBERS, outside, d(2017, 6, 1))).isEqualTo(1);
        assertThat(stock(BuiltInMeasures.MEMBERS, outside, d(2017, 9, 1))).isEqualTo(2);
    }

    @Test
    void theCatalogHasEveryBuiltInMeasureOnceWithALabel() {
        assertThat(catalog.all()).extracting(Measure::code).doesNotHaveDuplicates()
                .contains(BuiltInMeasures.ADMITTED, BuiltInMeasures.MEMBERS, BuiltInMeasures.RECEIVED);
        assertThat(catalog.find("members.admitted")).isPresent();
        assertThat(catalog.find("khong.co")).isEmpty();
    }
}
