package vn.dangvu.extraction;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.dangvu.meetings.ConferenceKind;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.Conferences;

/**
 * Confirmed conferences go into the meetings module's records, as a clerk's form would put them (the
 * meeting rules check them there): the kind read from the report's words, the guests with their titles,
 * the attendance as numbers, and the report's sentence kept as the minutes' text.
 */
@Component
class MeetingsConferenceRecords implements ConferenceRecords {

    /** The extraction's event kinds that are conferences, and what the meetings module calls them. */
    private static final Map<String, ConferenceKind> KINDS = Map.of(
            "review.halfYear", ConferenceKind.SIX_MONTH_REVIEW,
            "review.year", ConferenceKind.YEAR_END_REVIEW,
            "review.midTerm", ConferenceKind.MID_TERM_REVIEW,
            "review.term", ConferenceKind.END_OF_TERM_REVIEW,
            "congress", ConferenceKind.CONGRESS);

    private final Conferences conferences;

    MeetingsConferenceRecords(Conferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public boolean records(String eventKind) {
        return KINDS.containsKey(eventKind);
    }

    @Override
    public long record(ConfirmedConference c) {
        ConferenceKind kind = Optional.ofNullable(KINDS.get(c.kind())).orElse(ConferenceKind.OTHER);
        return conferences.record(new NewConference(c.unit(), kind, c.date(), c.title(), null, null,
                c.guests().stream().filter(g -> g != null && !g.isBlank()).map(Guest::parse).toList(), null,
                c.attendees(), c.branches(), null, c.sourceText(), null));
    }
}
