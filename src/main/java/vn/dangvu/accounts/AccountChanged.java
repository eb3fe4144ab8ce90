package vn.dangvu.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An account changed (created, its grants, its password, its lock, its tokens), or someone signed
 * in to it. Published in the transaction of the change, for the audit log. {@code units} are the
 * units its grants concern, before and after: who may see the entry depends on them.
 */
public record AccountChanged(long accountId, String username, Action action, Map<String, Object> before,
        Map<String, Object> after, Set<Long> units) {

    public AccountChanged {
        before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
        units = Set.copyOf(units);
    }

    public enum Action {
        CREATED, GRANT_ADDED, GRANT_REMOVED, PASSWORD_CHANGED, PASSWORD_RESET, DISABLED, ENABLED, UNLOCKED,
        SIGNED_IN, SIGN_IN_FAILED, LOCKED, TOKEN_CREATED, TOKEN_REVOKED
    }
}
