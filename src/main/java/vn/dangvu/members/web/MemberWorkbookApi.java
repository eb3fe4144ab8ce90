package vn.dangvu.members.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberWorkbook;
import vn.dangvu.members.MemberWorkbook.ImportResult;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.UnitAccess;

/** Member lists in Excel for other systems: an all-or-nothing import and the export of a unit's list. */
@RestController
@RequestMapping("/api/v1/units/{id}/members")
@ApiResponse(responseCode = "404", description = "No such unit, or out of the caller's reach")
@Tag(name = "Member workbooks", description = "Import and export of member lists as .xlsx")
class MemberWorkbookApi {

    static final URI IMPORT_REFUSED = URI.create("https://dangvu.vn/problems/import-refused");

    private final MemberWorkbook workbook;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MemberWorkbookApi(MemberWorkbook workbook, OrganizationTree tree, UnitAccess access, MessageSource messages,
            Clock clock) {
        this.workbook = workbook;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    record Imported(int imported) {
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a record for every row of a filled-in template, or for none",
            description = "Every row is checked first; if any cell is refused, nothing is written and the answer "
                    + "is 422 with `errors`: [{row, column, cell, message}] (row is Excel's row number; a whole-file "
                    + "error has none) and `errorCount`.")
    @ApiResponse(responseCode = "200", description = "All rows imported",
            content = @Content(schema = @Schema(implementation = Imported.class)))
    @ApiResponse(responseCode = "422", description = "Refused cells; nothing was written")
    ResponseEntity<?> importFile(@PathVariable long id, @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = workbook.importInto(UnitId.of(id), in, locale);
        }
        if (result.succeeded()) {
            return ResponseEntity.ok(new Imported(result.imported()));
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("workbook.problem.detail", new Object[] {result.errorCount()}, locale));
        problem.setType(IMPORT_REFUSED);
        problem.setTitle(messages.getMessage("workbook.problem.title", null, locale));
        problem.setProperty("errors", result.errors());
        problem.setProperty("errorCount", result.errorCount());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping(path = "/export.xlsx")
    @Operation(summary = "The unit's list of members (or its subtree's) as .xlsx, in the template's columns",
            description = "Takes the right to export personal data. Identity numbers are masked unless the caller "
                    + "may see them in clear. Every export is recorded in the audit log.")
    @ApiResponse(responseCode = "403", description = "The caller may read the unit but not export its members' data")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    void export(@PathVariable long id,
            @Parameter(description = "The whole subtree, not only the unit itself")
            @RequestParam(defaultValue = "false") boolean subtree,
            @Parameter(description = "Only these statuses; every status by default")
            @RequestParam(required = false) Set<MemberStatus> status,
            @Parameter(description = "As of this date (ISO); today by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            HttpServletResponse response) throws IOException {
        UnitView unit = MemberWorkbookPages.exportableUnit(tree, access, id, clock);
        MemberWorkbookPages.writeExport(workbook, unit, new MemberFilter(unit.id(), subtree,
                status == null ? Set.of() : status, null, null, null, null, on), response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage(
                "workbook.error.too-large", new Object[] {MemberWorkbook.MAX_BYTES / (1024 * 1024)}, locale));
        problem.setType(IMPORT_REFUSED);
        problem.setTitle(messages.getMessage("workbook.problem.title", null, locale));
        problem.setProperty("errors", List.of());
        return problem;
    }
}
