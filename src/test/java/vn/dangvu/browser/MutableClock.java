package vn.dangvu.browser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock a test moves by hand, so a browser test can let a year of probation pass. */
final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant instant;

    MutableClock(LocalDate day, ZoneId zone) {
        this.zone = zone;
        set(day);
    }

    /** Nine in the morning of the day, in the clock's zone. */
    void set(LocalDate day) {
        instant = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant, other);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
