package vn.dangvu.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitSummary;

/**
 * Whole-subtree questions at the top of the tree: how many units of each type a provincial-level
 * committee had on 1 January 2020 (before the 2025 reorganizations, 67 committees) and has today
 * (40); and the first page of a name search, as a person types it without diacritics.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TreeQueryBenchmark {

    @Benchmark
    public Map<UnitType, Long> provinceCountsPast(BenchTree bench, Cursor cursor) {
        return bench.tree.countsByType(new UnitId(cursor.pick(bench.provincesPast)), BenchTree.PAST);
    }

    @Benchmark
    public Map<UnitType, Long> provinceCountsToday(BenchTree bench, Cursor cursor) {
        return bench.tree.countsByType(new UnitId(cursor.pick(bench.provincesToday)), bench.today);
    }

    @Benchmark
    public Page<UnitSummary> search(BenchTree bench, Cursor cursor) {
        return bench.tree.search(cursor.pick(bench.fragments), bench.today, 0, 20);
    }
}
