package vn.dangvu.organizations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.EstablishUnits;
import vn.dangvu.organizations.Commands.ListedUnit;
import vn.dangvu.organizations.UnitStore.NewUnit;
import vn.dangvu.organizations.UnitsRefused.Refusal;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.VietnameseText;

/**
 * Establishes many units at once, as an import of a whole tree needs: every unit passes the same
 * rules as {@link StructuralChanges#establish} (through {@link StructuralChanges#admit}), all of them
 * are checked before anything is written, and the writes go in a fixed number of statements whatever
 * the number of units. Either every unit is established or none is.
 */
@Service
@Transactional
public class BulkEstablishment {

    private final UnitStore store;
    private final ApplicationEventPublisher events;

    BulkEstablishment(UnitStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** What the rules would refuse, unit by unit; writes nothing. */
    @Transactional(readOnly = true)
    public List<Refusal> refusals(EstablishUnits command) {
        return check(command).refusals();
    }

    /** Establishes the units in their order and answers their identities in the same order. */
    public List<UnitId> establish(EstablishUnits command) {
        Checked checked = check(command);
        if (!checked.refusals().isEmpty()) {
            throw new UnitsRefused(checked.refusals());
        }
        List<ListedUnit> units = command.units();
        List<UnitId> ids = store.allocateIds(units.size());
        List<NewUnit> rows = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            EstablishUnit unit = units.get(i).unit();
            int listed = units.get(i).listedSuperior();
            UnitId superior = listed >= 0 ? ids.get(listed) : unit.superior();
            rows.add(new NewUnit(ids.get(i), checked.admitted().get(i).code(), unit.type(),
                    checked.admitted().get(i).name(), unit.on(), superior, unit.decision(), unit.note()));
        }
        store.insertAll(rows);
        store.rebuildAncestry(ids.stream().map(UnitId::value).toList());
        for (NewUnit row : rows) {
            events.publishEvent(new UnitChanged(row.id(), UnitEventKind.ESTABLISHED, row.on(), null,
                    new UnitSnapshot(row.id(), row.code(), row.type(), row.name(), row.on(), null, row.superior()),
                    row.superior()));
        }
        return ids;
    }

    private Checked check(EstablishUnits command) {
        List<ListedUnit> units = command.units();
        Map<UnitId, OrgUnit> existing = new HashMap<>();
        List<UnitId> superiorIds = units.stream().map(u -> u.unit().superior()).filter(Objects::nonNull).toList();
        store.findAll(superiorIds).forEach(u -> existing.put(u.id(), u));
        for (UnitId id : superiorIds) {
            if (!existing.containsKey(id)) {
                throw new NotFoundException("unit", id);
            }
        }
        Set<String> taken = store.takenCodes(units.stream()
                .map(u -> u.unit().code() == null ? "" : u.unit().code().strip().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).toList());

        List<OrgUnit> planned = new ArrayList<>(units.size());
        List<StructuralChanges.Admitted> admitted = new ArrayList<>(units.size());
        List<Refusal> refusals = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            EstablishUnit unit = units.get(i).unit();
            int listed = units.get(i).listedSuperior();
            planned.add(asPlanned(unit));
            if (listed >= 0 && planned.get(listed) == null) {
                // The listed superior is itself incomplete and refused: there is nothing to check this unit against.
                admitted.add(null);
                continue;
            }
            OrgUnit superior = listed >= 0 ? planned.get(listed)
                    : unit.superior() == null ? null : existing.get(unit.superior());
            try {
                StructuralChanges.Admitted ok = StructuralChanges.admit(unit, () -> superior);
                if (taken.contains(ok.code()) || !codes.add(ok.code())) {
                    throw OrganizationRule.UNIQUE_CODE.violation("code-taken", ok.code());
                }
                admitted.add(ok);
            } catch (RuleViolation violation) {
                admitted.add(null);
                refusals.add(new Refusal(i, violation));
            }
        }
        return new Checked(admitted, refusals);
    }

    /** The unit as the rules will see it once established, for the units listed under it. */
    private static OrgUnit asPlanned(EstablishUnit unit) {
        if (unit.type() == null || unit.on() == null) {
            return null;
        }
        return new OrgUnit(null, unit.code(), unit.type(), VietnameseText.clean(unit.name()), unit.on(),
                OrgUnit.OPEN_END, unit.superior(), unit.on());
    }

    private record Checked(List<StructuralChanges.Admitted> admitted, List<Refusal> refusals) {
    }
}
