package vn.dangvu.organizations.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.organizations.TreeExport;
import vn.dangvu.organizations.TreeImport;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * The workbook over the API: import a tree (200 with what was created, or 422 with every error by
 * row and column, nothing written) and export a subtree as of a date.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitWorkbookApi {

    static final URI IMPORT_REFUSED = URI.create("https://dangvu.vn/problems/import-refused");

    private final TreeImport treeImport;
    private final TreeExport treeExport;
    private final MessageSource messages;

    UnitWorkbookApi(TreeImport treeImport, TreeExport treeExport, MessageSource messages) {
        this.treeImport = treeImport;
        this.treeExport = treeExport;
        this.messages = messages;
    }

    /** What an accepted import created. */
    record ImportResponse(int created, Map<UnitType, Integer> createdByType) {
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importWorkbook(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        TreeImport.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = treeImport.importWorkbook(in, locale);
        }
        return switch (outcome) {
            case TreeImport.Imported imported ->
                    ResponseEntity.ok(new ImportResponse(imported.created(), imported.createdByType()));
            case TreeImport.Refused refused -> refusedResponse(refused, locale);
        };
    }

    @GetMapping("/{id}/export.xlsx")
    void export(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Locale locale, HttpServletResponse response) throws IOException {
        WorkbookResponses.send(treeExport.subtree(UnitId.of(id), date, locale), response);
    }

    private ResponseEntity<ProblemDetail> refusedResponse(TreeImport.Refused refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.summary());
        problem.setType(IMPORT_REFUSED);
        problem.setTitle(messages.getMessage("workbook.refused.title", null, locale));
        List<TreeImport.RowError> errors = refused.errors();
        problem.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
