package vn.dangvu.training.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.training.RegisterWorkbook;
import vn.dangvu.training.RegisterWorkbook.ImportResult;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.Outcome;
import vn.dangvu.training.TrainingBook;
import vn.dangvu.training.TrainingDirectory;
import vn.dangvu.training.TrainingViews.Campaign;
import vn.dangvu.training.TrainingViews.ClassView;
import vn.dangvu.training.TrainingViews.EnrolmentView;
import vn.dangvu.training.TrainingViews.SubjectLine;
import vn.dangvu.training.web.TrainingCharts.Bar;
import vn.dangvu.training.web.TrainingForms.ClassForm;

/**
 * A unit's classes, each class's register (one screen, one save, for a class of forty or more; someone
 * enrolled by mistake is taken off it from there), the
 * forms that plan and correct classes, the Excel register, and the campaigns' attendance. Reading needs
 * the right to read the organizing unit, changing the right to change it; people enrolled who have
 * since moved out of the reader's reach are listed without their names.
 */
@Controller
class TrainingPages {

    static final int PAGE_SIZE = 20;
    static final int ELIGIBLE_LIMIT = 300;

    /** One line of the register form: what is stored, or what was typed when a save was refused. */
    record RegisterRow(EnrolmentView person, boolean visible, boolean attended, boolean completed, String certificate) {
    }

    private final TrainingDirectory directory;
    private final TrainingBook book;
    private final RegisterWorkbook workbook;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    TrainingPages(TrainingDirectory directory, TrainingBook book, RegisterWorkbook workbook, OrganizationTree tree,
            UnitAccess access, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.book = book;
        this.workbook = workbook;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    // --- a unit's classes ---------------------------------------------------------------------------

    @GetMapping("/units/{id}/training")
    String list(@PathVariable long id, @RequestParam(required = false) ClassKind kind,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        access.checkRead(id);
        Page<ClassView> classes = directory.classes(UnitId.of(id), kind, year, access.scope(Permission.READ),
                Math.max(0, page), PAGE_SIZE);
        model.addAttribute("unit", unit(id));
        model.addAttribute("classes", classes);
        model.addAttribute("kinds", ClassKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("rates", new Rates(locale));
        model.addAttribute("canWrite", access.canWrite(id));
        StringBuilder base = new StringBuilder("/units/" + id + "/training?");
        if (kind != null) {
            base.append("kind=").append(kind.name()).append('&');
        }
        if (year != null) {
            base.append("year=").append(year).append('&');
        }
        model.addAttribute("baseUrl", base.substring(0, base.length() - 1));
        return "training/list";
    }

    @GetMapping("/units/{id}/training/new")
    String newClass(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return formView(unit(id), null, ClassForm.empty(), model);
    }

    @PostMapping("/units/{id}/training/new")
    String plan(@PathVariable long id, @Valid @ModelAttribute("form") ClassForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, formView(unit(id), null, form, model));
        }
        long classId;
        try {
            classId = book.plan(UnitId.of(id), form.draft());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, formView(unit(id), null, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("training.done.planned", null, locale));
        return "redirect:/training/classes/" + classId;
    }

    // --- one class ----------------------------------------------------------------------------------

    @GetMapping("/training/classes/{classId}")
    String show(@PathVariable long classId, Model model, Locale locale) {
        ClassView c = classFor(classId, Permission.READ);
        return classView(c, null, model, locale);
    }

    @GetMapping("/training/classes/{classId}/edit")
    String edit(@PathVariable long classId, Model model) {
        ClassView c = classFor(classId, Permission.WRITE);
        return formView(unit(c.unit().value()), c, ClassForm.of(c), model);
    }

    @PostMapping("/training/classes/{classId}/edit")
    String revise(@PathVariable long classId, @Valid @ModelAttribute("form") ClassForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ClassView c = classFor(classId, Permission.WRITE);
        if (binding.hasErrors()) {
            return invalid(response, formView(unit(c.unit().value()), c, form, model));
        }
        try {
            book.revise(classId, form.draft());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, formView(unit(c.unit().value()), c, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("training.done.revised", null, locale));
        return "redirect:/training/classes/" + classId;
    }

    @PostMapping("/training/classes/{classId}/enrol")
    String enrol(@PathVariable long classId, @RequestParam(name = "member", required = false) List<Long> members,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ClassView c = classFor(classId, Permission.WRITE);
        List<MemberId> ids = members == null ? List.of() : members.stream().map(MemberId::new).toList();
        // only people the writer may see today: a number typed by hand cannot reach a record out of scope
        for (MemberId m : ids) {
            if (!visibleMember(m)) {
                throw new NotFoundException("member", m.value());
            }
        }
        try {
            book.enrol(classId, ids);
        } catch (RuleViolation v) {
            model.addAttribute("enrolError", message(v, locale));
            response.setStatus(422);
            return classView(c, null, model, locale);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("training.done.enrolled", new Object[] {ids.size()}, locale));
        return "redirect:/training/classes/" + classId;
    }

    /** Takes someone enrolled by mistake off the class; refused (with the reason) once certified. */
    @PostMapping("/training/classes/{classId}/enrolments/{memberId}/delete")
    String withdraw(@PathVariable long classId, @PathVariable long memberId, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClassView c = classFor(classId, Permission.WRITE);
        MemberId member = new MemberId(memberId);
        if (!visibleMember(member)) {
            throw new NotFoundException("member", memberId);
        }
        try {
            book.withdraw(classId, member);
        } catch (RuleViolation v) {
            model.addAttribute("ruleError", message(v, locale));
            response.setStatus(422);
            return classView(c, null, model, locale);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("training.done.withdrawn", null, locale));
        return "redirect:/training/classes/" + classId;
    }

    @PostMapping("/training/classes/{classId}/register")
    String register(@PathVariable long classId, HttpServletRequest request, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClassView c = classFor(classId, Permission.WRITE);
        String[] people = values(request, "member");
        Set<String> attended = new HashSet<>(Arrays.asList(values(request, "attended")));
        Set<String> completed = new HashSet<>(Arrays.asList(values(request, "completed")));
        List<Outcome> outcomes = new ArrayList<>();
        Map<Long, Outcome> typed = new java.util.HashMap<>();
        for (String person : people) {
            long member;
            try {
                member = Long.parseLong(person);
            } catch (NumberFormatException e) {
                throw new NotFoundException("enrolment", null);
            }
            Outcome o = new Outcome(new MemberId(member), attended.contains(person), completed.contains(person),
                    request.getParameter("certificate-" + person));
            outcomes.add(o);
            typed.put(member, o);
        }
        try {
            book.record(classId, outcomes);
        } catch (RuleViolation v) {
            model.addAttribute("ruleError", message(v, locale));
            response.setStatus(422);
            return classView(c, typed, model, locale);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("training.done.register", null, locale));
        return "redirect:/training/classes/" + classId;
    }

    // --- the register in Excel ----------------------------------------------------------------------

    @GetMapping("/training/classes/{classId}/register.xlsx")
    void template(@PathVariable long classId, HttpServletResponse response, Locale locale) throws IOException {
        classFor(classId, Permission.READ);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"diem-danh-lop-" + classId + ".xlsx\"");
        workbook.writeTemplate(classId, u -> access.canRead(u.value()), response.getOutputStream(), locale);
    }

    @PostMapping("/training/classes/{classId}/register.xlsx")
    String importRegister(@PathVariable long classId, @RequestParam(required = false) MultipartFile file, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        ClassView c = classFor(classId, Permission.WRITE);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importResult", new ImportResult(0, List.of(new RegisterWorkbook.ImportError(0, null, null,
                    messages.getMessage("training.sheet.error.no-file", null, locale)))));
            response.setStatus(422);
            return classView(c, null, model, locale);
        }
        ImportResult result = workbook.importInto(classId, file.getInputStream(), locale);
        if (!result.succeeded()) {
            model.addAttribute("importResult", result);
            response.setStatus(422);
            return classView(directory.find(classId).orElseThrow(), null, model, locale);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("training.done.imported", new Object[] {result.recorded()},
                locale));
        return "redirect:/training/classes/" + classId;
    }

    // --- campaigns ----------------------------------------------------------------------------------

    @GetMapping("/units/{id}/training/campaigns")
    String campaigns(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String subject, Model model, Locale locale) {
        access.checkRead(id);
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        Rates rates = new Rates(locale);
        UnitId unitId = UnitId.of(id);
        List<SubjectLine> subjects = directory.subjects(unitId, start, end, access.scope(Permission.READ));
        model.addAttribute("unit", unit(id));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("subjects", subjects);
        model.addAttribute("rates", rates);
        if (!subjects.isEmpty()) {
            model.addAttribute("subjectChart", TrainingCharts.bars(subjects.stream()
                            .map(s -> new Bar(s.subject(), s.attendanceRate())).toList(),
                    messages.getMessage("training.campaigns.chart", null, locale), rates));
        }
        if (subject != null && !subject.isBlank()) {
            Campaign campaign = directory.campaign(unitId, subject, start, end, access.scope(Permission.READ));
            model.addAttribute("campaign", campaign);
            model.addAttribute("campaignLine", messages.getMessage("training.campaign.line", new Object[] {
                    campaign.classes().size(), campaign.subject(), rates.percent(campaign.attendanceRate())}, locale));
            model.addAttribute("campaignChart", TrainingCharts.bars(campaign.classes().stream()
                            .map(c -> new Bar(c.title(), c.attendanceRate())).toList(),
                    messages.getMessage("training.campaign.chart", new Object[] {campaign.subject()}, locale), rates));
        }
        return "training/campaigns";
    }

    // --- helpers ------------------------------------------------------------------------------------

    private String classView(ClassView c, Map<Long, Outcome> typed, Model model, Locale locale) {
        long unitId = c.unit().value();
        boolean canWrite = access.canWrite(unitId);
        List<RegisterRow> rows = directory.enrolments(c.id()).stream().map(e -> {
            boolean visible = access.canRead(e.unit().value());
            Outcome t = typed == null ? null : typed.get(e.member().value());
            return t == null ? new RegisterRow(e, visible, e.attended(), e.completed(), e.certificateNumber())
                    : new RegisterRow(e, visible, t.attended(), t.completed(), t.certificateNumber());
        }).toList();
        model.addAttribute("training", c);
        model.addAttribute("unit", unit(unitId));
        model.addAttribute("rows", rows);
        model.addAttribute("rates", new Rates(locale));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("ended", !today().isBefore(c.endsOn()));
        model.addAttribute("eligible", canWrite ? directory.eligible(c, access.scope(Permission.READ), ELIGIBLE_LIMIT)
                : List.of());
        model.addAttribute("eligibleLimit", ELIGIBLE_LIMIT);
        if (c.subject() != null) {
            model.addAttribute("campaignUrl", "/units/" + unitId + "/training/campaigns?from=" + c.endsOn().withDayOfYear(1)
                    + "&to=" + c.endsOn().withMonth(12).withDayOfMonth(31) + "&subject="
                    + URLEncoder.encode(c.subject(), StandardCharsets.UTF_8));
        }
        return "training/class";
    }

    private String formView(UnitView unit, ClassView existing, ClassForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", ClassKind.values());
        return "training/class-form";
    }

    private ClassView classFor(long classId, Permission permission) {
        ClassView c = directory.find(classId).orElseThrow(() -> new NotFoundException("training class", classId));
        access.check(permission, c.unit().value());
        return c;
    }

    private boolean visibleMember(MemberId member) {
        return directory.currentUnitOf(member).map(u -> access.canRead(u.value())).orElse(false);
    }

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), today()).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    private String message(RuleViolation v, Locale locale) {
        return messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale);
    }

    private String refused(RuleViolation v, Locale locale, Model model, HttpServletResponse response, String view) {
        model.addAttribute("ruleError", message(v, locale));
        return invalid(response, view);
    }

    private static String invalid(HttpServletResponse response, String view) {
        response.setStatus(422);
        return view;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
