package vn.dangvu.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.SummaryLine;

/**
 * Everything a report states, as of its last day, before any rendering. Figures hold what the
 * catalog gave: a measure missing from it has no line here.
 */
public record ReportModel(Unit unit, ReportPeriod period, Term term, List<Section> sections,
        Optional<TargetsTable> targets, Optional<Consolidation> consolidation, ProgressSettings settings,
        List<Conference> conferences) {

    public ReportModel {
        conferences = conferences == null ? List.of() : List.copyOf(conferences);
    }

    /** A report without conferences (none held in the period, or none recorded). */
    public ReportModel(Unit unit, ReportPeriod period, Term term, List<Section> sections, Optional<TargetsTable> targets,
            Optional<Consolidation> consolidation, ProgressSettings settings) {
        this(unit, period, term, sections, targets, consolidation, settings, List.of());
    }

    /**
     * A conference the unit held in the period, as the reports name it: its day, its title, the guests
     * from the superior committee ("name, title") and the attendance ("62 đảng viên của 06 chi bộ"; empty
     * when not known).
     */
    public record Conference(java.time.LocalDate heldOn, String title, List<String> guests, String attendance) {
    }

    /** {@code superiorId} and {@code superiorName} are null at the top of the tree or out of the reader's reach. */
    public record Unit(long id, String code, String name, UnitType type, Long superiorId, String superiorName) {
    }

    /** The same report without the superior's name: for a reader who may not read the superior. */
    public ReportModel withoutSuperior() {
        return new ReportModel(new Unit(unit.id(), unit.code(), unit.name(), unit.type(), null, null), period, term,
                sections, targets, consolidation, settings, conferences);
    }

    /** The term in force on the last day: its years and its congress in Roman numerals. */
    public record Term(int startYear, int endYear, String congress) {
    }

    /**
     * One measure's figure over the period (a flow or share) or on its last day (a stock). For a share
     * {@code value} is the percentage already shortened as the committee chooses.
     */
    public record Figure(String code, String labelKey, MeasureKind kind, long numerator, long denominator,
            BigDecimal value) {

        public boolean share() {
            return kind == MeasureKind.SHARE;
        }
    }

    /** {@code key} names the section: members, organization, training, meetings, inspection, ratings. */
    public record Section(String key, List<Figure> figures) {

        public String titleKey() {
            return "reports.section." + key;
        }

        public Optional<Figure> figure(String code) {
            return figures.stream().filter(f -> f.code().equals(code)).findFirst();
        }
    }

    /** A row of the targets table. {@code result} and {@code percent} are null when there is nothing to read. */
    public record TargetRow(int number, String title, String unitLabel, Quantity quantity, boolean lessIsBetter,
            BigDecimal goal, BigDecimal result, BigDecimal percent, Verdict verdict) {
    }

    public record TargetsTable(String resolutionTitle, List<TargetRow> rows, SummaryLine summary) {
    }

    /** A column of the subordinates' table: a measure. */
    public record Column(String code, String labelKey, MeasureKind kind) {
    }

    /** A subordinate's figures, in the order of the columns (null: a share of nobody). */
    public record SubordinateRow(String code, String name, List<BigDecimal> values) {
    }

    /** The subordinates unit by unit, and their figures combined by the roll-up's rules. */
    public record Consolidation(List<Column> columns, List<SubordinateRow> rows, List<BigDecimal> combined) {
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Figure> figure(String code) {
        return sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.code().equals(code)).findFirst();
    }
}
