package vn.dangvu.extraction.web;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.extraction.Extraction;
import vn.dangvu.extraction.ExtractionSettings;
import vn.dangvu.extraction.ReportExtractor;

/**
 * Reads a report and answers the facts it proposes. Nothing is written: confirming facts into a unit's records
 * goes through the targets API (values entered by hand) once a person has checked them.
 */
@RestController
@RequestMapping(path = "/api/v1/extractions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Extraction", description = "Facts proposed from a report that arrives as text")
@ApiResponse(responseCode = "200", description = """
        The facts found. Every offset (start, end) is a position in the field text, the report's text in Unicode NFC \
        (files in NFD or in the legacy TCVN3/VNI encodings are converted first); each fact's text is exactly \
        text.substring(start, end). A figure's kind says what is counted; measure is the code of the targets' catalog \
        it maps to, or null when none fits; of is the total or target it is measured against.""",
        useReturnTypeSchema = true)
@ApiResponse(responseCode = "422", description = """
        The file was refused (rule extraction.supported-format: not Word .docx, PDF, HTML or text; extraction.size-limit: \
        too large; extraction.readable: empty, broken, or a PDF without a text layer); nothing changed""")
class ExtractionApi {

    private final ReportExtractor extractor;
    private final ExtractionSettings settings;
    private final MessageSource messages;

    ExtractionApi(ReportExtractor extractor, ExtractionSettings settings, MessageSource messages) {
        this.extractor = extractor;
        this.settings = settings;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read an uploaded report (Word .docx, PDF with a text layer, HTML or text; told by content)")
    Extraction file(@Parameter(description = "The report") @RequestParam(required = false) MultipartFile file,
            @Parameter(description = "Or the report's text") @RequestParam(required = false) String text) throws IOException {
        if (file != null && !file.isEmpty()) {
            extractor.checkSize(file.getSize());
            return extractor.read(file.getBytes());
        }
        return extractor.readText(text);
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "Read a report sent as plain text or HTML in the body")
    Extraction text(@RequestBody(required = false) String body) {
        return extractor.readText(body);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a report sent as {\"text\": \"…\"}")
    Extraction json(@RequestBody TextRequest request) {
        return extractor.readText(request == null ? null : request.text());
    }

    record TextRequest(String text) {
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(
                "extraction.rule.too-large", new Object[] {settings.maxBytes() / (1024 * 1024)}, locale));
        problem.setProperty("rule", "extraction.size-limit");
        return problem;
    }
}
