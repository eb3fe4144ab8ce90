package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dangvu.platform.RuleViolation;

/** The reading rules: percentage, rounding, pace and bands, without Spring or a database. */
class ReadingTest {

    private static final ProgressSettings DEFAULTS = ProgressSettings.DEFAULT;

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Reading more(String value, String goal, String elapsed, ProgressSettings settings) {
        return Reading.of(Direction.MORE, MeasureKind.FLOW, n(value), BigDecimal.ZERO, n(goal), n(elapsed), settings);
    }

    @Test
    void theSampleReportReads77Of110As70Percent() {
        Window term = new Window(LocalDate.of(2016, 5, 19), LocalDate.of(2020, 12, 31));
        BigDecimal elapsed = term.elapsed(LocalDate.of(2018, 6, 12));
        Reading reading = Reading.of(Direction.MORE, MeasureKind.FLOW, n("77"), BigDecimal.ZERO, n("110"), elapsed,
                DEFAULTS);
        assertThat(reading.percent()).isEqualByComparingTo("70");
        assertThat(reading.percent().toPlainString()).isEqualTo("70");
        // 755 of the term's 1688 days are gone: 49.2 admissions expected by then, 77 made
        assertThat(reading.pace()).isBetween(n("49.1"), n("49.3"));
        assertThat(reading.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void reachedAtTheCommitteesThresholdOfTheRoundedPercentage() {
        assertThat(more("110", "110", "0.5", DEFAULTS).status()).isEqualTo(Status.REACHED);
        assertThat(more("121", "110", "0.5", DEFAULTS).percent()).isEqualByComparingTo("110");
        // 99.6% is written "100%" when rounding half up, and a page never shows 100% beside "not reached"
        assertThat(more("99.6", "100", "1", DEFAULTS).status()).isEqualTo(Status.REACHED);
        ProgressSettings cut = new ProgressSettings(n("100"), n("100"), List.of(n("100"), n("60")), 0, RoundingMode.DOWN);
        assertThat(more("99.6", "100", "1", cut).percent()).isEqualByComparingTo("99");
        assertThat(more("99.6", "100", "1", cut).status()).isEqualTo(Status.BEHIND);
        ProgressSettings at95 = new ProgressSettings(n("95"), n("100"), List.of(n("100")), 0, RoundingMode.HALF_UP);
        assertThat(more("96", "100", "1", at95).status()).isEqualTo(Status.REACHED);
    }

    @Test
    void roundingIsTheCommitteesChoice() {
        // 23 of 30 is 76.67%
        assertThat(more("23", "30", "1", DEFAULTS).percent()).isEqualByComparingTo("77");
        ProgressSettings cut = new ProgressSettings(n("100"), n("100"), List.of(n("100")), 0, RoundingMode.DOWN);
        assertThat(more("23", "30", "1", cut).percent()).isEqualByComparingTo("76");
        ProgressSettings tenths = new ProgressSettings(n("100"), n("100"), List.of(n("100")), 1, RoundingMode.HALF_UP);
        assertThat(more("23", "30", "1", tenths).percent()).isEqualByComparingTo("76.7");
    }

    @Test
    void onTrackAtOrAboveThePaceExpectedByTheDateBehindBelowIt() {
        assertThat(more("50", "100", "0.5", DEFAULTS).status()).isEqualTo(Status.ON_TRACK);
        assertThat(more("49", "100", "0.5", DEFAULTS).status()).isEqualTo(Status.BEHIND);
        assertThat(more("0", "100", "0", DEFAULTS).status()).isEqualTo(Status.ON_TRACK);
        ProgressSettings lenient = new ProgressSettings(n("100"), n("90"), List.of(n("100")), 0, RoundingMode.HALF_UP);
        assertThat(more("45", "100", "0.5", lenient).status()).isEqualTo(Status.ON_TRACK);
        assertThat(more("44", "100", "0.5", lenient).status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void aStockIsExpectedToMoveFromWhereItStartedTowardsItsGoal() {
        Reading reading = Reading.of(Direction.MORE, MeasureKind.STOCK, n("590"), n("500"), n("700"), n("0.5"), DEFAULTS);
        assertThat(reading.pace()).isEqualByComparingTo("600");
        assertThat(reading.status()).isEqualTo(Status.BEHIND);
        assertThat(Reading.of(Direction.MORE, MeasureKind.STOCK, n("600"), n("500"), n("700"), n("0.5"), DEFAULTS)
                .status()).isEqualTo(Status.ON_TRACK);
        // less is better: from 5% towards at most 1%, 3% at half time is on the pace
        Reading falling = Reading.of(Direction.LESS, MeasureKind.STOCK, n("3"), n("5"), n("1"), n("0.5"), DEFAULTS);
        assertThat(falling.pace()).isEqualByComparingTo("3");
        assertThat(falling.status()).isEqualTo(Status.ON_TRACK);
        assertThat(Reading.of(Direction.LESS, MeasureKind.STOCK, n("4"), n("5"), n("1"), n("0.5"), DEFAULTS).status())
                .isEqualTo(Status.BEHIND);
    }

    @Test
    void aShareIsExpectedAtItsGoalAllAlong() {
        Reading reading = Reading.of(Direction.MORE, MeasureKind.SHARE, n("85"), null, n("90"), n("0.1"), DEFAULTS);
        assertThat(reading.pace()).isEqualByComparingTo("90");
        assertThat(reading.status()).isEqualTo(Status.BEHIND);
        assertThat(reading.percent()).isEqualByComparingTo("94");
    }

    @Test
    void lessIsBetterReadsTheCeilingOverTheValue() {
        Reading none = Reading.of(Direction.LESS, MeasureKind.FLOW, n("0"), BigDecimal.ZERO, n("2"), n("0.5"), DEFAULTS);
        assertThat(none.percent()).isEqualByComparingTo("100");
        assertThat(none.status()).isEqualTo(Status.REACHED);
        Reading twice = Reading.of(Direction.LESS, MeasureKind.FLOW, n("4"), BigDecimal.ZERO, n("2"), n("1"), DEFAULTS);
        assertThat(twice.percent()).isEqualByComparingTo("50");
        assertThat(twice.status()).isEqualTo(Status.BEHIND);
        assertThat(Reading.achievement(Direction.LESS, n("1"), n("0"))).isEqualByComparingTo("0");
        assertThat(Reading.achievement(Direction.MORE, n("3"), n("0"))).isEqualByComparingTo("100");
    }

    @Test
    void nothingToReadIsNoData() {
        Reading reading = Reading.of(Direction.MORE, MeasureKind.FLOW, null, BigDecimal.ZERO, n("10"), n("0.5"), DEFAULTS);
        assertThat(reading.status()).isEqualTo(Status.NO_DATA);
        assertThat(reading.percent()).isNull();
    }

    @Test
    void theSummaryLineCountsTheFirstBandFromItsThresholdAndFurtherBandsAboveTheirs() {
        List<BigDecimal> percents = Arrays.asList(n("100"), n("105"), n("70"), n("61"), n("60"), n("10"), null);
        SummaryLine line = SummaryLine.of(percents, DEFAULTS);
        assertThat(line.total()).isEqualTo(7);
        assertThat(line.first().count()).isEqualTo(2);
        assertThat(line.bands().get(1).count()).isEqualTo(2);
        assertThat(line.furtherBands()).hasSize(1);

        ProgressSettings three = new ProgressSettings(n("100"), n("100"), List.of(n("90"), n("50"), n("20")), 0,
                RoundingMode.HALF_UP);
        SummaryLine other = SummaryLine.of(percents, three);
        assertThat(other.bands()).extracting(SummaryLine.Band::count).containsExactly(2, 3, 0);
        assertThat(other.furtherBands()).extracting(SummaryLine.Band::count).containsExactly(3);
    }

    @Test
    void bandsMustGoDownAndBePositive() {
        assertThatThrownBy(() -> new ProgressSettings(n("100"), n("100"), List.of(n("60"), n("100")), 0,
                RoundingMode.HALF_UP)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("targets.bands"));
        assertThatThrownBy(() -> new ProgressSettings(n("0"), n("100"), List.of(n("100")), 0, RoundingMode.HALF_UP))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new ProgressSettings(n("100"), n("100"), List.of(n("100")), 0, RoundingMode.CEILING))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ProgressSettings.parseBands("100, sáu mươi")).isInstanceOf(RuleViolation.class);
        assertThat(ProgressSettings.parseBands("100; 60")).containsExactly(n("100"), n("60"));
    }

    @Test
    void aWindowKnowsHowMuchOfItHasGoneAndItsYears() {
        Window term = new Window(LocalDate.of(2016, 5, 19), LocalDate.of(2020, 12, 31));
        assertThat(term.elapsed(LocalDate.of(2016, 5, 18))).isEqualByComparingTo("0");
        assertThat(term.elapsed(LocalDate.of(2021, 1, 1))).isEqualByComparingTo("1");
        assertThat(term.years()).hasSize(5);
        assertThat(term.years().getFirst()).isEqualTo(new Window(LocalDate.of(2016, 5, 19), LocalDate.of(2016, 12, 31)));
        assertThat(term.years().getLast()).isEqualTo(new Window(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    }
}
