package vn.dangvu.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.organizations.TreeClosure;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.BulkLoad;

/**
 * Plans a synthetic national tree and writes it in one transaction: either all of it is there
 * or nothing is. Refuses a database that already has units unless asked to replace them.
 */
@Service
class SyntheticTreeGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticTreeGenerator.class);
    private static final List<String> TABLES = List.of("org_unit", "org_unit_name", "org_unit_link", "org_unit_event");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TreeClosure closure;
    private final BulkLoad bulkLoad;
    private final SyntheticMemberGenerator members;

    SyntheticTreeGenerator(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
            TreeClosure closure, BulkLoad bulkLoad, SyntheticMemberGenerator members) {
        this.members = members;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.closure = closure;
        this.bulkLoad = bulkLoad;
    }

    /** What was written and how long each step took, in milliseconds. */
    record Report(int units, Map<String, Long> rows, Map<String, Long> millis, Map<UnitType, Long> today) {

        long totalMillis() {
            return millis.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Report generateNational(double scale, long seed, boolean replace, LocalDate today) {
        return generateNational(scale, seed, replace, today, true);
    }

    Report generateNational(double scale, long seed, boolean replace, LocalDate today, boolean withMembers) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        long start = System.nanoTime();
        int[] planned = new int[1];
        PlannedTree[] plannedTree = new PlannedTree[1];
        transactions.executeWithoutResult(status -> {
            long existing = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
            if (existing > 0 && !replace) {
                throw new IllegalStateException(("The database already holds %d units; generate into an empty "
                        + "data directory or add --dangvu.synthetic.replace=true to delete them first").formatted(existing));
            }
            if (existing > 0) {
                log.warn("Deleting {} units and everything that refers to them", existing);
                jdbc.sql("truncate org_unit restart identity cascade").update();
            }
            long t = System.nanoTime();
            long firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from org_unit").query(Long.class).single();
            PlannedTree tree = NationalPlan.plan(scale, seed, firstId);
            plannedTree[0] = tree;
            planned[0] = tree.units().size();
            t = lap(millis, "plan", t);
            log.info("Planned {} units and {} events (scale {}, seed {}) in {} ms", tree.units().size(),
                    tree.events().size(), scale, seed, millis.get("plan"));
            Connection connection = DataSourceUtils.getConnection(dataSource);
            rows.putAll(bulkLoad.withoutIndexes(TABLES, () -> {
                try {
                    return new TreeWriter(connection).write(tree);
                } catch (SQLException e) {
                    throw new IllegalStateException("Writing the synthetic tree failed", e);
                }
            }));
            jdbc.sql("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))")
                    .query(Long.class).single();
            t = lap(millis, "copy", t);
            log.info("Copied {} in {} ms", rows, millis.get("copy"));
            rows.put("org_unit_ancestry", closure.rebuildAll());
            lap(millis, "closure", t);
            log.info("Derived {} closure rows in {} ms", rows.get("org_unit_ancestry"), millis.get("closure"));
        });
        long t = System.nanoTime();
        // Fresh statistics for the planner, and a visibility map so that closure scans stay index-only.
        jdbc.sql("vacuum (analyze) org_unit, org_unit_name, org_unit_link, org_unit_event, org_unit_ancestry").update();
        lap(millis, "vacuum", t);
        log.info("Vacuumed and analyzed in {} ms; {} ms in all", millis.get("vacuum"),
                (System.nanoTime() - start) / 1_000_000);
        if (withMembers) {
            members.generate(plannedTree[0], scale, seed, today, rows, millis);
        }
        return new Report(planned[0], rows, millis, countsOn(today));
    }

    private Map<UnitType, Long> countsOn(LocalDate day) {
        Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
        jdbc.sql("""
                select type, count(*) from org_unit where established_on <= ? and dissolved_on > ? group by type
                """).params(day, day)
                .query((rs, n) -> counts.put(UnitType.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    private static long lap(Map<String, Long> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, (now - since) / 1_000_000);
        return now;
    }
}
