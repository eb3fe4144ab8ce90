package vn.dangvu.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * How far a long piece of work has got, for the person waiting on it. The form that starts the work
 * sends a random token it made; the request that does the work reports its steps under that token,
 * and the page asks for them while that request is still running ({@code GET /progress/{token}}).
 * Only the session that started the work may read its progress; entries are forgotten an hour after
 * their last step. Nothing is kept when the form sent no usable token.
 */
@Component
public class WorkProgress {

    /** Receives the steps of one piece of work. */
    @FunctionalInterface
    public interface Tracker {

        /** A tracker that keeps nothing: for work nobody watches (the API, tests, the demo). */
        Tracker NONE = (step, done, total) -> {
        };

        /**
         * The work is at {@code done} of {@code total} (0 when the total is not known) in the step
         * whose message key is {@code step}; the message receives both numbers as its arguments.
         */
        void at(String step, long done, long total);
    }

    /** The last step reported. */
    public record Step(String messageKey, long done, long total) {

        /** The share done, 0–100, or -1 when the total is not known. */
        public int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
        }
    }

    /** A token is 16 random bytes as hexadecimal, made by the page (app.js). */
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final Duration KEPT = Duration.ofHours(1);
    /** More entries than this are never needed by people; past it new work is simply not tracked. */
    private static final int MAX_ENTRIES = 10_000;

    private static final class Entry {
        final String owner;
        volatile Step step;
        volatile Instant touched;

        Entry(String owner, Step step, Instant touched) {
            this.owner = owner;
            this.step = step;
            this.touched = touched;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    WorkProgress(Clock clock) {
        this.clock = clock;
    }

    /**
     * A tracker for the work a request of {@code owner} (its session) is about to do under {@code token};
     * {@link Tracker#NONE} when the token is missing or malformed, or the owner unknown.
     */
    public Tracker start(String token, String owner, String firstStep) {
        if (token == null || owner == null || !TOKEN.matcher(token).matches()) {
            return Tracker.NONE;
        }
        Instant now = clock.instant();
        entries.values().removeIf(e -> e.touched.plus(KEPT).isBefore(now));
        if (entries.size() >= MAX_ENTRIES) {
            return Tracker.NONE;
        }
        Entry entry = new Entry(owner, new Step(firstStep, 0, 0), now);
        if (entries.putIfAbsent(token, entry) != null) {
            return Tracker.NONE; // somebody else's token: never overwritten
        }
        return (step, done, total) -> {
            entry.step = new Step(step, done, total);
            entry.touched = clock.instant();
        };
    }

    /** The last step of the work under {@code token}, if {@code owner} started it. */
    public Optional<Step> read(String token, String owner) {
        Entry entry = token == null ? null : entries.get(token);
        if (entry == null || !Objects.equals(entry.owner, owner)) {
            return Optional.empty();
        }
        return Optional.of(entry.step);
    }
}
