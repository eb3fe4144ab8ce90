package vn.dangvu.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;

/**
 * {@link UnitAccess} answered from the signed-in account's grants, read afresh for every request
 * (and kept for the rest of it). A grant over a unit covers it and everything standing under it
 * today; a dissolved unit is judged by where it last stood. Nobody signed in: nothing in scope.
 */
@Component
class ScopedUnitAccess implements UnitAccess {

    private static final String CACHE = ScopedUnitAccess.class.getName() + ".grants";

    private final AccountStore accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScopedUnitAccess(AccountStore accounts, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean can(Permission permission, long unitId) {
        UnitScope scope = scope(permission);
        if (scope.everything()) {
            return jdbc.sql("select exists(select 1 from org_unit where id = ?)").param(unitId)
                    .query(Boolean.class).single();
        }
        if (scope.isEmpty()) {
            return false;
        }
        return jdbc.sql("select " + scope.predicate(":unitId")).params(scope.parameters()).param("unitId", unitId)
                .query(Boolean.class).single();
    }

    @Override
    public boolean canWriteEverywhere() {
        return scope(Permission.WRITE).everything();
    }

    @Override
    public UnitScope scope(Permission permission) {
        return scopeOf(currentGrants(), permission, LocalDate.now(clock));
    }

    static UnitScope scopeOf(List<Grant> grants, Permission permission, LocalDate on) {
        List<Grant> permitting = grants.stream().filter(g -> g.role().permits(permission)).toList();
        if (permitting.stream().anyMatch(g -> g.unit() == null)) {
            return UnitScope.whole(on);
        }
        Set<Long> roots = permitting.stream().map(g -> g.unit().value()).collect(Collectors.toSet());
        return new UnitScope(false, roots, on);
    }

    List<Grant> currentGrants() {
        var principal = Actor.principal();
        if (principal.isEmpty()) {
            return List.of();
        }
        long id = principal.get().accountId();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof CachedGrants c
                && c.accountId() == id) {
            return c.grants();
        }
        List<Grant> grants = accounts.find(id).filter(AccountStore.StoredAccount::enabled)
                .map(a -> accounts.grants(id)).orElse(List.of());
        if (request != null) {
            request.setAttribute(CACHE, new CachedGrants(id, grants), RequestAttributes.SCOPE_REQUEST);
        }
        return grants;
    }

    /** Forgets the grants read for this request, after they changed in it. */
    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private record CachedGrants(long accountId, List<Grant> grants) {
    }
}
