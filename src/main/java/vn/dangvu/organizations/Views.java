package vn.dangvu.organizations;

import java.time.LocalDate;
import java.util.List;

/** What the tree answers: read models as records, dated to the day asked. */
public final class Views {

    private Views() {
    }

    /** A unit as it stood on {@code asOf}: the name it bore then and the superior it stood under. */
    public record UnitView(UnitId id, String code, UnitType type, String name, LocalDate establishedOn,
            LocalDate dissolvedOn, UnitId superior, String superiorName, LocalDate asOf) {

        public boolean existsOnDate() {
            return !asOf.isBefore(establishedOn) && (dissolvedOn == null || asOf.isBefore(dissolvedOn));
        }

        public boolean dissolved() {
            return dissolvedOn != null;
        }
    }

    /** A line in a list of units. */
    public record UnitSummary(UnitId id, String code, UnitType type, String name, int subordinateCount,
            LocalDate dissolvedOn) {
    }

    public record TypeCount(UnitType type, long count) {
    }

    /** One entry of a unit's timeline; {@code unit} is the unit the event happened to. */
    public record TimelineEntry(long id, UnitEventKind kind, LocalDate on, UnitRef unit, UnitRef from, UnitRef to,
            String oldName, String newName, String decision, String note) {
    }

    public record UnitRef(UnitId id, String code, String name) {
    }

    /** A page of a longer list; {@code page} counts from 0. */
    public record Page<T>(List<T> items, int page, int size, long total) {

        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
