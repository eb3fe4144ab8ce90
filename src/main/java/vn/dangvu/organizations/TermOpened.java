package vn.dangvu.organizations;

import java.time.LocalDate;

/** A congress opened a term of a unit. */
public record TermOpened(UnitId unit, long termId, int congressNumber, int startYear, int endYear,
        LocalDate congressOn) {

    public TermOpened(UnitId unit, long termId, int congressNumber, int startYear, int endYear) {
        this(unit, termId, congressNumber, startYear, endYear, null);
    }
}
