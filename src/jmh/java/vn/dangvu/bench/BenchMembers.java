package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.platform.VietnameseText;

/**
 * The members the synthetic generator wrote with the national tree (about 5.6 million standing
 * today), and what to ask about them: names as people type them, branches, and provincial-level
 * committees of a past date. Picked once per fork, the same ones every time (ordered by a hash).
 */
@State(Scope.Benchmark)
public class BenchMembers {

    static final LocalDate PAST = LocalDate.of(2023, 1, 1);

    MemberDirectory directory;
    /** Full names with diacritics, without, the last two words, and a name cut short as one types it. */
    List<String> queries;
    long[] branches;
    long[] provincesPast;

    @Setup(Level.Trial)
    public void load(BenchTree bench) {
        directory = bench.context.getBean(MemberDirectory.class);
        JdbcClient jdbc = bench.context.getBean(JdbcClient.class);
        long members = jdbc.sql("select count(*) from member").query(Long.class).single();
        if (members < 100_000) {
            throw new IllegalStateException("The benchmark database holds " + members
                    + " members; generate the national data first (docs/benchmarks.md)");
        }
        List<String> names = jdbc.sql("select full_name from member order by md5(id::text) limit 400")
                .query(String.class).list();
        queries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String folded = VietnameseText.fold(name);
            String[] words = folded.split(" ");
            queries.add(switch (i % 4) {
                case 0 -> name;
                case 1 -> folded;
                case 2 -> words[words.length - 2] + " " + words[words.length - 1];
                default -> folded.substring(0, folded.length() - 2);
            });
        }
        branches = jdbc.sql("""
                select unit_id from member where status in ('OFFICIAL', 'PROBATIONARY')
                 group by unit_id order by md5(unit_id::text) limit 2000
                """).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        provincesPast = jdbc.sql("""
                select id from org_unit where type = 'PROVINCIAL_COMMITTEE' and established_on <= :d and dissolved_on > :d
                """).param("d", PAST).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
