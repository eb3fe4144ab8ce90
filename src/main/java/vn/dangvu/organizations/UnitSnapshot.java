package vn.dangvu.organizations;

import java.time.LocalDate;

/** A unit's own fields at one moment, as the audit log records them before and after a change. */
public record UnitSnapshot(UnitId id, String code, UnitType type, String name, LocalDate establishedOn,
        LocalDate dissolvedOn, UnitId superior) {

    static UnitSnapshot of(OrgUnit unit) {
        return new UnitSnapshot(unit.id(), unit.code(), unit.type(), unit.name(), unit.establishedOn(),
                unit.isDissolved() ? unit.dissolvedOn() : null, unit.superior());
    }
}
