package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.targets.ProgressViews.Dashboard;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.ProgressViews.TargetReport;
import vn.dangvu.targets.TargetDirectory.ResolutionView;

/**
 * How far a unit's targets have got as of any date: each target's value, goal, percentage, status
 * and chart, and the summary line across them, in the unit's own bands.
 */
@Service
@Transactional(readOnly = true)
public class TargetProgress {

    private final TargetDirectory directory;
    private final TargetStore store;
    private final MeasureCatalog catalog;

    TargetProgress(TargetDirectory directory, TargetStore store, MeasureCatalog catalog) {
        this.directory = directory;
        this.store = store;
        this.catalog = catalog;
    }

    /** The unit's resolution in force on the date, read on that date; empty when no resolution was adopted. */
    public Optional<Dashboard> dashboard(UnitId unit, LocalDate on) {
        return directory.inForce(unit, on).map(rv -> dashboard(rv, on));
    }

    /** A resolution read on a date; a date after its term reads the term's final result. */
    public Dashboard dashboard(ResolutionView rv, LocalDate on) {
        ProgressSettings settings = directory.settings(rv.resolution().unit());
        TargetReader reader = TargetReader.prepare(catalog, store, List.of(rv), on);
        List<TargetLine> lines = rv.targets().stream().map(t -> reader.line(rv, t, settings, true)).toList();
        SummaryLine summary = SummaryLine.of(lines.stream().map(l -> l.reading().percent()).toList(), settings);
        return new Dashboard(rv, on, settings, lines, summary);
    }

    public TargetReport report(long targetId, LocalDate on) {
        Target target = directory.target(targetId);
        ResolutionView rv = directory.resolution(target.resolutionId());
        ProgressSettings settings = directory.settings(rv.resolution().unit());
        ResolutionView only = new ResolutionView(rv.resolution(), rv.term(), rv.window(), List.of(target));
        TargetReader reader = TargetReader.prepare(catalog, store, List.of(only), on);
        return new TargetReport(rv, reader.line(rv, target, settings, true), reader.years(rv, target, settings),
                directory.manualValues(targetId), settings);
    }
}
