package vn.dangvu.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.dangvu.organizations.UnitId;

/**
 * The data a unit's page shows, as of today: the unit, its chain of superiors, the first 50 of its
 * subordinates and the count of everything under it by type. Units are drawn at random from all
 * units standing today ({@code any}, mostly branches), from those that can have subordinates
 * ({@code committees}), from the 40 provincial-level committees ({@code provinces}, the largest
 * subtrees), or from the 20 units with the most direct subordinates ({@code widest}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class UnitPageBenchmark {

    @Param({"any", "committees", "provinces", "widest"})
    public String population;

    @Benchmark
    public List<Object> unitPage(BenchTree bench, Cursor cursor) {
        long[] ids = switch (population) {
            case "any" -> bench.units;
            case "committees" -> bench.committees;
            case "widest" -> bench.widest;
            default -> bench.provincesToday;
        };
        UnitId id = new UnitId(cursor.pick(ids));
        return List.of(bench.tree.find(id, bench.today).orElseThrow(),
                bench.tree.superiorChain(id, bench.today),
                bench.tree.subordinates(id, bench.today, 0, 50),
                bench.tree.countsByType(id, bench.today));
    }
}
