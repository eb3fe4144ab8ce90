package vn.dangvu.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * Records one entry for an act on many records of one type, such as an import: {@code recordIds} are
     * kept as ranges, so that a search for any one of them finds the entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMany(String action, String recordType, Collection<Long> recordIds, Collection<Long> units,
            Map<String, ?> after) {
        Actor actor = Actor.current();
        Long[] unitIds = units.stream().distinct().sorted().toArray(Long[]::new);
        jdbc.sql("""
                insert into audit_entry (actor_id, actor_name, channel, ip, action, record_type, record_ids, unit_ids,
                                         after)
                values (:actorId, :actorName, :channel, :ip, :action, :recordType, cast(:recordIds as int8multirange),
                        :units, cast(:after as jsonb))
                """)
                .param("actorId", actor.accountId()).param("actorName", actor.name())
                .param("channel", actor.channel().name()).param("ip", actor.ip())
                .param("action", action).param("recordType", recordType)
                .param("recordIds", ranges(recordIds))
                .param("units", new SqlLongArray(unitIds))
                .param("after", json(after))
                .update();
    }

    /** Ids as a multirange's text: runs of consecutive ids as closed ranges, {@code {[1,3],[7,7]}}. */
    static String ranges(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            out.append(out.length() > 1 ? "," : "").append('[').append(sorted[i]).append(',').append(sorted[j]).append(']');
            i = j + 1;
        }
        return out.append('}').toString();
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
        return values == null ? null : json(new StringBuilder(), values).toString();
    }

    /** The values as JSON in {@code out}, emptied first; null for none. */
    private static StringBuilder json(StringBuilder out, Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        out.setLength(0);
        write(out, values);
        return out;
    }

    /** Dates, enums and ids as the JSON types a person reads back. */
    private static void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : inStoredOrder(map)) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, String.valueOf(e.getKey()));
                    out.append(':');
                    write(out, e.getValue());
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(out, item);
                }
                out.append(']');
            }
            case Number n -> out.append(n);
            case Boolean b -> out.append(b.booleanValue());
            case Enum<?> e -> string(out, e.name());
            default -> string(out, value.toString());
        }
    }

    /**
     * The entries in the order jsonb keeps an object's keys: shorter keys first, then bytewise. jsonb's
     * input sorts the keys of every object it reads, and finds keys already in order at once; the
     * stored value, and so everything the log shows, is the same in any order.
     */
    private static Map.Entry<?, ?>[] inStoredOrder(Map<?, ?> map) {
        Map.Entry<?, ?>[] entries = map.entrySet().toArray(Map.Entry<?, ?>[]::new);
        for (int i = 1; i < entries.length; i++) {
            if (STORED_ORDER.compare(entries[i - 1], entries[i]) > 0) {
                java.util.Arrays.sort(entries, STORED_ORDER);
                break;
            }
        }
        return entries;
    }

    private static final java.util.Comparator<Map.Entry<?, ?>> STORED_ORDER = (a, b) -> {
        String x = String.valueOf(a.getKey());
        String y = String.valueOf(b.getKey());
        if (ascii(x) && ascii(y)) {
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        byte[] u = x.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] v = y.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return u.length != v.length ? Integer.compare(u.length, v.length) : java.util.Arrays.compareUnsigned(u, v);
    };

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u").append(String.format("%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
