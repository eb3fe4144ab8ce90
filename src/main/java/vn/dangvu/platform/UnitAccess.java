package vn.dangvu.platform;

import java.util.Optional;
import java.util.Set;

/**
 * What the signed-in user may see and change in the organization tree. Every module asks this
 * before it reads or writes a unit's records; the accounts module answers from the user's role–unit
 * pairs. A unit out of scope is answered as not found, so its existence never leaks. With nobody
 * signed in, nothing is in scope.
 */
public interface UnitAccess {

    /** Whether the user holds the permission over the unit (a grant over it or over a unit above it). */
    boolean can(Permission permission, long unitId);

    /** Where the user holds the permission, for filtering in SQL; see {@link UnitScope#predicate}. */
    UnitScope scope(Permission permission);

    /** The units at the top of what the user may read; empty when the user reads the whole tree. */
    default Optional<Set<Long>> readableRoots() {
        UnitScope scope = scope(Permission.READ);
        return scope.everything() ? Optional.empty() : Optional.of(scope.roots());
    }

    default boolean canRead(long unitId) {
        return can(Permission.READ, unitId);
    }

    default boolean canWrite(long unitId) {
        return can(Permission.WRITE, unitId);
    }

    /** Whether the user may change the top of the tree: create the committees directly under the centre. */
    boolean canWriteEverywhere();

    /** Throws {@link NotFoundException} unless the user may read the unit. */
    default void checkRead(long unitId) {
        if (!canRead(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
    }

    /** Throws {@link NotFoundException} if the unit is out of reach, {@link AccessDeniedException} if read-only. */
    default void checkWrite(long unitId) {
        check(Permission.WRITE, unitId);
    }

    /** Throws {@link NotFoundException} if the unit is out of reach, {@link AccessDeniedException} without the permission. */
    default void check(Permission permission, long unitId) {
        checkRead(unitId);
        if (!can(permission, unitId)) {
            throw new AccessDeniedException();
        }
    }

    /** The user may read the unit but not do this to it. */
    class AccessDeniedException extends RuntimeException {
        public AccessDeniedException() {
            super("not permitted");
        }
    }
}
