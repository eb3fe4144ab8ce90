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
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.members.MemberViews.SearchPage;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;

/**
 * The member reads on the national dataset (issue 4): a name search over every member, as typed
 * (full names with or without diacritics, two words, a name cut short), first page of 20 for a user
 * who sees the whole country; a branch's current members, first page of 50 in Vietnamese order;
 * a provincial-level committee's count of members by status on 1 January 2023.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MemberQueryBenchmark {

    @Benchmark
    public SearchPage search(BenchMembers members, Cursor cursor) {
        return members.directory.search(cursor.pick(members.queries), null, 0, 20);
    }

    @Benchmark
    public Page<MemberSummary> branchList(BenchMembers members, Cursor cursor) {
        return members.directory.list(new MemberFilter(new UnitId(cursor.pick(members.branches)), false, null, null,
                null, null, null, null), 0, 50);
    }

    @Benchmark
    public Map<MemberStatus, Long> provinceCountPast(BenchMembers members, Cursor cursor) {
        return members.directory.countByStatus(new UnitId(cursor.pick(members.provincesPast)), BenchMembers.PAST);
    }
}
