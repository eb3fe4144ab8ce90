package vn.dangvu.organizations;

import java.time.LocalDate;

import vn.dangvu.platform.Labels;

/**
 * A unit as the rules see it when a change arrives: its type, lifespan, superior and the date of
 * its last recorded change. The checks here are the unit's own invariants; the store applies the
 * change only after they pass.
 */
record OrgUnit(UnitId id, String code, UnitType type, String name, LocalDate establishedOn,
        LocalDate dissolvedOn, UnitId superior, LocalDate lastChangeOn) {

    /** PostgreSQL's 'infinity' date reads back as this; an open interval ends here. */
    static final LocalDate OPEN_END = LocalDate.MAX;

    boolean isDissolved() {
        return !dissolvedOn.equals(OPEN_END);
    }

    boolean existsOn(LocalDate date) {
        return !date.isBefore(establishedOn) && date.isBefore(dissolvedOn);
    }

    /** {@link OrganizationRule#WITHIN_LIFESPAN}. */
    void ensureExistsOn(LocalDate date) {
        if (!existsOn(date)) {
            throw isDissolved() && !date.isBefore(dissolvedOn)
                    ? OrganizationRule.WITHIN_LIFESPAN.violation("after-dissolution", name, date, dissolvedOn)
                    : OrganizationRule.WITHIN_LIFESPAN.violation("before-establishment", name, date, establishedOn);
        }
    }

    /** {@link OrganizationRule#WITHIN_LIFESPAN} and {@link OrganizationRule#CHRONOLOGICAL} for a change to this unit itself. */
    void ensureChangeableOn(LocalDate date) {
        ensureExistsOn(date);
        if (!date.isAfter(lastChangeOn)) {
            throw OrganizationRule.CHRONOLOGICAL.violation("chronological", name, date, lastChangeOn);
        }
    }

    /** {@link OrganizationRule#SUPERIOR_EXISTS} and {@link OrganizationRule#PLACEMENT} for a unit coming under this one. */
    void ensureMayReceive(UnitType subordinateType, String subordinateName, LocalDate date) {
        if (isDissolved()) {
            throw OrganizationRule.SUPERIOR_EXISTS.violation("superior-dissolved", name, dissolvedOn);
        }
        if (date.isBefore(establishedOn)) {
            throw OrganizationRule.WITHIN_LIFESPAN.violation("before-establishment", name, date, establishedOn);
        }
        if (!subordinateType.mayStandUnder(type)) {
            throw OrganizationRule.PLACEMENT.violation("placement", subordinateName, Labels.key(subordinateType.messageKey()),
                    name, Labels.key(type.messageKey()));
        }
    }
}
