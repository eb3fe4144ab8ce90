package vn.dangvu.organizations;

/** A congress opened a term of a unit. */
public record TermOpened(UnitId unit, long termId, int congressNumber, int startYear, int endYear) {
}
