package vn.dangvu.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.RollUps;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;
import vn.dangvu.targets.TargetProgress;

/**
 * The targets' reads on the national dataset (issue 5), as of today: a branch's dashboard (its
 * 2025–2030 resolution with fourteen targets, twelve of them computed from the records); a
 * provincial-level committee's roll-up of every built-in measure over its subordinates; the whole
 * country's. The first run gives 200 branches and the 40 provincial-level committees a term and a
 * resolution, through the targets module, and keeps them in the benchmark database.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TargetBenchmark {

    @State(org.openjdk.jmh.annotations.Scope.Benchmark)
    public static class Targets {

        TargetProgress progress;
        RollUps rollUps;
        LocalDate today;
        long[] branches;
        long[] provinces;

        @Setup(Level.Trial)
        public void load(BenchTree bench) {
            progress = bench.context.getBean(TargetProgress.class);
            rollUps = bench.context.getBean(RollUps.class);
            today = bench.today;
            JdbcClient jdbc = bench.context.getBean(JdbcClient.class);
            branches = jdbc.sql("""
                    select id from org_unit where type = 'BRANCH' and dissolved_on = 'infinity'
                       and established_on < date '2025-06-01' order by md5(id::text) limit 200
                    """).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
            provinces = bench.provincesToday;
            for (long[] units : List.of(branches, provinces)) {
                for (long unit : units) {
                    resolution(bench, jdbc, unit);
                }
            }
        }

        /** A 2025–2030 term and resolution for the unit, unless it has them. */
        private void resolution(BenchTree bench, JdbcClient jdbc, long unit) {
            UnitId id = UnitId.of(unit);
            if (progress.dashboard(id, today).isPresent()) {
                return;
            }
            OrganizationTree tree = bench.tree;
            LocalDate established = tree.find(id, today).orElseThrow().establishedOn();
            LocalDate congress = established.isBefore(LocalDate.of(2025, 6, 1)) ? LocalDate.of(2025, 6, 15)
                    : LocalDate.of(2025, 10, 15);
            var term = tree.termOn(id, today).orElseGet(() -> bench.context.getBean(StructuralChanges.class)
                    .openTerm(new OpenTerm(id, 1, congress, 2025, 2030)));
            TargetBook book = bench.context.getBean(TargetBook.class);
            long members = jdbc.sql("select count(*) from member where unit_id = ? and status in ('OFFICIAL', 'PROBATIONARY')")
                    .param(unit).query(Long.class).single();
            BigDecimal m = BigDecimal.valueOf(Math.max(members, 10));
            long resolution = book.adopt(id, term.id(), "Nghị quyết Đại hội nhiệm kỳ 2025 – 2030", null).id();
            for (TargetDraft t : List.of(
                    count("Kết nạp đảng viên mới trong nhiệm kỳ", vn.dangvu.targets.Scope.TERM, m, "0.3", "members.admitted"),
                    new TargetDraft(null, "Hằng năm kết nạp ít nhất 7% số đảng viên đầu năm", Quantity.COUNT, "đảng viên",
                            Direction.MORE, vn.dangvu.targets.Scope.YEAR, new BigDecimal("7"), "members.atDate",
                            "members.admitted", null),
                    count("Tổng số đảng viên cuối nhiệm kỳ", vn.dangvu.targets.Scope.TERM, m, "1.15", "members.atDate"),
                    count("Công nhận đảng viên chính thức", vn.dangvu.targets.Scope.TERM, m, "0.25", "members.recognized"),
                    less("Số đảng viên bị kỷ luật không quá", m, "0.01", "members.disciplined"),
                    less("Không có đảng viên bị khai trừ", m, "0", "members.expelled"),
                    less("Số đảng viên bị xóa tên không quá", m, "0.002", "members.struckOff"),
                    count("Tiếp nhận đảng viên chuyển đến", vn.dangvu.targets.Scope.TERM, m, "0.05", "members.transferredIn"),
                    count("Bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú", vn.dangvu.targets.Scope.YEAR, m, "0.08",
                            "candidates.certified"),
                    count("Quần chúng ưu tú đang theo dõi", vn.dangvu.targets.Scope.YEAR, m, "0.02", "candidates.atDate"),
                    count("Số tổ chức cơ sở đảng", vn.dangvu.targets.Scope.TERM, BigDecimal.ONE, "1", "units.grassroots"),
                    count("Tiếp nhận tổ chức đảng", vn.dangvu.targets.Scope.TERM, BigDecimal.ONE, "1", "units.received"),
                    new TargetDraft(null, "Vận động ủng hộ đồng bào bị thiên tai", Quantity.MONEY, "triệu đồng",
                            Direction.MORE, vn.dangvu.targets.Scope.TERM, new BigDecimal("500"), null, null, MeasureKind.FLOW),
                    new TargetDraft(null, "Tỷ lệ doanh nghiệp có tổ chức đảng", Quantity.PERCENT, null, Direction.MORE,
                            vn.dangvu.targets.Scope.TERM, new BigDecimal("40"), null, null, MeasureKind.STOCK))) {
                book.addTarget(resolution, t);
            }
        }

        private static TargetDraft count(String title, vn.dangvu.targets.Scope scope, BigDecimal m, String share,
                String measure) {
            return new TargetDraft(null, title, Quantity.COUNT, null, Direction.MORE, scope,
                    m.multiply(new BigDecimal(share)).setScale(0, RoundingMode.CEILING), null, measure, null);
        }

        private static TargetDraft less(String title, BigDecimal m, String share, String measure) {
            return new TargetDraft(null, title, Quantity.COUNT, null, Direction.LESS, vn.dangvu.targets.Scope.TERM,
                    m.multiply(new BigDecimal(share)).setScale(0, RoundingMode.CEILING), null, measure, null);
        }
    }

    @Benchmark
    public Object branchDashboard(Targets targets, Cursor cursor) {
        return targets.progress.dashboard(UnitId.of(cursor.pick(targets.branches)), targets.today).orElseThrow();
    }

    @Benchmark
    public Object provinceRollUp(Targets targets, Cursor cursor) {
        return targets.rollUps.of(UnitId.of(cursor.pick(targets.provinces)), targets.today, null, List.of());
    }

    @Benchmark
    public Object countryRollUp(Targets targets) {
        return targets.rollUps.country(targets.today, null, List.of(), Optional.empty());
    }
}
