package vn.dangvu.organizations.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organizations.TreeExport;
import vn.dangvu.organizations.TreeImport;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.WorkProgress;

/**
 * Pages to import a tree of units from Excel (with its template) and to download a subtree. A
 * successful import redirects (Post/Redirect/Get) so a reload cannot import twice; a refused one
 * shows its errors row by row on the same page.
 */
@Controller
class UnitWorkbookPages {

    private final TreeImport treeImport;
    private final TreeExport treeExport;
    private final WorkProgress progress;

    UnitWorkbookPages(TreeImport treeImport, TreeExport treeExport, WorkProgress progress) {
        this.treeImport = treeImport;
        this.treeExport = treeExport;
        this.progress = progress;
    }

    @GetMapping("/units/import")
    String form(Model model) {
        return page(model);
    }

    @GetMapping("/units/import/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        WorkbookResponses.send(treeExport.template(locale), response);
    }

    @PostMapping("/units/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "progress", required = false) String progressToken, Locale locale, Model model,
            HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        TreeImport.Outcome outcome;
        // A form sent without choosing a file still carries an empty part with no file name.
        boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        if (!chosen) {
            outcome = treeImport.refusedFile(locale, "workbook.file.missing");
        } else {
            try (InputStream in = file.getInputStream()) {
                outcome = treeImport.importWorkbook(in, locale,
                        progress.start(progressToken, request.getSession().getId(), "progress.started"));
            }
        }
        return switch (outcome) {
            case TreeImport.Imported imported -> {
                redirect.addFlashAttribute("imported", imported);
                yield "redirect:/units/import";
            }
            case TreeImport.Refused refused -> {
                model.addAttribute("refused", refused);
                yield page(model);
            }
        };
    }

    @GetMapping("/units/{id}/export.xlsx")
    void export(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Locale locale, HttpServletResponse response) throws IOException {
        WorkbookResponses.send(treeExport.subtree(UnitId.of(id), date, locale), response);
    }

    private static String page(Model model) {
        model.addAttribute("maxRows", TreeImport.MAX_ROWS);
        model.addAttribute("maxMegabytes", TreeImport.MAX_BYTES / (1024 * 1024));
        return "units/import";
    }
}
