package vn.dangvu.reports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.reports.ReportDraft;
import vn.dangvu.reports.ReportDrafts;
import vn.dangvu.reports.ReportKind;
import vn.dangvu.reports.ReportModel;
import vn.dangvu.reports.ReportPeriod;
import vn.dangvu.reports.ReportText;
import vn.dangvu.reports.Reports;

/**
 * Choosing a unit's report (kind and period), the preview of its figures and targets table, the
 * narrative editor beside them, and the downloads. The figures load after the page (htmx), so a
 * large committee's report never holds the page up. Post/Redirect/Get on saving a draft.
 */
@Controller
class ReportPages {

    /** The narrative editor's form. {@code version} is the draft's updated_at as read. */
    record DraftForm(ReportKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer number, String place,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String superiorBody, String signerName,
            String signerPosition, String recipients, String results, String limitations, String tasks,
            String version) {

        static DraftForm of(ReportDraft d) {
            return new DraftForm(d.period().kind(), d.period().from(), d.period().to(), d.number(), d.place(),
                    d.issuedOn(), d.superiorBody(), d.signerName(), d.signerPosition(),
                    String.join("\n", d.recipients()), d.results(), d.limitations(), d.tasks(),
                    d.updatedAt() == null ? null : d.updatedAt().toString());
        }

        ReportDraft.Edit edit() {
            Instant v = null;
            try {
                v = version == null || version.isBlank() ? null : Instant.parse(version);
            } catch (java.time.format.DateTimeParseException e) {
                v = Instant.EPOCH;
            }
            return new ReportDraft.Edit(kind, from, to, number, place, issuedOn, superiorBody, signerName,
                    signerPosition, recipients, results, limitations, tasks, v);
        }
    }

    private final Reports reports;
    private final ReportDrafts drafts;
    private final ReportQueries requests;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final vn.dangvu.reports.ReportRequestBook requestBook;

    ReportPages(Reports reports, ReportDrafts drafts, ReportQueries requests, OrganizationTree tree,
            UnitAccess access, MessageSource messages, vn.dangvu.reports.ReportRequestBook requestBook) {
        this.requestBook = requestBook;
        this.reports = reports;
        this.drafts = drafts;
        this.requests = requests;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/{id}/reports")
    String choose(@PathVariable long id, @RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model, Locale locale, HttpServletResponse response) {
        access.checkRead(id);
        model.addAttribute("unit", unit(id, requests.today()));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("kind", kind == null ? ReportKind.SIX_MONTHS : kind);
        model.addAttribute("year", year == null ? requests.today().getYear() : year);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("drafts", drafts.of(UnitId.of(id), 0, 20));
        model.addAttribute("canWrite", access.canWrite(id));
        if (kind != null) {
            try {
                model.addAttribute("period", requests.period(id, kind, year, from, to));
            } catch (RuleViolation v) {
                response.setStatus(422);
                model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            }
        }
        return "reports/choose";
    }

    /** The figures, targets table and subordinates of a period: the fragment the pages load with htmx. */
    @GetMapping("/units/{id}/reports/figures")
    String figures(@PathVariable long id, @RequestParam ReportKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long draft, Model model) {
        access.checkRead(id);
        ReportPeriod period = new ReportPeriod(kind, from, to);
        long started = System.nanoTime();
        ReportModel report = requests.model(reports, id, period);
        model.addAttribute("report", report);
        model.addAttribute("elapsedMs", (System.nanoTime() - started) / 1_000_000);
        model.addAttribute("draftId", draft);
        model.addAttribute("fmt", new FigureText(report.settings()));
        return "reports/figures :: figures";
    }

    @GetMapping(path = "/units/{id}/reports/chart.png", produces = "image/png")
    void chart(@PathVariable long id, @RequestParam ReportKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        access.checkRead(id);
        ReportModel report = reports.model(UnitId.of(id), new ReportPeriod(kind, from, to), requests.scope());
        byte[] png = reports.chart(report).orElseThrow(() -> new NotFoundException("chart", id));
        response.setContentType("image/png");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(png);
    }

    @GetMapping("/units/{id}/reports/download.{ext}")
    void download(@PathVariable long id, @PathVariable String ext, @RequestParam ReportKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long draft, HttpServletResponse response) throws IOException {
        access.checkRead(id);
        Reports.Format format = Reports.Format.of(ext).orElseThrow(() -> new NotFoundException("format", ext));
        ReportPeriod period = new ReportPeriod(kind, from, to);
        ReportDraft written = draft == null ? ReportDraft.blank(UnitId.of(id), period) : draft(id, draft);
        ReportModel report = requests.model(reports, id, period);
        byte[] bytes = reports.render(report, written, format);
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(Reports.fileName(report, format), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @GetMapping("/units/{id}/reports/drafts/new")
    String newDraft(@PathVariable long id, @RequestParam ReportKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        access.check(Permission.WRITE, id);
        ReportDraft blank = ReportDraft.blank(UnitId.of(id), new ReportPeriod(kind, from, to));
        return editor(id, null, DraftForm.of(blank), model);
    }

    @PostMapping("/units/{id}/reports/drafts")
    String create(@PathVariable long id, @ModelAttribute("form") DraftForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.check(Permission.WRITE, id);
        try {
            ReportDraft saved = drafts.save(UnitId.of(id), null, form.edit());
            redirect.addFlashAttribute("flash", messages.getMessage("reports.draft.saved", null, locale));
            return "redirect:/units/" + id + "/reports/drafts/" + saved.id();
        } catch (RuleViolation v) {
            return refused(v, locale, response, model, editor(id, null, form, model));
        }
    }

    @GetMapping("/units/{id}/reports/drafts/{draftId:\\d+}")
    String edit(@PathVariable long id, @PathVariable long draftId, Model model) {
        access.checkRead(id);
        ReportDraft d = draft(id, draftId);
        model.addAttribute("submitted", d.submitted());
        return editor(id, draftId, DraftForm.of(d), model);
    }

    @PostMapping("/units/{id}/reports/drafts/{draftId:\\d+}")
    String save(@PathVariable long id, @PathVariable long draftId, @ModelAttribute("form") DraftForm form,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.check(Permission.WRITE, id);
        draft(id, draftId);
        try {
            drafts.save(UnitId.of(id), draftId, form.edit());
            redirect.addFlashAttribute("flash", messages.getMessage("reports.draft.saved", null, locale));
            return "redirect:/units/" + id + "/reports/drafts/" + draftId;
        } catch (RuleViolation v) {
            return refused(v, locale, response, model, editor(id, draftId, form, model));
        }
    }

    private String editor(long id, Long draftId, DraftForm form, Model model) {
        model.addAttribute("unit", unit(id, requests.today()));
        model.addAttribute("draftId", draftId);
        model.addAttribute("form", form);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("canWrite", access.canWrite(id));
        boolean valid = form.kind() != null && form.from() != null && form.to() != null && !form.from().isAfter(form.to());
        model.addAttribute("periodValid", valid);
        // requests of the superior this unit has yet to answer, and what a returned report was told
        var addressed = requestBook.addressedTo(UnitId.of(id)).stream().map(r -> new Object[] {r,
                r.addressees().stream().filter(a -> a.unit().value() == id).findFirst().orElseThrow()}).toList();
        model.addAttribute("openRequests", addressed.stream()
                .filter(x -> ((vn.dangvu.reports.ReportRequest.Addressee) x[1]).submittedAt() == null)
                .map(x -> (vn.dangvu.reports.ReportRequest) x[0]).toList());
        model.addAttribute("returned", addressed.stream()
                .map(x -> (vn.dangvu.reports.ReportRequest.Addressee) x[1])
                .filter(a -> draftId != null && draftId.equals(a.draftId()) && a.returnedAt() != null
                        && a.submittedAt() == null).toList());
        return "reports/editor";
    }

    private String refused(RuleViolation v, Locale locale, HttpServletResponse response, Model model, String view) {
        response.setStatus(422);
        model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        return view;
    }

    private ReportDraft draft(long unit, long draftId) {
        return drafts.find(draftId).filter(d -> d.unit().value() == unit)
                .orElseThrow(() -> new NotFoundException("report-draft", draftId));
    }

    private UnitView unit(long id, LocalDate on) {
        return tree.find(UnitId.of(id), on).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** Figures as the report writes them, for the preview. */
    public static final class FigureText {
        private final vn.dangvu.targets.ProgressSettings settings;

        FigureText(vn.dangvu.targets.ProgressSettings settings) {
            this.settings = settings;
        }

        public String figure(ReportModel.Figure f) {
            if (f.share()) {
                return f.denominator() == 0 ? "–" : ReportText.percent(f.value(), settings) + " ("
                        + ReportText.number(f.numerator()) + "/" + ReportText.number(f.denominator()) + ")";
            }
            return ReportText.number(f.value());
        }

        public String number(java.math.BigDecimal v) {
            return ReportText.number(v);
        }

        public String percent(java.math.BigDecimal v) {
            return ReportText.percent(v, settings);
        }

        public String cell(java.math.BigDecimal v, vn.dangvu.targets.MeasureKind kind) {
            return kind == vn.dangvu.targets.MeasureKind.SHARE ? percent(v) : number(v);
        }

        public String date(LocalDate d) {
            return ReportText.slash(d);
        }
    }
}
