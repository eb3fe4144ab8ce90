package vn.dangvu.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organizations.UnitId;

/**
 * A superior's request for reports: its guidance document ("Hướng dẫn số 05"), the period, the
 * deadline and the subordinates asked, each with where its report stands.
 */
public record ReportRequest(long id, UnitId unit, String document, LocalDate issuedOn, ReportPeriod period,
        LocalDate deadline, List<Addressee> addressees) {

    /** What a superior issues. */
    public record Issue(String document, LocalDate issuedOn, ReportKind kind, LocalDate from, LocalDate to,
            LocalDate deadline, List<UnitId> units) {
    }

    /** Where a subordinate's report stands on a day. */
    public enum State {
        /** Submitted by the deadline. */
        SUBMITTED,
        /** Submitted after the deadline. */
        SUBMITTED_LATE,
        /** Not submitted and the deadline has passed. */
        LATE,
        /** Returned by the superior with a comment, to be submitted again. */
        RETURNED,
        /** Not submitted yet, the deadline still ahead. */
        WAITING;

        public String messageKey() {
            return "reports.request.state." + name();
        }
    }

    public record Addressee(UnitId unit, String code, String name, Long draftId, Instant submittedAt,
            Instant returnedAt, String comment, State state) {
    }

    /** The day "Hướng dẫn số 05 ngày 21/11/2017" reads. */
    public String title() {
        return document + " ngày " + ReportText.slash(issuedOn);
    }
}
