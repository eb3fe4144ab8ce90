package vn.dangvu.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.organizations.UnitId;

/**
 * The read API the reports use: a unit's conferences over a period, each with kind, date, place, presiding
 * officer, guests, attendance ("62 đảng viên của 06 chi bộ" from {@link ConferenceView#attendancePhrase()})
 * and documents adopted. The caller checks the reader's access to the unit.
 */
@Component
public class ConferenceDirectory {

    private final Conferences conferences;

    ConferenceDirectory(Conferences conferences) {
        this.conferences = conferences;
    }

    public List<ConferenceView> list(UnitId unit, LocalDate from, LocalDate to) {
        return conferences.between(unit, from, to);
    }
}
