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
 * The pre-computed transfers (V88) equal the transfers computed from the records, for every unit
 * and day, in and out, after transfers within a committee, between committees and between
 * provinces, hand-overs dated before and after them, a merge, a dissolution, and statements that
 * change events and periods directly as an import would; and a full rebuild reproduces the table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransferTallyIT {

    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired MeasureCatalog catalog;
    @Autowired JdbcClient jdbc;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void theTransfersEqualARecomputationFromTheRecords() {
        Fixtures f = new Fixtures(changes, registry);
        LocalDate start = d(2016, 5, 19);
        UnitId province = f.province("Tỉnh ủy Sóc Trăng");
        UnitId blocA = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Cơ quan", start);
        UnitId blocB = f.unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối Doanh nghiệp", start);
        UnitId office = f.unit(blocA, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Văn phòng", start);
        UnitId clerks = f.unit(office, UnitType.BRANCH, "Chi bộ Hành chính", start);
        UnitId drivers = f.unit(office, UnitType.BRANCH, "Chi bộ Tổ xe", start);
        UnitId port = f.unit(blocB, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Cảng", start);
        UnitId dock = f.unit(port, UnitType.BRANCH, "Chi bộ Bến", start);
        UnitId bank = f.unit(province, UnitType.GRASSROOTS_BRANCH, "Chi bộ Ngân hàng", start);
        UnitId other = f.province("Tỉnh ủy Bạc Liêu");
        UnitId otherPort = f.unit(other, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Cảng cá", start);
        UnitId fishers = f.unit(otherPort, UnitType.BRANCH, "Chi bộ Tàu cá", start);
        f.introducers(clerks);

        MemberId a = f.official(clerks, "Nguyễn Văn An");
        MemberId b = f.official(drivers, "Trần Thị Bình");
        MemberId c = f.official(dock, "Lê Văn Cường");
        MemberId e = f.official(bank, "Võ Thị Em");
        MemberId g = f.official(fishers, "Phan Văn Giang");
        f.record(a, new MemberEvent.Transferred(d(2017, 4, 1), drivers, "GGT-1"));   // within the office
        f.record(e, new MemberEvent.Transferred(d(2017, 4, 10), clerks, "GGT-2"));   // bank → bloc A
        f.record(b, new MemberEvent.Transferred(d(2017, 5, 1), dock, "GGT-3"));      // bloc A → bloc B
        f.record(c, new MemberEvent.Transferred(d(2017, 6, 1), fishers, "GGT-4"));   // out of the province
        f.record(g, new MemberEvent.Transferred(d(2017, 6, 2), bank, "GGT-5"));      // into the province
        long before = jdbc.sql("select count(*) from target_transfer where unit_id = ?").param(blocB.value())
                .query(Long.class).single();
        assertThat(before).as("bloc B received Bình and sent Cường away").isEqualTo(2);

        // the office handed over to bloc B before Bình's transfer: it becomes a transfer within bloc B
        changes.handOver(new HandOverUnit(office, blocB, d(2017, 4, 20), "QĐ-CG-1", null));
        f.record(a, new MemberEvent.Transferred(d(2017, 8, 1), fishers, "GGT-6"));
        changes.merge(new MergeUnits(List.of(port), office, d(2018, 1, 1), "QĐ-HN-1"));
        f.record(b, new MemberEvent.Transferred(d(2018, 2, 1), bank, "GGT-7"));
        changes.dissolve(new DissolveUnit(dock, d(2018, 3, 1), "QĐ-GT-1", null));

        List<Long> units = List.of(province.value(), blocA.value(), blocB.value(), office.value(), clerks.value(),
                drivers.value(), port.value(), dock.value(), bank.value(), other.value(), otherPort.value(),
                fishers.value());
        compare(units);
        assertThat(jdbc.sql("select count(*) from target_transfer where unit_id = ?").param(blocB.value())
                .query(Long.class).single()).as("after the hand-over Bình's first transfer is within bloc B; Cường, An and Bình (from the merged dock) leave it")
                .isEqualTo(3);

        // an import's statements: a transfer's branch and a period's branch rewritten, a transfer removed
        jdbc.sql("update member_event set unit_id = ? where member_id = ? and kind = 'Transferred' and occurred_on = ?")
                .params(clerks.value(), g.value(), d(2017, 6, 2)).update();
        jdbc.sql("update member_period set unit_id = ? where member_id = ? and valid_to = ?")
                .params(dock.value(), e.value(), d(2017, 4, 10)).update();
        jdbc.sql("delete from member_event where member_id = ? and kind = 'Transferred' and occurred_on = ?")
                .params(a.value(), d(2017, 8, 1)).update();
        compare(units);

        Map<String, Long> snapshot = snapshot(units);
        jdbc.sql("select target_transfer_rebuild()").query((rs, n) -> null).list();
        assertThat(snapshot(units)).isEqualTo(snapshot).isNotEmpty();
    }

    /** Every unit alone (the small units' order) and all at once (the large), in and out, day by day. */
    private void compare(List<Long> units) {
        int compared = 0;
        for (String code : List.of(BuiltInMeasures.TRANSFERRED_IN, BuiltInMeasures.TRANSFERRED_OUT)) {
            TransferTally tally = (TransferTally) catalog.find(code).orElseThrow().source();
            LocalDate from = d(2000, 1, 1);
            LocalDate to = d(2030, 1, 1);
            assertThat(byDay(tally.deltas(units, from, to))).as(code).isEqualTo(byDay(tally.records(units, from, to)))
                    .isNotEmpty();
            for (long unit : units) {
                assertThat(byDay(tally.deltas(List.of(unit), from, to))).as(code + " " + unit)
                        .isEqualTo(byDay(tally.records(List.of(unit), from, to)));
                compared++;
            }
            // a roll-up's totals
            Map<Long, Long> totals = new TreeMap<>();
            tally.totals(units, d(2017, 1, 1), d(2017, 12, 31)).forEach(t -> totals.put(t.root(), t.numerator()));
            Map<Long, Long> expected = new TreeMap<>();
            tally.records(units, d(2017, 1, 1), d(2017, 12, 31))
                    .forEach(t -> expected.merge(t.root(), t.numerator(), Long::sum));
            assertThat(totals).as(code).isEqualTo(expected);
        }
        assertThat(compared).isEqualTo(2 * units.size());
    }

    /** Root → day → count. */
    private static Map<Long, Map<LocalDate, Long>> byDay(List<Delta> deltas) {
        Map<Long, Map<LocalDate, Long>> out = new TreeMap<>();
        for (Delta delta : deltas) {
            out.computeIfAbsent(delta.root(), r -> new TreeMap<>()).merge(delta.day(), delta.numerator(), Long::sum);
        }
        return out;
    }

    private Map<String, Long> snapshot(List<Long> units) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("""
                select unit_id, inward, day, count(*) from target_transfer where unit_id = any(?)
                 group by 1, 2, 3
                """).param(units.toArray(Long[]::new))
                .query((rs, n) -> rows.put(rs.getLong(1) + "/" + rs.getBoolean(2) + "/" + rs.getObject(3, LocalDate.class),
                        rs.getLong(4)))
                .list();
        return rows;
    }
}
