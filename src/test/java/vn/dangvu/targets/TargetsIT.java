package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.targets.ProgressViews.Dashboard;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.ProgressViews.TargetReport;
import vn.dangvu.targets.RollUps.MeasureRollUp;
import vn.dangvu.targets.RollUps.RollUp;

/** Resolutions, targets and their rules, progress as of dates, and the roll-up rules, on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class TargetsIT {

    static final LocalDate CONGRESS = LocalDate.of(2016, 5, 19);

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired TargetBook book;
    @Autowired TargetDirectory directory;
    @Autowired TargetProgress progress;
    @Autowired RollUps rollUps;
    @Autowired JdbcClient jdbc;

    Fixtures f;
    UnitId province;
    UnitId zones;
    UnitId company;
    UnitId workshop;
    UnitId office;
    UnitId port;
    Term term;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @BeforeEach
    void tree() {
        f = new Fixtures(changes, registry);
        province = f.province("Thành ủy Cần Thơ");
        zones = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy các Khu Chế xuất và Công nghiệp", CONGRESS);
        company = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Xi măng", CONGRESS);
        workshop = f.unit(company, UnitType.BRANCH, "Chi bộ Phân xưởng", CONGRESS);
        office = f.unit(company, UnitType.BRANCH, "Chi bộ Văn phòng", CONGRESS);
        port = f.unit(zones, UnitType.GRASSROOTS_BRANCH, "Chi bộ Cảng Cái Cui", CONGRESS);
        f.introducers(workshop);
        term = f.term(zones, 1, CONGRESS, 2016, 2020);
    }

    TargetDraft admissions(String goal) {
        return new TargetDraft(null, "Kết nạp " + goal + " đảng viên mới", Quantity.COUNT, "đảng viên", Direction.MORE,
                Scope.TERM, n(goal), null, BuiltInMeasures.ADMITTED, null);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aTermHasOneResolutionDatedWithinIt() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết Đại hội Đảng bộ lần thứ I", null);
        assertThat(r.adoptedOn()).isEqualTo(CONGRESS);
        assertThat(directory.inForce(zones, d(2018, 6, 12))).get().extracting(rv -> rv.resolution().id()).isEqualTo(r.id());
        assertThat(directory.inForce(zones, d(2016, 5, 18))).isEmpty();
        long before = count("target_resolution");
        assertThatThrownBy(() -> book.adopt(zones, term.id(), "Nghị quyết thứ hai", null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("targets.one-resolution-per-term"));
        Term next = f.term(zones, 2, d(2020, 10, 5), 2020, 2025);
        assertThatThrownBy(() -> book.adopt(zones, next.id(), "Nghị quyết", d(2020, 10, 4)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("targets.rule.adopted-outside-term"));
        assertThat(count("target_resolution")).isEqualTo(before);
        // the next congress ends the term the day before it
        assertThat(directory.resolution(r.id()).window()).isEqualTo(new Window(CONGRESS, d(2020, 10, 4)));
    }

    @Test
    void targetsAreNumberedAndFitTheirMeasure() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết", null);
        Target first = book.addTarget(r.id(), admissions("110"));
        assertThat(first.number()).isEqualTo(1);
        assertThat(book.addTarget(r.id(), admissions("20")).number()).isEqualTo(2);
        long before = count("target");

        assertRefused(() -> book.addTarget(r.id(), withNumber(admissions("5"), 1)), "targets.numbered-targets");
        TargetDraft percentOfACount = new TargetDraft(null, "Tỷ lệ", Quantity.PERCENT, null, Direction.MORE, Scope.TERM,
                n("50"), null, BuiltInMeasures.ADMITTED, null);
        assertRefused(() -> book.addTarget(r.id(), percentOfACount), "targets.measure-fits");
        TargetDraft unknown = new TargetDraft(null, "Chỉ tiêu", Quantity.COUNT, null, Direction.MORE, Scope.TERM,
                n("5"), null, "khong.co", null);
        assertRefused(() -> book.addTarget(r.id(), unknown), "targets.measure-fits");
        TargetDraft flowBaseline = new TargetDraft(null, "Kết nạp 7%", Quantity.COUNT, null, Direction.MORE, Scope.YEAR,
                n("7"), BuiltInMeasures.ADMITTED, BuiltInMeasures.ADMITTED, null);
        assertRefused(() -> book.addTarget(r.id(), flowBaseline), "targets.measure-fits");
        TargetDraft tooMuch = new TargetDraft(null, "Quyên góp", Quantity.PERCENT, null, Direction.MORE, Scope.TERM,
                n("120"), null, null, MeasureKind.STOCK);
        assertRefused(() -> book.addTarget(r.id(), tooMuch), "targets.goal-range");
        TargetDraft nothing = new TargetDraft(null, "Chỉ tiêu", Quantity.COUNT, null, Direction.MORE, Scope.TERM,
                n("5"), null, null, null);
        assertRefused(() -> book.addTarget(r.id(), nothing), "targets.required");
        assertRefused(() -> book.addTarget(r.id(), new TargetDraft(null, "  ", Quantity.COUNT, null, Direction.MORE,
                Scope.TERM, n("5"), null, BuiltInMeasures.ADMITTED, null)), "targets.required");
        assertRefused(() -> book.enterValue(first.id(), d(2017, 1, 1), d(2017, 12, 31), n("3"), null),
                "targets.manual-values");
        assertThat(count("target")).isEqualTo(before);

        Target edited = book.updateTarget(first.id(), withNumber(admissions("120"), 3));
        assertThat(edited.number()).isEqualTo(3);
        assertThat(edited.goal()).isEqualByComparingTo("120");
        assertThat(directory.resolution(r.id()).targets()).extracting(Target::number).containsExactly(2, 3);
    }

    static TargetDraft withNumber(TargetDraft d, int number) {
        return new TargetDraft(number, d.title(), d.quantity(), d.unitLabel(), d.direction(), d.scope(), d.goal(),
                d.baselineMeasure(), d.measure(), d.manualKind());
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(rule));
    }

    @Test
    void progressReadsValueGoalPercentAndStatusAsOfAnyDate() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết", null);
        Target target = book.addTarget(r.id(), admissions("10"));
        for (int i = 0; i < 7; i++) {
            f.admitted(i % 2 == 0 ? workshop : port, "Đảng viên Mới " + i, d(2016, 9, 1).plusMonths(i * 3L));
        }
        Dashboard mid = progress.dashboard(zones, d(2018, 6, 12)).orElseThrow();
        TargetLine line = mid.lines().getFirst();
        assertThat(line.reading().value()).isEqualByComparingTo("7");
        assertThat(line.reading().percent()).isEqualByComparingTo("70");
        assertThat(line.reading().status()).isEqualTo(Status.ON_TRACK);
        assertThat(line.series().values()).isNotEmpty();
        assertThat(line.series().values().getLast().value()).isEqualByComparingTo("7");
        assertThat(line.series().pace()).hasSize(1);

        // on 30/11/2016, 196 of the term's 1688 days are gone: 1.16 admissions expected, 1 made
        TargetLine early = progress.dashboard(zones, d(2016, 11, 30)).orElseThrow().lines().getFirst();
        assertThat(early.reading().value()).isEqualByComparingTo("1");
        assertThat(early.reading().status()).isEqualTo(Status.BEHIND);

        // after the term, its final result
        TargetLine late = progress.dashboard(zones, d(2023, 1, 1)).orElseThrow().lines().getFirst();
        assertThat(late.asOf()).isEqualTo(d(2020, 12, 31));
        assertThat(late.reading().status()).isEqualTo(Status.BEHIND);
        assertThat(progress.report(target.id(), d(2018, 6, 12)).line().reading().percent()).isEqualByComparingTo("70");
    }

    @Test
    void aYearlyGoalCanBeAShareOfTheMembersAtTheStartOfEachYear() {
        for (int i = 0; i < 18; i++) {
            f.official(i % 2 == 0 ? office : port, "Đảng viên Cũ " + i);
        }
        // 20 members on 1/1/2017: the introducers and the 18
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết", null);
        Target yearly = book.addTarget(r.id(), new TargetDraft(null, "Hằng năm kết nạp ít nhất 10% số đảng viên đầu năm",
                Quantity.COUNT, "đảng viên", Direction.MORE, Scope.YEAR, n("10"), BuiltInMeasures.MEMBERS,
                BuiltInMeasures.ADMITTED, null));
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 2, 1));
        f.admitted(workshop, "Nguyễn Văn Ba", d(2017, 8, 1));

        TargetReport report = progress.report(yearly.id(), d(2017, 12, 31));
        assertThat(report.line().window()).isEqualTo(new Window(d(2017, 1, 1), d(2017, 12, 31)));
        assertThat(report.line().reading().goal()).isEqualByComparingTo("2");
        assertThat(report.line().reading().value()).isEqualByComparingTo("2");
        assertThat(report.line().reading().status()).isEqualTo(Status.REACHED);
        // 2018 starts again from 22 members: 2.2 expected, none yet
        TargetLine next = progress.report(yearly.id(), d(2018, 3, 1)).line();
        assertThat(next.reading().goal()).isEqualByComparingTo("2.2");
        assertThat(next.reading().value()).isEqualByComparingTo("0");
        assertThat(report.years()).extracting(y -> y.window().start().getYear()).containsExactly(2016, 2017);
        // the chart starts again each January
        assertThat(next.series().pace()).hasSize(3);
    }

    @Test
    void valuesEnteredByHandAddUpOrReplaceEachOther() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết", null);
        Target money = book.addTarget(r.id(), new TargetDraft(null, "Vận động ủng hộ đồng bào bị lũ lụt", Quantity.MONEY,
                "triệu đồng", Direction.MORE, Scope.TERM, n("500"), null, null, MeasureKind.FLOW));
        Target share = book.addTarget(r.id(), new TargetDraft(null, "Tỷ lệ doanh nghiệp có tổ chức đảng", Quantity.PERCENT,
                null, Direction.MORE, Scope.TERM, n("40"), null, null, MeasureKind.STOCK));
        assertThat(progress.report(money.id(), d(2017, 1, 1)).line().reading().status()).isEqualTo(Status.NO_DATA);

        book.enterValue(money.id(), d(2016, 6, 1), d(2016, 12, 31), n("120.5"), "Báo cáo của Ban Tuyên giáo");
        book.enterValue(money.id(), d(2017, 1, 1), d(2017, 12, 31), n("180"), null);
        book.enterValue(share.id(), d(2016, 6, 1), d(2016, 12, 31), n("30"), null);
        book.enterValue(share.id(), d(2017, 1, 1), d(2017, 12, 31), n("35"), null);

        assertThat(progress.report(money.id(), d(2017, 6, 30)).line().reading().value()).isEqualByComparingTo("120.5");
        assertThat(progress.report(money.id(), d(2018, 1, 1)).line().reading().value()).isEqualByComparingTo("300.5");
        assertThat(progress.report(money.id(), d(2018, 1, 1)).manualValues()).hasSize(2);
        assertThat(progress.report(share.id(), d(2018, 1, 1)).line().reading().value()).isEqualByComparingTo("35");
        assertRefused(() -> book.enterValue(money.id(), d(2015, 1, 1), d(2015, 12, 31), n("1"), null),
                "targets.manual-values");
        assertRefused(() -> book.enterValue(money.id(), d(2018, 2, 1), d(2018, 1, 1), n("1"), null),
                "targets.manual-values");
        assertRefused(() -> book.updateTarget(money.id(), new TargetDraft(1, "Quyên góp", Quantity.MONEY, null,
                Direction.MORE, Scope.TERM, n("500"), null, null, MeasureKind.STOCK)), "targets.manual-values");
    }

    @Test
    void theSummaryLineFollowsTheCommitteesBands() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết", null);
        for (String goal : List.of("4", "5", "6", "10", "40")) {
            book.addTarget(r.id(), admissions(goal));
        }
        for (int i = 0; i < 4; i++) {
            f.admitted(workshop, "Đảng viên Mới " + i, d(2017, 1, 10).plusMonths(i));
        }
        // 4/4, 4/5, 4/6, 4/10, 4/40: 100%, 80%, 67%, 40%, 10%
        Dashboard dashboard = progress.dashboard(zones, d(2018, 6, 12)).orElseThrow();
        assertThat(dashboard.summary().total()).isEqualTo(5);
        assertThat(dashboard.summary().first().count()).isEqualTo(1);
        assertThat(dashboard.summary().furtherBands()).extracting(SummaryLine.Band::count).containsExactly(2);

        book.saveSettings(zones, new ProgressSettings(n("100"), n("100"), List.of(n("80"), n("30")), 0,
                RoundingMode.DOWN));
        Dashboard rebanded = progress.dashboard(zones, d(2018, 6, 12)).orElseThrow();
        assertThat(rebanded.summary().first().count()).isEqualTo(2);
        assertThat(rebanded.summary().furtherBands()).extracting(SummaryLine.Band::count).containsExactly(2);
        assertThat(rebanded.lines().get(2).reading().percent()).isEqualByComparingTo("66");
        assertThat(directory.settings(company)).isEqualTo(ProgressSettings.DEFAULT);
    }

    @Test
    void aRollUpSumsCountsTakesStocksOnTheDateAndUsesTheTreeOfThatDate() {
        f.official(office, "Hồ Văn Giàu");
        f.official(port, "Lý Văn Em");
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 3, 1));
        f.admitted(office, "Phạm Văn Bình", d(2017, 4, 1));
        f.admitted(port, "Võ Văn Cường", d(2017, 5, 1));
        f.admitted(port, "Đỗ Văn Dũng", d(2019, 5, 1));

        RollUp up = rollUps.of(zones, d(2018, 6, 12), CONGRESS, List.of(BuiltInMeasures.ADMITTED, BuiltInMeasures.MEMBERS));
        MeasureRollUp admitted = up.measures().get(0);
        assertThat(admitted.rows()).extracting(RollUps.Row::name)
                .containsExactly("Đảng bộ Công ty Xi măng", "Chi bộ Cảng Cái Cui");
        assertThat(admitted.rows()).extracting(row -> row.partial().numerator()).containsExactly(2L, 1L);
        assertThat(admitted.combinedValue()).isEqualByComparingTo("3");
        assertThat(admitted.ownValue()).isEqualByComparingTo("3");
        MeasureRollUp members = up.measures().get(1);
        // on 12/6/2018: company 2 introducers + Giàu + An + Bình = 5, port Em + Cường = 2 — not a sum over the months
        assertThat(members.rows()).extracting(row -> row.partial().numerator()).containsExactly(5L, 2L);
        assertThat(members.combinedValue()).isEqualByComparingTo("7");

        // on 1/7/2018 the office is handed to the port's superior… the port is a branch, so to a new grassroots
        UnitId newCompany = f.unit(zones, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Thủy sản", d(2018, 7, 1));
        changes.handOver(new HandOverUnit(office, newCompany, d(2018, 7, 1), "QĐ-CG", null));
        RollUp later = rollUps.of(zones, d(2018, 7, 1), CONGRESS, List.of(BuiltInMeasures.ADMITTED, BuiltInMeasures.MEMBERS));
        assertThat(later.measures().get(0).rows()).extracting(RollUps.Row::name)
                .containsExactly("Đảng bộ Công ty Thủy sản", "Đảng bộ Công ty Xi măng", "Chi bộ Cảng Cái Cui");
        // the office's admission stays with the company that held it then; the members move with the office
        assertThat(later.measures().get(0).rows()).extracting(row -> row.partial().numerator()).containsExactly(0L, 2L, 1L);
        assertThat(later.measures().get(1).rows()).extracting(row -> row.partial().numerator()).containsExactly(2L, 3L, 2L);
        assertThat(later.measures().get(1).combinedValue()).isEqualByComparingTo("7");
        // the tree of an earlier date is still the earlier tree
        assertThat(rollUps.of(zones, d(2018, 6, 30), CONGRESS, List.of(BuiltInMeasures.ADMITTED)).measures().getFirst()
                .rows()).hasSize(2);
    }

    @Test
    void aRollUpMarksSubordinatesBehindOnTheirOwnTargets() {
        Term companyTerm = f.term(company, 1, d(2016, 6, 1), 2016, 2020);
        Resolution own = book.adopt(company, companyTerm.id(), "Nghị quyết Đảng bộ Công ty", null);
        book.addTarget(own.id(), admissions("40"));
        f.admitted(workshop, "Nguyễn Văn An", d(2017, 3, 1));

        RollUp up = rollUps.of(zones, d(2018, 6, 12), null, List.of(BuiltInMeasures.ADMITTED));
        assertThat(up.window().start()).isEqualTo(CONGRESS);
        MeasureRollUp admitted = up.measures().getFirst();
        assertThat(admitted.behind()).extracting(RollUps.Row::unit).containsExactly(company);
        assertThat(admitted.rows().get(0).target().reading().percent()).isEqualByComparingTo("3");
        assertThat(admitted.rows().get(1).target()).isNull();
    }

    @Test
    void theWholeCountryIsTheRootsOfTheTree() {
        f.admitted(port, "Võ Văn Cường", d(2017, 5, 1));
        RollUp country = rollUps.country(d(2018, 6, 12), d(2017, 1, 1), List.of(BuiltInMeasures.ADMITTED),
                java.util.Optional.of(java.util.Set.of(province)));
        assertThat(country.unit()).isNull();
        assertThat(country.measures().getFirst().rows()).extracting(RollUps.Row::unit).containsExactly(province);
        assertThat(country.measures().getFirst().combinedValue()).isEqualByComparingTo("1");
    }

    String audit(String action, long record, String column) {
        return jdbc.sql("select " + column + " from audit_entry where action = :a and record_id = :r order by id desc limit 1")
                .param("a", action).param("r", String.valueOf(record)).query(String.class).single();
    }

    @Test
    void adoptingAddingAndUpdatingTargetsAreAudited() {
        Resolution r = book.adopt(zones, term.id(), "Nghị quyết Đại hội", null);
        assertThat(audit("RESOLUTION_ADOPTED", r.id(), "record_type")).isEqualTo("resolution");
        assertThat(audit("RESOLUTION_ADOPTED", r.id(), "after ->> 'title'")).isEqualTo("Nghị quyết Đại hội");
        Target t = book.addTarget(r.id(), admissions("110"));
        assertThat(audit("TARGET_ADDED", t.id(), "record_type")).isEqualTo("target");
        assertThat(audit("TARGET_ADDED", t.id(), "after ->> 'goal'")).isEqualTo("110");
        book.updateTarget(t.id(), admissions("120"));
        assertThat(audit("TARGET_UPDATED", t.id(), "before ->> 'goal'")).isEqualTo("110");
        assertThat(audit("TARGET_UPDATED", t.id(), "after ->> 'goal'")).isEqualTo("120");
    }
}
