package vn.dangvu.targets;

/** How a measure's values add up, over time and over units. */
public enum MeasureKind {
    /** A count over a period (members admitted in 2018): summed over days and over units. */
    FLOW,
    /** A level on a date (members on 12/6/2018): summed over units, never over periods. */
    STOCK,
    /**
     * A share of two sums over a period (members rated "tốt" or better among those rated): numerators
     * and denominators are summed separately and divided last, never averaged.
     */
    SHARE;

    public String messageKey() {
        return "target.measureKind." + name();
    }
}
