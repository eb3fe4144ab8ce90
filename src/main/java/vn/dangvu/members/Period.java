package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.organizations.UnitId;

/**
 * An interval [from, to) in which a person had one status in one branch; {@code hostUnit} is where
 * they met during a temporary transfer. {@code to} is {@link LocalDate#MAX} while it lasts.
 */
public record Period(LocalDate from, LocalDate to, MemberStatus status, UnitId unit, UnitId hostUnit, boolean exempt) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }
}
