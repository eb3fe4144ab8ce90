package vn.dangvu.platform;

/** What a user may do with the records of a unit; roles grant sets of these over a subtree. */
public enum Permission {
    /** See the unit and its records. */
    READ,
    /** Change the unit and its records. */
    WRITE,
    /** Record inspections and discipline (the inspection committee's work). */
    WRITE_INSPECTION,
    /** See a masked field (an identity number, say) in clear, each time on request, and logged. */
    REVEAL_SENSITIVE,
    /** Export personal data of the unit's members; every export is logged. */
    EXPORT_PERSONAL_DATA,
    /** Create and change the accounts whose grants lie within the subtree. */
    MANAGE_ACCOUNTS,
    /** Browse the audit log of the subtree. */
    READ_AUDIT
}
