package vn.dangvu.reports;

import vn.dangvu.platform.RuleViolation;

/**
 * The rules that guard reports and their drafts, each named once; the message key under
 * {@code reports.rule.*} says it to the user.
 */
enum ReportRule {

    /** A report covers a period whose first day is not after its last. */
    PERIOD,
    /** A mid-term or end-of-term review reads the term in force on its last day: the unit must have one. */
    TERM_REQUIRED,
    /**
     * A draft is saved over the version it was read from (optimistic locking): two people editing
     * the same report never silently overwrite each other.
     */
    CURRENT_VERSION,
    /** A submitted report is locked until the superior returns it (Hướng dẫn of the superior asking for it). */
    LOCKED_WHEN_SUBMITTED,
    /**
     * The number of a document is a positive number within the committee's term (Hướng dẫn
     * 36-HD/VPTW: numbers run from 01 per type through a term), the place and signer are given.
     */
    DOCUMENT_FIELDS,
    /**
     * A superior asks only units under it, names its guidance ("Hướng dẫn số 05") and sets a deadline
     * not before the day it issues it.
     */
    REQUEST_FIELDS,
    /** A report is submitted once for a request, by the unit asked, from its own draft; returned only once submitted. */
    SUBMISSION;

    String ruleName() {
        return "reports." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "reports.rule." + detailKey, arguments);
    }
}
