package vn.dangvu.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.dangvu.organizations.UnitEventKind;
import vn.dangvu.organizations.UnitType;

/**
 * The synthetic tree held in memory while it is planned, with its whole history. Every change goes
 * through the same checks {@code StructuralChanges} makes (placement by type, superiors alive,
 * one change per unit per day in date order, no subordinates left on dissolution), so what is
 * written afterwards is a history the application itself could have recorded. Changes must arrive
 * in date order: {@link #children} is the state on the date of the latest change.
 */
final class PlannedTree {

    /** PostgreSQL's 'infinity' for an open interval. */
    static final LocalDate OPEN = LocalDate.MAX;

    private final List<Unit> units = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final long firstId;

    PlannedTree(long firstId) {
        this.firstId = firstId;
    }

    /** What a unit is, beyond its type: picks its names and the changes it may undergo. */
    enum Kind {
        CENTRAL, PROVINCE, BLOC, DISTRICT, COMMUNE, UPPER, PARTY_AGENCY, AGENCY, SCHOOL, HOSPITAL, UNIVERSITY,
        ENTERPRISE, ARMY_UNIT, MILITARY_COMMAND, POLICE_UNIT, DISTRICT_POLICE, DISTRICT_OFFICE, SUB, VILLAGE, BRANCH
    }

    static final class Unit {
        final long id;
        final String code;
        final UnitType type;
        final Kind kind;
        final LocalDate established;
        LocalDate dissolved = OPEN;
        final List<LocalDate> nameFrom = new ArrayList<>(2);
        final List<String> names = new ArrayList<>(2);
        final List<LocalDate> linkFrom = new ArrayList<>(2);
        final List<Unit> linkParent = new ArrayList<>(2);
        final Set<Unit> children = new LinkedHashSet<>();
        LocalDate lastChange;
        /** The last number given to a unit planned under this one, for its code. */
        int codeSeq;
        /** Index of the present-day province (or central bloc) the unit was first planned in. */
        final int region;

        private Unit(long id, String code, UnitType type, Kind kind, String name, LocalDate on, int region) {
            this.id = id;
            this.code = code;
            this.type = type;
            this.kind = kind;
            this.established = on;
            this.region = region;
            this.lastChange = on;
            nameFrom.add(on);
            names.add(name);
        }

        String name() {
            return names.getLast();
        }

        Unit parent() {
            return linkParent.isEmpty() ? null : linkParent.getLast();
        }

        boolean alive() {
            return dissolved == OPEN;
        }

        boolean aliveOn(LocalDate date) {
            return !date.isBefore(established) && date.isBefore(dissolved);
        }

        /** Whether a change to the unit itself may be dated {@code on}: the CHRONOLOGICAL and WITHIN_LIFESPAN rules. */
        boolean changeableOn(LocalDate on) {
            return aliveOn(on) && on.isAfter(lastChange);
        }

        @Override
        public String toString() {
            return code + " " + name();
        }
    }

    record Event(long unitId, UnitEventKind kind, LocalDate on, Long fromId, Long toId, String oldName,
            String newName, String decision) {
    }

    List<Unit> units() {
        return units;
    }

    List<Event> events() {
        return events;
    }

    Unit establish(String code, UnitType type, Kind kind, String name, LocalDate on, Unit superior, int region,
            String decision) {
        if (superior == null) {
            require(type.isTopLevel(), "no superior for %s", name);
        } else {
            require(type.mayStandUnder(superior.type), "%s may not stand under %s", name, superior);
            require(superior.aliveOn(on), "%s does not exist on %s", superior, on);
        }
        Unit unit = new Unit(firstId + units.size(), code, type, kind, name, on, region);
        units.add(unit);
        if (superior != null) {
            unit.linkFrom.add(on);
            unit.linkParent.add(superior);
            superior.children.add(unit);
        }
        events.add(new Event(unit.id, UnitEventKind.ESTABLISHED, on, null, superior == null ? null : superior.id,
                null, name, decision));
        return unit;
    }

    void rename(Unit unit, String name, LocalDate on, String decision) {
        require(unit.changeableOn(on), "%s cannot change on %s", unit, on);
        require(!name.equals(unit.name()), "%s keeps its name", unit);
        String old = unit.name();
        unit.nameFrom.add(on);
        unit.names.add(name);
        unit.lastChange = on;
        events.add(new Event(unit.id, UnitEventKind.RENAMED, on, null, null, old, name, decision));
    }

    boolean mayHandOver(Unit unit, Unit superior, LocalDate on) {
        return unit.changeableOn(on) && superior != unit && superior != unit.parent() && superior.alive()
                && superior.aliveOn(on) && unit.type.mayStandUnder(superior.type) && !isUnder(superior, unit);
    }

    void handOver(Unit unit, Unit superior, LocalDate on, String decision) {
        require(mayHandOver(unit, superior, on), "%s cannot pass to %s on %s", unit, superior, on);
        Unit from = unit.parent();
        from.children.remove(unit);
        unit.linkFrom.add(on);
        unit.linkParent.add(superior);
        superior.children.add(unit);
        unit.lastChange = on;
        events.add(new Event(unit.id, UnitEventKind.HANDED_OVER, on, from.id, superior.id, null, null, decision));
    }

    /** Hợp nhất: the source's subordinates pass to the target, then the source ends. */
    void merge(Unit source, Unit target, LocalDate on, String decision) {
        require(source != target && source.changeableOn(on) && target.aliveOn(on) && !isUnder(target, source),
                "%s cannot merge into %s on %s", source, target, on);
        for (Unit sub : List.copyOf(source.children)) {
            handOver(sub, target, on, decision);
        }
        end(source, on);
        events.add(new Event(source.id, UnitEventKind.MERGED, on, idOf(source.parent()), target.id, null, null,
                decision));
    }

    boolean mayDissolve(Unit unit, LocalDate on) {
        return unit.changeableOn(on) && unit.children.isEmpty();
    }

    void dissolve(Unit unit, LocalDate on, String decision) {
        require(mayDissolve(unit, on), "%s cannot be dissolved on %s", unit, on);
        end(unit, on);
        events.add(new Event(unit.id, UnitEventKind.DISSOLVED, on, idOf(unit.parent()), null, null, null, decision));
    }

    private void end(Unit unit, LocalDate on) {
        unit.dissolved = on;
        Unit parent = unit.parent();
        if (parent != null) {
            parent.children.remove(unit);
        }
    }

    private static boolean isUnder(Unit candidate, Unit ancestor) {
        for (Unit u = candidate; u != null; u = u.parent()) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Long idOf(Unit unit) {
        return unit == null ? null : unit.id;
    }

    private static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalStateException("Synthetic history broke a rule: " + message.formatted(args));
        }
    }
}
