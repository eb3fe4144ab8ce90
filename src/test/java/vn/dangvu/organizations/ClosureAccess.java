package vn.dangvu.organizations;

import java.util.Collection;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package re-derive the closure the way {@link StructuralChanges} does. */
public final class ClosureAccess {

    private ClosureAccess() {
    }

    public static void rebuildAncestry(ApplicationContext context, Collection<Long> unitIds) {
        context.getBean(UnitStore.class).rebuildAncestry(unitIds);
    }
}
