package vn.dangvu.audit;

import java.util.Optional;

import vn.dangvu.platform.SensitiveValue;

/**
 * A module's records that carry sensitive fields (members carry identity numbers): it tells which
 * unit a record belongs to and gives the field's value, and {@link SensitiveFields} does the rest.
 */
public interface SensitiveFieldSource {

    /** The record type in reveal URLs and in the audit log, such as {@code member}. */
    String recordType();

    /** The record's unit and the field's value, if both exist; no access check here. */
    Optional<SensitiveField> find(String recordId, String field);

    record SensitiveField(long unitId, SensitiveValue value) {
    }
}
