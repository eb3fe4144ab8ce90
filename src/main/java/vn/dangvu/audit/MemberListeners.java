package vn.dangvu.audit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberEventRecorded;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MembersImported;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.PersonalDataExported;
import vn.dangvu.platform.SensitiveValueRevealed;

/**
 * Audit entries for the member records: every event of a member's life and every correction of the
 * personal record (identity numbers masked), and every time a masked value was shown in clear.
 */
@Component
class MemberListeners {

    static final String MEMBER = "member";
    static final String IMPORTED = "IMPORTED";

    private final AuditLog log;
    private final MemberDirectory members;

    MemberListeners(AuditLog log, MemberDirectory members) {
        this.log = log;
        this.members = members;
    }

    @EventListener
    void on(MemberEventRecorded recorded) {
        Map<String, Object> before = recorded.profileBefore() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(recorded.profileBefore());
        Map<String, Object> after = recorded.profileAfter() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(recorded.profileAfter());
        if (recorded.statusBefore() != recorded.statusAfter()) {
            before.put("status", recorded.statusBefore());
            after.put("status", recorded.statusAfter());
        }
        if (recorded.event() != null) {
            after.putAll(fields(recorded.event()));
        }
        log.record(recorded.kind(), MEMBER, recorded.member().value(), Set.of(recorded.unit().value()),
                before.isEmpty() ? null : before, after);
    }

    /**
     * An import is one act: one entry names every record it opened (as ranges of ids, which the log's
     * search by record looks in), the units they were opened in and how many there are. Each record's
     * first values are its {@code RecordOpened} event and its row; what is changed later has entries of
     * its own, with the values before.
     */
    @EventListener
    void on(MembersImported imported) {
        List<Long> ids = new ArrayList<>(imported.records().size());
        Set<Long> units = new TreeSet<>();
        for (MembersImported.Opened recorded : imported.records()) {
            ids.add(recorded.member().value());
            units.add(recorded.unit().value());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", ids.size());
        log.recordMany(IMPORTED, MEMBER, ids, units, after);
    }

    /**
     * A reveal happens whether or not the caller's work commits, and may come from a read-only
     * transaction or none: the entry is written in a transaction of its own.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SensitiveValueRevealed revealed) {
        Set<Long> units = MEMBER.equals(revealed.recordType())
                ? members.unitOf(new MemberId(revealed.recordId())).map(u -> Set.of(u.value())).orElse(Set.of())
                : Set.of();
        log.record("REVEALED", revealed.recordType(), revealed.recordId(), units, null,
                Map.of("field", revealed.field()));
    }

    /** Every export of personal data (a member list to Excel, say): who, which unit's people, how many. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PersonalDataExported exported) {
        log.recordExport(exported.what(), Set.of(exported.unitId()), exported.rows(), Map.of());
    }

    /** An event's components by name, units and members by their ids. */
    private static Map<String, Object> fields(MemberEvent event) {
        Component[] components = COMPONENTS.get(event.getClass());
        Map<String, Object> map = new LinkedHashMap<>();
        for (Component component : components) {
            Object value;
            try {
                value = component.accessor().invoke(event);
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot read " + component.name(), e);
            }
            map.put(component.name(), value instanceof UnitId u ? u.value()
                    : value instanceof MemberId m ? m.value() : value);
        }
        return map;
    }

    private record Component(String name, MethodHandle accessor) {
    }

    /**
     * Each kind of event's components, looked up once: reading them by reflection for every member of
     * an import cost as much as writing the entries.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] out = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    out[i] = new Component(components[i].getName(), MethodHandles.publicLookup()
                            .unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read " + components[i], e);
                }
            }
            return out;
        }
    };
}
