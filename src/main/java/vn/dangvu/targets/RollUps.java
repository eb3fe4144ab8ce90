package vn.dangvu.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.TargetDirectory.ResolutionView;

/**
 * A superior's view of its subordinates, measure by measure: each subordinate's figure, the figures
 * combined the right way, and which subordinates are behind on their own targets. The subordinates
 * are those standing under the superior on the date asked; each measure is one grouped query over
 * all of them.
 *
 * <p>The combining rules: counts are summed; a share is recomputed from the summed numerators and
 * denominators, never averaged; a stock is each unit's level on the date, summed — never summed
 * over periods.
 */
@Service
@Transactional(readOnly = true)
public class RollUps {

    /** The subordinates' row for one measure. {@code target} is the subordinate's own target on it, if any. */
    public record Row(UnitId unit, String code, String name, Partial partial, BigDecimal value, TargetLine target) {

        public boolean behind() {
            return target != null && target.reading().status() == Status.BEHIND;
        }
    }

    /**
     * One measure across the subordinates. {@code combined} is their figures combined by the rules;
     * {@code own} is the superior's own figure (null for the whole country), which differs from
     * {@code combined} only when units moved in or out during the period.
     */
    public record MeasureRollUp(Measure measure, List<Row> rows, Partial combined, BigDecimal combinedValue,
            Partial own, BigDecimal ownValue) {

        public List<Row> behind() {
            return rows.stream().filter(Row::behind).toList();
        }

        /** The largest figure shown, for a chart's scale. */
        public BigDecimal max() {
            return rows.stream().map(Row::value).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::max);
        }
    }

    /** {@code unit} is null for the whole country (the committees at the top of the tree, within the caller's reach). */
    public record RollUp(UnitView unit, LocalDate on, Window window, ProgressSettings settings,
            List<MeasureRollUp> measures) {
    }

    static final int MAX_SUBORDINATES = 20_000;

    private final OrganizationTree tree;
    private final MeasureCatalog catalog;
    private final TargetDirectory directory;
    private final TargetStore store;

    RollUps(OrganizationTree tree, MeasureCatalog catalog, TargetDirectory directory, TargetStore store) {
        this.tree = tree;
        this.catalog = catalog;
        this.directory = directory;
        this.store = store;
    }

    /**
     * The unit's subordinates on {@code on}, over {@code from} (the start of the unit's term in force
     * by default) to {@code on}, for the given measures (all by default).
     */
    public RollUp of(UnitId unit, LocalDate on, LocalDate from, List<String> measureCodes) {
        return of(unit, on, from, measureCodes, Optional.empty());
    }

    /**
     * {@link #of(UnitId, LocalDate, LocalDate, List)} with only the subordinates a user limited to
     * {@code scope} may read today: on a past date the unit had subordinates since handed over out of
     * their reach. The unit's own figure still counts its whole subtree.
     */
    public RollUp of(UnitId unit, LocalDate on, LocalDate from, List<String> measureCodes,
            Optional<Set<UnitId>> scope) {
        UnitView view = tree.find(unit, on).orElseThrow(() -> new NotFoundException("unit", unit));
        List<UnitSummary> children = tree.subordinates(unit, on, scope.orElse(null), 0, MAX_SUBORDINATES).items();
        LocalDate start = from != null ? from
                : directory.inForce(unit, on).map(rv -> rv.window().start())
                        .or(() -> tree.termOn(unit, on).map(t -> t.congressOn()))
                        .orElse(on.withDayOfYear(1));
        return build(view, children, on, start, measureCodes, directory.settings(unit));
    }

    /** The whole country: the committees at the top of the tree on the date, or those of the caller's scope. */
    public RollUp country(LocalDate on, LocalDate from, List<String> measureCodes, Optional<Set<UnitId>> scope) {
        List<UnitSummary> roots = scope.map(s -> tree.roots(on, s)).orElseGet(() -> tree.roots(on));
        return build(null, roots, on, from != null ? from : on.withDayOfYear(1), measureCodes,
                ProgressSettings.DEFAULT);
    }

    private RollUp build(UnitView unit, List<UnitSummary> children, LocalDate on, LocalDate from,
            List<String> measureCodes, ProgressSettings settings) {
        if (from.isAfter(on)) {
            throw TargetRule.REQUIRED.violation("period-order", from, on);
        }
        Window window = new Window(from, on);
        List<Measure> measures = measureCodes == null || measureCodes.isEmpty() ? catalog.all()
                : measureCodes.stream().map(c -> catalog.find(c)
                        .orElseThrow(() -> TargetRule.MEASURE_FITS.violation("unknown-measure", c))).toList();
        List<UnitId> roots = new ArrayList<>(children.stream().map(UnitSummary::id).toList());
        if (unit != null) {
            roots.add(unit.id());
        }
        // the subordinates' own targets, read in the superior's bands so they compare alike
        List<ResolutionView> resolutions = directory.inForce(children.stream().map(UnitSummary::id).toList(), on);
        Map<Long, ResolutionView> resolutionByUnit = resolutions.stream()
                .collect(Collectors.toMap(rv -> rv.resolution().unit().value(), rv -> rv));
        Set<String> wanted = measures.stream().map(Measure::code).collect(Collectors.toSet());
        List<ResolutionView> relevant = resolutions.stream().map(rv -> new ResolutionView(rv.resolution(), rv.term(),
                rv.window(), rv.targets().stream().filter(t -> wanted.contains(t.measure())).toList()))
                .filter(rv -> !rv.targets().isEmpty()).toList();
        TargetReader reader = TargetReader.prepare(catalog, store, relevant, on);
        Map<Long, Map<String, TargetLine>> targets = new HashMap<>();
        for (ResolutionView rv : relevant) {
            for (Target t : rv.targets()) {
                targets.computeIfAbsent(rv.resolution().unit().value(), u -> new HashMap<>())
                        .putIfAbsent(t.measure(), reader.line(rv, t, settings, false));
            }
        }
        List<MeasureRollUp> out = new ArrayList<>();
        for (Measure measure : measures) {
            Map<Long, Partial> values = catalog.totals(measure, roots, from, on);
            List<Row> rows = new ArrayList<>();
            Partial combined = Partial.ZERO;
            for (UnitSummary child : children) {
                Partial p = values.getOrDefault(child.id().value(), Partial.ZERO);
                combined = combined.plus(p);
                TargetLine target = targets.getOrDefault(child.id().value(), Map.of()).get(measure.code());
                rows.add(new Row(child.id(), child.code(), child.name(), p, p.value(measure.kind()), target));
            }
            Partial own = unit == null ? null : values.getOrDefault(unit.id().value(), Partial.ZERO);
            out.add(new MeasureRollUp(measure, List.copyOf(rows), combined, combined.value(measure.kind()), own,
                    own == null ? null : own.value(measure.kind())));
        }
        return new RollUp(unit, on, window, settings, List.copyOf(out));
    }
}
