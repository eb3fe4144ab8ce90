package vn.dangvu.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.dangvu.organizations.Commands.ListedUnit;
import vn.dangvu.organizations.ImportPlan.Existing;
import vn.dangvu.organizations.ImportPlan.Problem;
import vn.dangvu.platform.VietnameseText;

class ImportPlanTest {

    private static Optional<UnitType> type(String written) {
        return switch (VietnameseText.fold(written)) {
            case "dang bo truc thuoc trung uong" -> Optional.of(UnitType.PROVINCIAL_COMMITTEE);
            case "dang bo co so" -> Optional.of(UnitType.GRASSROOTS_COMMITTEE);
            case "chi bo truc thuoc" -> Optional.of(UnitType.BRANCH);
            default -> Optional.empty();
        };
    }

    private static SheetReader.Row row(int number, String code, String name, String type, String superior, String day) {
        Map<UnitColumn, String> cells = new EnumMap<>(UnitColumn.class);
        put(cells, UnitColumn.CODE, code);
        put(cells, UnitColumn.NAME, name);
        put(cells, UnitColumn.TYPE, type);
        put(cells, UnitColumn.SUPERIOR, superior);
        put(cells, UnitColumn.ESTABLISHED, day);
        return new SheetReader.Row(number, cells);
    }

    private static void put(Map<UnitColumn, String> cells, UnitColumn column, String value) {
        if (value != null) {
            cells.put(column, value);
        }
    }

    private static ImportPlan plan(Map<String, Existing> existing, SheetReader.Row... rows) {
        return new ImportPlan.Rows(List.of(rows), ImportPlanTest::type, "…").plan(existing, true);
    }

    @Test
    void putsSuperiorsBeforeTheirSubordinatesWhateverTheFileOrder() {
        ImportPlan plan = plan(Map.of(),
                row(2, "cb1", "Chi bộ 1", "Chi bộ trực thuộc", "DB", "01/02/2020"),
                row(3, "DB", "Đảng bộ cơ sở", "dang bo co so", "TU", "01/01/2020"),
                row(4, "TU", "Tỉnh ủy", "Đảng bộ trực thuộc Trung ương", null, "01/01/2019"));

        assertThat(plan.problems()).isEmpty();
        List<ListedUnit> units = plan.units().units();
        assertThat(units).extracting(u -> u.unit().code()).containsExactly("TU", "DB", "CB1");
        assertThat(units).extracting(ListedUnit::listedSuperior).containsExactly(-1, 0, 1);
        assertThat(plan.rowOf(0)).isEqualTo(4);
        assertThat(plan.rowOf(2)).isEqualTo(2);
    }

    @Test
    void reportsEachMissingOrBadCellWithItsRowAndColumn() {
        ImportPlan plan = plan(Map.of(),
                row(2, null, null, null, null, null),
                row(3, "A", "Tên", "Ủy ban", null, "31/02/2020"));

        assertThat(plan.problems()).extracting(Problem::row, Problem::column, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, UnitColumn.CODE, "workbook.error.code-required"),
                org.assertj.core.groups.Tuple.tuple(2, UnitColumn.NAME, "workbook.error.name-required"),
                org.assertj.core.groups.Tuple.tuple(2, UnitColumn.TYPE, "workbook.error.type-required"),
                org.assertj.core.groups.Tuple.tuple(2, UnitColumn.ESTABLISHED, "workbook.error.date-required"),
                org.assertj.core.groups.Tuple.tuple(3, UnitColumn.TYPE, "workbook.error.type-unknown"),
                org.assertj.core.groups.Tuple.tuple(3, UnitColumn.ESTABLISHED, "workbook.error.date-invalid"));
        assertThat(plan.units().units()).isEmpty();
    }

    @Test
    void findsDuplicateCodesInTheFileAndInTheDatabase() {
        UnitId taken = UnitId.of(7);
        ImportPlan plan = plan(Map.of("OLD", new Existing(taken, true, true)),
                row(2, "TU", "Tỉnh ủy A", "Đảng bộ trực thuộc Trung ương", null, "01/01/2019"),
                row(3, "tu", "Tỉnh ủy B", "Đảng bộ trực thuộc Trung ương", null, "01/01/2019"),
                row(4, "old", "Tỉnh ủy C", "Đảng bộ trực thuộc Trung ương", null, "01/01/2019"));

        assertThat(plan.problems()).extracting(Problem::row, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "workbook.error.code-duplicate"),
                org.assertj.core.groups.Tuple.tuple(4, "workbook.error.code-exists"));
        assertThat(plan.problems().get(0).arguments()).containsExactly("TU", "2");
        assertThat(plan.units().units()).extracting(u -> u.unit().code()).containsExactly("TU");
    }

    @Test
    void resolvesSuperiorsInTheDatabaseAndHidesTheOnesTheUserCannotSee() {
        ImportPlan plan = plan(Map.of(
                        "SEEN", new Existing(UnitId.of(1), true, true),
                        "READONLY", new Existing(UnitId.of(2), true, false),
                        "HIDDEN", new Existing(UnitId.of(3), false, false)),
                row(2, "A", "Đảng bộ A", "Đảng bộ cơ sở", "seen", "01/01/2020"),
                row(3, "B", "Đảng bộ B", "Đảng bộ cơ sở", "READONLY", "01/01/2020"),
                row(4, "C", "Đảng bộ C", "Đảng bộ cơ sở", "HIDDEN", "01/01/2020"),
                row(5, "D", "Đảng bộ D", "Đảng bộ cơ sở", "NOWHERE", "01/01/2020"));

        assertThat(plan.problems()).extracting(Problem::row, Problem::column, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, UnitColumn.SUPERIOR, "workbook.error.superior-forbidden"),
                org.assertj.core.groups.Tuple.tuple(4, UnitColumn.SUPERIOR, "workbook.error.superior-unknown"),
                org.assertj.core.groups.Tuple.tuple(5, UnitColumn.SUPERIOR, "workbook.error.superior-unknown"));
        assertThat(plan.units().units()).singleElement()
                .satisfies(u -> assertThat(u.unit().superior()).isEqualTo(UnitId.of(1)));
    }

    @Test
    void reportsEveryRowOfACycleAndLeavesOutTheRowsUnderIt() {
        ImportPlan plan = plan(Map.of(),
                row(2, "A", "Đảng bộ A", "Đảng bộ cơ sở", "B", "01/01/2020"),
                row(3, "B", "Đảng bộ B", "Đảng bộ cơ sở", "A", "01/01/2020"),
                row(4, "C", "Chi bộ C", "Chi bộ trực thuộc", "A", "01/01/2020"),
                row(5, "S", "Đảng bộ S", "Đảng bộ cơ sở", "S", "01/01/2020"));

        assertThat(plan.problems()).extracting(Problem::row, Problem::column, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, UnitColumn.SUPERIOR, "workbook.error.cycle"),
                org.assertj.core.groups.Tuple.tuple(3, UnitColumn.SUPERIOR, "workbook.error.cycle"),
                org.assertj.core.groups.Tuple.tuple(5, UnitColumn.SUPERIOR, "workbook.error.cycle"));
        assertThat(plan.problems().get(0).arguments()).containsExactly("A → B → A");
        assertThat(plan.problems().get(2).arguments()).containsExactly("S → S");
        assertThat(plan.units().units()).isEmpty();
    }

    @Test
    void leavesOutRowsUnderAFaultyRowWithoutBlamingThem() {
        ImportPlan plan = plan(Map.of(),
                row(2, "TU", "Tỉnh ủy", "Đảng bộ trực thuộc Trung ương", null, "hôm qua"),
                row(3, "DB", "Đảng bộ", "Đảng bộ cơ sở", "TU", "01/01/2020"),
                row(4, "CB", "Chi bộ", "Chi bộ trực thuộc", "DB", "01/01/2020"));

        assertThat(plan.problems()).extracting(Problem::row).containsExactly(2);
        assertThat(plan.units().units()).isEmpty();
    }

    @Test
    void readsDatesAsVietnameseWriteThem() {
        assertThat(ImportPlan.parseDay("03/02/1930")).contains(LocalDate.of(1930, 2, 3));
        assertThat(ImportPlan.parseDay("3/2/1930")).contains(LocalDate.of(1930, 2, 3));
        assertThat(ImportPlan.parseDay("03-02-1930")).contains(LocalDate.of(1930, 2, 3));
        assertThat(ImportPlan.parseDay("03.02.1930")).contains(LocalDate.of(1930, 2, 3));
        assertThat(ImportPlan.parseDay("1930-02-03")).contains(LocalDate.of(1930, 2, 3));
        assertThat(ImportPlan.parseDay("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
        assertThat(ImportPlan.parseDay("29/02/2023")).isEmpty();
        assertThat(ImportPlan.parseDay("13/13/2020")).isEmpty();
        assertThat(ImportPlan.parseDay("02/03/30")).isEmpty();
        assertThat(ImportPlan.parseDay("45000")).isEmpty();
        assertThat(ImportPlan.parseDay("1930-02-30")).isEmpty();
    }
}
