package vn.dangvu.organizations;

import java.time.LocalDate;

/** A unit's structure changed: published after every structural event, for the audit log and other listeners. */
public record UnitChanged(UnitId unit, UnitEventKind kind, LocalDate on) {
}
