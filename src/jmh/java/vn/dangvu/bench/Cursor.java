package vn.dangvu.bench;

import java.util.SplittableRandom;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each thread's own random walk over the units, the same on every run. */
@State(Scope.Thread)
public class Cursor {

    private final SplittableRandom random = new SplittableRandom(2025);

    long pick(long[] ids) {
        return ids[random.nextInt(ids.length)];
    }

    <T> T pick(java.util.List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
