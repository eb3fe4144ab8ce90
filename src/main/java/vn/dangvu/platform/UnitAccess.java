package vn.dangvu.platform;

import java.util.Optional;
import java.util.Set;

/**
 * What the signed-in user may see and change in the organization tree. Every module asks this
 * before it reads or writes a unit's records; the accounts module answers from the user's role–unit
 * pairs. A unit out of scope is answered as not found, so its existence never leaks.
 */
public interface UnitAccess {

    /** The units at the top of what the user may read; empty when the user reads the whole tree. */
    Optional<Set<Long>> readableRoots();

    boolean canRead(long unitId);

    boolean canWrite(long unitId);

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
        checkRead(unitId);
        if (!canWrite(unitId)) {
            throw new AccessDeniedException();
        }
    }

    /** The user may read the unit but not change it. */
    class AccessDeniedException extends RuntimeException {
        public AccessDeniedException() {
            super("read-only access");
        }
    }
}
