package vn.dangvu.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.members.MemberBulkLoad;
import vn.dangvu.platform.BulkLoad;

/**
 * Writes the members of a planned national tree ({@link MemberPlan}) through the members module's
 * bulk loader, in one transaction, with the member tables' indexes and foreign keys set aside and
 * the database's row triggers off during the load. Whatever other modules pre-compute from member
 * records with triggers is then recomputed once, by their own functions: the targets' tally
 * ({@code target_tally_rebuild()}, whose yearly sums follow by their own triggers) and the targets'
 * transfers ({@code target_transfer_rebuild()}), so they are exactly what the triggers would have left.
 */
@Service
class SyntheticMemberGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticMemberGenerator.class);
    private static final List<String> TABLES = List.of("member", "member_event", "member_period");
    private static final int BATCH = 20_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BulkLoad bulkLoad;
    private final MemberBulkLoad members;

    SyntheticMemberGenerator(JdbcClient jdbc, TransactionTemplate transactions, BulkLoad bulkLoad,
            MemberBulkLoad members) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.bulkLoad = bulkLoad;
        this.members = members;
    }

    void generate(PlannedTree tree, double scale, long seed, LocalDate today, Map<String, Long> rows,
            Map<String, Long> millis) {
        transactions.executeWithoutResult(status -> {
            long t = System.nanoTime();
            long firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from member").query(Long.class).single();
            MemberPlan plan = new MemberPlan(tree, scale, seed, today, firstId);
            log.info("Writing {} people's member records (scale {}) up to {}", plan.people(), scale, today);
            // Row triggers (other modules' projections) are off for this transaction; they are rebuilt below.
            jdbc.sql("set local session_replication_role = replica").update();
            bulkLoad.withoutIndexes(TABLES, () -> {
                MemberBulkLoad.Loader loader = members.loader();
                long[] done = {0};
                plan.forEach((id, person) -> {
                    loader.add(id, person.profile(), person.history());
                    if (loader.buffered() >= BATCH) {
                        loader.flush();
                        done[0] += BATCH;
                        if (done[0] % 100_000 == 0) {
                            log.info("  {} members written", done[0]);
                        }
                    }
                });
                loader.flush();
                return null;
            });
            jdbc.sql("set local session_replication_role = origin").update();
            long names = members.rememberNames();
            t = lap(millis, "members", t);
            log.info("{} distinct names for the name search", names);
            for (String table : TABLES) {
                rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
            }
            log.info("Copied members {} in {} ms", rows, millis.get("members"));
            if (jdbc.sql("select to_regproc('target_tally_rebuild') is not null").query(Boolean.class).single()) {
                jdbc.sql("select target_tally_rebuild()").query((rs, n) -> 1).list();
                lap(millis, "tally", t);
                log.info("Rebuilt the targets' tally in {} ms", millis.get("tally"));
            }
            if (jdbc.sql("select to_regproc('target_transfer_rebuild') is not null").query(Boolean.class).single()) {
                long u = System.nanoTime();
                jdbc.sql("select target_transfer_rebuild()").query((rs, n) -> 1).list();
                lap(millis, "transfers", u);
                log.info("Rebuilt the targets' transfers in {} ms", millis.get("transfers"));
            }
        });
        long t = System.nanoTime();
        jdbc.sql("vacuum (analyze) member, member_event, member_period").update();
        if (jdbc.sql("select to_regclass('target_tally') is not null").query(Boolean.class).single()) {
            jdbc.sql("vacuum (analyze) target_tally, target_tally_year, target_transfer").update();
        }
        lap(millis, "members vacuum", t);
        log.info("Vacuumed the member tables in {} ms", millis.get("members vacuum"));
    }

    private static long lap(Map<String, Long> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, (now - since) / 1_000_000);
        return now;
    }
}
