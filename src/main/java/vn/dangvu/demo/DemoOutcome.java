package vn.dangvu.demo;

import java.util.List;

/** What a request to load the demo came to: loaded (with what and how long it took) or refused, and why. */
record DemoOutcome(boolean loaded, String reason, List<String> steps, int units, int people, int events, long millis) {

    static DemoOutcome refused(String reason) {
        return new DemoOutcome(false, reason, List.of(), 0, 0, 0, 0);
    }
}
