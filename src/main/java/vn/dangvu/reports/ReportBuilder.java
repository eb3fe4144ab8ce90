package vn.dangvu.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.meetings.ConferenceDirectory;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.reports.ReportModel.Column;
import vn.dangvu.reports.ReportModel.Consolidation;
import vn.dangvu.reports.ReportModel.Figure;
import vn.dangvu.reports.ReportModel.Section;
import vn.dangvu.reports.ReportModel.SubordinateRow;
import vn.dangvu.reports.ReportModel.TargetRow;
import vn.dangvu.reports.ReportModel.TargetsTable;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.Partial;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.ProgressViews.Dashboard;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.RollUps;
import vn.dangvu.targets.RollUps.MeasureRollUp;
import vn.dangvu.targets.RollUps.RollUp;
import vn.dangvu.targets.TargetDirectory;
import vn.dangvu.targets.TargetProgress;

/**
 * Builds a unit's report for a period from the catalog's measures (by code), its resolution's
 * targets read on the period's last day, and its subordinates' figures through the targets'
 * roll-up, so a superior's report combines them by the same rules as the targets pages.
 */
@Service
@Transactional(readOnly = true)
public class ReportBuilder {

    private final OrganizationTree tree;
    private final MeasureCatalog catalog;
    private final TargetProgress progress;
    private final TargetDirectory directory;
    private final RollUps rollUps;
    private final ConferenceDirectory conferences;

    ReportBuilder(OrganizationTree tree, MeasureCatalog catalog, TargetProgress progress, TargetDirectory directory,
            RollUps rollUps, ConferenceDirectory conferences) {
        this.conferences = conferences;
        this.tree = tree;
        this.catalog = catalog;
        this.progress = progress;
        this.directory = directory;
        this.rollUps = rollUps;
    }

    /** The period of a review of the kind for the unit (its term read on the last day of the year asked or {@code to}). */
    public ReportPeriod period(UnitId unit, ReportKind kind, int year, LocalDate from, LocalDate to) {
        LocalDate probe = kind.needsTerm() ? (to != null ? to : LocalDate.of(year, 12, 31)) : LocalDate.of(year, 1, 1);
        var term = kind.needsTerm() ? tree.termOn(unit, probe).orElse(null) : null;
        return ReportPeriod.of(kind, year, term, from, to);
    }

    /**
     * The report. {@code scope} limits the subordinates' table to units the reader may read today
     * (empty: no limit); the unit's own figures always count its whole subtree.
     */
    public ReportModel build(UnitId unitId, ReportPeriod period, Optional<Set<UnitId>> scope) {
        LocalDate to = period.to();
        UnitView unit = tree.find(unitId, to).orElseThrow(() -> new NotFoundException("unit", unitId));
        ProgressSettings settings = directory.settings(unitId);
        var term = tree.termOn(unitId, to).map(t -> new ReportModel.Term(t.startYear(), t.endYear(), t.congress().roman()));

        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : ReportMeasures.SECTIONS.entrySet()) {
            List<Figure> figures = new ArrayList<>();
            for (String code : entry.getValue()) {
                catalog.find(code).ifPresent(m -> figures.add(figure(m, unitId, period, settings)));
            }
            if (!figures.isEmpty()) {
                sections.add(new Section(entry.getKey(), List.copyOf(figures)));
            }
        }
        Optional<TargetsTable> targets = progress.dashboard(unitId, to).map(d -> table(d, to));
        Optional<Consolidation> consolidation = consolidation(unitId, period, scope, settings);
        return new ReportModel(new ReportModel.Unit(unit.id().value(), unit.code(), unit.name(), unit.type(),
                unit.superior() == null ? null : unit.superior().value(), unit.superiorName()), period, term.orElse(null), List.copyOf(sections), targets, consolidation,
                settings, conferences(unitId, period));
    }

    /** The conferences the unit itself held in the period, oldest first. */
    private List<ReportModel.Conference> conferences(UnitId unit, ReportPeriod period) {
        return conferences.list(unit, period.from(), period.to()).stream()
                .sorted(java.util.Comparator.comparing(ConferenceView::heldOn))
                .map(c -> new ReportModel.Conference(c.heldOn(), c.title(),
                        c.guests().stream().map(vn.dangvu.meetings.ConferenceViews.Guest::line).toList(),
                        c.attendancePhrase()))
                .toList();
    }

    private Figure figure(Measure m, UnitId unit, ReportPeriod period, ProgressSettings settings) {
        Partial p = catalog.totals(m, List.of(unit), period.from(), period.to()).getOrDefault(unit.value(), Partial.ZERO);
        BigDecimal value = p.value(m.kind());
        return new Figure(m.code(), m.labelKey(), m.kind(), p.numerator(), p.denominator(),
                m.isShare() ? settings.round(value) : value);
    }

    private TargetsTable table(Dashboard d, LocalDate to) {
        List<TargetRow> rows = new ArrayList<>();
        for (TargetLine line : d.lines()) {
            var t = line.target();
            var r = line.reading();
            rows.add(new TargetRow(t.number(), t.title(), t.unitLabel(), t.quantity(), t.direction() == Direction.LESS,
                    t.goal(), r.value() == null ? null : line.kind() == vn.dangvu.targets.MeasureKind.SHARE
                            ? d.settings().round(r.value()) : r.value(),
                    r.percent(), Verdict.of(r, line.window().end(), to, d.settings())));
        }
        return new TargetsTable(d.resolution().resolution().title(), List.copyOf(rows), d.summary());
    }

    private Optional<Consolidation> consolidation(UnitId unit, ReportPeriod period, Optional<Set<UnitId>> scope,
            ProgressSettings settings) {
        List<String> codes = ReportMeasures.CONSOLIDATED.stream().filter(c -> catalog.find(c).isPresent()).toList();
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        RollUp rollUp = rollUps.of(unit, period.to(), period.from(), codes, scope);
        if (rollUp.measures().isEmpty() || rollUp.measures().getFirst().rows().isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = rollUp.measures().stream()
                .map(m -> new Column(m.measure().code(), m.measure().labelKey(), m.measure().kind())).toList();
        List<MeasureRollUp> measures = rollUp.measures();
        int n = measures.getFirst().rows().size();
        List<SubordinateRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var first = measures.getFirst().rows().get(i);
            List<BigDecimal> values = new ArrayList<>();
            for (MeasureRollUp m : measures) {
                BigDecimal v = m.rows().get(i).value();
                values.add(m.measure().isShare() ? settings.round(v) : v);
            }
            rows.add(new SubordinateRow(first.code(), first.name(), java.util.Collections.unmodifiableList(values)));
        }
        List<BigDecimal> combined = new ArrayList<>();
        for (MeasureRollUp m : measures) {
            combined.add(m.measure().isShare() ? settings.round(m.combinedValue()) : m.combinedValue());
        }
        return Optional.of(new Consolidation(columns, List.copyOf(rows),
                java.util.Collections.unmodifiableList(combined)));
    }
}
