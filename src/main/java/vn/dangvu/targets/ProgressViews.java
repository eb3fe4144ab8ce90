package vn.dangvu.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organizations.UnitId;
import vn.dangvu.targets.TargetDirectory.ResolutionView;

/** What progress answers: read models as records, dated to the day asked. */
public final class ProgressViews {

    private ProgressViews() {
    }

    public record Point(LocalDate day, BigDecimal value) {
    }

    /** A target's value over its term, and the steady pace it is judged against (one segment per period). */
    public record Series(List<Point> values, List<List<Point>> pace) {
    }

    /**
     * One target read on {@code asOf} (the date asked, kept within the term) over {@code window}, the
     * period of its scope that holds that date. {@code measure} is null for a target measured by hand.
     */
    public record TargetLine(Target target, Measure measure, MeasureKind kind, Window window, LocalDate asOf,
            Reading reading, Series series) {
    }

    /** A unit's resolution read on a date, target by target, with the summary line across them. */
    public record Dashboard(ResolutionView resolution, LocalDate on, ProgressSettings settings, List<TargetLine> lines,
            SummaryLine summary) {

        public UnitId unit() {
            return resolution.resolution().unit();
        }
    }

    /** One year of a per-year target. */
    public record YearLine(Window window, Reading reading) {
    }

    /** One target in full: its reading and chart, each year's result for a per-year target, and the values entered by hand. */
    public record TargetReport(ResolutionView resolution, TargetLine line, List<YearLine> years,
            List<ManualValue> manualValues, ProgressSettings settings) {
    }
}
