package vn.dangvu.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organizations.UnitId;

/**
 * A report being written: the document's number, place, date, signer and recipients, and the three
 * narrative parts (results by field, limitations and their causes, tasks for the next period).
 * {@code updatedAt} is the version a save must name.
 */
public record ReportDraft(long id, UnitId unit, ReportPeriod period, Integer number, String place, LocalDate issuedOn,
        String superiorBody, String signerName, String signerPosition, List<String> recipients, String results,
        String limitations, String tasks, boolean submitted, Instant updatedAt) {

    /** What a user saves. {@code version} is the {@code updatedAt} read, null for a new draft. */
    public record Edit(ReportKind kind, LocalDate from, LocalDate to, Integer number, String place,
            LocalDate issuedOn, String superiorBody, String signerName, String signerPosition, String recipients,
            String results, String limitations, String tasks, Instant version) {
    }

    /** An empty draft for a period: nothing written yet, the date line on the period's last day. */
    public static ReportDraft blank(UnitId unit, ReportPeriod period) {
        return new ReportDraft(0, unit, period, null, null, null, null, null, "Bí thư", List.of(),
                null, null, null, false, null);
    }
}
