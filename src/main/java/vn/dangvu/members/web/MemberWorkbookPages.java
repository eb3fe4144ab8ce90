package vn.dangvu.members.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberWorkbook;
import vn.dangvu.members.MemberWorkbook.ImportResult;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.WorkProgress;

/**
 * Member lists in Excel from a unit's pages: the template, the import form with a table of every
 * refused cell, and the export of the unit's (or its subtree's) list.
 */
@Controller
class MemberWorkbookPages {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MemberWorkbook workbook;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final Clock clock;
    private final WorkProgress progress;

    MemberWorkbookPages(MemberWorkbook workbook, OrganizationTree tree, UnitAccess access, Clock clock,
            WorkProgress progress) {
        this.workbook = workbook;
        this.tree = tree;
        this.access = access;
        this.clock = clock;
        this.progress = progress;
    }

    @GetMapping("/members/import/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.writeTemplate(out, locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("mau-danh-sach-dang-vien.xlsx"))
                .body(out.toByteArray());
    }

    @GetMapping("/units/{id}/members/import")
    String form(@PathVariable long id, Model model) {
        access.checkWrite(id);
        model.addAttribute("unit", unit(id));
        return page(model);
    }

    @PostMapping("/units/{id}/members/import")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "progress", required = false) String progressToken,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        access.checkWrite(id);
        model.addAttribute("unit", unit(id));
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("noFile", true);
            return page(model);
        }
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = workbook.importInto(UnitId.of(id), in, locale,
                    progress.start(progressToken, request.getSession().getId(), "progress.started"));
        }
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("result", result);
        return page(model);
    }

    @GetMapping("/units/{id}/members/export.xlsx")
    void export(@PathVariable long id, @RequestParam(defaultValue = "false") boolean subtree,
            @RequestParam(required = false) Set<MemberStatus> status,
            @RequestParam(required = false) Integer minAge, @RequestParam(required = false) Integer maxAge,
            @RequestParam(required = false) Integer minParty, @RequestParam(required = false) Integer maxParty,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            HttpServletResponse response) throws IOException {
        // The list page links here with its own query (date=…, ages, party ages): the file holds what the page shows.
        UnitView unit = exportableUnit(tree, access, id, clock);
        writeExport(workbook, unit, new MemberFilter(unit.id(), subtree, status == null ? Set.of() : status, minAge, maxAge,
                minParty, maxParty, date != null ? date : on), response);
    }

    /** An upload over the limit is refused before it reaches the form: the page says why. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long id = Long.parseLong(variables.get("id"));
        access.checkWrite(id);
        var mav = new ModelAndView("members/import");
        mav.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        mav.addObject("unit", unit(id));
        mav.addObject("maxMegabytes", MemberWorkbook.MAX_BYTES / (1024 * 1024));
        mav.addObject("tooLarge", true);
        return mav;
    }

    private String page(Model model) {
        model.addAttribute("maxMegabytes", MemberWorkbook.MAX_BYTES / (1024 * 1024));
        return "members/import";
    }

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("unit", id));
    }

    static UnitView readableUnit(OrganizationTree tree, UnitAccess access, long id, Clock clock) {
        access.checkRead(id);
        return tree.find(UnitId.of(id), LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /**
     * The unit whose members' personal data the user may export; checked before the response is touched,
     * so a refusal still gets its error page.
     */
    static UnitView exportableUnit(OrganizationTree tree, UnitAccess access, long id, Clock clock) {
        access.check(Permission.EXPORT_PERSONAL_DATA, id);
        return readableUnit(tree, access, id, clock);
    }

    /** Headers first, then the workbook straight into the response; the access was checked before. */
    static void writeExport(MemberWorkbook workbook, UnitView unit, MemberFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("dang-vien-" + unit.code() + ".xlsx"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        workbook.export(filter, response.getOutputStream());
    }

    static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }
}
