package vn.dangvu.platform;

import java.time.LocalDate;

import java.util.Optional;
import java.util.Set;

/**
 * Stands in for the accounts module in API tests: the whole tree by default, or explicit sets of
 * units. One instance serves every test class that shares the API tests' application context.
 */
public final class ScopedAccess implements UnitAccess {

    public static final ScopedAccess INSTANCE = new ScopedAccess();

    private volatile Set<Long> roots;
    private volatile Set<Long> readable;
    private volatile Set<Long> writable;

    private ScopedAccess() {
    }

    public void open() {
        roots = null;
    }

    public void limitTo(Set<Long> roots, Set<Long> readable, Set<Long> writable) {
        this.readable = readable;
        this.writable = writable;
        this.roots = roots;
    }

    @Override
    public Optional<Set<Long>> readableRoots() {
        return Optional.ofNullable(roots);
    }

    @Override
    public boolean can(Permission permission, long unitId) {
        return permission == Permission.READ ? canRead(unitId) : canWrite(unitId);
    }

    @Override
    public UnitScope scope(Permission permission) {
        LocalDate today = LocalDate.now();
        return roots == null ? UnitScope.whole(today) : new UnitScope(false, roots, today);
    }

    @Override
    public boolean canRead(long unitId) {
        return roots == null || readable.contains(unitId);
    }

    @Override
    public boolean canWrite(long unitId) {
        return roots == null || writable.contains(unitId);
    }

    @Override
    public boolean canWriteEverywhere() {
        return roots == null;
    }
}
