package vn.dangvu.members;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Working days for the Party's deadlines ("trong thời hạn 30 ngày làm việc"): Monday to Friday,
 * less the public holidays of the Labour Code 2019, Article 112 — New Year (1/1), Tết (the last day
 * of the lunar year and the first four of the new one), the Hùng Kings' day (10/3 lunar), 30/4, 1/5
 * and National Day (2/9 and the day before or after it; here 1/9 and 2/9, as the Government has
 * decided in recent years) — plus any extra days off the Government declares ({@code extraHolidays}).
 * Lunar dates come from ICU's Chinese calendar computed on Vietnam's meridian (UTC+7), which is how
 * the Vietnamese calendar differs from China's in years such as 2007.
 */
public final class WorkingDays {

    private static final TimeZone VIETNAM_MERIDIAN = new SimpleTimeZone(7 * 3600 * 1000, "UTC+7");

    private final Set<LocalDate> extraHolidays;
    private final ConcurrentHashMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDays(Collection<LocalDate> extraHolidays) {
        this.extraHolidays = Set.copyOf(extraHolidays);
    }

    public static WorkingDays standard() {
        return new WorkingDays(Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    public boolean isHoliday(LocalDate day) {
        return extraHolidays.contains(day) || holidaysByYear.computeIfAbsent(day.getYear(), WorkingDays::holidaysOf)
                .contains(day);
    }

    /** The last day of a period of {@code days} working days that starts the day after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Tết Nguyên Đán: the first day of the lunar year, on Vietnam's meridian. */
    public static LocalDate lunarNewYear(int gregorianYear) {
        return lunarToGregorian(gregorianYear, 1, 1);
    }

    static LocalDate lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay) {
        ChineseCalendar calendar = new VietnameseLunarCalendar();
        calendar.setTimeInMillis(LocalDate.of(gregorianYear, 7, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(7))
                .toEpochMilli());
        int cycleYear = calendar.get(ChineseCalendar.EXTENDED_YEAR);
        calendar.clear();
        calendar.set(ChineseCalendar.EXTENDED_YEAR, cycleYear);
        calendar.set(ChineseCalendar.MONTH, lunarMonth - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, lunarDay);
        long millis = calendar.getTimeInMillis();
        return java.time.Instant.ofEpochMilli(millis).atOffset(ZoneOffset.ofHours(7)).toLocalDate();
    }

    private static Set<LocalDate> holidaysOf(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 4, 30));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 9, 1));
        days.add(LocalDate.of(year, 9, 2));
        LocalDate tet = lunarNewYear(year);
        for (int i = -1; i <= 3; i++) {
            days.add(tet.plusDays(i));
        }
        days.add(lunarToGregorian(year, 3, 10));
        return days;
    }

    /** ICU's Chinese calendar with its astronomy on UTC+7, as the Vietnamese calendar is reckoned. */
    private static final class VietnameseLunarCalendar extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        VietnameseLunarCalendar() {
            super(VIETNAM_MERIDIAN, ULocale.ROOT, VIETNAM_MERIDIAN);
        }
    }
}
