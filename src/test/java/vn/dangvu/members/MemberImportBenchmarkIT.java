package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * The import of 100,000 members, end to end from the .xlsx file to the committed rows, measured
 * against the requirement of 20,000 rows a second. It reports the rate rather than failing on it, as
 * the figure depends on the machine and its load; run on purpose only, as docs/benchmarks.md says.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "dangvu.benchmark", matches = "true")
class MemberImportBenchmarkIT {

    static final int ROWS = Integer.getInteger("dangvu.benchmark.rows", 100_000);
    static final int WARMUPS = Integer.getInteger("dangvu.benchmark.warmups", 1);
    static final int ROUNDS = Integer.getInteger("dangvu.benchmark.rounds", 1);
    /** With the server's pg_stat_statements loaded, prints where the database spent the import's time. */
    static final boolean STATEMENTS = Boolean.getBoolean("dangvu.benchmark.statements");
    /** -Ddangvu.benchmark.buffers=true: which tables and indexes the measured import read past the shared buffers. */
    static final boolean BUFFERS = Boolean.getBoolean("dangvu.benchmark.buffers");

    /**
     * Whether every page of the server's shared buffers is touched before the measured import, as on a server
     * that has been up for a while ({@code -Ddangvu.benchmark.warmBuffers=false}: a server just started).
     */
    static final boolean WARM_BUFFERS = Boolean.parseBoolean(System.getProperty("dangvu.benchmark.warmBuffers", "true"));

    @Autowired MemberWorkbook workbook;
    @Autowired StructuralChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired vn.dangvu.accounts.TestAccounts accounts;

    /** The import works within the signed-in user's scope: here an administrator's, the whole tree. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        accounts.admin(), null, List.of()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** -Ddangvu.benchmark.keep=true: the run's members stay in the registry after it, as they did before session 11. */
    static final boolean KEEP = Boolean.getBoolean("dangvu.benchmark.keep");

    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    /** The province this run imported into, whose members {@link #removeImported} takes out again. */
    private UnitId benchmarkProvince;

    /**
     * Takes the run's members out of the registry again (350,000 with ten warm-ups and three rounds), so that
     * a kept registry stays the size it was generated at and runs against it compare: before session 11 each
     * run grew the national registry, 6.2 million members to 10.7 million over a day's runs. The periods and
     * events go with the tables' triggers on, which take them out of the targets' tally and transfers as any
     * deletion would; then the members with the triggers off for the rest of the transaction, as nothing else
     * refers to members just imported (the checks of every table with a foreign key to member, for each
     * member, are all the triggers would do). The province's units, two and fifty branches each run, stay, empty.
     */
    @org.junit.jupiter.api.AfterEach
    void removeImported() {
        if (KEEP || benchmarkProvince == null) {
            return;
        }
        long started = System.nanoTime();
        Long removed = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("""
                    create temporary table benchmark_members on commit drop as
                    select m.id from member m
                      join org_unit_ancestry a on a.descendant_id = m.unit_id and a.ancestor_id = ?""")
                    .param(benchmarkProvince.value()).update();
            jdbc.sql("delete from member_period where member_id in (select id from benchmark_members)").update();
            jdbc.sql("delete from member_event where member_id in (select id from benchmark_members)").update();
            jdbc.sql("set local session_replication_role = replica").update();
            return (long) jdbc.sql("delete from member where id in (select id from benchmark_members)").update();
        });
        settle();
        System.out.printf("Member import: the run's %,d members taken out of the registry again in %.1f s; %,d members in it%n",
                removed, (System.nanoTime() - started) / 1e9,
                jdbc.sql("select count(*) from member").query(Long.class).single());
    }

    /**
     * Reads a table larger than the shared buffers into them and drops it. A server just started maps its
     * shared buffers but has touched none of their pages: the first write to each costs a page fault and
     * the kernel's zeroing of the page, which perf showed as about a quarter of the import's backend time
     * (clear_page_erms under shmem_fault). A server that has run for a while has paid that long before.
     */
    private void touchSharedBuffers() {
        long buffers = jdbc.sql("select setting::bigint from pg_settings where name = 'shared_buffers'")
                .query(Long.class).single();
        jdbc.sql("create extension if not exists pg_prewarm").update();
        jdbc.sql("drop table if exists benchmark_touch").update();
        // a row of some 1 kB: 7 a page; 10% more pages than there are buffers
        jdbc.sql("create unlogged table benchmark_touch as select g, repeat('x', 1000) filler"
                + " from generate_series(1, ?) g").param(buffers * 7 * 11 / 10).update();
        jdbc.sql("select pg_prewarm('benchmark_touch', 'buffer')").query(Long.class).single();
        jdbc.sql("drop table benchmark_touch").update();
    }

    /**
     * Gives a new identity number to each row whose number a member of the registry already holds. The
     * numbers are drawn from a serial that starts at random in each run, so a registry that an earlier run
     * imported into (one kept with {@code dangvu.embedded-database.ephemeral=false}) may hold some of them,
     * and the all-or-nothing import would refuse the whole file.
     */
    private List<Object[]> unheld(List<Object[]> rows) {
        while (true) {
            String[] numbers = rows.stream().map(row -> (String) row[7]).toArray(String[]::new);
            Set<String> held = new HashSet<>(jdbc
                    .sql("select identity_number from member where identity_number = any(?)")
                    .param(numbers).query(String.class).list());
            if (held.isEmpty()) {
                return rows;
            }
            for (Object[] row : rows) {
                String number = (String) row[7];
                if (held.contains(number)) {
                    row[7] = WorkbookFiles.identity(number.substring(0, 3), "Nam".equals(row[1]) ? Sex.MALE : Sex.FEMALE,
                            (LocalDate) row[2]);
                }
            }
        }
    }

    /** Blocks read from outside the shared buffers and found in them, by table or index, since the server started. */
    private Map<String, long[]> blocksByRelation() {
        Map<String, long[]> blocks = new HashMap<>();
        jdbc.sql("""
                select relname, heap_blks_read, heap_blks_hit from pg_statio_user_tables
                union all
                select indexrelname, idx_blks_read, idx_blks_hit from pg_statio_user_indexes
                """).query((rs, n) -> blocks.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return blocks;
    }

    /**
     * The relations the import read most blocks of from outside the shared buffers (the operating system's cache
     * here), with the blocks it found in them. The import's backend reports its counts when it is next idle, at
     * most ten seconds on, so this waits that long first.
     */
    private void printBlocks(Map<String, long[]> before) throws InterruptedException {
        Thread.sleep(11_000);
        Map<String, long[]> after = blocksByRelation();
        String top = after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
                .limit(15)
                .map(e -> String.format("%s %,d read, %,d hit", e.getKey(), e.getValue()[0], e.getValue()[1]))
                .collect(Collectors.joining("; "));
        System.out.printf("Member import: blocks by relation: %s%n", top);
    }

    private void printStatements() {
        jdbc.sql("""
                select round(total_exec_time) ms, calls, rows, regexp_replace(left(query, 160), '\\s+', ' ', 'g') q
                  from pg_stat_statements order by total_exec_time desc limit 25""")
                .query((rs, n) -> String.format("%8d ms %6d calls %8d rows  %s", rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getString(4)))
                .list().forEach(System.out::println);
    }

    /**
     * What a server does after an import, done before the next one is measured, so that each round starts
     * alike: the vacuum and analysis autovacuum would otherwise run beside it (on this 2-core machine, on the
     * import's cores), and the benchmark's own garbage (the rows it generated) collected.
     */
    private void settle() {
        jdbc.sql("vacuum (analyze) member, member_event, member_period, member_name, target_tally, target_tally_year")
                .update();
        System.gc();
    }

    /**
     * The server's WAL since its statistics were reset (records, full-page images, bytes, times its buffers were
     * full, writes: pg_stat_wal), and the blocks of tables and indexes client backends wrote, extended and read
     * themselves (pg_stat_io): a backend that writes out the buffers it evicts does the background writer's work.
     */
    record WalAndIo(long records, long fullPages, long bytes, long buffersFull, long writes, long blocksWritten,
            long blocksExtended, long blocksRead) {

        WalAndIo since(WalAndIo before) {
            return new WalAndIo(records - before.records, fullPages - before.fullPages, bytes - before.bytes,
                    buffersFull - before.buffersFull, writes - before.writes, blocksWritten - before.blocksWritten,
                    blocksExtended - before.blocksExtended, blocksRead - before.blocksRead);
        }

        @Override
        public String toString() {
            return String.format("WAL %,d records, %,d full-page images, %,d MB, %,d writes (%,d with its buffers full); "
                    + "backends' blocks: %,d written, %,d extended, %,d read", records, fullPages, bytes >> 20, writes,
                    buffersFull, blocksWritten, blocksExtended, blocksRead);
        }
    }

    private WalAndIo walAndIo() {
        return jdbc.sql("""
                select wal_records, wal_fpi, wal_bytes::bigint, wal_buffers_full, wal_write,
                       coalesce(sum(io.writes), 0), coalesce(sum(io.extends), 0), coalesce(sum(io.reads), 0)
                  from pg_stat_wal
                  left join pg_stat_io io on io.backend_type = 'client backend' and io.object = 'relation'
                 group by 1, 2, 3, 4, 5""")
                .query((rs, n) -> new WalAndIo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))).single();
    }

    /** The processor time of this JVM, every thread, garbage collection included. */
    private static long javaCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The processor time of this JVM's JIT compiler threads ([0]) and garbage collector threads ([1]), in
     * clock ticks, from /proc/self/task: the part of an import a warm server pays less of, and the part
     * that depends on the heap. Threads that ended meanwhile are missed (the JVM may stop a compiler
     * thread it no longer needs), so the rest of the process's time is an upper bound of the import's own.
     */
    private static long[] jitAndGcTicks() {
        long[] ticks = new long[2];
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String text = Files.readString(task.resolve("stat"));
                    String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
                    String[] stat = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    long t = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    if (name.contains("CompilerThre")) {
                        ticks[0] += t;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        ticks[1] += t;
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread has ended
                }
            }
        } catch (java.io.IOException e) {
            return new long[] {-1, -1};
        }
        return ticks;
    }

    /**
     * The processor time of the embedded PostgreSQL, in clock ticks of 1/100 s (Linux): the postmaster
     * and every process it started, those that have ended included; 0 where /proc cannot tell.
     */
    private long databaseCpuTicks() {
        return databaseCpuByProcess().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@link #databaseCpuTicks} by kind of process: each backend, the WAL writer, the
     * checkpointer, autovacuum, and the processes that have ended ("ended", counted in the postmaster's
     * children's time); empty where /proc cannot tell.
     */
    private java.util.Map<String, Long> databaseCpuByProcess() {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        try {
            Path directory = Path.of(jdbc.sql("select setting from pg_settings where name = 'data_directory'")
                    .query(String.class).single());
            String postmaster = Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip();
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat;
                    try {
                        String text = Files.readString(process.resolve("stat"));
                        stat = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                    boolean self = process.getFileName().toString().equals(postmaster);
                    if (self || stat[1].equals(postmaster)) {
                        byKind.merge(self ? "postmaster" : kind(process),
                                Long.parseLong(stat[11]) + Long.parseLong(stat[12]), Long::sum);
                        if (self) {
                            byKind.merge("ended", Long.parseLong(stat[13]) + Long.parseLong(stat[14]), Long::sum);
                        }
                    }
                }
            }
            return byKind;
        } catch (Exception e) {
            return java.util.Map.of();
        }
    }

    /** "postgres: walwriter" → walwriter; a backend's title ("postgres: user db host(port) COPY") → backend and its pid. */
    private static String kind(Path process) {
        try {
            String title = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ').strip();
            if (!title.startsWith("postgres: ")) {
                return "other";
            }
            String rest = title.substring("postgres: ".length());
            return rest.contains("(") ? "backend " + process.getFileName() : rest.split(" ")[0];
        } catch (java.io.IOException gone) {
            return "ended";
        }
    }

    private static String difference(java.util.Map<String, Long> after, java.util.Map<String, Long> before) {
        StringBuilder out = new StringBuilder();
        after.forEach((kind, ticks) -> {
            long d = ticks - before.getOrDefault(kind, 0L);
            if (d != 0) {
                out.append(out.isEmpty() ? "" : ", ").append(kind).append(' ').append(String.format("%.2f s", d / 100.0));
            }
        });
        return out.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    @Test
    void importsAHundredThousandRowsAndReportsTheRate() throws Exception {
        String p = "BENCH-" + System.nanoTime() % 100000;
        UnitId province = changes.establish(new EstablishUnit(p, "Tỉnh ủy " + p, UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(1975, 1, 1), null, null));
        benchmarkProvince = province;
        UnitId committee = changes.establish(new EstablishUnit(p + "-DU", "Đảng bộ Khối " + p,
                UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(1976, 1, 1), null, null));
        List<String> branches = new ArrayList<>();
        for (int b = 0; b < 50; b++) {
            changes.establish(new EstablishUnit(p + "-CB" + b, "Chi bộ " + b, UnitType.BRANCH, committee,
                    LocalDate.of(1976, 1, 1), null, null));
            branches.add(p + "-CB" + b);
        }
        LocalDate today = LocalDate.now();
        // Smaller files first warm the JIT up, as a server that has run for a while would be: by default one
        // of 5,000 rows (the figures of earlier sessions); -Ddangvu.benchmark.warmups=N imports N of them.
        for (int w = 0; w < WARMUPS; w++) {
            List<Object[]> warmRows = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                warmRows.add(WorkbookFiles.person(w * 5_000 + i, "093", branches.get(i % branches.size()), today));
            }
            Path warm = WorkbookFiles.xlsxFile(unheld(warmRows));
            try (InputStream in = Files.newInputStream(warm)) {
                assertThat(workbook.importInto(province, in, Locale.forLanguageTag("vi")).imported()).isEqualTo(5_000);
            }
            Files.delete(warm);
        }

        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(WorkbookFiles.person(i, "096", branches.get(i % branches.size()), today));
        }
        Path file = WorkbookFiles.xlsxFile(unheld(rows));
        rows = null;
        if (WARM_BUFFERS) {
            touchSharedBuffers();
        }
        // -Ddangvu.benchmark.rounds=N: N - 1 more imports of as many rows before the one measured in full, so that
        // a machine whose speed wanders (other people's work on the same host) gives a median and a best
        List<Double> rates = new ArrayList<>();
        for (int round = 1; round < ROUNDS; round++) {
            List<Object[]> roundRows = new ArrayList<>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                roundRows.add(WorkbookFiles.person(i, "095", branches.get(i % branches.size()), today));
            }
            Path roundFile = WorkbookFiles.xlsxFile(unheld(roundRows));
            roundRows = null;
            settle();
            if (STATEMENTS) {
                jdbc.sql("create extension if not exists pg_stat_statements").update();
                jdbc.sql("select pg_stat_statements_reset()").query((rs, n) -> null).list();
            }
            long roundJava = javaCpuNanos();
            WalAndIo roundWal = walAndIo();
            var roundDatabase = databaseCpuByProcess();
            long roundStarted = System.nanoTime();
            try (InputStream in = Files.newInputStream(roundFile)) {
                assertThat(workbook.importInto(province, in, Locale.forLanguageTag("vi")).imported()).isEqualTo(ROWS);
            }
            double roundSeconds = (System.nanoTime() - roundStarted) / 1e9;
            rates.add(ROWS / roundSeconds);
            System.out.printf("Member import: round %d of %d: %,d rows in %.2f s: %,.0f rows/s; Java %.2f s; PostgreSQL %s; "
                    + "%s; load average %s%n", round, ROUNDS, ROWS, roundSeconds, ROWS / roundSeconds,
                    (javaCpuNanos() - roundJava) / 1e9, difference(databaseCpuByProcess(), roundDatabase),
                    walAndIo().since(roundWal), loadAverage());
            if (STATEMENTS) {
                printStatements();
            }
            Files.delete(roundFile);
        }
        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        settle();
        if (STATEMENTS) {
            jdbc.sql("create extension if not exists pg_stat_statements").update();
            jdbc.sql("select pg_stat_statements_reset()").query((rs, n) -> null).list();
        }

        // -Ddangvu.benchmark.marker=FILE: the file is created as the measured import starts, for a profiler to wait on
        if (System.getProperty("dangvu.benchmark.marker") != null) {
            Files.writeString(Path.of(System.getProperty("dangvu.benchmark.marker")), "importing");
        }
        Map<String, long[]> blocksBefore = BUFFERS ? blocksByRelation() : Map.of();
        String loadBefore = loadAverage();
        long javaCpu = javaCpuNanos();
        long[] jitAndGc = jitAndGcTicks();
        Map<String, Long> databaseByProcess = databaseCpuByProcess();
        long databaseCpu = databaseCpuTicks();
        long started = System.nanoTime();
        MemberWorkbook.ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = workbook.importInto(province, in, Locale.forLanguageTag("vi"));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        javaCpu = javaCpuNanos() - javaCpu;
        long[] jitAndGcAfter = jitAndGcTicks();
        databaseCpu = databaseCpuTicks() - databaseCpu;
        String databaseProcesses = difference(databaseCpuByProcess(), databaseByProcess);
        String loadAfter = loadAverage();
        if (STATEMENTS) {
            printStatements();
        }
        if (BUFFERS) {
            printBlocks(blocksBefore);
        }

        // The same file again: every row is now refused for its identity number, after being read and
        // checked in full, so this times everything but the writing.
        long checkCpu = javaCpuNanos();
        long checkStarted = System.nanoTime();
        MemberWorkbook.ImportResult again;
        try (InputStream in = Files.newInputStream(file)) {
            again = workbook.importInto(province, in, Locale.forLanguageTag("vi"));
        }
        double checkSeconds = (System.nanoTime() - checkStarted) / 1e9;
        checkCpu = javaCpuNanos() - checkCpu;
        System.out.printf("Member import: %,d rows (%.1f MB) in %.2f s: %,.0f rows/s; reading and checking alone "
                + "%.2f s (%,.0f rows/s)%n", ROWS, Files.size(file) / 1048576.0, seconds, ROWS / seconds, checkSeconds,
                ROWS / checkSeconds);
        // Under other people's load the wall clock says little; the processor time the import used does.
        System.out.printf("Member import: processor time of the import: Java %.2f s, PostgreSQL %.2f s; load average "
                + "%s before, %s after; reading and checking alone: Java %.2f s%n", javaCpu / 1e9, databaseCpu / 100.0,
                loadBefore, loadAfter, checkCpu / 1e9);
        System.out.printf("Member import: PostgreSQL's processor time by process: %s%n", databaseProcesses);
        if (!rates.isEmpty()) {
            rates.add(ROWS / seconds);
            List<Double> sorted = rates.stream().sorted().toList();
            System.out.printf("Member import: %d rounds: median %,.0f rows/s, best %,.0f, worst %,.0f%n", sorted.size(),
                    sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2,
                    sorted.getLast(), sorted.getFirst());
        }
        System.out.printf("Member import: of Java's processor time, the JIT compiler threads %.2f s, the garbage "
                + "collector threads %.2f s%n", (jitAndGcAfter[0] - jitAndGc[0]) / 100.0, (jitAndGcAfter[1] - jitAndGc[1]) / 100.0);
        // The sheet's reader alone (unzipping, XML, cells as text; no checks), three times, the last when compiled.
        StringBuilder reads = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            long readCpu = javaCpuNanos();
            WorkbookSheet.read(file, MemberWorkbook.SHEET, WorkbookColumn.values().length, ROWS + 1, (n, cells) -> { });
            readCpu = javaCpuNanos() - readCpu;
            reads.append(r == 0 ? "" : ", ").append(String.format("%.2f s (%.1f µs a row)", readCpu / 1e9, readCpu / 1e3 / ROWS));
        }
        System.out.printf("Member import: the sheet's reader alone, three times: Java %s%n", reads);
        Files.delete(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before + ROWS);
        assertThat(again.imported()).isZero();
        assertThat(again.errorCount()).isEqualTo(ROWS);
    }
}
