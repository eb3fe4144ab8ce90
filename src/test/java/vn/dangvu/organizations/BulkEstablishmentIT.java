package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.EstablishUnits;
import vn.dangvu.organizations.Commands.ListedUnit;
import vn.dangvu.organizations.UnitsRefused.Refusal;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class BulkEstablishmentIT {

    @Autowired BulkEstablishment bulk;
    @Autowired StructuralChanges changes;
    @Autowired OrganizationTree tree;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private final String p = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";

    private static ListedUnit listed(String code, String name, UnitType type, UnitId superior, LocalDate on) {
        return new ListedUnit(new EstablishUnit(code, name, type, superior, on, null, null), -1);
    }

    private static ListedUnit under(int listed, String code, String name, UnitType type, LocalDate on) {
        return new ListedUnit(new EstablishUnit(code, name, type, null, on, "QĐ " + code, null), listed);
    }

    @Test
    void establishesSuperiorsAndSubordinatesTogetherWithTheirHistory() {
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Bắc Ninh",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));

        List<UnitId> ids = bulk.establish(new EstablishUnits(List.of(
                listed(p + "DB", "Đảng bộ Công ty Viglacera", UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2010, 1, 1)),
                under(0, p + "bp", "Đảng bộ bộ phận Nhà máy", UnitType.SUB_COMMITTEE, LocalDate.of(2011, 1, 1)),
                under(1, p + "CB", "Chi bộ Tổ 1", UnitType.BRANCH, LocalDate.of(2012, 1, 1)))));

        LocalDate day = LocalDate.of(2013, 1, 1);
        assertThat(tree.superiorChain(ids.get(2), day)).extracting(s -> s.id()).containsExactly(province, ids.get(0), ids.get(1));
        assertThat(tree.isWithin(ids.get(2), province, LocalDate.of(2011, 12, 31))).isFalse();
        assertThat(tree.find(ids.get(1), day).orElseThrow().code()).isEqualTo(p + "BP");
        assertThat(tree.timeline(ids.get(2))).filteredOn(e -> e.unit().id().equals(ids.get(2)))
                .extracting(e -> e.kind(), e -> e.decision(), e -> e.to().id())
                .containsExactly(tuple(UnitEventKind.ESTABLISHED, "QĐ " + p + "CB", ids.get(1)));
        assertThat(events.stream(UnitChanged.class).filter(e -> ids.contains(e.unit()))).hasSize(3);
    }

    @Test
    void refusesEveryUnitThatBreaksARuleAndWritesNothing() {
        UnitId province = changes.establish(new EstablishUnit(p + "TU", "Đảng bộ tỉnh Hà Nam",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
        UnitId closed = changes.establish(new EstablishUnit(p + "OLD", "Đảng bộ đã giải thể",
                UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2001, 1, 1), null, null));
        changes.dissolve(new DissolveUnit(closed, LocalDate.of(2005, 1, 1), null, null));
        long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();

        EstablishUnits command = new EstablishUnits(List.of(
                listed(p + "DB", "Đảng bộ xã A", UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2010, 1, 1)),
                under(0, p + "CB", "Chi bộ lập sớm", UnitType.BRANCH, LocalDate.of(2009, 1, 1)),
                under(0, p + "CB2", "Chi bộ ấp 2", UnitType.BRANCH, LocalDate.of(2010, 1, 1)),
                under(2, p + "X", "Chi bộ dưới chi bộ", UnitType.BRANCH, LocalDate.of(2011, 1, 1)),
                listed(p + "cb2", "Chi bộ trùng mã", UnitType.GRASSROOTS_BRANCH, province, LocalDate.of(2010, 1, 1)),
                listed(p + "Y", "Chi bộ dưới đảng bộ đã giải thể", UnitType.BRANCH, closed, LocalDate.of(2010, 1, 1)),
                listed(p + "Z", "Đảng bộ không cấp trên", UnitType.GRASSROOTS_COMMITTEE, null, LocalDate.of(2010, 1, 1))));

        assertThat(bulk.refusals(command)).extracting(Refusal::index, r -> r.violation().rule()).containsExactly(
                tuple(1, "organizations.within-lifespan"),
                tuple(3, "organizations.placement"),
                tuple(4, "organizations.unique-code"),
                tuple(5, "organizations.superior-exists"),
                tuple(6, "organizations.placement"));
        assertThatThrownBy(() -> bulk.establish(command)).isInstanceOfSatisfying(UnitsRefused.class,
                refused -> assertThat(refused.refusals()).hasSize(5));
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(units);
    }

    @Test
    void refusesAListThatNamesASuperiorAfterItsSubordinate() {
        assertThatThrownBy(() -> new EstablishUnits(List.of(
                under(1, p + "A", "Chi bộ A", UnitType.BRANCH, LocalDate.of(2010, 1, 1)),
                listed(p + "B", "Đảng bộ B", UnitType.GRASSROOTS_COMMITTEE, null, LocalDate.of(2010, 1, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
