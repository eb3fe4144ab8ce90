package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;

/** How a measure is computed from its module's records. */
@FunctionalInterface
public interface MeasureSource {

    /**
     * For each root, what the measure adds to the root's subtree on each day in {@code [from, to]},
     * the subtree taken as it stood on that day; days on which nothing changes may be left out. A
     * stock is asked with {@code from} = {@link LocalDate#MIN}: its level on a day is the sum of
     * everything up to that day.
     */
    List<Delta> deltas(List<Long> roots, LocalDate from, LocalDate to);
}
