package vn.dangvu.accounts;

import vn.dangvu.organizations.UnitId;

/** A role held over a unit and everything under it; a system administrator's grant has no unit. */
public record Grant(Role role, UnitId unit) {

    public Grant {
        if (role == null || role.needsUnit() != (unit != null)) {
            throw new IllegalArgumentException("role " + role + " with unit " + unit);
        }
    }

    public static Grant admin() {
        return new Grant(Role.SYSTEM_ADMIN, null);
    }

    public static Grant of(Role role, UnitId unit) {
        return new Grant(role, unit);
    }

    Long unitValue() {
        return unit == null ? null : unit.value();
    }
}
