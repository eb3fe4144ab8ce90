package vn.dangvu.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.dangvu.organizations.UnitId;
import vn.dangvu.targets.ProgressViews.Point;
import vn.dangvu.targets.ProgressViews.Series;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.ProgressViews.YearLine;
import vn.dangvu.targets.TargetDirectory.ResolutionView;

/**
 * Reads the targets of one or more resolutions on a date. It first gathers every measure the
 * targets need and fetches each once for all their units (one query per measure, whatever the
 * number of targets, units or chart points), then reads each target from memory.
 */
final class TargetReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MeasureCatalog catalog;
    private final LocalDate on;
    private final Map<String, MeasureValues> values = new HashMap<>();
    private final Map<Long, List<ManualValue>> manual = new HashMap<>();

    private TargetReader(MeasureCatalog catalog, LocalDate on) {
        this.catalog = catalog;
        this.on = on;
    }

    /** Fetches what the resolutions' targets need to be read on {@code on}. */
    static TargetReader prepare(MeasureCatalog catalog, TargetStore store, List<ResolutionView> resolutions,
            LocalDate on) {
        TargetReader reader = new TargetReader(catalog, on);
        Map<String, Set<UnitId>> roots = new HashMap<>();
        Map<String, LocalDate> from = new HashMap<>();
        Map<String, LocalDate> to = new HashMap<>();
        List<Long> manualTargets = new ArrayList<>();
        for (ResolutionView rv : resolutions) {
            if (on.isBefore(rv.window().start())) {
                continue;
            }
            LocalDate asOf = rv.window().clamp(on);
            UnitId unit = rv.resolution().unit();
            for (Target t : rv.targets()) {
                List<String> codes = new ArrayList<>();
                if (t.manual()) {
                    manualTargets.add(t.id());
                } else {
                    codes.add(t.measure());
                }
                if (t.hasBaseline()) {
                    codes.add(t.baselineMeasure());
                }
                for (String code : codes) {
                    roots.computeIfAbsent(code, c -> new HashSet<>()).add(unit);
                    from.merge(code, rv.window().start(), (a, b) -> a.isBefore(b) ? a : b);
                    to.merge(code, asOf, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        roots.forEach((code, units) -> catalog.find(code).ifPresent(measure ->
                reader.values.put(code, catalog.values(measure, units, from.get(code), to.get(code)))));
        for (ManualValue v : store.manualValues(manualTargets)) {
            reader.manual.computeIfAbsent(v.targetId(), id -> new ArrayList<>()).add(v);
        }
        return reader;
    }

    /** The target read on the date, with its chart if asked. */
    TargetLine line(ResolutionView rv, Target t, ProgressSettings settings, boolean withSeries) {
        Measure measure = t.manual() ? null : catalog.find(t.measure()).orElse(null);
        MeasureKind kind = measure != null ? measure.kind() : t.manual() ? t.manualKind() : MeasureKind.FLOW;
        long root = rv.resolution().unit().value();
        Window term = rv.window();
        if (on.isBefore(term.start())) {
            Window first = t.scope() == Scope.YEAR ? term.years().getFirst() : term;
            return new TargetLine(t, measure, kind, first, on, Reading.notStarted(t.hasBaseline() ? null : t.goal()),
                    new Series(List.of(), List.of()));
        }
        LocalDate asOf = term.clamp(on);
        Window window = windowOf(t, term, asOf);
        Reading reading = read(t, kind, root, window, asOf, settings);
        Series series = withSeries ? series(t, kind, root, term, asOf) : new Series(List.of(), List.of());
        return new TargetLine(t, measure, kind, window, asOf, reading, series);
    }

    /** Each year of a per-year target up to the date, read at the year's end or on the date. */
    List<YearLine> years(ResolutionView rv, Target t, ProgressSettings settings) {
        if (t.scope() != Scope.YEAR || on.isBefore(rv.window().start())) {
            return List.of();
        }
        MeasureKind kind = kindOf(t);
        LocalDate asOf = rv.window().clamp(on);
        List<YearLine> years = new ArrayList<>();
        for (Window year : rv.window().years()) {
            if (year.start().isAfter(asOf)) {
                break;
            }
            LocalDate at = year.clamp(asOf);
            years.add(new YearLine(year, read(t, kind, rv.resolution().unit().value(), year, at, settings)));
        }
        return years;
    }

    /** The figure a target reads for {@code root} over {@code [start, at]} (or on {@code at} for a stock); null if unknown. */
    BigDecimal value(Target t, MeasureKind kind, long root, LocalDate start, LocalDate at) {
        if (t.manual()) {
            return manualValue(t, start, at);
        }
        MeasureValues mv = values.get(t.measure());
        if (mv == null) {
            return null;
        }
        return mv.asOf(root, start, at).value(kind);
    }

    /** The goal for the window: as written, or as a percentage of the baseline on the window's first day. */
    BigDecimal goal(Target t, long root, Window window) {
        if (!t.hasBaseline()) {
            return t.goal();
        }
        MeasureValues baseline = values.get(t.baselineMeasure());
        long base = baseline == null ? 0 : baseline.level(root, window.start()).numerator();
        return t.goal().multiply(BigDecimal.valueOf(base)).divide(HUNDRED, MathContext.DECIMAL64);
    }

    Reading read(Target t, MeasureKind kind, long root, Window window, LocalDate asOf, ProgressSettings settings) {
        BigDecimal goal = goal(t, root, window);
        BigDecimal value = value(t, kind, root, window.start(), asOf);
        BigDecimal start = kind == MeasureKind.STOCK ? value(t, kind, root, window.start(), window.start()) : BigDecimal.ZERO;
        return Reading.of(t.direction(), kind, value, start, goal, window.elapsed(asOf), settings);
    }

    MeasureKind kindOf(Target t) {
        if (t.manual()) {
            return t.manualKind();
        }
        return catalog.find(t.measure()).map(Measure::kind).orElse(MeasureKind.FLOW);
    }

    static Window windowOf(Target t, Window term, LocalDate asOf) {
        if (t.scope() == Scope.TERM) {
            return term;
        }
        return term.years().stream().filter(y -> y.contains(asOf)).findFirst().orElse(term);
    }

    /**
     * Month-end points from the term's first day to the date, each read in its own period (a
     * per-year target starts again each January), and the steady pace of each period.
     */
    private Series series(Target t, MeasureKind kind, long root, Window term, LocalDate asOf) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(term.start());
        days.add(asOf);
        for (LocalDate d = term.start().with(TemporalAdjusters.lastDayOfMonth()); !d.isAfter(asOf);
                d = d.plusDays(1).with(TemporalAdjusters.lastDayOfMonth())) {
            days.add(d);
        }
        List<Window> periods = t.scope() == Scope.YEAR ? term.years() : List.of(term);
        if (t.scope() == Scope.YEAR) {
            periods.stream().map(Window::start).filter(d -> !d.isAfter(asOf)).forEach(days::add);
        }
        List<Point> points = new ArrayList<>();
        for (LocalDate day : days) {
            Window period = windowOf(t, term, day);
            BigDecimal v = value(t, kind, root, period.start(), day);
            if (v != null) {
                points.add(new Point(day, v));
            }
        }
        List<List<Point>> pace = new ArrayList<>();
        for (Window period : periods) {
            if (period.start().isAfter(asOf)) {
                break;
            }
            BigDecimal goal = goal(t, root, period);
            BigDecimal start = kind == MeasureKind.STOCK ? value(t, kind, root, period.start(), period.start()) : null;
            pace.add(List.of(new Point(period.start(), Reading.pace(kind, start, goal, BigDecimal.ZERO)),
                    new Point(period.end(), goal)));
        }
        return new Series(List.copyOf(points), List.copyOf(pace));
    }

    private BigDecimal manualValue(Target t, LocalDate start, LocalDate at) {
        List<ManualValue> entries = manual.getOrDefault(t.id(), List.of());
        if (t.manualKind() == MeasureKind.STOCK) {
            BigDecimal latest = null;
            for (ManualValue v : entries) {
                if (!v.to().isAfter(at)) {
                    latest = v.value();
                }
            }
            return latest;
        }
        BigDecimal sum = null;
        for (ManualValue v : entries) {
            if (!v.from().isBefore(start) && !v.to().isAfter(at)) {
                sum = sum == null ? v.value() : sum.add(v.value());
            }
        }
        return sum;
    }
}
