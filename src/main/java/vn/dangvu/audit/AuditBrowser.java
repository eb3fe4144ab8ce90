package vn.dangvu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;

/**
 * Reads the audit log for administrators and committee staff: only entries all of whose units lie
 * within the reader's audit scope; entries about no unit (system administration) for administrators only.
 */
@Service
@Transactional(readOnly = true)
public class AuditBrowser {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final UnitAccess access;

    AuditBrowser(JdbcClient jdbc, UnitAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** What to look for; every part may be left empty. Dates are days in Vietnam's time, both included. */
    public record Filter(LocalDate from, LocalDate to, String actor, String recordType, String recordId,
            String action) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /**
     * One entry; {@code recordId} names its record, or {@code recordIds} the many records of an act such as
     * an import, as ranges ("1–3, 7").
     */
    public record Entry(long id, Instant at, String actor, String channel, String ip, String action,
            String recordType, String recordId, String recordIds, List<Change> changes) {
    }

    /** One field of an entry: its value before and after ({@code null} where there was none). */
    public record Change(String field, String before, String after) {
    }

    public boolean mayBrowse() {
        return !access.scope(Permission.READ_AUDIT).isEmpty();
    }

    public Page<Entry> search(Filter filter, int page, int size) {
        UnitScope scope = access.scope(Permission.READ_AUDIT);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Map<String, Object> params = new LinkedHashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(visible(scope));
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(VIETNAM).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and e.at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        if (present(filter.actor())) {
            where.append(" and lower(e.actor_name) = lower(:actor)");
            params.put("actor", filter.actor().strip());
        }
        if (present(filter.recordType())) {
            where.append(" and e.record_type = :recordType");
            params.put("recordType", filter.recordType().strip());
        }
        if (present(filter.recordId())) {
            String id = filter.recordId().strip();
            if (id.matches("\\d{1,18}")) {
                // an entry about this record alone, or about many records among which it is
                where.append(" and (e.record_id = :recordId or e.record_ids @> cast(:recordNumber as bigint))");
                params.put("recordNumber", Long.parseLong(id));
            } else {
                where.append(" and e.record_id = :recordId");
            }
            params.put("recordId", id);
        }
        if (present(filter.action())) {
            where.append(" and e.action = :action");
            params.put("action", filter.action().strip());
        }
        List<Entry> items = jdbc.sql("""
                select e.id, e.at, e.actor_name, e.channel, e.ip, e.action, e.record_type, e.record_id,
                       (select string_agg(case when upper(r) - 1 = lower(r) then lower(r)::text
                                               else lower(r) || '–' || (upper(r) - 1) end, ', ' order by r)
                          from unnest(e.record_ids) r) as record_ids,
                       e.before::text as before, e.after::text as after
                  from audit_entry e where %s
                 order by e.at desc, e.id desc limit :limit offset :offset
                """.formatted(where))
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(AuditBrowser::map).list();
        long total = jdbc.sql("select count(*) from audit_entry e where " + where).params(params)
                .query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    /** The actions and record types that occur in the log, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    public List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from audit_entry order by record_type").query(String.class)
                .list();
    }

    static String visible(UnitScope scope) {
        if (scope.everything()) {
            return "true";
        }
        return """
                cardinality(e.unit_ids) > 0
                and not exists (select 1 from unnest(e.unit_ids) as entry_unit(id) where not (%s))
                """.formatted(scope.predicate("entry_unit.id"));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Entry map(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                rs.getString("channel"), rs.getString("ip"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("record_ids"), changes(rs.getString("before"), rs.getString("after")));
    }

    static List<Change> changes(String beforeJson, String afterJson) {
        var parser = JsonParserFactory.getJsonParser();
        Map<String, Object> before = beforeJson == null ? Map.of() : parser.parseMap(beforeJson);
        Map<String, Object> after = afterJson == null ? Map.of() : parser.parseMap(afterJson);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            changes.add(new Change(key, text(before.get(key)), text(after.get(key))));
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
