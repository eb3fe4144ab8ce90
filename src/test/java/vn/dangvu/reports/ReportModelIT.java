package vn.dangvu.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.WebIT;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.reports.ReportModel.Figure;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.Fixtures;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Resolution;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;

/**
 * A report's figures from records written through the registries, on the embedded PostgreSQL: the
 * industrial-zones committee of Cần Thơ with two grassroots organizations, admissions, discipline,
 * a branch received and one dissolved, and a term resolution with targets. Shares the web tests'
 * context (one database).
 */
@WebIT
class ReportModelIT {

    static final LocalDate FOUNDED = LocalDate.of(2016, 5, 19);
    static final LocalDate MID = LocalDate.of(2018, 6, 12);

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TargetBook book;
    @Autowired ReportBuilder builder;
    @Autowired ReportDrafts drafts;
    @Autowired MeasureCatalog catalog;

    Fixtures f;
    UnitId province;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    UnitId port;
    UnitId outside;
    UnitId outsideBranch;
    Term term;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @BeforeEach
    void committee() {
        f = new Fixtures(changes, registry);
        province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ",
                FOUNDED);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng Tây Đô", FOUNDED);
        workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", FOUNDED);
        port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", FOUNDED);
        outside = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", FOUNDED);
        outsideBranch = f.unit(outside, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cấp nước", FOUNDED);
        f.introducers(workshop);
        term = f.term(zones, 1, FOUNDED, 2016, 2020);
    }

    long figure(ReportModel model, String code) {
        return model.figure(code).map(Figure::numerator).orElseThrow(() -> new AssertionError("no line " + code));
    }

    @Test
    void figuresOfTheCommitteeAndItsSubtreeOverThePeriod() {
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 3, 1));
        f.admitted(port, "Võ Văn Cường", d(2018, 6, 1));
        f.admitted(port, "Đỗ Văn Dũng", d(2018, 6, 20));
        f.admitted(outsideBranch, "Lý Văn Em", d(2017, 3, 1));
        MemberId binh = f.official(port, "Phạm Văn Bình");
        f.record(binh, new MemberEvent.Disciplined(d(2017, 5, 1), DisciplineForm.REPRIMAND, "QĐ-KL-1", "Đảng ủy", "vắng họp"));
        MemberId giau = f.official(port, "Hồ Văn Giàu");
        f.record(giau, new MemberEvent.Died(d(2017, 8, 1)));
        // a branch of the other committee comes over; the company's new branch is dissolved
        changes.handOver(new HandOverUnit(outsideBranch, zones, d(2017, 9, 1), "QĐ-CG-1", null));
        UnitId store = f.unit(company, UnitType.BRANCH, "Chi bộ Kho", d(2016, 7, 1));
        changes.dissolve(new DissolveUnit(store, d(2018, 1, 10), "QĐ-GT-1", null));

        ReportModel model = builder.build(zones, builder.period(zones, ReportKind.RANGE, 0, FOUNDED, MID), Optional.empty());

        assertThat(model.unit().name()).isEqualTo("Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ");
        assertThat(figure(model, "members.admitted")).isEqualTo(2);
        // two introducers, An, Cường and Bình (Giàu died), and Em with the branch received
        assertThat(figure(model, "members.atDate")).isEqualTo(6);
        assertThat(figure(model, "members.disciplined")).isEqualTo(1);
        assertThat(figure(model, "members.deceased")).isEqualTo(1);
        assertThat(figure(model, "units.received")).isEqualTo(1);
        assertThat(figure(model, "units.dissolved")).isEqualTo(1);
        // the company, its workshop and the port with the committee, and the store later
        assertThat(figure(model, "units.established")).isEqualTo(4);
        ReportModel later = builder.build(zones, new ReportPeriod(ReportKind.RANGE, d(2016, 6, 1), MID), Optional.empty());
        assertThat(figure(later, "units.established")).isEqualTo(1);
        assertThat(figure(model, "units.grassroots")).isEqualTo(3);
        assertThat(model.section("members")).get().extracting(s -> s.figures().getFirst().code()).isEqualTo("members.atDate");

        ReportModel other = builder.build(outside, builder.period(outside, ReportKind.RANGE, 0, FOUNDED, MID), Optional.empty());
        assertThat(figure(other, "units.handedOver")).isEqualTo(1);
        assertThat(figure(other, "units.grassroots")).isZero();
    }

    @Test
    void aMeasureMissingFromTheCatalogLeavesItsLineOut() {
        ReportModel model = builder.build(zones, new ReportPeriod(ReportKind.YEAR_END, d(2017, 1, 1), d(2017, 12, 31)),
                Optional.empty());
        var codes = model.sections().stream().flatMap(s -> s.figures().stream()).map(Figure::code).toList();
        assertThat(codes).allMatch(c -> catalog.find(c).isPresent());
        for (var entry : ReportMeasures.SECTIONS.entrySet()) {
            for (String code : entry.getValue()) {
                assertThat(codes.contains(code)).as(code).isEqualTo(catalog.find(code).isPresent());
            }
        }
    }

    @Test
    void targetsTableReadsTheResolutionOnTheLastDayWithItsSummaryLine() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết Đại hội Đảng bộ lần thứ I", null);
        book.addTarget(r.id(), new TargetDraft(null, "Kết nạp 4 đảng viên mới", Quantity.COUNT, "đảng viên",
                Direction.MORE, Scope.TERM, BigDecimal.valueOf(4), null, "members.admitted", null));
        book.addTarget(r.id(), new TargetDraft(null, "Không quá 2 đảng viên bị kỷ luật", Quantity.COUNT, "đảng viên",
                Direction.LESS, Scope.TERM, BigDecimal.valueOf(2), null, "members.disciplined", null));
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 3, 1));
        f.admitted(port, "Võ Văn Cường", d(2018, 3, 1));
        f.admitted(port, "Đỗ Văn Dũng", d(2018, 4, 1));

        ReportModel mid = builder.build(zones, builder.period(zones, ReportKind.MID_TERM, 2018, null, null), Optional.empty());
        assertThat(mid.period().to()).isEqualTo(d(2018, 12, 31));
        var table = mid.targets().orElseThrow();
        var admissions = table.rows().getFirst();
        assertThat(admissions.result()).isEqualByComparingTo("3");
        assertThat(admissions.percent()).isEqualByComparingTo("75");
        assertThat(admissions.verdict()).isEqualTo(Verdict.IN_PROGRESS);
        var discipline = table.rows().get(1);
        assertThat(discipline.lessIsBetter()).isTrue();
        assertThat(discipline.verdict()).isIn(Verdict.REACHED, Verdict.EXCEEDED);
        assertThat(table.summary().total()).isEqualTo(2);
        assertThat(table.summary().first().count()).isEqualTo(1);
        assertThat(mid.term().congress()).isEqualTo("I");

        ReportModel end = builder.build(zones, builder.period(zones, ReportKind.END_OF_TERM, 2020, null, null), Optional.empty());
        assertThat(end.targets().orElseThrow().rows().getFirst().verdict()).isEqualTo(Verdict.NOT_REACHED);
    }

    @Test
    void aSuperiorsReportHasItsSubordinatesUnitByUnitCombinedByTheRollUpRules() {
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 3, 1));
        f.admitted(port, "Võ Văn Cường", d(2017, 6, 1));
        f.admitted(port, "Đỗ Văn Dũng", d(2017, 7, 1));
        ReportModel model = builder.build(zones, new ReportPeriod(ReportKind.YEAR_END, d(2017, 1, 1), d(2017, 12, 31)),
                Optional.empty());
        var c = model.consolidation().orElseThrow();
        int admitted = c.columns().stream().map(ReportModel.Column::code).toList().indexOf("members.admitted");
        assertThat(c.rows()).extracting(ReportModel.SubordinateRow::name)
                .containsExactlyInAnyOrder("Đảng bộ Công ty Xi măng Tây Đô", "Chi bộ Cảng Cái Cui");
        var byName = new java.util.HashMap<String, BigDecimal>();
        c.rows().forEach(row -> byName.put(row.name(), row.values().get(admitted)));
        assertThat(byName.get("Đảng bộ Công ty Xi măng Tây Đô")).isEqualByComparingTo("1");
        assertThat(byName.get("Chi bộ Cảng Cái Cui")).isEqualByComparingTo("2");
        assertThat(c.combined().get(admitted)).isEqualByComparingTo("3");
        assertThat(figure(model, "members.admitted")).isEqualTo(3);

        ReportModel branch = builder.build(port, new ReportPeriod(ReportKind.YEAR_END, d(2017, 1, 1), d(2017, 12, 31)),
                Optional.empty());
        assertThat(branch.consolidation()).isEmpty();
    }

    @Test
    void aTermReviewOfAUnitWithoutATermIsRefused() {
        assertThatThrownBy(() -> builder.period(port, ReportKind.MID_TERM, 2018, null, null))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.term-required");
    }

    @Test
    void draftsAreSavedOverTheVersionReadAndRefuseAStaleOne() {
        var edit = new ReportDraft.Edit(ReportKind.MID_TERM, FOUNDED, MID, 12, "Cần Thơ", d(2018, 6, 12), null,
                "Nguyễn Thị Hường", "Bí thư", "Ban Tổ chức Thành ủy,\n- Các chi, đảng bộ trực thuộc,", "Kết quả",
                "Hạn chế", "Nhiệm vụ", null);
        ReportDraft created = drafts.save(zones, null, edit);
        assertThat(created.recipients()).containsExactly("Ban Tổ chức Thành ủy", "Các chi, đảng bộ trực thuộc");
        assertThat(created.number()).isEqualTo(12);

        var second = new ReportDraft.Edit(ReportKind.MID_TERM, FOUNDED, MID, 12, "Cần Thơ", d(2018, 6, 12), null,
                "Nguyễn Thị Hường", "Bí thư", "", "Kết quả mới", "Hạn chế", "Nhiệm vụ", created.updatedAt());
        ReportDraft saved = drafts.save(zones, created.id(), second);
        assertThat(saved.results()).isEqualTo("Kết quả mới");
        assertThat(saved.updatedAt()).isAfter(created.updatedAt());

        assertThatThrownBy(() -> drafts.save(zones, created.id(), second))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.current-version");
        assertThat(drafts.find(created.id()).orElseThrow().results()).isEqualTo("Kết quả mới");
        assertThatThrownBy(() -> drafts.save(port, created.id(), new ReportDraft.Edit(ReportKind.MID_TERM, FOUNDED, MID,
                null, null, null, null, null, null, null, null, null, null, saved.updatedAt())))
                .isInstanceOf(vn.dangvu.platform.NotFoundException.class);
        assertThatThrownBy(() -> drafts.save(zones, null, new ReportDraft.Edit(ReportKind.RANGE, MID, FOUNDED,
                null, null, null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "reports.period");
    }
}
