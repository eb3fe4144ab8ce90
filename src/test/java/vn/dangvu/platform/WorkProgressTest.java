package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Progress is kept only for a well-formed token, read only by the session that started it, and forgotten. */
class WorkProgressTest {

    static final String TOKEN = "0123456789abcdef0123456789abcdef";

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final WorkProgress progress = new WorkProgress(clock);

    @Test
    void theSessionThatStartedTheWorkReadsItsLastStep() {
        WorkProgress.Tracker tracker = progress.start(TOKEN, "session-a", "progress.started");
        assertThat(progress.read(TOKEN, "session-a")).contains(new WorkProgress.Step("progress.started", 0, 0));

        tracker.at("progress.members.checking", 1_500, 6_000);

        WorkProgress.Step step = progress.read(TOKEN, "session-a").orElseThrow();
        assertThat(step).isEqualTo(new WorkProgress.Step("progress.members.checking", 1_500, 6_000));
        assertThat(step.percent()).isEqualTo(25);
        assertThat(new WorkProgress.Step("progress.members.saving", 6_000, 0).percent()).isEqualTo(-1);
    }

    @Test
    void anotherSessionLearnsNothingAndCannotTakeTheToken() {
        progress.start(TOKEN, "session-a", "progress.started").at("progress.members.checking", 10, 20);

        assertThat(progress.read(TOKEN, "session-b")).isEmpty();
        assertThat(progress.read(TOKEN, null)).isEmpty();
        WorkProgress.Tracker stolen = progress.start(TOKEN, "session-b", "progress.started");
        stolen.at("progress.members.checking", 99, 99);
        assertThat(progress.read(TOKEN, "session-a").orElseThrow().done()).isEqualTo(10);
    }

    @Test
    void aMissingOrMalformedTokenTracksNothing() {
        assertThat(progress.start(null, "session-a", "progress.started")).isSameAs(WorkProgress.Tracker.NONE);
        assertThat(progress.start("../../etc", "session-a", "progress.started")).isSameAs(WorkProgress.Tracker.NONE);
        assertThat(progress.start(TOKEN.toUpperCase(), "session-a", "progress.started")).isSameAs(WorkProgress.Tracker.NONE);
        assertThat(progress.start(TOKEN, null, "progress.started")).isSameAs(WorkProgress.Tracker.NONE);
        assertThat(progress.read(TOKEN, "session-a")).isEmpty();
    }

    @Test
    void workIsForgottenAnHourAfterItsLastStep() {
        WorkProgress.Tracker tracker = progress.start(TOKEN, "session-a", "progress.started");
        clock.now = clock.now.plus(Duration.ofMinutes(50));
        tracker.at("progress.members.saving", 5, 0);
        clock.now = clock.now.plus(Duration.ofMinutes(50));
        progress.start("ffffffffffffffffffffffffffffffff", "session-c", "progress.started");
        assertThat(progress.read(TOKEN, "session-a")).isPresent();

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        progress.start("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "session-c", "progress.started");
        assertThat(progress.read(TOKEN, "session-a")).isEmpty();
    }
}
