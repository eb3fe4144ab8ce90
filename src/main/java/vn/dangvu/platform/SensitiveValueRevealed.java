package vn.dangvu.platform;

/**
 * A user was shown a masked field in clear (a member's identity number, say). Published synchronously
 * before the value leaves the server, so the audit log records every view of sensitive personal data
 * (Law 91/2025/QH15); a listener that fails stops the value from being shown.
 *
 * @param recordType the kind of record, such as {@code member}
 * @param recordId the record's id
 * @param field the field shown, such as {@code identityNumber}
 */
public record SensitiveValueRevealed(String recordType, long recordId, String field) {
}
