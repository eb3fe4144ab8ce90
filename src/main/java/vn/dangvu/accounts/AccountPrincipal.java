package vn.dangvu.accounts;

import java.io.Serializable;
import java.security.Principal;

/**
 * The signed-in person, as the security context holds them. Only identity lives here: grants, the
 * enabled flag and the password state are read afresh on every request, so a change takes effect
 * at once, also for sessions already open.
 */
public record AccountPrincipal(long accountId, String username, String displayName) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
