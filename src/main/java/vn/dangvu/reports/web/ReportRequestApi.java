package vn.dangvu.reports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.reports.ReportKind;
import vn.dangvu.reports.ReportModel;
import vn.dangvu.reports.ReportRequest;
import vn.dangvu.reports.ReportRequestBook;
import vn.dangvu.reports.Reports;

/**
 * A superior's requests for reports through the API: issue one to chosen subordinates, follow who
 * submitted, who is late and who has not, return a report with a comment, and download the consolidated
 * report; a subordinate submits its draft (which locks it). The same rules as the pages: issuing,
 * returning and submitting need the right to change the unit, reading the right to read it; a
 * subordinate the caller may not read today is left out of the answers.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "403", description = "The caller may read but not change the unit")
@ApiResponse(responseCode = "404", description = "No such unit, request or draft, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a rule of the reports, named in rule; nothing changed")
@Tag(name = "Report requests", description = "A superior's requests for reports and its subordinates' submissions")
class ReportRequestApi {

    record IssueRequest(
            @Schema(description = "The guidance document, e.g. \"Hướng dẫn số 05\"") String document,
            LocalDate issuedOn, ReportKind kind, LocalDate from, LocalDate to, LocalDate deadline,
            @Schema(description = "Ids of the subordinate units asked for a report") List<Long> units) {
    }

    record ReturnRequest(long unit, String comment) {
    }

    record SubmitRequest(long request) {
    }

    record AddresseeResponse(long unitId, String code, String name, ReportRequest.State state, String stateText,
            Long draftId, Instant submittedAt, Instant returnedAt, String comment) {
    }

    record RequestResponse(long id, long unitId, String document, LocalDate issuedOn, String title, ReportKind kind,
            LocalDate from, LocalDate to, LocalDate deadline, List<AddresseeResponse> addressees) {
    }

    record RequestsResponse(List<RequestResponse> issued, List<RequestResponse> addressed) {
    }

    private final ReportRequestBook book;
    private final Reports reports;
    private final ReportQueries queries;
    private final UnitAccess access;
    private final MessageSource messages;

    ReportRequestApi(ReportRequestBook book, Reports reports, ReportQueries queries, UnitAccess access,
            MessageSource messages) {
        this.book = book;
        this.reports = reports;
        this.queries = queries;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/{id}/report-requests")
    @Operation(summary = "The requests a unit issued to its subordinates, and those addressed to it")
    RequestsResponse list(@PathVariable long id, Locale locale) {
        access.checkRead(id);
        UnitId unit = UnitId.of(id);
        return new RequestsResponse(book.issuedBy(unit).stream().map(r -> response(r, locale)).toList(),
                book.addressedTo(unit).stream().map(r -> response(r, locale)).toList());
    }

    @PostMapping(path = "/units/{id}/report-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a request for reports to chosen subordinates, with a period and a deadline")
    @ApiResponse(responseCode = "201", description = "Issued")
    ResponseEntity<RequestResponse> issue(@PathVariable long id, @RequestBody IssueRequest request, Locale locale) {
        access.check(Permission.WRITE, id);
        List<UnitId> units = request.units() == null ? List.of() : request.units().stream().map(UnitId::of).toList();
        long rid = book.issue(UnitId.of(id), new ReportRequest.Issue(request.document(), request.issuedOn(),
                request.kind(), request.from(), request.to(), request.deadline(), units));
        return ResponseEntity.status(HttpStatus.CREATED).body(response(issuedBy(id, rid), locale));
    }

    @GetMapping("/units/{id}/report-requests/{requestId}")
    @Operation(summary = "A request the unit issued, with where each subordinate's report stands")
    RequestResponse request(@PathVariable long id, @PathVariable long requestId, Locale locale) {
        access.checkRead(id);
        return response(issuedBy(id, requestId), locale);
    }

    @PostMapping(path = "/units/{id}/report-requests/{requestId}/returns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return a subordinate's submitted report with a comment; its draft opens again")
    RequestResponse returnReport(@PathVariable long id, @PathVariable long requestId, @RequestBody ReturnRequest body,
            Locale locale) {
        access.check(Permission.WRITE, id);
        ReportRequest request = issuedBy(id, requestId);
        if (request.addressees().stream().noneMatch(a -> a.unit().value() == body.unit()) || !access.canRead(body.unit())) {
            throw new NotFoundException("unit", body.unit());
        }
        book.returnReport(requestId, UnitId.of(body.unit()), body.comment());
        return response(issuedBy(id, requestId), locale);
    }

    @GetMapping(path = "/units/{id}/report-requests/{requestId}/consolidated.{ext}",
            produces = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The consolidated report of the request (docx, pdf or xlsx): the unit's figures, its "
            + "subordinates' table and the submitted narratives unit by unit")
    void consolidated(@PathVariable long id, @PathVariable long requestId, @PathVariable String ext,
            HttpServletResponse response) throws IOException {
        access.checkRead(id);
        ReportRequest request = visible(issuedBy(id, requestId));
        Reports.Format format = Reports.Format.of(ext).orElseThrow(() -> new NotFoundException("format", ext));
        ReportModel model = queries.model(reports, id, request.period());
        byte[] bytes = reports.render(model, book.consolidatedDraft(request), format);
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(Reports.fileName(model, format), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(bytes);
    }

    @PostMapping(path = "/units/{id}/report-drafts/{draftId}/submission", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit the unit's draft for a request addressed to it; the draft is locked")
    RequestResponse submit(@PathVariable long id, @PathVariable long draftId, @RequestBody SubmitRequest body,
            Locale locale) {
        access.check(Permission.WRITE, id);
        book.submit(body.request(), UnitId.of(id), draftId);
        ReportRequest request = book.find(body.request()).orElseThrow(() -> new NotFoundException("report-request",
                body.request()));
        // the subordinate sees its own line of the request, not its peers'
        return response(new ReportRequest(request.id(), request.unit(), request.document(), request.issuedOn(),
                request.period(), request.deadline(),
                request.addressees().stream().filter(a -> a.unit().value() == id).toList()), locale);
    }

    private ReportRequest issuedBy(long unit, long requestId) {
        return queries.issuedBy(book, unit, requestId);
    }

    private ReportRequest visible(ReportRequest r) {
        return queries.visible(r);
    }

    private RequestResponse response(ReportRequest raw, Locale locale) {
        ReportRequest r = visible(raw);
        return new RequestResponse(r.id(), r.unit().value(), r.document(), r.issuedOn(), r.title(), r.period().kind(),
                r.period().from(), r.period().to(), r.deadline(), r.addressees().stream()
                        .map(a -> new AddresseeResponse(a.unit().value(), a.code(), a.name(), a.state(),
                                messages.getMessage(a.state().messageKey(), null, locale), a.draftId(), a.submittedAt(),
                                a.returnedAt(), a.comment()))
                        .toList());
    }
}
