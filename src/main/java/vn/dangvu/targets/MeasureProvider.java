package vn.dangvu.targets;

import java.util.List;

/**
 * Adds measures to the catalog. A module whose records feed targets (ratings, training, meetings…)
 * declares a bean implementing this; the catalog collects them all at start and refuses two
 * measures with the same code.
 */
public interface MeasureProvider {

    List<Measure> measures();
}
