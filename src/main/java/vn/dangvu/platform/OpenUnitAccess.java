package vn.dangvu.platform;

import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * Access when no accounts module answers: everything readable and writable. The accounts module
 * provides the real {@link UnitAccess}, which replaces this one.
 */
@Component
@ConditionalOnMissingBean(value = UnitAccess.class, ignored = OpenUnitAccess.class)
class OpenUnitAccess implements UnitAccess {

    @Override
    public Optional<Set<Long>> readableRoots() {
        return Optional.empty();
    }

    @Override
    public boolean canRead(long unitId) {
        return true;
    }

    @Override
    public boolean canWrite(long unitId) {
        return true;
    }

    @Override
    public boolean canWriteEverywhere() {
        return true;
    }
}
