package vn.dangvu.reports.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.reports.ReportDraft;
import vn.dangvu.reports.ReportDrafts;
import vn.dangvu.reports.ReportKind;
import vn.dangvu.reports.ReportModel;
import vn.dangvu.reports.ReportPeriod;
import vn.dangvu.reports.Reports;
import vn.dangvu.targets.MeasureKind;

/**
 * A unit's report through the API: the model as JSON (figures, targets table, subordinates), the
 * files, and the drafts. Reading needs the right to read the unit; saving a draft the right to change it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "403", description = "The caller may read but not change the unit")
@ApiResponse(responseCode = "404", description = "No such unit or draft, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a rule of the reports, named in rule; nothing changed")
@Tag(name = "Reports", description = "Review reports of a unit and its subtree: figures, targets, files and drafts")
class ReportApi {

    record FigureResponse(String code, String label, MeasureKind kind, long numerator, long denominator,
            BigDecimal value) {
    }

    record SectionResponse(String key, String title, List<FigureResponse> figures) {
    }

    record TargetRowResponse(int number, String title, String unitLabel, boolean lessIsBetter, BigDecimal goal,
            BigDecimal result, BigDecimal percent, String verdict, String verdictText) {
    }

    record TargetsResponse(String resolutionTitle, List<TargetRowResponse> rows, int total,
            List<Integer> bandCounts, List<BigDecimal> bandThresholds) {
    }

    record ColumnResponse(String code, String label, MeasureKind kind) {
    }

    record SubordinateResponse(String code, String name, List<BigDecimal> values) {
    }

    record ConsolidationResponse(List<ColumnResponse> columns, List<SubordinateResponse> rows,
            List<BigDecimal> combined) {
    }

    record ReportResponse(long unitId, String unitName, ReportKind kind, LocalDate from, LocalDate to,
            String subject, List<SectionResponse> sections, TargetsResponse targets,
            ConsolidationResponse subordinates, int percentScale, String rounding) {
    }

    record DraftRequest(ReportKind kind, LocalDate from, LocalDate to, Integer number, String place,
            LocalDate issuedOn, String superiorBody, String signerName, String signerPosition,
            List<String> recipients, String results, String limitations, String tasks,
            @Schema(description = "The updatedAt of the draft as read; required to save over it") Instant version) {

        ReportDraft.Edit edit() {
            return new ReportDraft.Edit(kind, from, to, number, place, issuedOn, superiorBody, signerName,
                    signerPosition, recipients == null ? null : String.join("\n", recipients), results, limitations,
                    tasks, version);
        }
    }

    record DraftResponse(long id, long unitId, ReportKind kind, LocalDate from, LocalDate to, Integer number,
            String place, LocalDate issuedOn, String superiorBody, String signerName, String signerPosition,
            List<String> recipients, String results, String limitations, String tasks, boolean submitted,
            Instant updatedAt) {

        static DraftResponse of(ReportDraft d) {
            return new DraftResponse(d.id(), d.unit().value(), d.period().kind(), d.period().from(), d.period().to(),
                    d.number(), d.place(), d.issuedOn(), d.superiorBody(), d.signerName(), d.signerPosition(),
                    d.recipients(), d.results(), d.limitations(), d.tasks(), d.submitted(), d.updatedAt());
        }
    }

    private final Reports reports;
    private final ReportDrafts drafts;
    private final ReportQueries requests;
    private final UnitAccess access;
    private final MessageSource messages;

    ReportApi(Reports reports, ReportDrafts drafts, ReportQueries requests, UnitAccess access, MessageSource messages) {
        this.reports = reports;
        this.drafts = drafts;
        this.requests = requests;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/{id}/report")
    @Operation(summary = "A unit's report as data: figures by section, the targets table and the subordinates",
            description = "kind SIX_MONTHS or YEAR_END take year; MID_TERM and END_OF_TERM the term in force; "
                    + "RANGE takes from and to; to may end any kind earlier")
    ReportResponse model(@PathVariable long id, @RequestParam ReportKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        access.checkRead(id);
        ReportPeriod period = requests.period(id, kind, year, from, to);
        return response(requests.model(reports, id, period), locale);
    }

    @GetMapping(path = "/units/{id}/report.{ext}", produces = {MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The report as a file: docx (Word), pdf or xlsx (the statistics)",
            description = "With draft, the draft's number, place, signer and narrative are written in")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String ext, @RequestParam ReportKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long draft) {
        access.checkRead(id);
        Reports.Format format = Reports.Format.of(ext).orElseThrow(() -> new NotFoundException("format", ext));
        ReportDraft written = draft == null ? null : draft(id, draft);
        ReportPeriod period = written != null ? written.period() : requests.period(id, kind, year, from, to);
        ReportModel model = requests.model(reports, id, period);
        byte[] bytes = reports.render(model, written == null ? ReportDraft.blank(UnitId.of(id), period) : written, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Reports.fileName(model, format), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }

    @GetMapping("/units/{id}/report-drafts")
    @Operation(summary = "A unit's report drafts, latest period first")
    List<DraftResponse> drafts(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        access.checkRead(id);
        return drafts.of(UnitId.of(id), Math.max(0, page), Math.min(100, Math.max(1, size))).stream()
                .map(DraftResponse::of).toList();
    }

    @GetMapping("/units/{id}/report-drafts/{draftId}")
    @Operation(summary = "A report draft")
    DraftResponse readDraft(@PathVariable long id, @PathVariable long draftId) {
        access.checkRead(id);
        return DraftResponse.of(draft(id, draftId));
    }

    @PostMapping(path = "/units/{id}/report-drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a report draft")
    @ApiResponse(responseCode = "201", description = "Saved; Location names it")
    ResponseEntity<DraftResponse> create(@PathVariable long id, @RequestBody DraftRequest request) {
        access.check(Permission.WRITE, id);
        ReportDraft saved = drafts.save(UnitId.of(id), null, request.edit());
        return ResponseEntity.created(URI.create("/api/v1/units/" + id + "/report-drafts/" + saved.id()))
                .body(DraftResponse.of(saved));
    }

    @PutMapping(path = "/units/{id}/report-drafts/{draftId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a draft over the version read (version = its updatedAt); a stale version is refused")
    DraftResponse save(@PathVariable long id, @PathVariable long draftId, @RequestBody DraftRequest request) {
        access.check(Permission.WRITE, id);
        draft(id, draftId);
        return DraftResponse.of(drafts.save(UnitId.of(id), draftId, request.edit()));
    }

    private ReportDraft draft(long unit, long draftId) {
        return drafts.find(draftId).filter(d -> d.unit().value() == unit)
                .orElseThrow(() -> new NotFoundException("report-draft", draftId));
    }

    private ReportResponse response(ReportModel m, Locale locale) {
        var sections = m.sections().stream().map(s -> new SectionResponse(s.key(), text(s.titleKey(), locale),
                s.figures().stream().map(f -> new FigureResponse(f.code(), text(f.labelKey(), locale), f.kind(),
                        f.numerator(), f.denominator(), f.value())).toList())).toList();
        TargetsResponse targets = m.targets().map(t -> new TargetsResponse(t.resolutionTitle(),
                t.rows().stream().map(r -> new TargetRowResponse(r.number(), r.title(), r.unitLabel(), r.lessIsBetter(),
                        r.goal(), r.result(), r.percent(), r.verdict().name(), text(r.verdict().messageKey(), locale)))
                        .toList(), t.summary().total(), t.summary().bands().stream().map(b -> b.count()).toList(),
                t.summary().bands().stream().map(b -> b.threshold()).toList())).orElse(null);
        ConsolidationResponse subs = m.consolidation().map(c -> new ConsolidationResponse(
                c.columns().stream().map(col -> new ColumnResponse(col.code(), text(col.labelKey(), locale), col.kind()))
                        .toList(),
                c.rows().stream().map(r -> new SubordinateResponse(r.code(), r.name(), r.values())).toList(),
                c.combined())).orElse(null);
        return new ReportResponse(m.unit().id(), m.unit().name(), m.period().kind(), m.period().from(), m.period().to(),
                vn.dangvu.reports.ReportText.subject(m), sections, targets, subs, m.settings().percentScale(),
                m.settings().rounding().name());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
