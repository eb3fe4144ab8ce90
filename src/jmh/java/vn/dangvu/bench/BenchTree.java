package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.List;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangvuApplication;
import vn.dangvu.organizations.OrganizationTree;

/**
 * The application (without its web server) on the benchmark database that the synthetic generator
 * filled, and the units to pick from. Started once per fork.
 */
@State(Scope.Benchmark)
public class BenchTree {

    static final LocalDate PAST = LocalDate.of(2020, 1, 1);

    ConfigurableApplicationContext context;
    OrganizationTree tree;
    LocalDate today;
    /** Units standing today: any, those that may have subordinates, and the 40 provincial-level committees. */
    long[] units;
    long[] committees;
    long[] provincesToday;
    /** The 20 units with the most subordinates today (a province's people's-committee bloc has up to ~2,800). */
    long[] widest;
    long[] provincesPast;
    List<String> fragments;

    @Setup(Level.Trial)
    public void start() {
        String directory = System.getProperty("dangvu.bench.directory", "./data-bench");
        // Arguments, not default properties: application.properties would override those.
        // Arguments, not default properties: application.properties would override those. The web
        // server starts on a free port: the security configuration needs a web application.
        context = new SpringApplicationBuilder(DangvuApplication.class)
                .run("--dangvu.embedded-database.directory=" + directory, "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--server.port=0");
        try {
            load();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private void load() {
        String directory = System.getProperty("dangvu.bench.directory", "./data-bench");
        tree = context.getBean(OrganizationTree.class);
        today = LocalDate.now();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        units = ids(jdbc, "select id from org_unit where established_on <= :d and dissolved_on > :d", today);
        committees = ids(jdbc, """
                select id from org_unit where established_on <= :d and dissolved_on > :d
                   and type not in ('BRANCH', 'GRASSROOTS_BRANCH')
                """, today);
        String roots = """
                select id from org_unit where type = 'PROVINCIAL_COMMITTEE' and established_on <= :d and dissolved_on > :d
                """;
        provincesToday = ids(jdbc, roots, today);
        widest = ids(jdbc, """
                select parent_id from org_unit_link where valid_from <= :d and valid_to > :d
                 group by parent_id order by count(*) desc limit 20
                """, today);
        provincesPast = ids(jdbc, roots, PAST);
        if (units.length < 1000) {
            throw new IllegalStateException("The benchmark database in " + directory + " holds " + units.length
                    + " units; generate the national tree first (docs/benchmarks.md)");
        }
        // What a person types to find a unit: two words of a place or person name, without diacritics.
        fragments = jdbc.sql("""
                select array_to_string((string_to_array(name_folded, ' '))[array_length(string_to_array(name_folded, ' '), 1) - 1:], ' ')
                  from org_unit where dissolved_on = 'infinity' order by md5(id::text) limit 500
                """).query(String.class).list();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    private static long[] ids(JdbcClient jdbc, String sql, LocalDate on) {
        return jdbc.sql(sql).param("d", on).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
