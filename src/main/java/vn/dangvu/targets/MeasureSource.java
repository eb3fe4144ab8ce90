package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;

/** How a measure is computed from its module's records. */
@FunctionalInterface
public interface MeasureSource {

    /**
     * A measure computed by one SQL query over the temporal closure of the tree: the query takes
     * {@code :roots} (bigint[]), {@code :from} and {@code :to} and answers rows of
     * {@code (root, day, num, den)}; totals are summed per root in the database. This is how other
     * modules (training, meetings, ratings…) add their counts to the catalog.
     */
    static MeasureSource sql(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql) {
        return new SqlMeasureSource(jdbc, sql);
    }

    /**
     * For each root, what the measure adds to the root's subtree on each day in {@code [from, to]},
     * the subtree taken as it stood on that day; days on which nothing changes may be left out. A
     * stock is asked with {@code from} = {@link LocalDate#MIN}: its level on a day is the sum of
     * everything up to that day.
     */
    List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to);

    /**
     * For each root, the sum of its changes over {@code [from, to]}, as one delta dated {@code to}:
     * what a roll-up needs, without every day. Sources that can sum in the database override this.
     */
    default List<Delta> totals(List<Long> roots, LocalDate from, LocalDate to) {
        java.util.Map<Long, long[]> sums = new java.util.TreeMap<>();
        for (Delta d : deltas(roots, from, to)) {
            long[] sum = sums.computeIfAbsent(d.root(), r -> new long[2]);
            sum[0] += d.numerator();
            sum[1] += d.denominator();
        }
        return sums.entrySet().stream().map(e -> new Delta(e.getKey(), to, e.getValue()[0], e.getValue()[1])).toList();
    }
}
