package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One measure's day-by-day changes for a set of roots, accumulated so that any period's flow or
 * any date's level within the fetched range is two binary searches, with no further query.
 */
public final class MeasureValues {

    private final Measure measure;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<Long, Running> byRoot;

    private MeasureValues(Measure measure, LocalDate from, LocalDate to, Map<Long, Running> byRoot) {
        this.measure = measure;
        this.from = from;
        this.to = to;
        this.byRoot = byRoot;
    }

    static MeasureValues of(Measure measure, LocalDate from, LocalDate to, List<Delta> deltas) {
        Map<Long, List<Delta>> grouped = new HashMap<>();
        for (Delta d : deltas) {
            grouped.computeIfAbsent(d.root(), r -> new ArrayList<>()).add(d);
        }
        Map<Long, Running> byRoot = new HashMap<>();
        grouped.forEach((root, list) -> byRoot.put(root, Running.of(list)));
        return new MeasureValues(measure, from, to, byRoot);
    }

    public Measure measure() {
        return measure;
    }

    /**
     * The measure for the root as of {@code at}: a flow or a share over {@code [start, at]}, a stock's
     * level on {@code at}.
     */
    public Partial asOf(long root, LocalDate start, LocalDate at) {
        if (measure.kind() == MeasureKind.STOCK) {
            return level(root, at);
        }
        return over(root, start, at);
    }

    /** Everything added in {@code [start, end]}. */
    public Partial over(long root, LocalDate start, LocalDate end) {
        check(start, end);
        Running running = byRoot.get(root);
        if (running == null || end.isBefore(start)) {
            return Partial.ZERO;
        }
        return running.upTo(end).minus(start.equals(LocalDate.MIN) ? Partial.ZERO : running.upTo(start.minusDays(1)));
    }

    /** The sum of everything up to and including {@code at}: a stock's level. */
    public Partial level(long root, LocalDate at) {
        if (!from.equals(LocalDate.MIN)) {
            throw new IllegalStateException("A level needs the changes since ever; fetched from " + from);
        }
        check(at, at);
        Running running = byRoot.get(root);
        return running == null ? Partial.ZERO : running.upTo(at);
    }

    private void check(LocalDate start, LocalDate end) {
        if (end.isAfter(to) || start.isBefore(from) && !from.equals(LocalDate.MIN)) {
            throw new IllegalStateException("Asked " + start + ".." + end + " of values fetched for " + from + ".." + to);
        }
    }

    /** Sorted days with the running sums up to each. */
    private record Running(long[] days, long[] numerators, long[] denominators) {

        static Running of(List<Delta> deltas) {
            List<Delta> sorted = new ArrayList<>(deltas);
            sorted.sort(Comparator.comparing(Delta::day));
            long[] days = new long[sorted.size()];
            long[] num = new long[sorted.size()];
            long[] den = new long[sorted.size()];
            int n = -1;
            for (Delta d : sorted) {
                long day = d.day().toEpochDay();
                if (n >= 0 && days[n] == day) {
                    num[n] += d.numerator();
                    den[n] += d.denominator();
                    continue;
                }
                n++;
                days[n] = day;
                num[n] = (n > 0 ? num[n - 1] : 0) + d.numerator();
                den[n] = (n > 0 ? den[n - 1] : 0) + d.denominator();
            }
            return new Running(Arrays.copyOf(days, n + 1), Arrays.copyOf(num, n + 1), Arrays.copyOf(den, n + 1));
        }

        Partial upTo(LocalDate day) {
            if (day.equals(LocalDate.MIN)) {
                return Partial.ZERO;
            }
            int i = Arrays.binarySearch(days, day.toEpochDay());
            int last = i >= 0 ? i : -i - 2;
            return last < 0 ? Partial.ZERO : new Partial(numerators[last], denominators[last]);
        }
    }
}
