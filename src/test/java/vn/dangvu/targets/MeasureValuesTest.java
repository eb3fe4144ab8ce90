package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Accumulating a measure's day-by-day changes into flows over periods and levels on dates. */
class MeasureValuesTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void aFlowIsTheSumOfItsDaysWithinThePeriod() {
        Measure flow = Measure.of("test.flow", MeasureKind.FLOW, (r, f, t) -> List.of());
        MeasureValues values = MeasureValues.of(flow, d(2016, 1, 1), d(2018, 12, 31), List.of(
                new Delta(1, d(2016, 5, 19), 2, 0), new Delta(1, d(2017, 1, 1), 3, 0), new Delta(1, d(2017, 1, 1), 1, 0),
                new Delta(1, d(2018, 6, 12), 5, 0), new Delta(2, d(2017, 3, 3), 7, 0)));
        assertThat(values.over(1, d(2016, 1, 1), d(2018, 12, 31)).numerator()).isEqualTo(11);
        assertThat(values.over(1, d(2017, 1, 1), d(2017, 1, 1)).numerator()).isEqualTo(4);
        assertThat(values.over(1, d(2017, 1, 2), d(2018, 6, 11)).numerator()).isZero();
        assertThat(values.asOf(1, d(2016, 5, 20), d(2018, 6, 12)).numerator()).isEqualTo(9);
        assertThat(values.asOf(2, d(2016, 1, 1), d(2018, 1, 1)).numerator()).isEqualTo(7);
        assertThat(values.asOf(3, d(2016, 1, 1), d(2018, 1, 1))).isEqualTo(Partial.ZERO);
        assertThatThrownBy(() -> values.over(1, d(2015, 1, 1), d(2016, 1, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> values.level(1, d(2016, 1, 1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStockIsItsLevelOnTheDateNeverASumOverPeriods() {
        Measure stock = Measure.of("test.stock", MeasureKind.STOCK, (r, f, t) -> List.of());
        MeasureValues values = MeasureValues.of(stock, LocalDate.MIN, d(2020, 1, 1), List.of(
                new Delta(1, d(2010, 1, 1), 600, 0), new Delta(1, d(2016, 6, 1), 11, 0),
                new Delta(1, d(2017, 2, 1), -3, 0)));
        assertThat(values.level(1, d(2009, 12, 31)).numerator()).isZero();
        assertThat(values.level(1, d(2016, 6, 1)).numerator()).isEqualTo(611);
        assertThat(values.asOf(1, d(2017, 1, 1), d(2018, 6, 12)).numerator()).isEqualTo(608);
    }

    @Test
    void aShareIsRecomputedFromItsSums() {
        Measure share = Measure.of("test.share", MeasureKind.SHARE, (r, f, t) -> List.of());
        MeasureValues values = MeasureValues.of(share, d(2018, 1, 1), d(2018, 12, 31), List.of(
                new Delta(1, d(2018, 12, 1), 9, 10), new Delta(2, d(2018, 12, 2), 1, 90)));
        Partial both = values.over(1, d(2018, 1, 1), d(2018, 12, 31)).plus(values.over(2, d(2018, 1, 1), d(2018, 12, 31)));
        // 10 of 100, not the mean of 90% and 1.1%
        assertThat(both.value(MeasureKind.SHARE)).isEqualByComparingTo("10");
        assertThat(Partial.ZERO.value(MeasureKind.SHARE)).isNull();
    }
}
