package vn.dangvu.targets;

import vn.dangvu.organizations.UnitId;

/**
 * A unit's resolution, targets, entered values or settings changed: for the audit log.
 * {@code what} is one of resolution-adopted, target-added, target-updated, value-entered, settings-saved.
 */
public record TargetsChanged(UnitId unit, String what, long recordId) {
}
