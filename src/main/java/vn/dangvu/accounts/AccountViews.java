package vn.dangvu.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organizations.UnitType;

/** What account pages and the API show: read models as records. */
public final class AccountViews {

    private AccountViews() {
    }

    public record AccountView(long id, String username, String displayName, boolean enabled,
            boolean mustChangePassword, boolean locked, Instant lastSignInAt, List<GrantView> grants) {
    }

    /** A grant with the unit's code and today's name; {@code unitId} is null for a system administrator. */
    public record GrantView(Role role, Long unitId, String unitCode, String unitName, UnitType unitType) {

        public Grant grant() {
            return new Grant(role, unitId == null ? null : new vn.dangvu.organizations.UnitId(unitId));
        }
    }

    public record TokenView(long id, String name, String prefix, Instant createdAt, LocalDate expiresOn,
            Instant lastUsedAt, Instant revokedAt) {

        public boolean active(LocalDate today) {
            return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
        }
    }

    /** A unit one may grant a role over, for the grant form's suggestions. */
    public record UnitChoice(long id, String code, String name, UnitType type) {
    }
}
