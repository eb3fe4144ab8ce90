package vn.dangvu.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dangvu.organizations.CongressNumber;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.Reading;
import vn.dangvu.targets.Status;

class ReportTextTest {

    static ProgressSettings settings(int scale, RoundingMode rounding) {
        return new ProgressSettings(BigDecimal.valueOf(100), BigDecimal.valueOf(100),
                List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(60)), scale, rounding);
    }

    @Test
    void dateLinePadsDaysUnderTenAndOnlyJanuaryAndFebruary() {
        assertThat(ReportText.dateLine("Cần Thơ", LocalDate.of(2018, 2, 2))).isEqualTo("Cần Thơ, ngày 02 tháng 02 năm 2018");
        assertThat(ReportText.dateLine("Cần Thơ", LocalDate.of(2018, 1, 15))).isEqualTo("Cần Thơ, ngày 15 tháng 01 năm 2018");
        assertThat(ReportText.dateLine("Cần Thơ", LocalDate.of(2018, 6, 12))).isEqualTo("Cần Thơ, ngày 12 tháng 6 năm 2018");
        assertThat(ReportText.dateLine("Hà Nội", LocalDate.of(2025, 3, 5))).isEqualTo("Hà Nội, ngày 05 tháng 3 năm 2025");
        assertThat(ReportText.dateLine("Hà Nội", LocalDate.of(2025, 12, 31))).isEqualTo("Hà Nội, ngày 31 tháng 12 năm 2025");
        assertThat(ReportText.dateLine(null, LocalDate.of(2025, 10, 9))).isEqualTo("ngày 09 tháng 10 năm 2025");
    }

    @Test
    void dateLineComesOutInNfcWhateverThePlaceWasTypedIn() {
        String decomposed = java.text.Normalizer.normalize("Cần Thơ", java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Cần Thơ");
        assertThat(ReportText.dateLine(decomposed, LocalDate.of(2018, 2, 2))).startsWith("Cần Thơ,");
    }

    @Test
    void documentNumberHasNoColonAndTheIssuerOfTheUnitType() {
        assertThat(ReportText.documentNumber(12, UnitType.GRASSROOTS_COMMITTEE)).isEqualTo("Số 12-BC/ĐU");
        assertThat(ReportText.documentNumber(5, UnitType.BRANCH)).isEqualTo("Số 05-BC/CB");
        assertThat(ReportText.documentNumber(3, UnitType.PROVINCIAL_COMMITTEE)).isEqualTo("Số 03-BC/TU");
    }

    @Test
    void numbersUseDotsForThousandsAndACommaForDecimals() {
        assertThat(ReportText.number(new BigDecimal("1234567"))).isEqualTo("1.234.567");
        assertThat(ReportText.number(new BigDecimal("97.5"))).isEqualTo("97,5");
        assertThat(ReportText.number(new BigDecimal("70.00"))).isEqualTo("70");
        assertThat(ReportText.number((BigDecimal) null)).isEqualTo("–");
    }

    @Test
    void percentagesAreCutOrRoundedAsTheCommitteeChooses() {
        BigDecimal p = new BigDecimal("69.9636");
        assertThat(ReportText.percent(p, ProgressSettings.DEFAULT)).isEqualTo("70%");
        assertThat(ReportText.percent(p, settings(0, RoundingMode.DOWN))).isEqualTo("69%");
        assertThat(ReportText.percent(p, settings(1, RoundingMode.HALF_UP))).isEqualTo("70,0%");
        assertThat(ReportText.percent(p, settings(1, RoundingMode.DOWN))).isEqualTo("69,9%");
        assertThat(ReportText.percent(p, settings(2, RoundingMode.HALF_UP))).isEqualTo("69,96%");
        assertThat(ReportText.percent(new BigDecimal("1234.5"), settings(1, RoundingMode.DOWN))).isEqualTo("1.234,5%");
    }

    @Test
    void periodsOfEachKind() {
        Term term = new Term(1, new UnitId(1), new CongressNumber(3), LocalDate.of(2015, 7, 10), 2015, 2020);
        assertThat(ReportPeriod.of(ReportKind.SIX_MONTHS, 2018, null, null, null))
                .isEqualTo(new ReportPeriod(ReportKind.SIX_MONTHS, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)));
        assertThat(ReportPeriod.of(ReportKind.YEAR_END, 2017, null, null, null).to()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(ReportPeriod.of(ReportKind.MID_TERM, 2018, term, null, null))
                .isEqualTo(new ReportPeriod(ReportKind.MID_TERM, LocalDate.of(2015, 7, 10), LocalDate.of(2017, 12, 31)));
        assertThat(ReportPeriod.of(ReportKind.END_OF_TERM, 2020, term, null, LocalDate.of(2020, 6, 1)).to())
                .isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(ReportPeriod.of(ReportKind.RANGE, 0, null, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 5, 31)).from())
                .isEqualTo(LocalDate.of(2018, 3, 1));
    }

    @Test
    void refusesAPeriodEndingBeforeItStartsAndATermReviewWithoutATerm() {
        assertThatThrownBy(() -> ReportPeriod.of(ReportKind.RANGE, 0, null, LocalDate.of(2018, 5, 1), LocalDate.of(2018, 4, 1)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).rule()).isEqualTo("reports.period");
        assertThatThrownBy(() -> ReportPeriod.of(ReportKind.MID_TERM, 2018, null, null, null))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).rule()).isEqualTo("reports.term-required");
    }

    @Test
    void verdictSaysVuotDatChuaDatOrStillOnItsWay() {
        LocalDate end = LocalDate.of(2020, 12, 31);
        LocalDate mid = LocalDate.of(2017, 12, 31);
        ProgressSettings s = ProgressSettings.DEFAULT;
        assertThat(Verdict.of(reading("120"), end, mid, s)).isEqualTo(Verdict.EXCEEDED);
        assertThat(Verdict.of(reading("100"), end, mid, s)).isEqualTo(Verdict.REACHED);
        assertThat(Verdict.of(reading("70"), end, mid, s)).isEqualTo(Verdict.IN_PROGRESS);
        assertThat(Verdict.of(reading("70"), end, end, s)).isEqualTo(Verdict.NOT_REACHED);
        assertThat(Verdict.of(new Reading(null, BigDecimal.TEN, null, null, Status.NO_DATA), end, mid, s))
                .isEqualTo(Verdict.NO_DATA);
    }

    private static Reading reading(String percent) {
        return new Reading(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(percent), BigDecimal.ONE, Status.BEHIND);
    }
}
