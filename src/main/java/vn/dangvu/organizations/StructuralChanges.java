package vn.dangvu.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.MergeIntoNewUnit;
import vn.dangvu.organizations.Commands.MergeUnits;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.Commands.SplitPart;
import vn.dangvu.organizations.Commands.SplitUnit;
import vn.dangvu.platform.Labels;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.VietnameseText;

/**
 * Every structural change to the tree: each checks the rules of {@link OrganizationRule} before it
 * writes, writes the history tables and the unit's timeline, re-derives the closure of the
 * subtrees it moved, and publishes {@link UnitChanged}. A refused change leaves nothing behind.
 */
@Service
@Transactional
public class StructuralChanges {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    static final int NAME_MAX = 255;

    private final UnitStore store;
    private final ApplicationEventPublisher events;

    StructuralChanges(UnitStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public UnitId establish(EstablishUnit command) {
        return establish(command, null);
    }

    private UnitId establish(EstablishUnit command, UnitId origin) {
        Admitted admitted = admit(command, () -> command.superior() == null ? null : load(command.superior()));
        if (store.codeTaken(admitted.code())) {
            throw OrganizationRule.UNIQUE_CODE.violation("code-taken", admitted.code());
        }
        UnitId id = store.insert(admitted.code(), command.type(), admitted.name(), command.on(), command.superior());
        store.rebuildAncestry(List.of(id.value()));
        store.recordEvent(id, UnitEventKind.ESTABLISHED, command.on(), origin, command.superior(), null,
                admitted.name(), command.decision(), command.note());
        publish(null, id, UnitEventKind.ESTABLISHED, command.on(), origin);
        return id;
    }

    /**
     * The rules a new unit passes before it is written, whoever establishes it (one by one here, many
     * at once in {@link BulkEstablishment}); the unique code is checked by the caller against its store.
     * The superior is asked for only once the command itself is complete.
     */
    static Admitted admit(EstablishUnit command, Supplier<OrgUnit> superiorOf) {
        String code = validCode(command.code());
        String name = validName(command.name());
        require(command.type() != null, "type-required");
        require(command.on() != null, "date-required");
        OrgUnit superior = superiorOf.get();
        if (superior != null) {
            superior.ensureMayReceive(command.type(), name, command.on());
        } else if (!command.type().isTopLevel()) {
            throw OrganizationRule.PLACEMENT.violation("superior-required", name,
                    Labels.key(command.type().messageKey()));
        }
        return new Admitted(code, name);
    }

    /** A command's code and name as they are stored, once the rules admitted it. */
    record Admitted(String code, String name) {
    }

    public void rename(RenameUnit command) {
        require(command.on() != null, "date-required");
        OrgUnit unit = lock(command.unit());
        String name = validName(command.newName());
        unit.ensureChangeableOn(command.on());
        if (name.equals(unit.name())) {
            throw OrganizationRule.REQUIRED.violation("same-name", name);
        }
        store.rename(unit.id(), name, command.on());
        store.recordEvent(unit.id(), UnitEventKind.RENAMED, command.on(), null, null, unit.name(), name,
                command.decision(), null);
        publish(unit, unit.id(), UnitEventKind.RENAMED, command.on(), null);
    }

    public void handOver(HandOverUnit command) {
        require(command.on() != null, "date-required");
        require(command.newSuperior() != null, "superior-missing");
        OrgUnit unit = lock(command.unit());
        OrgUnit superior = load(command.newSuperior());
        moveUnder(unit, superior, command.on(), command.decision(), command.note());
    }

    public void merge(MergeUnits command) {
        require(command.on() != null, "date-required");
        require(!command.sources().isEmpty(), "merge-sources-required");
        require(command.target() != null, "merge-target-required");
        OrgUnit target = load(command.target());
        mergeInto(command.sources(), target, command.on(), command.decision());
    }

    public UnitId mergeIntoNew(MergeIntoNewUnit command) {
        require(command.sources().size() >= 2, "merge-new-needs-two");
        UnitId created = establish(new EstablishUnit(command.code(), command.name(), command.type(),
                command.superior(), command.on(), command.decision(), null));
        mergeInto(command.sources(), load(created), command.on(), command.decision());
        return created;
    }

    public List<UnitId> split(SplitUnit command) {
        require(command.on() != null, "date-required");
        require(!command.parts().isEmpty(), "split-parts-required");
        OrgUnit source = lock(command.source());
        source.ensureChangeableOn(command.on());
        if (source.superior() == null) {
            throw OrganizationRule.PLACEMENT.violation("split-top-level", source.name());
        }
        Set<UnitId> current = new HashSet<>(store.subordinatesFrom(source.id(), command.on()));
        Set<UnitId> assigned = new HashSet<>();
        for (SplitPart part : command.parts()) {
            for (UnitId sub : part.subordinates()) {
                if (!current.contains(sub)) {
                    throw OrganizationRule.REQUIRED.violation("split-not-subordinate", sub, source.name());
                }
                if (!assigned.add(sub)) {
                    throw OrganizationRule.REQUIRED.violation("split-assigned-twice", sub);
                }
            }
        }
        if (command.dissolveSource() && !assigned.equals(current)) {
            throw OrganizationRule.SUBORDINATES_FIRST.violation("split-unassigned", source.name(),
                    current.size() - assigned.size());
        }
        List<UnitId> created = new ArrayList<>();
        for (SplitPart part : command.parts()) {
            UnitId id = establish(new EstablishUnit(part.code(), part.name(), source.type(), source.superior(),
                    command.on(), command.decision(), null), source.id());
            created.add(id);
            OrgUnit newUnit = load(id);
            for (UnitId sub : part.subordinates()) {
                moveUnder(lock(sub), newUnit, command.on(), command.decision(), null);
            }
        }
        store.recordEvent(source.id(), UnitEventKind.SPLIT, command.on(), null, null, null,
                null, command.decision(), null);
        if (command.dissolveSource()) {
            store.end(source.id(), command.on());
            store.rebuildAncestry(List.of(source.id().value()));
        }
        publish(source, source.id(), UnitEventKind.SPLIT, command.on(), null);
        return created;
    }

    public void dissolve(DissolveUnit command) {
        require(command.on() != null, "date-required");
        OrgUnit unit = lock(command.unit());
        unit.ensureChangeableOn(command.on());
        List<UnitId> remaining = store.subordinatesFrom(unit.id(), command.on());
        if (!remaining.isEmpty()) {
            throw OrganizationRule.SUBORDINATES_FIRST.violation("has-subordinates", unit.name(), remaining.size());
        }
        store.end(unit.id(), command.on());
        store.rebuildAncestry(List.of(unit.id().value()));
        store.recordEvent(unit.id(), UnitEventKind.DISSOLVED, command.on(), unit.superior(), null, null, null,
                command.decision(), command.note());
        publish(unit, unit.id(), UnitEventKind.DISSOLVED, command.on(), null);
    }

    public Term openTerm(OpenTerm command) {
        require(command.congressOn() != null, "date-required");
        OrgUnit unit = lock(command.unit());
        CongressNumber number;
        try {
            number = new CongressNumber(command.congressNumber());
        } catch (IllegalArgumentException e) {
            throw OrganizationRule.TERMS_IN_SEQUENCE.violation("congress-number", command.congressNumber());
        }
        if (command.endYear() <= command.startYear()) {
            throw OrganizationRule.TERMS_IN_SEQUENCE.violation("term-years", command.startYear(), command.endYear());
        }
        unit.ensureExistsOn(command.congressOn());
        int congressYear = command.congressOn().getYear();
        if (congressYear < command.startYear() - 1 || congressYear > command.startYear()) {
            throw OrganizationRule.CONGRESS_DATE.violation("congress-year", command.congressOn(),
                    command.startYear(), command.endYear());
        }
        for (Term existing : store.terms(unit.id())) {
            if (existing.overlaps(command.startYear(), command.endYear())) {
                throw OrganizationRule.TERMS_IN_SEQUENCE.violation("terms-overlap", existing.label());
            }
            boolean earlier = existing.startYear() < command.startYear();
            if (earlier != existing.congress().value() < number.value()) {
                throw OrganizationRule.TERMS_IN_SEQUENCE.violation("congress-order", number.roman(),
                        existing.congress().roman(), existing.label());
            }
        }
        long id = store.insertTerm(unit.id(), number.value(), command.congressOn(), command.startYear(),
                command.endYear());
        events.publishEvent(new TermOpened(unit.id(), id, number.value(), command.startYear(), command.endYear(),
                command.congressOn()));
        return new Term(id, unit.id(), number, command.congressOn(), command.startYear(), command.endYear());
    }

    private void mergeInto(List<UnitId> sourceIds, OrgUnit target, LocalDate on, String decision) {
        Set<UnitId> distinct = new LinkedHashSet<>(sourceIds);
        if (distinct.contains(target.id())) {
            throw OrganizationRule.NO_CYCLE.violation("merge-into-itself", target.name());
        }
        target.ensureExistsOn(on);
        for (UnitId sourceId : distinct) {
            OrgUnit source = lock(sourceId);
            source.ensureChangeableOn(on);
            if (store.isUnderFrom(target.id(), source.id(), on)) {
                throw OrganizationRule.NO_CYCLE.violation("cycle", source.name(), target.name());
            }
            for (UnitId sub : store.subordinatesFrom(source.id(), on)) {
                moveUnder(lock(sub), target, on, decision, null);
            }
            store.end(source.id(), on);
            store.rebuildAncestry(List.of(source.id().value()));
            store.recordEvent(source.id(), UnitEventKind.MERGED, on, source.superior(), target.id(), null, null,
                    decision, null);
            publish(source, source.id(), UnitEventKind.MERGED, on, target.id());
        }
    }

    private void moveUnder(OrgUnit unit, OrgUnit superior, LocalDate on, String decision, String note) {
        unit.ensureChangeableOn(on);
        if (superior.id().equals(unit.superior())) {
            throw OrganizationRule.REQUIRED.violation("same-superior", unit.name(), superior.name());
        }
        if (superior.id().equals(unit.id()) || store.isUnderFrom(superior.id(), unit.id(), on)) {
            throw OrganizationRule.NO_CYCLE.violation("cycle", unit.name(), superior.name());
        }
        superior.ensureMayReceive(unit.type(), unit.name(), on);
        superior.ensureExistsOn(on);
        List<Long> moved = store.subtreeEver(unit.id());
        store.moveTo(unit.id(), superior.id(), on);
        store.rebuildAncestry(moved);
        store.recordEvent(unit.id(), UnitEventKind.HANDED_OVER, on, unit.superior(), superior.id(), null, null,
                decision, note);
        // Every move is published, also those a merge or a split makes, so the audit log misses none.
        publish(unit, unit.id(), UnitEventKind.HANDED_OVER, on, null);
    }

    private OrgUnit load(UnitId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private OrgUnit lock(UnitId id) {
        return store.lock(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private void publish(OrgUnit before, UnitId unit, UnitEventKind kind, LocalDate on, UnitId related) {
        UnitSnapshot after = UnitSnapshot.of(load(unit));
        events.publishEvent(new UnitChanged(unit, kind, on, before == null ? null : UnitSnapshot.of(before), after,
                related));
    }

    private static String validCode(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        require(!code.isEmpty(), "code-required");
        if (!CODE.matcher(code).matches()) {
            throw OrganizationRule.REQUIRED.violation("code-format", raw);
        }
        return code;
    }

    private static String validName(String raw) {
        String name = VietnameseText.clean(raw);
        require(!name.isEmpty(), "name-required");
        if (name.length() > NAME_MAX) {
            throw OrganizationRule.REQUIRED.violation("name-too-long", NAME_MAX);
        }
        return name;
    }

    private static void require(boolean condition, String detailKey) {
        if (!condition) {
            throw OrganizationRule.REQUIRED.violation(detailKey);
        }
    }
}
