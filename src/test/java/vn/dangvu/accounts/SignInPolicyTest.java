package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInPolicyTest {

    private final SignInPolicy policy = new SignInPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), 10,
            Duration.ofMinutes(15));

    @Test
    void slowsFromTheThirdFailureDoublingUpToTheCap() {
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(2)).isZero();
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(500)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void locksAtTheTenthFailureForFifteenMinutes() {
        Instant now = Instant.parse("2026-01-05T02:00:00Z");
        assertThat(policy.lockedUntil(9, now)).isNull();
        assertThat(policy.lockedUntil(10, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void unknownNamesAreCountedLikeAccountsSoTheirAnswersSlowAlike() {
        var unknown = new SignIn.UnknownNames();
        assertThat(unknown.count("Khong.Co")).isEqualTo(1);
        assertThat(unknown.count("khong.co ")).isEqualTo(2);
        assertThat(unknown.count("khong.co")).isEqualTo(3);
        assertThat(policy.delayAfter(unknown.count("khong.co"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(unknown.count("nguoi.khac")).isEqualTo(1);
    }
}
