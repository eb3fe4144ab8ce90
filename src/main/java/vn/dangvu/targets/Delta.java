package vn.dangvu.targets;

import java.time.LocalDate;

/**
 * What a measure adds on one day to the subtree of {@code root}: a flow's events, a stock's entries
 * (positive) and exits (negative), or a share's numerator and denominator.
 */
public record Delta(long root, LocalDate day, long numerator, long denominator) {
}
