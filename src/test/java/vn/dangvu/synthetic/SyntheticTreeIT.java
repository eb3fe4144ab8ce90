package vn.dangvu.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import vn.dangvu.organizations.ClosureAccess;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * A tiny national tree (scale 0.002, a few thousand units) in a database of its own: the generator
 * truncates the organization tables, which must not reach the other tests' data.
 */
@SpringBootTest(properties = "dangvu.test.database=synthetic")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticTreeIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate BEFORE = LocalDate.of(2020, 1, 1);

    @Autowired SyntheticTreeGenerator generator;
    @Autowired OrganizationTree tree;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    private SyntheticTreeGenerator.Report report;

    @BeforeAll
    void generate() {
        report = generator.generateNational(0.002, 11, true, TODAY);
    }

    @Test
    void writesEveryTableAndRefusesToWriteOverExistingUnits() {
        assertThat(report.rows()).containsKeys("org_unit", "org_unit_name", "org_unit_link", "org_unit_event",
                "org_unit_ancestry");
        assertThat(report.rows().get("org_unit")).isEqualTo(report.units()).isGreaterThan(1000);
        assertThat(count("select count(*) from org_unit_ancestry")).isEqualTo(report.rows().get("org_unit_ancestry"));
        // The bulk load set indexes and foreign keys aside; they are all back.
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename like 'org_unit%'").query(String.class).list())
                .contains("org_unit_name_trgm_idx", "org_unit_link_parent_idx", "org_unit_ancestry_subtree_idx",
                        "org_unit_ancestry_descendant_idx", "org_unit_event_unit_idx", "org_unit_code_upper_idx");
        assertThat(count("""
                select count(*) from pg_constraint
                 where contype = 'f' and conrelid::regclass::text in
                       ('org_unit', 'org_unit_name', 'org_unit_link', 'org_unit_event', 'org_unit_ancestry')
                """)).isEqualTo(9);

        assertThatThrownBy(() -> generator.generateNational(0.002, 12, false, TODAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds");
        assertThat(count("select count(*) from org_unit")).isEqualTo(report.units());
    }

    @Test
    void linksAndNamesTileEachUnitsLifespanUnderLivingSuperiors() {
        assertThat(count("""
                select count(*) from org_unit_link l join org_unit u on u.id = l.unit_id join org_unit p on p.id = l.parent_id
                 where l.valid_from < u.established_on or l.valid_to > u.dissolved_on
                    or l.valid_from < p.established_on or l.valid_to > p.dissolved_on
                """)).isZero();
        for (String table : List.of("org_unit_link", "org_unit_name")) {
            assertThat(count("""
                    select count(*) from (
                        select unit_id, valid_from, valid_to,
                               lag(valid_to) over (partition by unit_id order by valid_from) as previous_to
                          from %s) t
                     where previous_to is not null and previous_to <> valid_from
                    """.formatted(table))).as("gaps or overlaps in %s", table).isZero();
            assertThat(count("""
                    select count(*) from org_unit u
                      join (select unit_id, min(valid_from) as first_from, max(valid_to) as last_to
                              from %s group by unit_id) t on t.unit_id = u.id
                     where t.first_from <> u.established_on or t.last_to <> u.dissolved_on
                    """.formatted(table))).as("%s covers each lifespan", table).isZero();
        }
        assertThat(count("select count(*) from org_unit u where not exists (select 1 from org_unit_name n where n.unit_id = u.id)"))
                .isZero();
        assertThat(count("""
                select count(*) from org_unit u
                 where u.name <> (select n.name from org_unit_name n where n.unit_id = u.id order by n.valid_from desc limit 1)
                    or u.parent_id is distinct from
                       (select l.parent_id from org_unit_link l where l.unit_id = u.id order by l.valid_from desc limit 1)
                """)).isZero();
    }

    @Test
    void everyLinkRespectsThePlacementOfTypes() {
        var pairs = jdbc.sql("""
                select distinct u.type, p.type from org_unit_link l
                  join org_unit u on u.id = l.unit_id join org_unit p on p.id = l.parent_id
                """).query((rs, n) -> List.of(UnitType.valueOf(rs.getString(1)), UnitType.valueOf(rs.getString(2))))
                .list();
        assertThat(pairs).isNotEmpty().allMatch(p -> p.get(0).mayStandUnder(p.get(1)), "allowed placement");
        assertThat(count("select count(*) from org_unit where parent_id is null and type <> 'PROVINCIAL_COMMITTEE'"))
                .isZero();
    }

    @Test
    void closureIsWhatStructuralChangesWouldHaveDerived() {
        List<Long> sample = new ArrayList<>(jdbc.sql("""
                (select unit_id from org_unit_link group by unit_id having count(*) > 1 order by unit_id limit 150)
                union (select id from org_unit where dissolved_on <> 'infinity' order by id limit 100)
                union (select id from org_unit order by md5(id::text) limit 250)
                """).query(Long.class).list());
        String rows = """
                select ancestor_id, descendant_id, depth, valid_from, valid_to, descendant_type from org_unit_ancestry
                 where descendant_id = any(?) order by descendant_id, ancestor_id, valid_from
                """;
        List<String> generated = jdbc.sql(rows).param(sample.toArray(Long[]::new)).query(this::row).list();

        ClosureAccess.rebuildAncestry(context, sample);

        List<String> rebuilt = jdbc.sql(rows).param(sample.toArray(Long[]::new)).query(this::row).list();
        assertThat(sample).hasSizeGreaterThan(300);
        assertThat(generated).hasSizeGreaterThan(sample.size() * 2).isEqualTo(rebuilt);
    }

    @Test
    void historyEventsMatchTheLinksAndNames() {
        assertThat(count("""
                select count(*) from org_unit u
                 where (select count(*) from org_unit_event e where e.unit_id = u.id and e.kind = 'ESTABLISHED'
                          and e.occurred_on = u.established_on and e.to_unit_id is not distinct from
                              (select l.parent_id from org_unit_link l where l.unit_id = u.id and l.valid_from = u.established_on)) <> 1
                """)).as("one establishment per unit, under its first superior").isZero();
        long moves = count("""
                select count(*) from org_unit_link l
                 where l.valid_from > (select u.established_on from org_unit u where u.id = l.unit_id)
                """);
        assertThat(count("select count(*) from org_unit_event where kind = 'HANDED_OVER'")).isEqualTo(moves);
        assertThat(count("""
                select count(*) from org_unit_link l
                  join org_unit_link prev on prev.unit_id = l.unit_id and prev.valid_to = l.valid_from
                 where not exists (select 1 from org_unit_event e where e.kind = 'HANDED_OVER' and e.unit_id = l.unit_id
                                     and e.occurred_on = l.valid_from and e.from_unit_id = prev.parent_id
                                     and e.to_unit_id = l.parent_id)
                """)).as("each hand-over recorded with both superiors").isZero();
        assertThat(count("""
                select count(*) from org_unit u where u.dissolved_on <> 'infinity'
                   and (select count(*) from org_unit_event e where e.unit_id = u.id and e.kind in ('MERGED', 'DISSOLVED')
                          and e.occurred_on = u.dissolved_on) <> 1
                """)).as("one ending per dissolved unit").isZero();
        assertThat(count("""
                select count(*) from org_unit_name n
                 where n.valid_from > (select u.established_on from org_unit u where u.id = n.unit_id)
                   and not exists (select 1 from org_unit_event e where e.kind = 'RENAMED' and e.unit_id = n.unit_id
                                     and e.occurred_on = n.valid_from and e.new_name = n.name)
                """)).as("each rename recorded").isZero();
        assertThat(count("select count(*) from org_unit_event where kind = 'MERGED' and to_unit_id is null")).isZero();
        assertThat(count("select count(*) from org_unit_event where kind = 'RENAMED'")).isPositive();
        assertThat(count("select count(*) from org_unit_event where kind = 'MERGED'")).isPositive();
    }

    @Test
    void pastDatesSeeTheTreeBeforeThe2025Reorganization() {
        assertThat(tree.roots(TODAY)).hasSize(34 + 6);
        assertThat(tree.roots(BEFORE)).hasSize(63 + 4);
        assertThat(report.today()).containsKeys(UnitType.values());

        UnitId hanoi = tree.findByCode("P01").orElseThrow();
        Map<UnitType, Long> before = tree.countsByType(hanoi, BEFORE);
        Map<UnitType, Long> now = tree.countsByType(hanoi, TODAY);
        assertThat(before.get(UnitType.UPPER_GRASSROOTS_COMMITTEE)).isGreaterThan(now.get(UnitType.UPPER_GRASSROOTS_COMMITTEE));
        assertThat(now.get(UnitType.BRANCH)).isPositive();

        // A village branch stood under province, district and commune; now under province and a new commune.
        long branch = jdbc.sql("""
                select l.unit_id from org_unit_link l join org_unit u on u.id = l.unit_id
                 where u.code like 'P%-H%-X%-C%' and l.valid_from = date '2025-07-01' and u.dissolved_on = 'infinity'
                   and u.established_on < date '2020-01-01' order by l.unit_id limit 1
                """).query(Long.class).single();
        assertThat(tree.superiorChain(new UnitId(branch), BEFORE)).extracting(s -> s.type())
                .containsExactly(UnitType.PROVINCIAL_COMMITTEE, UnitType.UPPER_GRASSROOTS_COMMITTEE,
                        UnitType.GRASSROOTS_COMMITTEE);
        assertThat(tree.superiorChain(new UnitId(branch), TODAY)).extracting(s -> s.type())
                .containsExactly(UnitType.PROVINCIAL_COMMITTEE, UnitType.GRASSROOTS_COMMITTEE);
        assertThat(tree.search("chi bo", TODAY, 0, 10).total()).isPositive();
    }

    private String row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getInt(3) + "/" + rs.getString(4) + "/" + rs.getString(5)
                + "/" + rs.getString(6);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
