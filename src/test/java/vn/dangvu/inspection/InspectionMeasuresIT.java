package vn.dangvu.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.WebIT;
import vn.dangvu.inspection.InspectionViews.Basis;
import vn.dangvu.inspection.InspectionViews.Kind;
import vn.dangvu.inspection.InspectionViews.MemberDiscipline;
import vn.dangvu.inspection.InspectionViews.MemberReview;
import vn.dangvu.inspection.InspectionViews.NewCase;
import vn.dangvu.inspection.InspectionViews.UnitDiscipline;
import vn.dangvu.inspection.InspectionViews.UnitDisciplineForm;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberStatus;
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

/**
 * The sample's "kỷ luật 01 đảng viên vi phạm, kiểm điểm rút kinh nghiệm 05 đảng viên" over
 * 2016–2018 and the other inspection measures, written through {@link Inspections} and counted by
 * the catalog on the embedded PostgreSQL, in a subtree and across a hand-over.
 */
@WebIT
class InspectionMeasuresIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);
    /** The services' callers pass the reader's scope; these tests read everything. */
    static final UnitScope ALL = UnitScope.whole(LocalDate.now());

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MemberDirectory directory;
    @Autowired MeasureCatalog catalog;
    @Autowired Inspections inspections;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures f;
    UnitId province;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    UnitId port;
    UnitId outside;

    @BeforeEach
    void tree() {
        f = new Fixtures(changes, registry);
        province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", FOUNDED);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", FOUNDED);
        workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", FOUNDED);
        port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", FOUNDED);
        outside = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", FOUNDED);
    }

    long flow(String code, UnitId root, LocalDate from, LocalDate to) {
        Measure m = catalog.find(code).orElseThrow();
        assertThat(m.kind()).isEqualTo(MeasureKind.FLOW);
        return catalog.values(m, List.of(root), from, to).asOf(root.value(), from, to).numerator();
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void theSamplesOneDisciplinedAndFiveReviewedMembersAreCountedOnceOver2016To2018() {
        List<MemberId> workers = new ArrayList<>();
        for (String name : List.of("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng")) {
            workers.add(f.official(workshop, name));
        }
        List<MemberId> dockers = new ArrayList<>();
        for (String name : List.of("Võ Văn Em", "Đỗ Văn Giàu")) {
            dockers.add(f.official(port, name));
        }
        inspections.disciplineMember(new MemberDiscipline(workers.get(0), DisciplineForm.WARNING, "QĐ-KL-01",
                "Đảng ủy Công ty", d(2017, 8, 10), "Vi phạm quy định về những điều đảng viên không được làm"));
        for (int i = 1; i < 4; i++) {
            inspections.reviewMember(new MemberReview(workers.get(i), d(2017, 3, i), "Chi bộ Phân xưởng",
                    "Chưa gương mẫu", null));
        }
        inspections.reviewMember(new MemberReview(dockers.get(0), d(2018, 5, 2), "Chi bộ Cảng", "Vắng họp", null));
        inspections.reviewMember(new MemberReview(dockers.get(1), d(2018, 12, 31), "Chi bộ Cảng", "Vắng họp", null));
        // a review after the period does not count in it
        inspections.reviewMember(new MemberReview(dockers.get(1), d(2019, 1, 1), "Chi bộ Cảng", "Vắng họp", null));

        assertThat(flow("members.disciplined", zones, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, zones, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(5);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, company, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(3);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, port, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(2);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, zones, d(2016, 1, 1), d(2019, 12, 31))).isEqualTo(6);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, outside, d(2016, 1, 1), d(2019, 12, 31))).isZero();

        // the port is handed over in 2019: its past reviews stay with the zones' committee
        changes.handOver(new HandOverUnit(port, outside, d(2019, 6, 1), "QĐ-CG-1", null));
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, zones, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(5);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, outside, d(2016, 1, 1), d(2019, 12, 31))).isZero();
        inspections.reviewMember(new MemberReview(dockers.get(0), d(2019, 7, 1), "Chi bộ Cảng", "Vắng họp", null));
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, outside, d(2016, 1, 1), d(2019, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.MEMBERS_REVIEWED, zones, d(2016, 1, 1), d(2019, 12, 31))).isEqualTo(6);

        // the lists follow today's tree: the port's records now show under its new committee
        assertThat(inspections.decisions(zones, ALL, 0, 20).total()).isEqualTo(4);
        assertThat(inspections.decisions(outside, ALL, 0, 20).total()).isEqualTo(4);
        assertThat(inspections.decisions(zones, ALL, 0, 20).items().getFirst().form()).isEqualTo("member.discipline.WARNING");
    }

    @Test
    void incompleteRecordsAndWrongFormsAreRefused() {
        assertThatThrownBy(() -> inspections.addPlan(new InspectionViews.NewPlan(zones, 2018, " ", "")))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.required");
        assertThatThrownBy(() -> inspections.disciplineUnit(new UnitDiscipline(workshop, company, null, "QĐ-01",
                d(2017, 5, 5), null, "x", null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.unit-discipline-form");
        assertThatThrownBy(() -> inspections.disciplineUnit(new UnitDiscipline(workshop, company,
                UnitDisciplineForm.WARNING, "QĐ-01", d(2017, 5, 5), d(2017, 5, 1), "x", null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.dates");
        assertThatThrownBy(() -> inspections.openCase(new NewCase(zones, null, Kind.INSPECTION, Basis.REGULAR, company,
                null, null, null, LocalDate.now().plusDays(3), null, null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.dates");
        assertThat(inspections.cases(zones, ALL, 0, 10).total()).isZero();
    }

    @Test
    void expulsionEndsMembershipAndCountsAsDisciplinedAndExpelledOnce() {
        MemberId an = f.official(workshop, "Nguyễn Văn An");
        inspections.disciplineMember(new MemberDiscipline(an, DisciplineForm.EXPULSION, "QĐ-KL-02", "Đảng ủy Khối",
                d(2018, 4, 2), "Vi phạm nghiêm trọng"));

        assertThat(directory.find(an).orElseThrow().status()).isEqualTo(MemberStatus.EXPELLED);
        assertThat(flow("members.disciplined", zones, d(2018, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow("members.expelled", zones, d(2018, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        // nothing more to review or discipline after expulsion
        assertThatThrownBy(() -> inspections.reviewMember(new MemberReview(an, d(2018, 5, 1), "Chi bộ", "x", null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.review-of-member");
    }

    @Test
    void aProbationaryMemberCannotBeExpelledAndNothingIsWritten() {
        f.introducers(workshop);
        MemberId an = f.admitted(workshop, "Nguyễn Văn An", d(2018, 3, 1));
        assertThatThrownBy(() -> inspections.disciplineMember(new MemberDiscipline(an, DisciplineForm.EXPULSION,
                "QĐ-KL-03", null, d(2018, 6, 1), null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("members.discipline-form");
        assertThat(flow("members.disciplined", zones, d(2018, 1, 1), d(2018, 12, 31))).isZero();
    }

    @Test
    void organizationsDisciplinedAndConcludedCasesAreFlowsOfTheirUnits() {
        inspections.disciplineUnit(new UnitDiscipline(workshop, company, UnitDisciplineForm.REPRIMAND, "QĐ-01",
                d(2017, 5, 5), null, "Buông lỏng sinh hoạt", null));
        inspections.disciplineUnit(new UnitDiscipline(port, zones, UnitDisciplineForm.DISSOLUTION, "QĐ-02",
                d(2018, 5, 5), d(2018, 6, 1), "Mất sức chiến đấu", null));
        assertThat(flow(InspectionMeasures.UNITS_DISCIPLINED, zones, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(2);
        assertThat(flow(InspectionMeasures.UNITS_DISCIPLINED, company, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.UNITS_DISCIPLINED, workshop, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.UNITS_DISCIPLINED, zones, d(2018, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        // recorded, not carried out: the port still stands
        assertThat(flow("units.dissolved", zones, d(2016, 1, 1), d(2018, 12, 31))).isZero();
        // a branch cannot discipline itself, nor a unit outside it
        assertThatThrownBy(() -> inspections.disciplineUnit(new UnitDiscipline(workshop, outside,
                UnitDisciplineForm.WARNING, "QĐ-03", d(2018, 5, 5), null, "x", null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.competent-unit");

        MemberId an = f.official(workshop, "Nguyễn Văn An");
        inspections.openCase(new NewCase(zones, null, Kind.INSPECTION, Basis.SIGNS_OF_VIOLATION, company, null,
                d(2016, 6, 1), d(2017, 6, 1), d(2017, 7, 1), d(2017, 9, 1), "Có vi phạm, đề nghị kiểm điểm"));
        inspections.openCase(new NewCase(company, null, Kind.INSPECTION, Basis.REGULAR, null, an,
                null, null, d(2018, 2, 1), null, null));
        long open = inspections.openCase(new NewCase(company, null, Kind.SUPERVISION, Basis.THEMATIC, workshop, null,
                null, null, d(2018, 2, 1), null, null));
        assertThat(flow(InspectionMeasures.INSPECTIONS, zones, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.SUPERVISIONS, zones, d(2016, 1, 1), d(2018, 12, 31))).isZero();
        inspections.conclude(open, d(2018, 3, 1), "Thực hiện tốt");
        assertThat(flow(InspectionMeasures.SUPERVISIONS, zones, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.SUPERVISIONS, company, d(2016, 1, 1), d(2018, 12, 31))).isEqualTo(1);
        assertThat(flow(InspectionMeasures.INSPECTIONS, company, d(2016, 1, 1), d(2018, 12, 31))).isZero();
        assertThat(inspections.cases(zones, ALL, 0, 10).total()).isEqualTo(3);
        assertThat(inspections.cases(company, ALL, 0, 10).total()).isEqualTo(2);
        // the subject stands under the inspecting committee
        assertThatThrownBy(() -> inspections.openCase(new NewCase(company, null, Kind.INSPECTION, Basis.REGULAR, port,
                null, null, null, d(2018, 2, 1), null, null)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("inspection.subject-within");
    }

    String audit(String action, long record, String column) {
        return jdbc.sql("select " + column + " from audit_entry where action = :a and record_id = :r order by id desc limit 1")
                .param("a", action).param("r", String.valueOf(record)).query(String.class).single();
    }

    @Test
    void everyWriteIsAudited() {
        long plan = inspections.addPlan(new InspectionViews.NewPlan(zones, 2018, "Kế hoạch kiểm tra năm 2018", ""));
        assertThat(audit("INSPECTION_PLAN_ADDED", plan, "record_type")).isEqualTo("inspection-plan");
        assertThat(audit("INSPECTION_PLAN_ADDED", plan, "after ->> 'title'")).isEqualTo("Kế hoạch kiểm tra năm 2018");
        long open = inspections.openCase(new NewCase(company, null, Kind.SUPERVISION, Basis.THEMATIC, workshop, null,
                null, null, d(2018, 2, 1), null, null));
        assertThat(audit("INSPECTION_CASE_OPENED", open, "record_type")).isEqualTo("inspection-case");
        assertThat(audit("INSPECTION_CASE_OPENED", open, "after ->> 'kind'")).isEqualTo("SUPERVISION");
        inspections.conclude(open, d(2018, 3, 1), "Thực hiện tốt");
        assertThat(audit("INSPECTION_CASE_CONCLUDED", open, "record_type")).isEqualTo("inspection-case");
        assertThat(audit("INSPECTION_CASE_CONCLUDED", open, "after ->> 'conclusion'")).isEqualTo("Thực hiện tốt");
        long discipline = inspections.disciplineUnit(new UnitDiscipline(workshop, company, UnitDisciplineForm.REPRIMAND,
                "QĐ-01", d(2017, 5, 5), null, "Buông lỏng sinh hoạt", null));
        assertThat(audit("UNIT_DISCIPLINED", discipline, "record_type")).isEqualTo("unit-discipline");
        assertThat(audit("UNIT_DISCIPLINED", discipline, "after ->> 'form'")).isEqualTo("REPRIMAND");
        MemberId an = f.official(workshop, "Nguyễn Văn An");
        long review = inspections.reviewMember(new MemberReview(an, d(2018, 5, 2), "Chi bộ Phân xưởng", "Vắng họp", null));
        assertThat(audit("MEMBER_REVIEWED", review, "record_type")).isEqualTo("member-review");
        assertThat(audit("MEMBER_REVIEWED", review, "after ->> 'reason'")).isEqualTo("Vắng họp");
    }
}
