package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.organizations.UnitId;

/** What a member's history needs to know from outside itself to check an event. */
interface MembershipContext {

    /** Whether the unit is a branch (chi bộ) that exists on the day. */
    boolean isBranchOn(UnitId unit, LocalDate on);

    /** Another person's status on the day, for the introducers. */
    Optional<MemberStatus> statusOf(MemberId member, LocalDate on);

    LocalDate today();
}
