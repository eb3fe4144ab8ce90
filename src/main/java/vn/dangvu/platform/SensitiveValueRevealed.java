package vn.dangvu.platform;

/**
 * A user was shown a masked value in clear (an identity number, say): the audit log records every
 * such view, as Decree 356/2025 asks for sensitive personal data. Published after the right was checked.
 *
 * @param recordType what kind of record holds the value, such as {@code member}
 * @param recordId the record's id
 * @param field the field shown, such as {@code identityNumber}
 */
public record SensitiveValueRevealed(String recordType, long recordId, String field) {
}
