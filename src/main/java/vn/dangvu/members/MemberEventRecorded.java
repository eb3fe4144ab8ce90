package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Map;

import vn.dangvu.organizations.UnitId;

/**
 * An event was added to a member's history (or their record was corrected): for the audit log and the
 * targets. {@code event} is null for a correction of the personal record, whose fields then come in
 * {@code profileBefore} and {@code profileAfter} (identity number masked).
 */
public record MemberEventRecorded(MemberId member, String kind, LocalDate on, UnitId unit, MemberStatus statusBefore,
        MemberStatus statusAfter, MemberEvent event, Map<String, Object> profileBefore, Map<String, Object> profileAfter) {
}
