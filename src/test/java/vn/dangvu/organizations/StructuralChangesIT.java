package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.MergeIntoNewUnit;
import vn.dangvu.organizations.Commands.MergeUnits;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.Commands.SplitPart;
import vn.dangvu.organizations.Commands.SplitUnit;
import vn.dangvu.platform.RuleViolation;

@SpringBootTest
class StructuralChangesIT {

    @Autowired StructuralChanges changes;
    @Autowired OrganizationTree tree;
    @Autowired JdbcClient jdbc;

    private static int seq;

    private String code(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + (seq++);
    }

    private UnitId province() {
        return changes.establish(new EstablishUnit(code("P"), "Thành ủy Cần Thơ", UnitType.PROVINCIAL_COMMITTEE, null,
                LocalDate.of(2004, 1, 1), null, null));
    }

    private UnitId under(UnitId superior, UnitType type, String name, LocalDate on) {
        return changes.establish(new EstablishUnit(code("U"), name, type, superior, on, null, null));
    }

    @Test
    void treeAsOfAnyDateFollowsHandOvers() {
        UnitId province = province();
        UnitId blocA = under(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối A", LocalDate.of(2010, 1, 1));
        UnitId blocB = under(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối B", LocalDate.of(2010, 1, 1));
        UnitId grassroots = under(blocA, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Liên đoàn Lao động", LocalDate.of(2012, 3, 1));
        UnitId branch = under(grassroots, UnitType.BRANCH, "Chi bộ Văn phòng", LocalDate.of(2012, 3, 1));

        changes.handOver(new HandOverUnit(grassroots, blocB, LocalDate.of(2018, 6, 1), "Quyết định 12", null));

        assertThat(tree.isWithin(branch, blocA, LocalDate.of(2018, 5, 31))).isTrue();
        assertThat(tree.isWithin(branch, blocB, LocalDate.of(2018, 5, 31))).isFalse();
        assertThat(tree.isWithin(branch, blocB, LocalDate.of(2018, 6, 1))).isTrue();
        assertThat(tree.isWithin(branch, blocA, LocalDate.of(2018, 6, 1))).isFalse();
        assertThat(tree.countsByType(blocA, LocalDate.of(2015, 1, 1)))
                .containsEntry(UnitType.GRASSROOTS_COMMITTEE, 1L).containsEntry(UnitType.BRANCH, 1L);
        assertThat(tree.countsByType(blocA, LocalDate.of(2019, 1, 1)))
                .containsEntry(UnitType.GRASSROOTS_COMMITTEE, 0L).containsEntry(UnitType.BRANCH, 0L);
        assertThat(tree.superiorChain(branch, LocalDate.of(2019, 1, 1))).extracting(s -> s.id())
                .containsExactly(province, blocB, grassroots);
        assertThat(tree.timeline(blocB)).extracting(e -> e.kind()).contains(UnitEventKind.HANDED_OVER);
    }

    @Test
    void refusesCycleAndLeavesNothingChanged() {
        UnitId province = province();
        UnitId upper = under(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy Khối", LocalDate.of(2010, 1, 1));
        UnitId lower = under(upper, UnitType.UPPER_GRASSROOTS_COMMITTEE, "Đảng ủy cấp dưới", LocalDate.of(2011, 1, 1));
        long eventsBefore = jdbc.sql("select count(*) from org_unit_event").query(Long.class).single();

        assertThatThrownBy(() -> changes.handOver(new HandOverUnit(upper, lower, LocalDate.of(2015, 1, 1), null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("organizations.no-cycle"));

        assertThat(jdbc.sql("select count(*) from org_unit_event").query(Long.class).single()).isEqualTo(eventsBefore);
        assertThat(tree.find(upper, LocalDate.of(2016, 1, 1)).orElseThrow().superior()).isEqualTo(province);
    }

    @Test
    void refusesPlacementDissolvedSuperiorAndDatesOutsideLifespan() {
        UnitId province = province();
        UnitId grassroots = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Trường", LocalDate.of(2010, 1, 1));
        UnitId branch = under(grassroots, UnitType.BRANCH, "Chi bộ Giáo viên", LocalDate.of(2010, 1, 1));

        assertRule(() -> under(branch, UnitType.BRANCH, "Chi bộ con", LocalDate.of(2012, 1, 1)), "organizations.placement");
        assertRule(() -> under(province, UnitType.SUB_COMMITTEE, "Đảng bộ bộ phận", LocalDate.of(2012, 1, 1)),
                "organizations.placement");
        assertRule(() -> under(grassroots, UnitType.BRANCH, "Chi bộ sớm", LocalDate.of(2009, 1, 1)),
                "organizations.within-lifespan");

        changes.dissolve(new DissolveUnit(branch, LocalDate.of(2015, 1, 1), null, null));
        assertRule(() -> changes.rename(new RenameUnit(branch, "Tên mới", LocalDate.of(2016, 1, 1), null)),
                "organizations.within-lifespan");
        UnitId emptyCommittee = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Xã", LocalDate.of(2010, 1, 1));
        changes.dissolve(new DissolveUnit(emptyCommittee, LocalDate.of(2020, 1, 1), null, null));
        assertRule(() -> under(emptyCommittee, UnitType.BRANCH, "Chi bộ ấp", LocalDate.of(2021, 1, 1)),
                "organizations.superior-exists");
    }

    @Test
    void refusesDissolvingAUnitWithSubordinatesAndDuplicateCodes() {
        UnitId province = province();
        UnitId grassroots = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Phường", LocalDate.of(2010, 1, 1));
        under(grassroots, UnitType.BRANCH, "Chi bộ Khu vực 1", LocalDate.of(2010, 1, 1));
        assertRule(() -> changes.dissolve(new DissolveUnit(grassroots, LocalDate.of(2015, 1, 1), null, null)),
                "organizations.subordinates-first");
        String taken = code("DUP");
        changes.establish(new EstablishUnit(taken, "Chi bộ A", UnitType.BRANCH, grassroots, LocalDate.of(2011, 1, 1), null, null));
        assertRule(() -> changes.establish(new EstablishUnit(taken.toLowerCase(), "Chi bộ B", UnitType.BRANCH, grassroots,
                LocalDate.of(2011, 1, 1), null, null)), "organizations.unique-code");
    }

    @Test
    void renameKeepsTheOldNameForPastDates() {
        UnitId province = province();
        UnitId unit = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Cơ quan cũ", LocalDate.of(2010, 1, 1));
        changes.rename(new RenameUnit(unit, "Đảng bộ Cơ quan mới", LocalDate.of(2020, 7, 1), "QĐ 5"));
        assertThat(tree.find(unit, LocalDate.of(2020, 6, 30)).orElseThrow().name()).isEqualTo("Đảng bộ Cơ quan cũ");
        assertThat(tree.find(unit, LocalDate.of(2020, 7, 1)).orElseThrow().name()).isEqualTo("Đảng bộ Cơ quan mới");
        assertThat(tree.search("co quan moi", LocalDate.of(2021, 1, 1), 0, 10).items())
                .extracting(s -> s.id()).contains(unit);
    }

    @Test
    void mergeMovesSubordinatesAndEndsTheSources() {
        UnitId province = province();
        UnitId a = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ A", LocalDate.of(2010, 1, 1));
        UnitId b = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ B", LocalDate.of(2010, 1, 1));
        UnitId branchOfA = under(a, UnitType.BRANCH, "Chi bộ 1", LocalDate.of(2010, 1, 1));
        changes.merge(new MergeUnits(List.of(a), b, LocalDate.of(2020, 1, 1), null));

        assertThat(tree.find(a, LocalDate.of(2020, 1, 1)).orElseThrow().existsOnDate()).isFalse();
        assertThat(tree.isWithin(branchOfA, b, LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(tree.isWithin(branchOfA, a, LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(tree.countsByType(province, LocalDate.of(2020, 1, 1)))
                .containsEntry(UnitType.GRASSROOTS_COMMITTEE, 1L);

        UnitId c = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ C", LocalDate.of(2010, 1, 1));
        UnitId merged = changes.mergeIntoNew(new MergeIntoNewUnit(List.of(b, c), code("M"), "Đảng bộ Hợp nhất",
                UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2022, 1, 1), null));
        assertThat(tree.isWithin(branchOfA, merged, LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(tree.countsByType(province, LocalDate.of(2022, 1, 1)))
                .containsEntry(UnitType.GRASSROOTS_COMMITTEE, 1L);
    }

    @Test
    void splitDistributesSubordinates() {
        UnitId province = province();
        UnitId source = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Gốc", LocalDate.of(2010, 1, 1));
        UnitId b1 = under(source, UnitType.BRANCH, "Chi bộ 1", LocalDate.of(2010, 1, 1));
        UnitId b2 = under(source, UnitType.BRANCH, "Chi bộ 2", LocalDate.of(2010, 1, 1));
        assertRule(() -> changes.split(new SplitUnit(source, List.of(new SplitPart(code("S"), "Đảng bộ Tách 1", List.of(b1))),
                LocalDate.of(2020, 1, 1), true, null)), "organizations.subordinates-first");

        List<UnitId> parts = changes.split(new SplitUnit(source, List.of(
                new SplitPart(code("S"), "Đảng bộ Tách 1", List.of(b1)),
                new SplitPart(code("S"), "Đảng bộ Tách 2", List.of(b2))), LocalDate.of(2020, 1, 1), true, null));
        assertThat(tree.isWithin(b1, parts.get(0), LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(tree.isWithin(b2, parts.get(1), LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(tree.find(source, LocalDate.of(2020, 1, 1)).orElseThrow().existsOnDate()).isFalse();
    }

    @Test
    void termsFollowEachOtherWithoutOverlap() {
        UnitId province = province();
        UnitId unit = under(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Khu công nghiệp", LocalDate.of(2016, 5, 19));
        changes.openTerm(new OpenTerm(unit, 1, LocalDate.of(2016, 5, 19), 2016, 2020));
        changes.openTerm(new OpenTerm(unit, 2, LocalDate.of(2020, 7, 1), 2020, 2025));
        assertRule(() -> changes.openTerm(new OpenTerm(unit, 3, LocalDate.of(2022, 1, 1), 2022, 2027)),
                "organizations.terms-in-sequence");
        assertRule(() -> changes.openTerm(new OpenTerm(unit, 1, LocalDate.of(2025, 7, 1), 2025, 2030)),
                "organizations.terms-in-sequence");
        assertThat(tree.termOn(unit, LocalDate.of(2018, 6, 12)).orElseThrow().label()).isEqualTo("2016–2020");
    }

    private static void assertRule(Runnable action, String rule) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.rule()).isEqualTo(rule));
    }
}
