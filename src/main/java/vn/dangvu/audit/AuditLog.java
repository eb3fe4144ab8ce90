package vn.dangvu.audit;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.json.JsonWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.accounts.Actor;

/**
 * Writes audit entries, in the transaction of what they record: a change and its entry are kept or
 * lost together. The actor (who, by page or API, from which address) is taken from the request.
 */
@Service
public class AuditLog {

    public static final String EXPORTED = "EXPORTED";
    public static final String REVEALED = "REVEALED";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one entry. {@code units} are the units the record belongs to: a user sees the entry
     * only when every one of them lies within their audit scope (empty: administrators only).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String recordType, Object recordId, Collection<Long> units,
            Map<String, ?> before, Map<String, ?> after) {
        record(Actor.current(), action, recordType, recordId, units, before, after);
    }

    /** Records an entry for an actor that is not (yet) the signed-in one, such as the account signing in. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Actor actor, String action, String recordType, Object recordId, Collection<Long> units,
            Map<String, ?> before, Map<String, ?> after) {
        Long[] unitIds = units.stream().distinct().sorted().toArray(Long[]::new);
        jdbc.sql("""
                insert into audit_entry (actor_id, actor_name, channel, ip, action, record_type, record_id, unit_ids,
                                         before, after)
                values (:actorId, :actorName, :channel, :ip, :action, :recordType, :recordId, :units,
                        cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("actorId", actor.accountId()).param("actorName", actor.name())
                .param("channel", actor.channel().name()).param("ip", actor.ip())
                .param("action", action).param("recordType", recordType)
                .param("recordId", recordId == null ? null : recordId.toString())
                .param("units", new SqlLongArray(unitIds))
                .param("before", json(before)).param("after", json(after))
                .update();
    }

    /** One entry of {@link #recordAll}. */
    record Entry(Object recordId, Collection<Long> units, Map<String, ?> before, Map<String, ?> after) {
    }

    /**
     * Records many entries of one action by the current actor in one statement, each entry exactly as
     * {@link #record} would write it: for bulk work such as an import, where a statement per entry
     * would cost more than the work itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAll(String action, String recordType, List<Entry> entries) {
        Actor actor = Actor.current();
        int chunk = 5_000;
        for (int from = 0; from < entries.size(); from += chunk) {
            List<Entry> part = entries.subList(from, Math.min(entries.size(), from + chunk));
            String[] ids = new String[part.size()];
            String[] units = new String[part.size()];
            String[] befores = new String[part.size()];
            String[] afters = new String[part.size()];
            for (int i = 0; i < part.size(); i++) {
                Entry e = part.get(i);
                ids[i] = e.recordId() == null ? null : e.recordId().toString();
                units[i] = "{" + e.units().stream().distinct().sorted().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")) + "}";
                befores[i] = json(e.before());
                afters[i] = json(e.after());
            }
            jdbc.sql("""
                    insert into audit_entry (actor_id, actor_name, channel, ip, action, record_type, record_id, unit_ids,
                                             before, after)
                    select :actorId, :actorName, :channel, :ip, :action, :recordType, r.id, cast(r.units as bigint[]),
                           cast(r.before as jsonb), cast(r.after as jsonb)
                      from unnest(:ids, :units, :befores, :afters) with ordinality as r (id, units, before, after, n)
                     order by r.n
                    """)
                    .param("actorId", actor.accountId()).param("actorName", actor.name())
                    .param("channel", actor.channel().name()).param("ip", actor.ip())
                    .param("action", action).param("recordType", recordType)
                    .param("ids", new SqlTextArray(ids)).param("units", new SqlTextArray(units))
                    .param("befores", new SqlTextArray(befores)).param("afters", new SqlTextArray(afters))
                    .update();
        }
    }

    /** An export of personal data: what was exported, of which units, and how many rows. */
    @Transactional
    public void recordExport(String what, Set<Long> units, int rows, Map<String, ?> details) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", rows);
        if (details != null) {
            after.putAll(details);
        }
        record(EXPORTED, what, null, units, null, after);
    }

    static String json(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        return JsonWriter.standard().writeToString(plain(values));
    }

    /** Dates, enums and ids as the JSON types a person reads back. */
    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
                yield out;
            }
            case Collection<?> list -> list.stream().map(AuditLog::plain).toList();
            case Number n -> n;
            case Boolean b -> b;
            case LocalDate d -> d.toString();
            case TemporalAccessor t -> t.toString();
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }
}
