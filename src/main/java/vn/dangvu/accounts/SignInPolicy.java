package vn.dangvu.accounts;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed and then locked (OWASP Authentication Cheat Sheet,
 * "account lockout"): from the {@code slowAfter}-th consecutive failure each answer waits twice as
 * long as the one before, from {@code baseDelay} up to {@code maxDelay}; the {@code lockAfter}-th
 * failure locks the account for {@code lockFor}. A successful sign-in starts the count again.
 */
@ConfigurationProperties("dangvu.sign-in")
record SignInPolicy(
        @DefaultValue("3") int slowAfter,
        @DefaultValue("500ms") Duration baseDelay,
        @DefaultValue("8s") Duration maxDelay,
        @DefaultValue("10") int lockAfter,
        @DefaultValue("15m") Duration lockFor) {

    /** The wait before answering the {@code failures}-th consecutive failure. */
    Duration delayAfter(int failures) {
        if (failures < slowAfter) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - slowAfter, 20);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** When an account with this many consecutive failures is locked until, or null if it is not. */
    Instant lockedUntil(int failures, Instant now) {
        return failures >= lockAfter ? now.plus(lockFor) : null;
    }
}
