package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.MergeUnits;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * The tally of the large committees equals a recomputation from the records, after member events,
 * transfers, hand-overs, a merge and a dissolution interleaved in time: day by day, for every
 * tallied unit and every member measure; its yearly sums and the totals read through them equal the
 * records' figures; and a full rebuild reproduces it row for row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TallyIT {

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MeasureCatalog catalog;
    @Autowired JdbcClient jdbc;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /**
     * A record's opening counts in no measure, which the events' unit index and the queries by measure
     * rely on in leaving those events out (V99): were a measure to count them, this would say so first.
     */
    @Test
    void aRecordsOpeningCountsInNoMeasure() {
        assertThat(jdbc.sql("select cardinality(target_event_measures('RecordOpened', '{}'::jsonb))")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select cardinality(target_event_measures('AdmissionDecided', '{}'::jsonb))")
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select pg_get_indexdef('member_event_unit_idx'::regclass)").query(String.class).single())
                .contains("'RecordOpened'");
    }

    @Test
    void theTallyEqualsARecomputationFromTheRecords() {
        Fixtures f = new Fixtures(changes, registry);
        LocalDate start = d(2016, 5, 19);
        UnitId province = f.province("Tỉnh ủy Hậu Giang");
        UnitId blocA = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Cơ quan", start);
        UnitId blocB = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", start);
        UnitId schools = f.unit(blocA, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Sở Giáo dục", start);
        UnitId office = f.unit(schools, UnitType.BRANCH, "Chi bộ Văn phòng Sở", start);
        UnitId teachers = f.unit(schools, UnitType.BRANCH, "Chi bộ Trường Chính trị", start);
        UnitId power = f.unit(blocB, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Điện lực", start);
        UnitId grid = f.unit(power, UnitType.BRANCH, "Chi bộ Truyền tải", start);
        UnitId bank = f.unit(province, UnitType.GRASSROOTS_BRANCH, "Chi bộ Ngân hàng", start);
        f.introducers(office);

        MemberId a = f.official(office, "Nguyễn Văn An");
        MemberId b = f.official(teachers, "Trần Thị Bình");
        MemberId c = f.official(grid, "Lê Văn Cường");
        MemberId e = f.official(bank, "Võ Thị Em");
        f.recognized(office, "Phạm Văn Dũng", d(2016, 8, 1));
        f.admitted(teachers, "Hồ Văn Giàu", d(2017, 2, 1));
        f.candidate(grid, "Đỗ Văn Hải", d(2017, 3, 1));
        f.record(a, new MemberEvent.Transferred(d(2017, 4, 1), grid, "GGT-1"));
        f.record(b, new MemberEvent.Disciplined(d(2017, 5, 1), DisciplineForm.REPRIMAND, "QĐ-1", "Đảng ủy", "vắng họp"));

        changes.handOver(new HandOverUnit(teachers, power, d(2017, 6, 1), "QĐ-CG-1", null));
        f.admitted(teachers, "Lý Văn Khoa", d(2017, 8, 1));
        f.record(b, new MemberEvent.Transferred(d(2017, 9, 1), office, "GGT-2"));
        changes.handOver(new HandOverUnit(schools, blocB, d(2018, 1, 1), "QĐ-CG-2", null));
        f.record(c, new MemberEvent.Disciplined(d(2018, 2, 1), DisciplineForm.EXPULSION, "QĐ-2", "Đảng ủy", "vi phạm"));
        f.record(e, new MemberEvent.Died(d(2018, 3, 1)));
        changes.merge(new MergeUnits(List.of(schools), power, d(2018, 6, 1), "QĐ-HN-1"));
        changes.dissolve(new DissolveUnit(teachers, d(2018, 9, 1), "QĐ-GT-1", null));
        f.admitted(office, "Mai Văn Lâm", d(2019, 1, 10));

        List<Long> tallied = List.of(province.value(), blocA.value(), blocB.value(), schools.value(), power.value());
        assertThat(jdbc.sql("select count(*) from target_tally where ancestor_id = any(?)")
                .param(tallied.toArray(Long[]::new)).query(Long.class).single()).isPositive();
        int compared = 0;
        for (Measure measure : catalog.all()) {
            if (!(measure.source() instanceof TalliedMeasureSource source)) {
                continue;
            }
            LocalDate from = measure.kind() == MeasureKind.STOCK ? LocalDate.MIN : d(2000, 1, 1);
            LocalDate to = d(2030, 1, 1);
            assertThat(byDay(source.deltas(tallied, from, to))).as(measure.code())
                    .isEqualTo(byDay(source.records(tallied, from, to)));
            compared++;
        }
        assertThat(compared).isEqualTo(13);
        // the figures a reader sees, as a check of the comparison itself
        MeasureValues members = catalog.values(catalog.find(BuiltInMeasures.MEMBERS).orElseThrow(), List.of(blocB),
                d(2016, 1, 1), d(2019, 12, 31));
        // on 1/6/2017: Cường and An in the grid, Bình and Giàu in the teachers' branch just received
        assertThat(members.level(blocB.value(), d(2017, 6, 1)).numerator()).isEqualTo(4);
        assertThat(members.level(blocB.value(), d(2017, 5, 31)).numerator()).isEqualTo(2);

        Map<String, Long> before = snapshot(tallied);
        totalsEqualTheRecords(tallied);
        jdbc.sql("select target_tally_rebuild()").query((rs, n) -> null).list();
        assertThat(snapshot(tallied)).isEqualTo(before);
        totalsEqualTheRecords(tallied);
    }

    /**
     * The yearly sums (V89) are the tally's days summed by year, and a roll-up's totals read through
     * them equal the records' figures, for ranges with and without whole years, and for stocks.
     */
    private void totalsEqualTheRecords(List<Long> tallied) {
        assertThat(yearly(tallied)).isNotEmpty().isEqualTo(yearlyFromDays(tallied));
        List<LocalDate[]> ranges = List.of(new LocalDate[] {d(2016, 1, 1), d(2019, 12, 31)},
                new LocalDate[] {d(2016, 6, 1), d(2018, 3, 1)}, new LocalDate[] {d(2017, 1, 1), d(2017, 12, 31)},
                new LocalDate[] {d(2017, 2, 3), d(2017, 11, 30)}, new LocalDate[] {d(2017, 6, 1), d(2018, 5, 31)},
                new LocalDate[] {d(2018, 1, 1), d(2018, 1, 1)});
        int compared = 0;
        for (Measure measure : catalog.all()) {
            if (!(measure.source() instanceof TalliedMeasureSource source)) {
                continue;
            }
            List<LocalDate[]> asked = measure.kind() == MeasureKind.STOCK
                    ? List.of(new LocalDate[] {LocalDate.MIN, d(2017, 5, 31)}, new LocalDate[] {LocalDate.MIN, d(2017, 6, 1)},
                            new LocalDate[] {LocalDate.MIN, d(2017, 12, 31)}, new LocalDate[] {LocalDate.MIN, d(2018, 1, 1)},
                            new LocalDate[] {LocalDate.MIN, d(2019, 12, 31)}, new LocalDate[] {LocalDate.MIN, d(2030, 1, 1)})
                    : ranges;
            for (LocalDate[] range : asked) {
                Map<Long, Long> totals = new TreeMap<>();
                source.totals(tallied, range[0], range[1]).forEach(t -> totals.merge(t.root(), t.numerator(), Long::sum));
                totals.values().removeIf(v -> v == 0);
                Map<Long, Long> expected = new TreeMap<>();
                source.records(tallied, LocalDate.MIN, range[1]).stream()
                        .filter(t -> !t.day().isBefore(range[0]))
                        .forEach(t -> expected.merge(t.root(), t.numerator(), Long::sum));
                expected.values().removeIf(v -> v == 0);
                assertThat(totals).as(measure.code() + " " + range[0] + " – " + range[1]).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(13 * 6);
    }

    private Map<String, Long> yearly(List<Long> roots) {
        return sums("select ancestor_id, measure, year, num from target_tally_year where ancestor_id = any(?) and num <> 0",
                roots);
    }

    private Map<String, Long> yearlyFromDays(List<Long> roots) {
        return sums("""
                select ancestor_id, measure, extract(year from day)::int, sum(num) from target_tally
                 where ancestor_id = any(?) group by 1, 2, 3 having sum(num) <> 0
                """, roots);
    }

    private Map<String, Long> sums(String sql, List<Long> roots) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql(sql).param(roots.toArray(Long[]::new))
                .query((rs, n) -> rows.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getLong(4)))
                .list();
        return rows;
    }

    /** Root → day → count, without the days on which nothing changes in the end. */
    private static Map<Long, Map<LocalDate, Long>> byDay(List<Delta> deltas) {
        Map<Long, Map<LocalDate, Long>> out = new TreeMap<>();
        for (Delta delta : deltas) {
            out.computeIfAbsent(delta.root(), r -> new TreeMap<>()).merge(delta.day(), delta.numerator(), Long::sum);
        }
        out.values().forEach(days -> days.values().removeIf(v -> v == 0));
        out.values().removeIf(Map::isEmpty);
        return out;
    }

    private Map<String, Long> snapshot(List<Long> roots) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select ancestor_id, measure, day, num from target_tally where ancestor_id = any(?) and num <> 0")
                .param(roots.toArray(Long[]::new))
                .query((rs, n) -> rows.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getObject(3, LocalDate.class),
                        rs.getLong(4)))
                .list();
        return rows;
    }
}
