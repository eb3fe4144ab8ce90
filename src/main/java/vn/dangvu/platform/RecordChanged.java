package vn.dangvu.platform;

import java.util.Map;
import java.util.Set;

/**
 * A record of a module was created, corrected or deleted (a branch meeting, a conference, someone's place in a
 * class): the audit module writes it down with who did it, in the transaction of the change. {@code units}
 * are the units the record belongs to, {@code before} and {@code after} its fields ({@code after} is null
 * for a deletion, {@code before} for a creation).
 */
public record RecordChanged(String action, String recordType, long recordId, Set<Long> units,
        Map<String, Object> before, Map<String, Object> after) {
}
