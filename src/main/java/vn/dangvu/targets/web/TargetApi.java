package vn.dangvu.targets.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.targets.ManualValue;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.ProgressViews.Dashboard;
import vn.dangvu.targets.ProgressViews.Point;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.ProgressViews.TargetReport;
import vn.dangvu.targets.RollUps;
import vn.dangvu.targets.RollUps.MeasureRollUp;
import vn.dangvu.targets.RollUps.RollUp;
import vn.dangvu.targets.RollUps.Row;
import vn.dangvu.targets.Target;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDirectory;
import vn.dangvu.targets.TargetDirectory.ResolutionView;
import vn.dangvu.targets.TargetDraft;
import vn.dangvu.targets.TargetProgress;
import vn.dangvu.targets.web.TargetJson.AdoptRequest;
import vn.dangvu.targets.web.TargetJson.BandResponse;
import vn.dangvu.targets.web.TargetJson.DashboardResponse;
import vn.dangvu.targets.web.TargetJson.MeasureResponse;
import vn.dangvu.targets.web.TargetJson.MeasureRollUpResponse;
import vn.dangvu.targets.web.TargetJson.PointResponse;
import vn.dangvu.targets.web.TargetJson.ProgressResponse;
import vn.dangvu.targets.web.TargetJson.ResolutionResponse;
import vn.dangvu.targets.web.TargetJson.RollUpResponse;
import vn.dangvu.targets.web.TargetJson.RollUpRowResponse;
import vn.dangvu.targets.web.TargetJson.SettingsRequest;
import vn.dangvu.targets.web.TargetJson.SettingsResponse;
import vn.dangvu.targets.web.TargetJson.SummaryResponse;
import vn.dangvu.targets.web.TargetJson.TargetProgressResponse;
import vn.dangvu.targets.web.TargetJson.TargetRequest;
import vn.dangvu.targets.web.TargetJson.TargetResponse;
import vn.dangvu.targets.web.TargetJson.ValueRequest;
import vn.dangvu.targets.web.TargetJson.ValueResponse;
import vn.dangvu.targets.web.TargetJson.YearResponse;

/**
 * Resolutions, targets, values entered by hand, progress and roll-ups through the API. Reads need
 * the right to read the unit, changes the right to change it; a refused rule answers 422 naming it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "400", description = "Invalid request; errors lists a message per field")
@ApiResponse(responseCode = "403", description = "The caller may read but not change the unit")
@ApiResponse(responseCode = "404", description = "No such unit, term, resolution or target, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a rule of the targets, named in rule; nothing changed")
@Tag(name = "Targets", description = "Term resolutions, their targets, progress as of any date and roll-ups")
class TargetApi {

    private final TargetDirectory directory;
    private final TargetBook book;
    private final TargetProgress progress;
    private final RollUps rollUps;
    private final MeasureCatalog catalog;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final TargetTexts texts;
    private final Clock clock;

    TargetApi(TargetDirectory directory, TargetBook book, TargetProgress progress, RollUps rollUps,
            MeasureCatalog catalog, OrganizationTree tree, UnitAccess access, TargetTexts texts, Clock clock) {
        this.directory = directory;
        this.book = book;
        this.progress = progress;
        this.rollUps = rollUps;
        this.catalog = catalog;
        this.tree = tree;
        this.access = access;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/measures")
    @Operation(summary = "The catalog of measures targets can use")
    List<MeasureResponse> measures(Locale locale) {
        return catalog.all().stream()
                .map(m -> new MeasureResponse(m.code(), m.kind(), texts.label(m.labelKey(), locale))).toList();
    }

    // --- resolutions and targets -------------------------------------------------------------------

    @GetMapping("/units/{id}/resolutions")
    @Operation(summary = "A unit's resolutions, one per term, with their targets")
    List<ResolutionResponse> resolutions(@PathVariable long id) {
        readableUnit(id);
        return directory.resolutions(UnitId.of(id)).stream().map(TargetApi::resolution).toList();
    }

    @PostMapping(path = "/units/{id}/resolutions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the resolution the congress of a term adopted")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    ResponseEntity<ResolutionResponse> adopt(@PathVariable long id, @Valid @RequestBody AdoptRequest request) {
        access.checkWrite(id);
        long rid = book.adopt(UnitId.of(id), request.termId(), request.title(), request.adoptedOn()).id();
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + rid)).body(resolution(directory.resolution(rid)));
    }

    @GetMapping("/resolutions/{rid}")
    @Operation(summary = "A resolution with its term, the days it runs and its targets")
    ResolutionResponse resolution(@PathVariable long rid) {
        return resolution(readableResolution(rid));
    }

    @PostMapping(path = "/resolutions/{rid}/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a numbered target to a resolution")
    @ApiResponse(responseCode = "201", description = "Added; Location names it")
    ResponseEntity<TargetResponse> addTarget(@PathVariable long rid, @Valid @RequestBody TargetRequest request) {
        ResolutionView rv = readableResolution(rid);
        access.checkWrite(rv.resolution().unit().value());
        Target target = book.addTarget(rid, draft(request));
        return ResponseEntity.created(URI.create("/api/v1/targets/" + target.id())).body(target(target));
    }

    @GetMapping("/targets/{tid}")
    @Operation(summary = "A target")
    TargetResponse target(@PathVariable long tid) {
        readableTarget(tid);
        return target(directory.target(tid));
    }

    @PutMapping(path = "/targets/{tid}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a target")
    TargetResponse updateTarget(@PathVariable long tid, @Valid @RequestBody TargetRequest request) {
        access.checkWrite(readableTarget(tid).value());
        return target(book.updateTarget(tid, draft(request)));
    }

    @GetMapping("/targets/{tid}/values")
    @Operation(summary = "The values entered by hand for a target")
    List<ValueResponse> values(@PathVariable long tid) {
        readableTarget(tid);
        return directory.manualValues(tid).stream().map(TargetApi::value).toList();
    }

    @PostMapping(path = "/targets/{tid}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter a value by hand for a period within the term, with a note on its source")
    @ApiResponse(responseCode = "201", description = "Entered")
    ResponseEntity<ValueResponse> enterValue(@PathVariable long tid, @Valid @RequestBody ValueRequest request) {
        access.checkWrite(readableTarget(tid).value());
        ManualValue v = book.enterValue(tid, request.from(), request.to(), request.value(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/targets/" + tid + "/values")).body(value(v));
    }

    // --- progress ---------------------------------------------------------------------------------

    @GetMapping("/units/{id}/progress")
    @Operation(summary = "The unit's resolution in force on a date, each target read on that date, and the summary line")
    DashboardResponse dashboard(@PathVariable long id,
            @Parameter(description = "As of this date (ISO); today by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Locale locale) {
        readableUnit(id);
        LocalDate on = asOf(date);
        Dashboard d = progress.dashboard(UnitId.of(id), on)
                .orElseThrow(() -> new NotFoundException("resolution", id));
        SummaryResponse summary = new SummaryResponse(d.summary().total(), d.summary().bands().stream()
                .map(b -> new BandResponse(b.threshold(), b.inclusive(), b.count())).toList(),
                texts.summary(d.summary(), locale));
        return new DashboardResponse(id, d.resolution().resolution().id(), d.resolution().resolution().title(),
                d.resolution().term().label(), on, d.lines().stream().map(l -> progress(l, locale)).toList(), summary);
    }

    @GetMapping("/targets/{tid}/progress")
    @Operation(summary = "One target read on a date, with its values over the term, the pace line and each year's result")
    TargetProgressResponse targetProgress(@PathVariable long tid,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Locale locale) {
        readableTarget(tid);
        TargetReport report = progress.report(tid, asOf(date));
        return new TargetProgressResponse(progress(report.line(), locale),
                report.line().series().values().stream().map(TargetApi::point).toList(),
                report.line().series().pace().stream().map(s -> s.stream().map(TargetApi::point).toList()).toList(),
                report.years().stream().map(y -> new YearResponse(y.window().start().getYear(), y.window().start(),
                        y.window().end(), y.reading().value(), y.reading().goal(), y.reading().percent(),
                        y.reading().status())).toList(),
                report.manualValues().stream().map(TargetApi::value).toList());
    }

    // --- roll-ups ---------------------------------------------------------------------------------

    @GetMapping("/units/{id}/rollup")
    @Operation(summary = "The unit's subordinates on a date (those the caller may read today), measure by measure, "
            + "combined by the rules, with those behind")
    RollUpResponse rollUp(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @Parameter(description = "Start of the period; the unit's term in force by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = "Measure codes; all by default") @RequestParam(required = false) List<String> measure,
            Locale locale) {
        readableUnit(id);
        return rollUp(rollUps.of(UnitId.of(id), asOf(date), from, measure, readableScope()), locale);
    }

    @GetMapping("/rollup")
    @Operation(summary = "The whole country: the committees under the Central Committee (within the caller's reach)")
    RollUpResponse country(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @Parameter(description = "Start of the period; 1 January of the date's year by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) List<String> measure, Locale locale) {
        return rollUp(rollUps.country(asOf(date), from, measure, readableScope()), locale);
    }

    // --- settings ---------------------------------------------------------------------------------

    @GetMapping("/units/{id}/target-settings")
    @Operation(summary = "How the unit reads its targets (the defaults until it sets its own)")
    SettingsResponse settings(@PathVariable long id) {
        readableUnit(id);
        return settings(id, directory.settings(UnitId.of(id)));
    }

    @PutMapping(path = "/units/{id}/target-settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set how the unit reads its targets: thresholds, summary bands and rounding")
    SettingsResponse saveSettings(@PathVariable long id, @Valid @RequestBody SettingsRequest request) {
        access.checkWrite(id);
        ProgressSettings s = new ProgressSettings(request.reachedAt(), request.onTrackAt(), request.summaryBands(),
                request.percentScale(), request.rounding());
        book.saveSettings(UnitId.of(id), s);
        return settings(id, s);
    }

    // --- mapping ----------------------------------------------------------------------------------

    private RollUpResponse rollUp(RollUp up, Locale locale) {
        return new RollUpResponse(up.unit() == null ? null : up.unit().id().value(),
                up.unit() == null ? null : up.unit().name(), up.window().start(), up.on(),
                up.measures().stream().map(m -> measureRollUp(m, locale)).toList());
    }

    private MeasureRollUpResponse measureRollUp(MeasureRollUp m, Locale locale) {
        return new MeasureRollUpResponse(m.measure().code(), m.measure().kind(), texts.label(m.measure().labelKey(), locale),
                m.rows().stream().map(r -> row(r, locale)).toList(), m.combined().numerator(), m.combined().denominator(),
                m.combinedValue(), m.ownValue(), m.behind().stream().map(r -> r.unit().value()).toList());
    }

    private RollUpRowResponse row(Row r, Locale locale) {
        return new RollUpRowResponse(r.unit().value(), r.code(), r.name(), r.partial().numerator(),
                r.partial().denominator(), r.value(), r.target() == null ? null : progress(r.target(), locale), r.behind());
    }

    private ProgressResponse progress(TargetLine l, Locale locale) {
        Target t = l.target();
        return new ProgressResponse(t.id(), t.number(), t.title(), t.measure(), l.kind(), l.window().start(),
                l.window().end(), l.asOf(), l.reading().value(), l.reading().goal(), l.reading().percent(),
                l.reading().pace(), l.reading().status(), texts.label(l.reading().status().messageKey(), locale),
                texts.result(l.reading(), locale));
    }

    private static PointResponse point(Point p) {
        return new PointResponse(p.day(), p.value());
    }

    private static ResolutionResponse resolution(ResolutionView rv) {
        return new ResolutionResponse(rv.resolution().id(), rv.resolution().unit().value(), rv.term().id(),
                rv.term().label(), rv.resolution().title(), rv.resolution().adoptedOn(), rv.window().start(),
                rv.window().end(), rv.targets().stream().map(TargetApi::target).toList());
    }

    private static TargetResponse target(Target t) {
        return new TargetResponse(t.id(), t.resolutionId(), t.number(), t.title(), t.quantity(), t.unitLabel(),
                t.direction(), t.scope(), t.goal(), t.baselineMeasure(), t.measure(), t.manualKind());
    }

    private static ValueResponse value(ManualValue v) {
        return new ValueResponse(v.id(), v.targetId(), v.from(), v.to(), v.value(), v.note());
    }

    private static SettingsResponse settings(long unit, ProgressSettings s) {
        return new SettingsResponse(unit, s.reachedAt(), s.onTrackAt(), s.summaryBands(), s.percentScale(), s.rounding());
    }

    private static TargetDraft draft(TargetRequest r) {
        return new TargetDraft(r.number(), r.title(), r.quantity(), r.unitLabel(), r.direction(), r.scope(), r.goal(),
                r.baselineMeasure(), r.measure(), r.manualKind());
    }

    /** The units at the top of what the caller may read; empty when they read the whole tree. */
    private Optional<Set<UnitId>> readableScope() {
        return access.readableRoots().map(roots -> roots.stream().map(UnitId::new).collect(Collectors.toSet()));
    }

    private void readableUnit(long id) {
        access.checkRead(id);
        tree.find(UnitId.of(id), asOf(null)).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private ResolutionView readableResolution(long rid) {
        ResolutionView rv = directory.resolution(rid);
        access.checkRead(rv.resolution().unit().value());
        return rv;
    }

    private UnitId readableTarget(long tid) {
        UnitId unit = directory.unitOfTarget(tid);
        access.checkRead(unit.value());
        return unit;
    }

    private LocalDate asOf(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }
}
