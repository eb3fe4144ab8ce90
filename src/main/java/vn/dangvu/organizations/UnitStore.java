package vn.dangvu.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangvu.platform.VietnameseText;

/** Writes of the tree and its history tables, in explicit SQL; only {@link StructuralChanges} and {@link BulkEstablishment} call it. */
@Repository
class UnitStore {

    private static final String SELECT_UNIT = """
            select u.id, u.code, u.type, u.name, u.established_on, u.dissolved_on, u.parent_id,
                   greatest(u.established_on,
                            (select max(l.valid_from) from org_unit_link l where l.unit_id = u.id),
                            (select max(n.valid_from) from org_unit_name n where n.unit_id = u.id)) as last_change_on
              from org_unit u
            """;

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> find(UnitId id) {
        return jdbc.sql(SELECT_UNIT + " where u.id = ?").param(id.value()).query(UnitStore::mapUnit).optional();
    }

    /** Loads the unit and holds its row until the transaction ends, so two changes to one unit queue up. */
    Optional<OrgUnit> lock(UnitId id) {
        jdbc.sql("select id from org_unit where id = ? for update").param(id.value()).query(Long.class).optional();
        return find(id);
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists(select 1 from org_unit where upper(code) = upper(?))").param(code)
                .query(Boolean.class).single();
    }

    UnitId insert(String code, UnitType type, String name, LocalDate on, UnitId superior) {
        long id = jdbc.sql("""
                insert into org_unit (code, type, name, name_folded, established_on, parent_id)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(code, type.name(), name, VietnameseText.fold(name), on,
                        superior == null ? null : superior.value())
                .query(Long.class).single();
        jdbc.sql("insert into org_unit_name (unit_id, valid_from, name, name_folded) values (?, ?, ?, ?)")
                .params(id, on, name, VietnameseText.fold(name)).update();
        if (superior != null) {
            jdbc.sql("insert into org_unit_link (unit_id, parent_id, valid_from) values (?, ?, ?)")
                    .params(id, superior.value(), on).update();
        }
        return new UnitId(id);
    }

    List<OrgUnit> findAll(Collection<UnitId> ids) {
        Long[] values = ids.stream().map(UnitId::value).distinct().toArray(Long[]::new);
        return values.length == 0 ? List.of()
                : jdbc.sql(SELECT_UNIT + " where u.id = any(?)").param(values).query(UnitStore::mapUnit).list();
    }

    /** Of the given codes (upper case), those already used by a unit. */
    Set<String> takenCodes(Collection<String> codes) {
        String[] values = codes.stream().distinct().toArray(String[]::new);
        return values.length == 0 ? Set.of()
                : new HashSet<>(jdbc.sql("select upper(code) from org_unit where upper(code) = any(?)")
                        .param(values).query(String.class).list());
    }

    /** Identities for units about to be inserted together, so superiors and subordinates go in one statement. */
    List<UnitId> allocateIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('org_unit', 'id')) from generate_series(1, ?)")
                .param(count).query((rs, n) -> new UnitId(rs.getLong(1))).list();
    }

    /** A unit to insert with {@link #insertAll}; {@code superior} may be another unit of the same batch. */
    record NewUnit(UnitId id, String code, UnitType type, String name, LocalDate on, UnitId superior,
            String decision, String note) {
    }

    /**
     * What {@link #insert} and {@link #recordEvent} write for one establishment, for many units in a
     * fixed number of statements. Foreign keys are checked at the end of each statement, so a
     * superior may be inserted together with its subordinates.
     */
    void insertAll(List<NewUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        int n = units.size();
        Long[] ids = new Long[n];
        Long[] superiors = new Long[n];
        String[] codes = new String[n];
        String[] types = new String[n];
        String[] names = new String[n];
        String[] folded = new String[n];
        String[] dates = new String[n];
        String[] decisions = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            NewUnit u = units.get(i);
            ids[i] = u.id().value();
            superiors[i] = u.superior() == null ? null : u.superior().value();
            codes[i] = u.code();
            types[i] = u.type().name();
            names[i] = u.name();
            folded[i] = VietnameseText.fold(u.name());
            dates[i] = u.on().toString();
            decisions[i] = blankToNull(u.decision());
            notes[i] = blankToNull(u.note());
        }
        jdbc.sql("""
                insert into org_unit (id, code, type, name, name_folded, established_on, parent_id)
                overriding system value
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::bigint[])
                """).param(1, ids).param(2, codes).param(3, types).param(4, names).param(5, folded)
                .param(6, dates).param(7, superiors).update();
        jdbc.sql("""
                insert into org_unit_name (unit_id, valid_from, name, name_folded)
                select * from unnest(?::bigint[], ?::date[], ?::text[], ?::text[])
                """).param(1, ids).param(2, dates).param(3, names).param(4, folded).update();
        jdbc.sql("""
                insert into org_unit_link (unit_id, parent_id, valid_from)
                select u, p, d from unnest(?::bigint[], ?::bigint[], ?::date[]) as t (u, p, d) where p is not null
                """).param(1, ids).param(2, superiors).param(3, dates).update();
        jdbc.sql("""
                insert into org_unit_event (unit_id, kind, occurred_on, to_unit_id, new_name, decision, note)
                select u, 'ESTABLISHED', d, p, n, dec, note
                  from unnest(?::bigint[], ?::date[], ?::bigint[], ?::text[], ?::text[], ?::text[])
                       as t (u, d, p, n, dec, note)
                """).param(1, ids).param(2, dates).param(3, superiors).param(4, names).param(5, decisions)
                .param(6, notes).update();
    }

    void rename(UnitId unit, String name, LocalDate on) {
        String folded = VietnameseText.fold(name);
        jdbc.sql("update org_unit_name set valid_to = ? where unit_id = ? and valid_to = 'infinity'")
                .params(on, unit.value()).update();
        jdbc.sql("insert into org_unit_name (unit_id, valid_from, name, name_folded) values (?, ?, ?, ?)")
                .params(unit.value(), on, name, folded).update();
        jdbc.sql("update org_unit set name = ?, name_folded = ?, version = version + 1 where id = ?")
                .params(name, folded, unit.value()).update();
    }

    void moveTo(UnitId unit, UnitId superior, LocalDate on) {
        jdbc.sql("update org_unit_link set valid_to = ? where unit_id = ? and valid_to = 'infinity'")
                .params(on, unit.value()).update();
        jdbc.sql("insert into org_unit_link (unit_id, parent_id, valid_from) values (?, ?, ?)")
                .params(unit.value(), superior.value(), on).update();
        jdbc.sql("update org_unit set parent_id = ?, version = version + 1 where id = ?")
                .params(superior.value(), unit.value()).update();
    }

    /** Ends the unit's existence on {@code on}: its lifespan, its superior link and its name all close there. */
    void end(UnitId unit, LocalDate on) {
        jdbc.sql("update org_unit_link set valid_to = ? where unit_id = ? and valid_to = 'infinity'")
                .params(on, unit.value()).update();
        jdbc.sql("update org_unit_name set valid_to = ? where unit_id = ? and valid_to = 'infinity'")
                .params(on, unit.value()).update();
        jdbc.sql("update org_unit set dissolved_on = ?, version = version + 1 where id = ?")
                .params(on, unit.value()).update();
    }

    /** Subordinates standing under the unit on {@code on} or coming under it later. */
    List<UnitId> subordinatesFrom(UnitId unit, LocalDate on) {
        return jdbc.sql("select unit_id from org_unit_link where parent_id = ? and valid_to > ? order by unit_id")
                .params(unit.value(), on).query((rs, n) -> new UnitId(rs.getLong(1))).list();
    }

    /** Whether {@code candidate} stands (or will stand) anywhere under {@code ancestor} on or after {@code on}. */
    boolean isUnderFrom(UnitId candidate, UnitId ancestor, LocalDate on) {
        return jdbc.sql("""
                select exists(select 1 from org_unit_ancestry
                               where ancestor_id = ? and descendant_id = ? and valid_to > ?)
                """).params(ancestor.value(), candidate.value(), on).query(Boolean.class).single();
    }

    /** The unit and everything that ever stood under it: what a change of its superior re-roots. */
    List<Long> subtreeEver(UnitId unit) {
        return jdbc.sql("select distinct descendant_id from org_unit_ancestry where ancestor_id = ?")
                .param(unit.value()).query(Long.class).list();
    }

    /**
     * Recomputes the temporal closure for the given units from org_unit_link: each unit's chain of
     * superiors, each pair valid in the intersection of the links along the way.
     */
    void rebuildAncestry(Collection<Long> unitIds) {
        Long[] ids = unitIds.stream().distinct().toArray(Long[]::new);
        if (ids.length == 0) {
            return;
        }
        jdbc.sql("delete from org_unit_ancestry where descendant_id = any(?)").param(ids).update();
        jdbc.sql(REBUILD_ANCESTRY).param(ids).update();
    }

    static final String REBUILD_ANCESTRY = """
            insert into org_unit_ancestry (ancestor_id, descendant_id, depth, valid_from, valid_to, descendant_type)
            with recursive up (descendant_id, ancestor_id, depth, valid_from, valid_to) as (
                select u.id, u.id, 0, u.established_on, u.dissolved_on
                  from org_unit u where u.id = any(?)
                union all
                select up.descendant_id, l.parent_id, up.depth + 1,
                       greatest(up.valid_from, l.valid_from), least(up.valid_to, l.valid_to)
                  from up
                  join org_unit_link l on l.unit_id = up.ancestor_id
                                      and l.valid_from < up.valid_to and l.valid_to > up.valid_from
            )
            select up.ancestor_id, up.descendant_id, up.depth, up.valid_from, up.valid_to, u.type
              from up join org_unit u on u.id = up.descendant_id
            """;

    void recordEvent(UnitId unit, UnitEventKind kind, LocalDate on, UnitId from, UnitId to, String oldName,
            String newName, String decision, String note) {
        jdbc.sql("""
                insert into org_unit_event (unit_id, kind, occurred_on, from_unit_id, to_unit_id, old_name, new_name,
                                            decision, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(unit.value(), kind.name(), on, from == null ? null : from.value(),
                        to == null ? null : to.value(), oldName, newName, blankToNull(decision), blankToNull(note))
                .update();
    }

    List<Term> terms(UnitId unit) {
        return jdbc.sql("""
                select id, unit_id, congress_number, congress_on, start_year, end_year
                  from org_term where unit_id = ? order by start_year
                """).param(unit.value()).query(UnitStore::mapTerm).list();
    }

    long insertTerm(UnitId unit, int number, LocalDate congressOn, int startYear, int endYear) {
        return jdbc.sql("""
                insert into org_term (unit_id, congress_number, congress_on, start_year, end_year)
                values (?, ?, ?, ?, ?) returning id
                """).params(unit.value(), number, congressOn, startYear, endYear).query(Long.class).single();
    }

    static Term mapTerm(ResultSet rs, int row) throws SQLException {
        return new Term(rs.getLong("id"), new UnitId(rs.getLong("unit_id")),
                new CongressNumber(rs.getInt("congress_number")), rs.getObject("congress_on", LocalDate.class),
                rs.getInt("start_year"), rs.getInt("end_year"));
    }

    private static OrgUnit mapUnit(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        return new OrgUnit(new UnitId(rs.getLong("id")), rs.getString("code"), UnitType.valueOf(rs.getString("type")),
                rs.getString("name"), rs.getObject("established_on", LocalDate.class),
                rs.getObject("dissolved_on", LocalDate.class), parent == null ? null : new UnitId(parent),
                rs.getObject("last_change_on", LocalDate.class));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
