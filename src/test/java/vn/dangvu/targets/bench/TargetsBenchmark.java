package vn.dangvu.targets.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangvuApplication;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Resolution;
import vn.dangvu.targets.RollUps;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;
import vn.dangvu.targets.TargetProgress;

/**
 * Times the targets' reads on the synthetic national dataset: a branch's and a grassroots
 * organization's dashboard (service and page), a province's dashboard and roll-up of every
 * measure, and the whole country's roll-up. Generates the dataset on first use into its own
 * directory (docs/benchmarks.md, "Targets"). Arguments: {@code directory=… scale=… rounds=…}.
 */
public final class TargetsBenchmark {

    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    private TargetsBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>(Map.of("directory", "./data-bench-targets",
                "scale", "1.0", "rounds", "3"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DangvuApplication.class)
                .run("--dangvu.embedded-database.directory=" + options.get("directory"), "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--dangvu.embedded-database.server-settings.max_parallel_workers_per_gather=0");
        try {
            TargetsBenchmark bench = new TargetsBenchmark(context);
            bench.prepare(Double.parseDouble(options.get("scale")));
            if (options.containsKey("sql")) {
                bench.sql(java.nio.file.Files.readString(java.nio.file.Path.of(options.get("sql"))));
            } else if (options.containsKey("measures")) {
                bench.measures();
            } else {
                bench.run(Integer.parseInt(options.get("rounds")));
            }
        } finally {
            context.close();
        }
    }

    // --- the dataset ------------------------------------------------------------------------------

    private void prepare(double scale) {
        long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        if (units > 0) {
            System.out.printf(Locale.ROOT, "Dataset present: %,d units, %,d members, %,d member events, %,d periods%n",
                    units, count("member"), count("member_event"), count("member_period"));
            return;
        }
        System.out.printf(Locale.ROOT, "Generating the synthetic national dataset at scale %.2f%n", scale);
        for (String sql : SyntheticMembers.statements(scale)) {
            long start = System.nanoTime();
            context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).execute(sql);
            System.out.printf(Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - start) / 1e9,
                    sql.strip().lines().findFirst().orElse(""));
        }
        long start = System.nanoTime();
        resolutions();
        System.out.printf(Locale.ROOT, "  %6.1f s  resolutions and targets for the sampled units%n",
                (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).execute("vacuum analyze");
        System.out.printf(Locale.ROOT, "  %6.1f s  vacuum analyze%n", (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "Generated: %,d units, %,d members, %,d member events, %,d periods%n",
                count("org_unit"), count("member"), count("member_event"), count("member_period"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A 2025–2030 resolution with fourteen targets for each sampled unit, written through the module. */
    private void resolutions() {
        TargetBook book = context.getBean(TargetBook.class);
        OrganizationTree tree = context.getBean(OrganizationTree.class);
        for (long unit : sample()) {
            UnitId id = UnitId.of(unit);
            long members = jdbc.sql("""
                    select count(*) from org_unit_ancestry a join member_period p on p.unit_id = a.descendant_id
                     where a.ancestor_id = :u and a.valid_from <= :d and a.valid_to > :d
                       and p.valid_from <= :d and p.valid_to > :d and p.status in ('PROBATIONARY', 'OFFICIAL')
                    """).param("u", unit).param("d", LocalDate.of(2025, 6, 15)).query(Long.class).single();
            Term term = tree.termOn(id, ON).orElseThrow();
            Resolution r = book.adopt(id, term.id(), "Nghị quyết Đại hội nhiệm kỳ 2025 – 2030", null);
            BigDecimal m = BigDecimal.valueOf(Math.max(members, 10));
            List<TargetDraft> targets = List.of(
                    count("Kết nạp đảng viên mới trong nhiệm kỳ", Scope.TERM, m.multiply(new BigDecimal("0.3")),
                            "members.admitted"),
                    new TargetDraft(null, "Hằng năm kết nạp ít nhất 7% số đảng viên đầu năm", Quantity.COUNT, "đảng viên",
                            Direction.MORE, Scope.YEAR, new BigDecimal("7"), "members.atDate", "members.admitted", null),
                    count("Tổng số đảng viên cuối nhiệm kỳ", Scope.TERM, m.multiply(new BigDecimal("1.15")),
                            "members.atDate"),
                    count("Công nhận đảng viên chính thức", Scope.TERM, m.multiply(new BigDecimal("0.25")),
                            "members.recognized"),
                    less("Số đảng viên bị kỷ luật không quá", m.multiply(new BigDecimal("0.01")), "members.disciplined"),
                    less("Không có đảng viên bị khai trừ", BigDecimal.ZERO, "members.expelled"),
                    less("Số đảng viên bị xóa tên không quá", m.multiply(new BigDecimal("0.002")), "members.struckOff"),
                    count("Tiếp nhận đảng viên chuyển đến", Scope.TERM, m.multiply(new BigDecimal("0.05")),
                            "members.transferredIn"),
                    count("Bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú", Scope.YEAR,
                            m.multiply(new BigDecimal("0.08")), "candidates.certified"),
                    count("Quần chúng ưu tú đang theo dõi", Scope.YEAR, m.multiply(new BigDecimal("0.02")),
                            "candidates.atDate"),
                    count("Số tổ chức cơ sở đảng", Scope.TERM, BigDecimal.ONE, "units.grassroots"),
                    count("Tiếp nhận tổ chức đảng", Scope.TERM, BigDecimal.ONE, "units.received"),
                    new TargetDraft(null, "Vận động ủng hộ đồng bào bị thiên tai", Quantity.MONEY, "triệu đồng",
                            Direction.MORE, Scope.TERM, new BigDecimal("500"), null, null, MeasureKind.FLOW),
                    new TargetDraft(null, "Tỷ lệ doanh nghiệp có tổ chức đảng", Quantity.PERCENT, null, Direction.MORE,
                            Scope.TERM, new BigDecimal("40"), null, null, MeasureKind.STOCK));
            for (TargetDraft t : targets) {
                book.addTarget(r.id(), t);
            }
        }
    }

    private static TargetDraft count(String title, Scope scope, BigDecimal goal, String measure) {
        return new TargetDraft(null, title, Quantity.COUNT, null, Direction.MORE, scope,
                goal.setScale(0, java.math.RoundingMode.CEILING), null, measure, null);
    }

    private static TargetDraft less(String title, BigDecimal goal, String measure) {
        return new TargetDraft(null, title, Quantity.COUNT, null, Direction.LESS, Scope.TERM,
                goal.setScale(0, java.math.RoundingMode.CEILING), null, measure, null);
    }

    /** 200 branches, 100 grassroots organizations and the 40 provinces, the same ones every time. */
    private List<Long> sample() {
        List<Long> ids = new ArrayList<>(branches());
        ids.addAll(grassroots());
        ids.addAll(provinces());
        return ids;
    }

    private List<Long> branches() {
        return jdbc.sql("select id from org_unit where type = 'BRANCH' order by md5(id::text) limit 200")
                .query(Long.class).list();
    }

    private List<Long> grassroots() {
        return jdbc.sql("select id from org_unit where type = 'GRASSROOTS_COMMITTEE' order by md5(id::text) limit 100")
                .query(Long.class).list();
    }

    private List<Long> provinces() {
        return jdbc.sql("select id from org_unit where type = 'PROVINCIAL_COMMITTEE' order by id").query(Long.class).list();
    }

    // --- the measurements -------------------------------------------------------------------------

    private void run(int rounds) {
        TargetProgress progress = context.getBean(TargetProgress.class);
        RollUps rollUps = context.getBean(RollUps.class);
        List<Long> branches = branches();
        List<Long> grassroots = grassroots();
        List<Long> provinces = provinces();
        System.out.printf(Locale.ROOT, "%nAs of %s, %d rounds; times in milliseconds%n", ON, rounds);
        System.out.printf(Locale.ROOT, "%-52s %6s %8s %8s %8s %8s%n", "operation", "n", "median", "p90", "max", "mean");
        time("branch dashboard (service)", rounds, branches, u -> progress.dashboard(UnitId.of(u), ON).orElseThrow());
        time("branch dashboard page GET /units/{id}/targets", rounds, branches,
                u -> get("/units/" + u + "/targets?date=" + ON));
        time("grassroots dashboard (service)", rounds, grassroots,
                u -> progress.dashboard(UnitId.of(u), ON).orElseThrow());
        time("province dashboard (service)", 1, provinces, u -> progress.dashboard(UnitId.of(u), ON).orElseThrow());
        time("grassroots roll-up, every measure (service)", 1, grassroots,
                u -> rollUps.of(UnitId.of(u), ON, null, List.of()));
        time("province roll-up, every measure (service)", 1, provinces,
                u -> rollUps.of(UnitId.of(u), ON, null, List.of()));
        time("province roll-up API GET /api/v1/units/{id}/rollup", 1, provinces.subList(0, 10),
                u -> get("/api/v1/units/" + u + "/rollup?date=" + ON));
        time("country roll-up, every measure (service)", rounds, List.of(0L),
                u -> rollUps.country(ON, null, List.of(), Optional.empty()));
        time("country roll-up API GET /api/v1/rollup", rounds, List.of(0L), u -> get("/api/v1/rollup?date=" + ON));
    }

    /** Runs the statements of a file (separated by blank lines), printing what queries answer: for looking at plans. */
    private void sql(String script) {
        var template = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        for (String statement : script.split("\\n\\s*\\n")) {
            if (statement.isBlank()) {
                continue;
            }
            long start = System.nanoTime();
            template.query(statement, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                System.out.println(line);
            });
            System.out.printf(Locale.ROOT, "-- %.1f ms%n", (System.nanoTime() - start) / 1e6);
        }
    }

    /**
     * Each measure alone, as the roll-ups ask it today: the whole country (the committees at the top of
     * the tree, since 1 January) and the two largest provincial-level committees (their subordinates and
     * themselves, since 15 June 2025, the start of the benchmark's terms). The median of three calls.
     */
    private void measures() {
        vn.dangvu.targets.MeasureCatalog catalog = context.getBean(vn.dangvu.targets.MeasureCatalog.class);
        OrganizationTree tree = context.getBean(OrganizationTree.class);
        LocalDate today = LocalDate.now();
        List<UnitId> country = tree.roots(today).stream().map(u -> u.id()).toList();
        List<Long> largest = jdbc.sql("""
                select ancestor_id from org_unit_ancestry a join org_unit u on u.id = a.ancestor_id
                 where u.type = 'PROVINCIAL_COMMITTEE' and a.valid_from <= :d and a.valid_to > :d
                 group by 1 order by count(*) desc limit 2
                """).param("d", today).query(Long.class).list();
        List<List<UnitId>> provinces = new ArrayList<>();
        for (long p : largest) {
            List<UnitId> roots = new ArrayList<>(tree.subordinates(UnitId.of(p), today, null, 0, 20_000).items()
                    .stream().map(u -> u.id()).toList());
            roots.add(UnitId.of(p));
            provinces.add(roots);
        }
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate termStart = LocalDate.of(2025, 6, 15);
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s  (%d roots; provinces %s with %d and %d roots)%n",
                "measure", "country ms", "prov1 ms", "prov2 ms", country.size(), largest, provinces.get(0).size(),
                provinces.get(1).size());
        double[] sums = new double[3];
        for (var m : catalog.all()) {
            double[] t = {median(() -> catalog.totals(m, country, yearStart, today)),
                    median(() -> catalog.totals(m, provinces.get(0), termStart, today)),
                    median(() -> catalog.totals(m, provinces.get(1), termStart, today))};
            for (int i = 0; i < 3; i++) {
                sums[i] += t[i];
            }
            System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %10.1f%n", m.code(), t[0], t[1], t[2]);
        }
        System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %10.1f%n", "all", sums[0], sums[1], sums[2]);
    }

    private static double median(Runnable call) {
        double[] times = new double[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[1];
    }

    private void get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One warm-up call, then every unit {@code rounds} times. */
    private static void time(String label, int rounds, List<Long> units, LongConsumer call) {
        call.accept(units.getFirst());
        long[] times = new long[units.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (long u : units) {
                long start = System.nanoTime();
                call.accept(u);
                times[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        double mean = Arrays.stream(times).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%-52s %6d %8.1f %8.1f %8.1f %8.1f%n", label, times.length,
                times[times.length / 2] / 1e6, times[(int) (times.length * 0.9)] / 1e6, times[times.length - 1] / 1e6,
                mean);
    }
}
