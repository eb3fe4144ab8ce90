package vn.dangvu.extraction;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organizations.UnitId;

/**
 * Where a confirmed conference (its kind, day and attendance) is recorded. The meetings module owns
 * conference records and is expected to provide the one implementation; until it does, no bean exists and
 * the extraction page says that confirming conferences is not yet available.
 */
public interface ConferenceRecords {

    record ConfirmedConference(UnitId unit, String kind, LocalDate date, Integer attendees, Integer expected,
            String sourceText) {
    }

    /** Records the conference; returns the id of the record made. */
    long record(ConfirmedConference conference);

    /** For listing what a report's conference may be matched with. */
    default List<String> kinds() {
        return List.of();
    }
}
