package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    final WorkingDays days = WorkingDays.standard();

    @Test
    void lunarNewYearFollowsVietnamsMeridian() {
        assertThat(WorkingDays.lunarNewYear(2018)).isEqualTo(LocalDate.of(2018, 2, 16));
        assertThat(WorkingDays.lunarNewYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        // 2007 is the year the Vietnamese Tết fell a day before the Chinese New Year
        assertThat(WorkingDays.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(WorkingDays.lunarToGregorian(2018, 3, 10)).isEqualTo(LocalDate.of(2018, 4, 25));
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2018, 2, 16))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2018, 4, 30))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2018, 9, 2))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2018, 6, 9))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2018, 6, 12))).isTrue();
    }

    @Test
    void countsWorkingDaysAfterTheStart() {
        // Friday 1 June 2018 + 5 working days = Friday 8 June
        assertThat(days.addWorkingDays(LocalDate.of(2018, 6, 1), 5)).isEqualTo(LocalDate.of(2018, 6, 8));
        // across 30/4 and 1/5 2018 (Monday and Tuesday)
        assertThat(days.addWorkingDays(LocalDate.of(2018, 4, 27), 1)).isEqualTo(LocalDate.of(2018, 5, 2));
        var withExtra = new WorkingDays(Set.of(LocalDate.of(2018, 5, 2)));
        assertThat(withExtra.addWorkingDays(LocalDate.of(2018, 4, 27), 1)).isEqualTo(LocalDate.of(2018, 5, 3));
    }
}
