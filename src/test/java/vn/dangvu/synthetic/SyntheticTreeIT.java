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
    @Autowired vn.dangvu.members.MemberBulkLoad bulk;
    @Autowired vn.dangvu.members.MemberDirectory directory;

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

    @Test
    void membersHaveHistoriesTheRulesAcceptAndProjectionsAsTheRegistryWritesThem() {
        long members = count("select count(*) from member");
        // 4.8 million opened records and about 180,000 admissions a year, at scale 0.002
        assertThat(members).isBetween(11_000L, 13_000L);
        assertThat(report.rows()).containsEntry("member", members);
        // every history replays through every rule, with the application's own view of units and introducers
        List<Long> sample = jdbc.sql("select id from member order by md5(id::text) limit 300").query(Long.class).list();
        for (long id : sample) {
            assertThat(bulk.recheck(new vn.dangvu.members.MemberId(id))).as("member " + id).isEmpty();
        }
        // admissions by year are about 180,000 × 0.002, and each admitted member has the whole path
        for (int year = 2019; year <= 2025; year++) {
            assertThat(count("select count(*) from member_event where kind = 'AdmissionDecided' and extract(year from occurred_on) = "
                    + year)).as("admissions in " + year).isBetween(300L, 440L);
        }
        assertThat(count("select count(*) from member_event where kind in ('Died', 'Transferred', 'StruckOff', 'Exempted', "
                + "'RecognizedOfficial', 'ProbationStruckOff', 'CandidateDropped', 'Disciplined')"
                + " group by kind having count(*) > 0 order by 1 limit 1")).isPositive();
        assertThat(count("select count(distinct kind) from member_event")).isGreaterThanOrEqualTo(14);
        // projections: every member's current period is in the unit and status of the member row
        assertThat(count("""
                select count(*) from member m
                  left join member_period p on p.member_id = m.id and p.valid_to = 'infinity'
                 where p.member_id is null and m.status in ('OFFICIAL', 'PROBATIONARY', 'CANDIDATE')
                    or p.unit_id <> m.unit_id or p.status <> m.status
                """)).isZero();
        // every member stands in a branch that exists today
        assertThat(count("""
                select count(*) from member m join org_unit u on u.id = m.unit_id
                 where m.status in ('OFFICIAL', 'PROBATIONARY', 'CANDIDATE')
                   and (u.dissolved_on <= date '2026-06-30' or u.type not in ('BRANCH', 'GRASSROOTS_BRANCH'))
                """)).isZero();
        // the name search and the list in Vietnamese order find them (folded names and ICU sort keys)
        long id = sample.getFirst();
        String name = jdbc.sql("select full_name from member where id = ?").param(id).query(String.class).single();
        assertThat(jdbc.sql("select count(*) from member where name_folded = ?").param(vn.dangvu.platform.VietnameseText.fold(name))
                .query(Long.class).single()).isPositive();
        assertThat(count("select count(*) from pg_indexes where tablename like 'member%'")).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theTargetsTallyAgreesWithTheRecords() {
        List<Long> provinces = jdbc.sql("""
                select id from org_unit where type = 'PROVINCIAL_COMMITTEE' and dissolved_on = 'infinity' order by id limit 5
                """).query(Long.class).list();
        assertThat(provinces).hasSize(5);
        for (LocalDate day : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), TODAY)) {
            for (long province : provinces) {
                long tallied = jdbc.sql("""
                        select coalesce(sum(num), 0) from target_tally
                         where ancestor_id = ? and measure = 'members.atDate' and day <= ?
                        """).params(province, day).query(Long.class).single();
                long direct = jdbc.sql("""
                        select count(*) from member_period p
                          join org_unit_ancestry a on a.descendant_id = p.unit_id and a.valid_from <= ? and a.valid_to > ?
                         where a.ancestor_id = ? and p.valid_from <= ? and p.valid_to > ?
                           and p.status in ('PROBATIONARY', 'OFFICIAL')
                        """).params(day, day, province, day, day).query(Long.class).single();
                assertThat(tallied).as("members of %d on %s", province, day).isEqualTo(direct);
            }
        }
        for (long province : provinces) {
            long tallied = jdbc.sql("""
                    select coalesce(sum(num), 0) from target_tally
                     where ancestor_id = ? and measure = 'members.admitted' and day between date '2023-01-01' and date '2023-12-31'
                    """).param(province).query(Long.class).single();
            long direct = jdbc.sql("""
                    select count(*) from member_event e
                      join org_unit_ancestry a on a.descendant_id = e.unit_id and a.valid_from <= e.occurred_on
                                              and a.valid_to > e.occurred_on
                     where a.ancestor_id = ? and e.kind = 'AdmissionDecided'
                       and e.occurred_on between date '2023-01-01' and date '2023-12-31'
                    """).param(province).query(Long.class).single();
            assertThat(tallied).as("admitted in %d in 2023", province).isEqualTo(direct);
        }
        assertThat(count("select coalesce(sum(num), 0) from target_tally where measure = 'members.admitted'")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
