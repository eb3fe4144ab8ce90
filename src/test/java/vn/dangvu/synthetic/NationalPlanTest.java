package vn.dangvu.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.synthetic.PlannedTree.Unit;

class NationalPlanTest {

    private static final double SCALE = 0.01;

    @Test
    void sameSeedGivesTheSameTreeAndAnotherSeedAnotherOne() {
        PlannedTree a = NationalPlan.plan(SCALE, 42, 1);
        PlannedTree b = NationalPlan.plan(SCALE, 42, 1);
        PlannedTree c = NationalPlan.plan(SCALE, 43, 1);

        assertThat(fingerprint(b)).isEqualTo(fingerprint(a));
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(fingerprint(c)).isNotEqualTo(fingerprint(a));
    }

    @Test
    void todayHasThe34ProvincesAnd6CentralBlocsAndBefore2025The63Provinces() {
        PlannedTree tree = NationalPlan.plan(SCALE, 1, 1);

        assertThat(count(tree, UnitType.PROVINCIAL_COMMITTEE, LocalDate.of(2026, 6, 30))).isEqualTo(40);
        assertThat(count(tree, UnitType.PROVINCIAL_COMMITTEE, LocalDate.of(2020, 1, 1))).isEqualTo(63 + 4);
        assertThat(alive(tree, LocalDate.of(2026, 6, 30)).filter(u -> u.kind == PlannedTree.Kind.DISTRICT).count())
                .isZero();
        assertThat(alive(tree, LocalDate.of(2025, 6, 30)).filter(u -> u.kind == PlannedTree.Kind.DISTRICT).count())
                .isGreaterThanOrEqualTo(63);
        assertThat(tree.units()).extracting(u -> u.name()).allMatch(n -> n.startsWith("Đảng bộ") || n.startsWith("Chi bộ"));
    }

    @Test
    void everyChangeToAUnitComesAfterTheLastOneAndWithinItsLifespan() {
        PlannedTree tree = NationalPlan.plan(SCALE, 7, 1);
        for (Unit unit : tree.units()) {
            List<LocalDate> changes = new ArrayList<>(unit.nameFrom.subList(1, unit.nameFrom.size()));
            if (!unit.linkFrom.isEmpty()) {
                changes.addAll(unit.linkFrom.subList(1, unit.linkFrom.size()));
            }
            if (!unit.alive()) {
                changes.add(unit.dissolved);
            }
            assertThat(new HashSet<>(changes)).as("one change a day for %s", unit).hasSize(changes.size());
            assertThat(changes).allMatch(d -> d.isAfter(unit.established), "after establishment of " + unit);
            for (int i = 0; i < unit.linkParent.size(); i++) {
                Unit parent = unit.linkParent.get(i);
                LocalDate from = unit.linkFrom.get(i);
                LocalDate to = i + 1 < unit.linkFrom.size() ? unit.linkFrom.get(i + 1) : unit.dissolved;
                assertThat(unit.type.mayStandUnder(parent.type)).as("%s under %s", unit, parent).isTrue();
                assertThat(!from.isBefore(parent.established) && !to.isAfter(parent.dissolved))
                        .as("%s under %s from %s to %s", unit, parent, from, to).isTrue();
            }
        }
    }

    @Test
    void codesAreUniqueAndValid() {
        PlannedTree tree = NationalPlan.plan(SCALE, 3, 1);
        Set<String> codes = tree.units().stream().map(u -> u.code).collect(Collectors.toSet());

        assertThat(codes).hasSize(tree.units().size());
        assertThat(codes).allMatch(c -> c.matches("[A-Z0-9][A-Z0-9._-]{0,31}"));
    }

    private static Map<String, String> fingerprint(PlannedTree tree) {
        return tree.units().stream().collect(Collectors.toMap(u -> u.code,
                u -> u.names + "|" + u.established + "|" + u.dissolved + "|" + u.linkFrom
                        + u.linkParent.stream().map(p -> p.code).toList(), (x, y) -> x));
    }

    private static java.util.stream.Stream<Unit> alive(PlannedTree tree, LocalDate on) {
        return tree.units().stream().filter(u -> u.aliveOn(on));
    }

    private static long count(PlannedTree tree, UnitType type, LocalDate on) {
        return alive(tree, on).filter(u -> u.type == type).count();
    }
}
