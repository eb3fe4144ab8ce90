package vn.dangvu.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.TimelineEntry;
import vn.dangvu.organizations.Views.TypeCount;
import vn.dangvu.organizations.Views.UnitRef;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.platform.VietnameseText;

/**
 * The tree as it stood on any date, for pages, the API and other modules. Subtree questions go
 * through the temporal closure ({@code org_unit_ancestry}), so their cost follows the size of the
 * answer, not of the country.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationTree {

    /** The name a unit bore on :d, or its first name if :d is before it existed. */
    private static final String NAME_ON = """
            coalesce((select n.name from org_unit_name n
                       where n.unit_id = %1$s.id and n.valid_from <= :d
                       order by n.valid_from desc limit 1), %1$s.name)
            """;

    private static final String LIVE_SUBORDINATES = """
            (select count(*) from org_unit_link c
              where c.parent_id = %1$s.id and c.valid_from <= :d and c.valid_to > :d)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganizationTree(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<UnitView> find(UnitId id, LocalDate on) {
        return jdbc.sql("""
                select u.id, u.code, u.type, u.established_on, u.dissolved_on,
                       %s as name_on, l.parent_id,
                       (select %s from org_unit p where p.id = l.parent_id) as superior_name
                  from org_unit u
                  left join org_unit_link l on l.unit_id = u.id and l.valid_from <= :d and l.valid_to > :d
                 where u.id = :id
                """.formatted(NAME_ON.formatted("u"), NAME_ON.formatted("p")))
                .param("id", id.value()).param("d", on)
                .query((rs, n) -> new UnitView(new UnitId(rs.getLong("id")), rs.getString("code"),
                        UnitType.valueOf(rs.getString("type")), rs.getString("name_on"),
                        rs.getObject("established_on", LocalDate.class), dissolvedOn(rs),
                        optionalId(rs, "parent_id"), rs.getString("superior_name"), on))
                .optional();
    }

    public Optional<UnitId> findByCode(String code) {
        return jdbc.sql("select id from org_unit where upper(code) = upper(?)").param(code == null ? "" : code.strip())
                .query((rs, n) -> new UnitId(rs.getLong(1))).optional();
    }

    /** Units with no superior that exist on the date: the provincial-level committees. */
    public List<UnitSummary> roots(LocalDate on) {
        return jdbc.sql("""
                select u.id, u.code, u.type, %s as name_on, %s as subordinates, u.dissolved_on
                  from org_unit u
                 where u.parent_id is null and u.established_on <= :d and u.dissolved_on > :d
                   and not exists (select 1 from org_unit_link l where l.unit_id = u.id)
                 order by name_on
                """.formatted(NAME_ON.formatted("u"), LIVE_SUBORDINATES.formatted("u")))
                .param("d", on).query(OrganizationTree::mapSummary).list();
    }

    /**
     * The roots of what a user reads when limited to {@code scope}: those of its units that exist on
     * the date and do not stand under another of them then.
     */
    public List<UnitSummary> roots(LocalDate on, Set<UnitId> scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select u.id, u.code, u.type, %s as name_on, %s as subordinates, u.dissolved_on
                  from org_unit u
                 where u.id in (:scope) and u.established_on <= :d and u.dissolved_on > :d
                   and not exists (select 1 from org_unit_ancestry a
                                    where a.descendant_id = u.id and a.ancestor_id in (:scope) and a.depth > 0
                                      and a.valid_from <= :d and a.valid_to > :d)
                 order by name_on, u.id
                """.formatted(NAME_ON.formatted("u"), LIVE_SUBORDINATES.formatted("u")))
                .param("scope", ids(scope)).param("d", on).query(OrganizationTree::mapSummary).list();
    }

    /** The units standing directly under {@code parent} on the date, grassroots before branches, by name. */
    public Page<UnitSummary> subordinates(UnitId parent, LocalDate on, int page, int size) {
        return subordinates(parent, on, null, page, size);
    }

    /**
     * {@link #subordinates(UnitId, LocalDate, int, int)} limited to the units {@code scope} reaches today
     * (null: the whole tree), as a user limited to part of the tree may see them: on a past date a unit
     * held subordinates that have since been handed over out of the user's reach.
     */
    public Page<UnitSummary> subordinates(UnitId parent, LocalDate on, Set<UnitId> scope, int page, int size) {
        UnitScope within = within(scope);
        String inScope = within.predicate("l.unit_id");
        List<UnitSummary> items = jdbc.sql("""
                select u.id, u.code, u.type, %s as name_on, %s as subordinates, u.dissolved_on
                  from org_unit_link l
                  join org_unit u on u.id = l.unit_id
                 where l.parent_id = :p and l.valid_from <= :d and l.valid_to > :d and %s
                 order by case u.type when 'BRANCH' then 1 when 'GRASSROOTS_BRANCH' then 1 else 0 end,
                          name_on, u.id
                 limit :limit offset :offset
                """.formatted(NAME_ON.formatted("u"), LIVE_SUBORDINATES.formatted("u"), inScope))
                .params(within.parameters())
                .param("p", parent.value()).param("d", on).param("limit", size).param("offset", (long) page * size)
                .query(OrganizationTree::mapSummary).list();
        long total = jdbc.sql("""
                select count(*) from org_unit_link l
                 where l.parent_id = :p and l.valid_from <= :d and l.valid_to > :d and %s
                """.formatted(inScope)).params(within.parameters())
                .param("p", parent.value()).param("d", on).query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    /** The part of the tree the given roots reach today; the whole tree for null. */
    private UnitScope within(Set<UnitId> scope) {
        LocalDate today = LocalDate.now(clock);
        return scope == null ? UnitScope.whole(today)
                : new UnitScope(false, Set.copyOf(ids(scope)), today);
    }

    /** From the top of the tree down to the unit's direct superior, as they stood on the date. */
    public List<UnitSummary> superiorChain(UnitId unit, LocalDate on) {
        return jdbc.sql("""
                select u.id, u.code, u.type, %s as name_on, 1 as subordinates, u.dissolved_on
                  from org_unit_ancestry a
                  join org_unit u on u.id = a.ancestor_id
                 where a.descendant_id = :id and a.depth > 0 and a.valid_from <= :d and a.valid_to > :d
                 order by a.depth desc
                """.formatted(NAME_ON.formatted("u")))
                .param("id", unit.value()).param("d", on).query(OrganizationTree::mapSummary).list();
    }

    /** How many units of each type stand anywhere under the unit on the date (itself not counted). */
    public Map<UnitType, Long> countsByType(UnitId unit, LocalDate on) {
        Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
        for (UnitType type : UnitType.values()) {
            counts.put(type, 0L);
        }
        jdbc.sql("""
                select descendant_type, count(*) as n
                  from org_unit_ancestry
                 where ancestor_id = :id and valid_from <= :d and valid_to > :d and depth > 0
                 group by descendant_type
                """).param("id", unit.value()).param("d", on)
                .query((rs, n) -> new TypeCount(UnitType.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(c -> counts.put(c.type(), c.count()));
        return counts;
    }

    /** Whether {@code unit} is {@code ancestor} or stands anywhere under it on the date. */
    public boolean isWithin(UnitId unit, UnitId ancestor, LocalDate on) {
        return jdbc.sql("""
                select exists(select 1 from org_unit_ancestry
                               where ancestor_id = :a and descendant_id = :u and valid_from <= :d and valid_to > :d)
                """).param("a", ancestor.value()).param("u", unit.value()).param("d", on)
                .query(Boolean.class).single();
    }

    /**
     * Units whose name contains the query, folded: "lien doan lao dong" finds "Liên đoàn Lao động".
     * Searches every unit ever recorded under its present name; closest matches first. Both halves of
     * the condition have an index (trigrams on the name, upper(code)), so the cost follows the number
     * of matches, not the number of units.
     */
    public Page<UnitSummary> search(String query, LocalDate on, int page, int size) {
        return search(query, on, null, page, size);
    }

    /**
     * {@link #search(String, LocalDate, int, int)} limited to the units standing within {@code scope}
     * today, or, for a unit not existing today, on its nearest day of existence, so a user limited to
     * part of the tree finds its dissolved and future units too, and nothing else, whatever the date
     * (a unit handed over out of the user's reach is not found on a date before it left).
     */
    public Page<UnitSummary> search(String query, LocalDate on, Set<UnitId> scope, int page, int size) {
        String folded = VietnameseText.fold(query);
        if (folded.isBlank() || (scope != null && scope.isEmpty())) {
            return new Page<>(List.of(), page, size, 0);
        }
        UnitScope inScope = within(scope);
        String within = "and " + inScope.predicate("u.id");
        String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<UnitSummary> items = jdbc.sql("""
                select u.id, u.code, u.type, %s as name_on, %s as subordinates, u.dissolved_on
                  from org_unit u
                 where (u.name_folded like :pattern or upper(u.code) = upper(:folded))
                 %s
                 order by (u.dissolved_on <= :d), upper(u.code) = upper(:folded) desc,
                          similarity(u.name_folded, :folded) desc, u.name, u.id
                 limit :limit offset :offset
                """.formatted(NAME_ON.formatted("u"), LIVE_SUBORDINATES.formatted("u"), within))
                .param("pattern", pattern).param("folded", folded).param("d", on).params(inScope.parameters())
                .param("limit", size).param("offset", (long) page * size)
                .query(OrganizationTree::mapSummary).list();
        long total = jdbc.sql("""
                select count(*) from org_unit u
                 where (u.name_folded like :pattern or upper(u.code) = upper(:folded))
                 %s
                """.formatted(within)).param("pattern", pattern).param("folded", folded).param("d", on)
                .params(inScope.parameters()).query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    /** Everything that happened to the unit, or in which it gave or received a unit, oldest first. */
    public List<TimelineEntry> timeline(UnitId unit) {
        return jdbc.sql("""
                select e.id, e.kind, e.occurred_on, e.old_name, e.new_name, e.decision, e.note,
                       u.id as u_id, u.code as u_code, %s as u_name,
                       f.id as f_id, f.code as f_code, %s as f_name,
                       t.id as t_id, t.code as t_code, %s as t_name
                  from org_unit_event e
                  join org_unit u on u.id = e.unit_id
                  left join org_unit f on f.id = e.from_unit_id
                  left join org_unit t on t.id = e.to_unit_id
                 where e.unit_id = :id or e.from_unit_id = :id or e.to_unit_id = :id
                 order by e.occurred_on, e.id
                """.formatted(nameAtEvent("u"), nameAtEvent("f"), nameAtEvent("t")))
                .param("id", unit.value())
                .query((rs, n) -> new TimelineEntry(rs.getLong("id"), UnitEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class), ref(rs, "u"), ref(rs, "f"), ref(rs, "t"),
                        rs.getString("old_name"), rs.getString("new_name"), rs.getString("decision"),
                        rs.getString("note")))
                .list();
    }

    public List<Term> terms(UnitId unit) {
        return jdbc.sql("""
                select id, unit_id, congress_number, congress_on, start_year, end_year
                  from org_term where unit_id = ? order by start_year
                """).param(unit.value()).query(UnitStore::mapTerm).list();
    }

    /** The term in force on the date: the latest congress held on or before it. */
    public Optional<Term> termOn(UnitId unit, LocalDate on) {
        return jdbc.sql("""
                select id, unit_id, congress_number, congress_on, start_year, end_year
                  from org_term where unit_id = ? and congress_on <= ? order by congress_on desc limit 1
                """).params(unit.value(), on).query(UnitStore::mapTerm).optional();
    }

    /** Every unit under the given one on the date, itself included, top down: for exports. */
    public List<UnitView> subtree(UnitId root, LocalDate on) {
        return jdbc.sql("""
                select u.id, u.code, u.type, u.established_on, u.dissolved_on, %s as name_on,
                       l.parent_id, (select %s from org_unit p where p.id = l.parent_id) as superior_name
                  from org_unit_ancestry a
                  join org_unit u on u.id = a.descendant_id
                  left join org_unit_link l on l.unit_id = u.id and l.valid_from <= :d and l.valid_to > :d
                 where a.ancestor_id = :id and a.valid_from <= :d and a.valid_to > :d
                 order by a.depth, name_on, u.id
                """.formatted(NAME_ON.formatted("u"), NAME_ON.formatted("p")))
                .param("id", root.value()).param("d", on)
                .query((rs, n) -> new UnitView(new UnitId(rs.getLong("id")), rs.getString("code"),
                        UnitType.valueOf(rs.getString("type")), rs.getString("name_on"),
                        rs.getObject("established_on", LocalDate.class), dissolvedOn(rs),
                        optionalId(rs, "parent_id"), rs.getString("superior_name"), on))
                .list();
    }

    private static String nameAtEvent(String alias) {
        return """
                coalesce((select n.name from org_unit_name n where n.unit_id = %1$s.id and n.valid_from <= e.occurred_on
                           order by n.valid_from desc limit 1), %1$s.name)
                """.formatted(alias);
    }

    private static UnitRef ref(ResultSet rs, String prefix) throws SQLException {
        Long id = rs.getObject(prefix + "_id", Long.class);
        return id == null ? null
                : new UnitRef(new UnitId(id), rs.getString(prefix + "_code"), rs.getString(prefix + "_name"));
    }

    private static UnitSummary mapSummary(ResultSet rs, int row) throws SQLException {
        return new UnitSummary(new UnitId(rs.getLong("id")), rs.getString("code"),
                UnitType.valueOf(rs.getString("type")), rs.getString("name_on"), rs.getInt("subordinates"),
                dissolvedOn(rs));
    }

    private static LocalDate dissolvedOn(ResultSet rs) throws SQLException {
        LocalDate d = rs.getObject("dissolved_on", LocalDate.class);
        return d == null || d.equals(LocalDate.MAX) ? null : d;
    }

    private static List<Long> ids(Set<UnitId> units) {
        return units.stream().map(UnitId::value).sorted().toList();
    }

    private static UnitId optionalId(ResultSet rs, String column) throws SQLException {
        Long id = rs.getObject(column, Long.class);
        return id == null ? null : new UnitId(id);
    }
}
