package vn.dangvu.extraction;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organizations.UnitId;

/**
 * Where a confirmed conference (its kind, day, guests and attendance) is recorded: the meetings module's
 * records ({@link MeetingsConferenceRecords}).
 */
public interface ConferenceRecords {

    /**
     * A conference as staff confirmed it: the extraction's event kind ({@code review.midTerm}…), its day,
     * its title, the guests as "name, title" lines, the people present and from how many branches.
     */
    record ConfirmedConference(UnitId unit, String kind, LocalDate date, String title, List<String> guests,
            Integer attendees, Integer branches, String sourceText) {
    }

    /** Records the conference; returns the id of the record made. */
    long record(ConfirmedConference conference);

    /** Whether an event of this kind (the extraction's) is a conference that can be recorded. */
    boolean records(String eventKind);
}
