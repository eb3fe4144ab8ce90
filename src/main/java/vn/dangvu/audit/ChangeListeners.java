package vn.dangvu.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangvu.accounts.AccountChanged;
import vn.dangvu.accounts.Actor;
import vn.dangvu.organizations.TermOpened;
import vn.dangvu.organizations.UnitChanged;
import vn.dangvu.organizations.UnitSnapshot;
import vn.dangvu.platform.RecordChanged;

/**
 * Turns the modules' change events into audit entries. The listeners run synchronously, inside the
 * transaction that made the change, so no change is kept without its entry.
 */
@Component
class ChangeListeners {

    static final String UNIT = "unit";
    static final String TERM = "term";
    static final String ACCOUNT = "account";

    private final AuditLog log;

    ChangeListeners(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(UnitChanged event) {
        Map<String, Object> before = event.before() == null ? null : fields(event.before());
        Map<String, Object> after = event.after() == null ? null : fields(event.after());
        if (before != null && after != null) {
            // Only what changed, on both sides.
            for (String key : Set.copyOf(after.keySet())) {
                if (Objects.equals(before.get(key), after.get(key))) {
                    before.remove(key);
                    after.remove(key);
                }
            }
        }
        if (after != null) {
            after.put("on", event.on());
            if (event.related() != null) {
                after.put("related", event.related().value());
            }
        }
        // The units the entry speaks of: the unit, and any superior or partner it names.
        Set<Long> units = new LinkedHashSet<>();
        units.add(event.unit().value());
        addUnit(units, before, "superior");
        addUnit(units, after, "superior");
        if (event.related() != null) {
            units.add(event.related().value());
        }
        log.record(event.kind().name(), UNIT, event.unit().value(), units, before, after);
    }

    @EventListener
    void on(TermOpened event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", event.unit().value());
        after.put("congressNumber", event.congressNumber());
        after.put("congressOn", event.congressOn());
        after.put("startYear", event.startYear());
        after.put("endYear", event.endYear());
        log.record("TERM_OPENED", TERM, event.termId(), Set.of(event.unit().value()), null, after);
    }

    /** A meeting, a conference or an enrolment corrected or deleted: only the fields that changed, on both sides. */
    @EventListener
    void on(RecordChanged event) {
        Map<String, Object> before = event.before() == null ? null : new LinkedHashMap<>(event.before());
        Map<String, Object> after = event.after() == null ? null : new LinkedHashMap<>(event.after());
        if (before != null && after != null) {
            for (String key : Set.copyOf(after.keySet())) {
                if (Objects.equals(before.get(key), after.get(key))) {
                    before.remove(key);
                    after.remove(key);
                }
            }
        }
        log.record(event.action(), event.recordType(), event.recordId(), event.units(), before, after);
    }

    @EventListener
    void on(AccountChanged event) {
        Map<String, Object> after = event.after() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(event.after());
        after.putIfAbsent("username", event.username());
        Actor actor = Actor.current();
        if (event.action() == AccountChanged.Action.SIGNED_IN) {
            // Nobody is signed in yet while the sign-in is recorded: the actor is the account itself.
            actor = new Actor(event.accountId(), event.username(), actor.channel(), actor.ip());
        }
        log.record(actor, event.action().name(), ACCOUNT, event.accountId(), event.units(), event.before(), after);
    }

    private static Map<String, Object> fields(UnitSnapshot unit) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", unit.code());
        map.put("type", unit.type());
        map.put("name", unit.name());
        map.put("establishedOn", unit.establishedOn());
        map.put("dissolvedOn", unit.dissolvedOn());
        map.put("superior", unit.superior() == null ? null : unit.superior().value());
        return map;
    }

    private static void addUnit(Set<Long> units, Map<String, Object> fields, String key) {
        if (fields != null && fields.get(key) instanceof Long id) {
            units.add(id);
        }
    }

}
