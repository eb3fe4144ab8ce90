package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.organizations.UnitId;

/** An event was added to a member's history (or their record was corrected): for the audit log and the targets. */
public record MemberEventRecorded(MemberId member, String kind, LocalDate on, UnitId unit, MemberStatus statusBefore,
        MemberStatus statusAfter) {
}
