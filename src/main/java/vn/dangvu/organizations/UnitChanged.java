package vn.dangvu.organizations;

import java.time.LocalDate;

/**
 * A unit's structure changed: published after every structural event, in the transaction of the
 * change, for the audit log and other listeners. {@code before} is null for a unit just
 * established; {@code related} is the unit merged into, or the unit a new one was split from.
 */
public record UnitChanged(UnitId unit, UnitEventKind kind, LocalDate on, UnitSnapshot before, UnitSnapshot after,
        UnitId related) {

    public UnitChanged(UnitId unit, UnitEventKind kind, LocalDate on) {
        this(unit, kind, on, null, null, null);
    }
}
