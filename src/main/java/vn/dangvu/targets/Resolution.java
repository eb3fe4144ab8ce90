package vn.dangvu.targets;

import java.time.LocalDate;

import vn.dangvu.organizations.UnitId;

/** A term's resolution (nghị quyết đại hội), adopted by the congress that opened the term. */
public record Resolution(long id, UnitId unit, long termId, String title, LocalDate adoptedOn) {
}
