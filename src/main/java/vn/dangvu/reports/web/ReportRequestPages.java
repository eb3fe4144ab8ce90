package vn.dangvu.reports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.reports.ReportKind;
import vn.dangvu.reports.ReportModel;
import vn.dangvu.reports.ReportRequest;
import vn.dangvu.reports.ReportRequestBook;
import vn.dangvu.reports.Reports;

/**
 * A superior's requests for reports (issue, follow who submitted, who is late, read, return with a
 * comment, download the consolidated report) and a subordinate's submission of its draft.
 */
@Controller
class ReportRequestPages {

    private final ReportRequestBook book;
    private final Reports reports;
    private final ReportQueries queries;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;

    ReportRequestPages(ReportRequestBook book, Reports reports, ReportQueries queries, OrganizationTree tree,
            UnitAccess access, MessageSource messages) {
        this.book = book;
        this.reports = reports;
        this.queries = queries;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/{id}/report-requests")
    String list(@PathVariable long id, Model model) {
        access.checkRead(id);
        return listView(id, model);
    }

    private String listView(long id, Model model) {
        LocalDate today = queries.today();
        UnitId unit = UnitId.of(id);
        model.addAttribute("unit", tree.find(unit, today).orElseThrow(() -> new NotFoundException("unit", id)));
        model.addAttribute("issued", book.issuedBy(unit));
        model.addAttribute("addressed", book.addressedTo(unit).stream().map(r -> visible(r)).toList());
        model.addAttribute("subordinates", tree.subordinates(unit, today, 0, 500).items());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("canWrite", access.canWrite(id));
        model.addAttribute("today", today);
        return "reports/requests";
    }

    @PostMapping("/units/{id}/report-requests")
    String issue(@PathVariable long id, @RequestParam(required = false) String document,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(name = "units", required = false) List<Long> units, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.check(Permission.WRITE, id);
        try {
            long rid = book.issue(UnitId.of(id), new ReportRequest.Issue(document, issuedOn, kind, from, to, deadline,
                    units == null ? List.of() : units.stream().map(UnitId::of).toList()));
            redirect.addFlashAttribute("flash", messages.getMessage("reports.request.issued", null, locale));
            return "redirect:/units/" + id + "/report-requests/" + rid;
        } catch (RuleViolation v) {
            response.setStatus(422);
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            return listView(id, model);
        }
    }

    @GetMapping("/units/{id}/report-requests/{requestId:\\d+}")
    String request(@PathVariable long id, @PathVariable long requestId, Model model) {
        access.checkRead(id);
        ReportRequest request = issuedBy(id, requestId);
        model.addAttribute("unit", tree.find(UnitId.of(id), queries.today()).orElseThrow());
        model.addAttribute("request", visible(request));
        model.addAttribute("canWrite", access.canWrite(id));
        return "reports/request";
    }

    @PostMapping("/units/{id}/report-requests/{requestId:\\d+}/return")
    String returnReport(@PathVariable long id, @PathVariable long requestId, @RequestParam long unit,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        access.check(Permission.WRITE, id);
        ReportRequest request = issuedBy(id, requestId);
        if (request.addressees().stream().noneMatch(a -> a.unit().value() == unit) || !access.canRead(unit)) {
            throw new NotFoundException("unit", unit);
        }
        try {
            book.returnReport(requestId, UnitId.of(unit), comment);
            redirect.addFlashAttribute("flash", messages.getMessage("reports.request.returned", null, locale));
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        }
        return "redirect:/units/" + id + "/report-requests/" + requestId;
    }

    @GetMapping("/units/{id}/report-requests/{requestId:\\d+}/consolidated.{ext}")
    void consolidated(@PathVariable long id, @PathVariable long requestId, @PathVariable String ext,
            HttpServletResponse response) throws IOException {
        access.checkRead(id);
        ReportRequest request = issuedBy(id, requestId);
        Reports.Format format = Reports.Format.of(ext).orElseThrow(() -> new NotFoundException("format", ext));
        ReportModel model = queries.model(reports, id, request.period());
        byte[] bytes = reports.render(model, book.consolidatedDraft(visible(request)), format);
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(Reports.fileName(model, format), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(bytes);
    }

    /** The subordinate submits its draft for a request addressed to it; the draft is locked. */
    @PostMapping("/units/{id}/reports/drafts/{draftId:\\d+}/submit")
    String submit(@PathVariable long id, @PathVariable long draftId, @RequestParam long request, Locale locale,
            RedirectAttributes redirect) {
        access.check(Permission.WRITE, id);
        try {
            book.submit(request, UnitId.of(id), draftId);
            redirect.addFlashAttribute("flash", messages.getMessage("reports.request.submitted", null, locale));
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        }
        return "redirect:/units/" + id + "/reports/drafts/" + draftId;
    }

    private ReportRequest issuedBy(long unit, long requestId) {
        return queries.issuedBy(book, unit, requestId);
    }

    private ReportRequest visible(ReportRequest r) {
        return queries.visible(r);
    }
}
