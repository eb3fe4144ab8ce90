package vn.dangvu.organizations;

import java.time.LocalDate;
import java.util.List;

/** What a person asks of the tree. Each is validated by {@link StructuralChanges} against the rules. */
public final class Commands {

    private Commands() {
    }

    public record EstablishUnit(String code, String name, UnitType type, UnitId superior, LocalDate on,
            String decision, String note) {
    }

    /**
     * Many units at once, as an import brings them, each checked by the rules of {@link EstablishUnit}.
     * A unit's superior is either an existing unit ({@code unit.superior()}) or the unit listed at
     * {@code listedSuperior}, which must come earlier in the list; -1 when it is not a listed one.
     */
    public record EstablishUnits(List<ListedUnit> units) {
        public EstablishUnits {
            units = units == null ? List.of() : List.copyOf(units);
            for (int i = 0; i < units.size(); i++) {
                ListedUnit listed = units.get(i);
                if (listed.listedSuperior() >= i) {
                    throw new IllegalArgumentException("unit " + i + " lists a superior that does not come before it");
                }
                if (listed.listedSuperior() >= 0 && listed.unit().superior() != null) {
                    throw new IllegalArgumentException("unit " + i + " names two superiors");
                }
            }
        }
    }

    public record ListedUnit(EstablishUnit unit, int listedSuperior) {
        public ListedUnit {
            if (unit == null || listedSuperior < -1) {
                throw new IllegalArgumentException("a listed unit needs its command and a superior index of -1 or more");
            }
        }
    }

    public record RenameUnit(UnitId unit, String newName, LocalDate on, String decision) {
    }

    public record HandOverUnit(UnitId unit, UnitId newSuperior, LocalDate on, String decision, String note) {
    }

    /** Hợp nhất: the sources end on {@code on} and their subordinates pass to the target. */
    public record MergeUnits(List<UnitId> sources, UnitId target, LocalDate on, String decision) {
        public MergeUnits {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** Hợp nhất into a unit established for the purpose, on the merge's date. */
    public record MergeIntoNewUnit(List<UnitId> sources, String code, String name, UnitType type,
            UnitId superior, LocalDate on, String decision) {
        public MergeIntoNewUnit {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** Chia tách: new units of the source's type under its superior, each taking the listed subordinates. */
    public record SplitUnit(UnitId source, List<SplitPart> parts, LocalDate on, boolean dissolveSource,
            String decision) {
        public SplitUnit {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }
    }

    public record SplitPart(String code, String name, List<UnitId> subordinates) {
        public SplitPart {
            subordinates = subordinates == null ? List.of() : List.copyOf(subordinates);
        }
    }

    public record DissolveUnit(UnitId unit, LocalDate on, String decision, String note) {
    }

    public record OpenTerm(UnitId unit, int congressNumber, LocalDate congressOn, int startYear, int endYear) {
    }
}
