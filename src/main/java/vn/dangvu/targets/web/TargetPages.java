package vn.dangvu.targets.web;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.Labels;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.targets.Measure;
import vn.dangvu.targets.MeasureCatalog;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.ProgressViews.Dashboard;
import vn.dangvu.targets.ProgressViews.TargetLine;
import vn.dangvu.targets.ProgressViews.TargetReport;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.RollUps;
import vn.dangvu.targets.RollUps.MeasureRollUp;
import vn.dangvu.targets.RollUps.RollUp;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.Target;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDirectory;
import vn.dangvu.targets.TargetDirectory.ResolutionView;
import vn.dangvu.targets.TargetProgress;
import vn.dangvu.targets.web.TargetForms.ResolutionForm;
import vn.dangvu.targets.web.TargetForms.SettingsForm;
import vn.dangvu.targets.web.TargetForms.TargetForm;
import vn.dangvu.targets.web.TargetForms.ValueForm;

/**
 * A unit's resolution and targets as of a date, each target's page with its chart, the forms that
 * enter them, and a superior's comparison of its subordinates. Post/Redirect/Get on success; a
 * refused change comes back with what was typed and the rule's message.
 */
@Controller
class TargetPages {

    /** One target on the dashboard: its reading with the bar and chart drawn. */
    record LineView(TargetLine line, String bar, String chart, String goal) {
    }

    private final TargetDirectory directory;
    private final TargetProgress progress;
    private final TargetBook book;
    private final RollUps rollUps;
    private final MeasureCatalog catalog;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;
    private final TargetTexts texts;

    TargetPages(TargetDirectory directory, TargetProgress progress, TargetBook book, RollUps rollUps,
            MeasureCatalog catalog, OrganizationTree tree, UnitAccess access, MessageSource messages, Clock clock,
            TargetTexts texts) {
        this.texts = texts;
        this.directory = directory;
        this.progress = progress;
        this.book = book;
        this.rollUps = rollUps;
        this.catalog = catalog;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    // --- the dashboard ------------------------------------------------------------------------------

    @GetMapping("/units/{id}/targets")
    String dashboard(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long term, Model model, Locale locale) {
        access.checkRead(id);
        LocalDate on = date == null ? today() : date;
        UnitId unitId = UnitId.of(id);
        UnitView unit = unitOn(id, on);
        List<Term> terms = tree.terms(unitId);
        Term selected = term != null
                ? terms.stream().filter(t -> t.id() == term).findFirst().orElseThrow(() -> new NotFoundException("term", term))
                : tree.termOn(unitId, on).orElse(null);
        Numbers numbers = new Numbers(locale);
        model.addAttribute("unit", unit);
        model.addAttribute("date", on);
        model.addAttribute("today", today());
        model.addAttribute("terms", terms);
        model.addAttribute("selectedTerm", selected);
        model.addAttribute("fmt", numbers);
        model.addAttribute("canWrite", access.canWrite(id));
        model.addAttribute("hasSubordinates", tree.subordinates(unitId, on, 0, 1).total() > 0);
        Optional<ResolutionView> resolution = selected == null ? Optional.empty() : directory.forTerm(selected.id());
        model.addAttribute("resolution", resolution.orElse(null));
        if (resolution.isPresent()) {
            Dashboard dashboard = progress.dashboard(resolution.get(), on);
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("summaryText", texts.summary(dashboard.summary(), locale));
            model.addAttribute("lines", dashboard.lines().stream()
                    .map(l -> lineView(l, resolution.get().window(), true, numbers, locale)).toList());
        }
        return "targets/dashboard";
    }

    @GetMapping("/units/{id}/targets/{targetId:\\d+}")
    String target(@PathVariable long id, @PathVariable long targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model, Locale locale) {
        checkTargetOf(id, targetId, false);
        LocalDate on = date == null ? today() : date;
        return targetView(id, targetId, on, new ValueForm(null, null, null, ""), model, locale);
    }

    private String targetView(long id, long targetId, LocalDate on, ValueForm valueForm, Model model, Locale locale) {
        TargetReport report = progress.report(targetId, on);
        Numbers numbers = new Numbers(locale);
        model.addAttribute("unit", unitOn(id, on));
        model.addAttribute("date", on);
        model.addAttribute("today", today());
        model.addAttribute("report", report);
        model.addAttribute("fmt", numbers);
        model.addAttribute("view", lineView(report.line(), report.resolution().window(), false, numbers, locale));
        model.addAttribute("years", report.years());
        model.addAttribute("canWrite", access.canWrite(id));
        model.addAttribute("valueForm", valueForm);
        return "targets/target";
    }

    // --- resolution ---------------------------------------------------------------------------------

    @GetMapping("/units/{id}/targets/resolution/new")
    String resolutionForm(@PathVariable long id, @RequestParam(required = false) Long term, Model model) {
        access.checkWrite(id);
        Term selected = term == null ? tree.termOn(UnitId.of(id), today()).orElse(null) : null;
        Long termId = term != null ? term : selected == null ? null : selected.id();
        return resolutionView(id, new ResolutionForm(termId, "", null), model);
    }

    @PostMapping("/units/{id}/targets/resolution/new")
    String adopt(@PathVariable long id, @Valid @ModelAttribute("form") ResolutionForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, resolutionView(id, form, model));
        }
        try {
            book.adopt(UnitId.of(id), form.termId(), form.title(), form.adoptedOn());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, resolutionView(id, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("targets.resolution.done", new Object[] {form.title()},
                locale));
        return "redirect:/units/" + id + "/targets?term=" + form.termId();
    }

    private String resolutionView(long id, ResolutionForm form, Model model) {
        model.addAttribute("unit", unitOn(id, today()));
        model.addAttribute("terms", tree.terms(UnitId.of(id)));
        model.addAttribute("form", form);
        return "targets/resolution-form";
    }

    // --- targets ------------------------------------------------------------------------------------

    @GetMapping("/units/{id}/targets/new")
    String newTarget(@PathVariable long id, @RequestParam long resolution, Model model) {
        access.checkWrite(id);
        checkResolutionOf(id, resolution);
        return targetFormView(id, null, TargetForm.blank(resolution), model);
    }

    @PostMapping("/units/{id}/targets/new")
    String addTarget(@PathVariable long id, @Valid @ModelAttribute("form") TargetForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (form.resolutionId() == null) {
            throw new NotFoundException("resolution", null);
        }
        ResolutionView rv = checkResolutionOf(id, form.resolutionId());
        if (binding.hasErrors()) {
            return invalid(response, targetFormView(id, null, form, model));
        }
        try {
            Target added = book.addTarget(form.resolutionId(), form.draft());
            redirect.addFlashAttribute("flash", messages.getMessage("targets.done.added", new Object[] {added.number()},
                    locale));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, targetFormView(id, null, form, model));
        }
        return "redirect:/units/" + id + "/targets?term=" + rv.term().id();
    }

    @GetMapping("/units/{id}/targets/{targetId:\\d+}/edit")
    String editTarget(@PathVariable long id, @PathVariable long targetId, Model model) {
        Target target = checkTargetOf(id, targetId, true);
        return targetFormView(id, targetId, TargetForm.of(target), model);
    }

    @PostMapping("/units/{id}/targets/{targetId:\\d+}/edit")
    String updateTarget(@PathVariable long id, @PathVariable long targetId, @Valid @ModelAttribute("form") TargetForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        checkTargetOf(id, targetId, true);
        if (binding.hasErrors()) {
            return invalid(response, targetFormView(id, targetId, form, model));
        }
        try {
            Target saved = book.updateTarget(targetId, form.draft());
            redirect.addFlashAttribute("flash", messages.getMessage("targets.done.updated", new Object[] {saved.number()},
                    locale));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, targetFormView(id, targetId, form, model));
        }
        return "redirect:/units/" + id + "/targets/" + targetId;
    }

    private String targetFormView(long id, Long targetId, TargetForm form, Model model) {
        model.addAttribute("unit", unitOn(id, today()));
        model.addAttribute("form", form);
        model.addAttribute("targetId", targetId);
        model.addAttribute("measures", catalog.all());
        model.addAttribute("stocks", catalog.all().stream().filter(m -> m.kind() == MeasureKind.STOCK).toList());
        model.addAttribute("quantities", Quantity.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("scopes", Scope.values());
        return "targets/target-form";
    }

    @PostMapping("/units/{id}/targets/{targetId:\\d+}/values")
    String enterValue(@PathVariable long id, @PathVariable long targetId, @Valid @ModelAttribute("valueForm") ValueForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        checkTargetOf(id, targetId, true);
        LocalDate on = today();
        if (binding.hasErrors()) {
            return invalid(response, targetView(id, targetId, on, form, model, locale));
        }
        try {
            book.enterValue(targetId, form.from(), form.to(), form.value(), form.note());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, targetView(id, targetId, on, form, model, locale));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("targets.values.done", null, locale));
        return "redirect:/units/" + id + "/targets/" + targetId;
    }

    // --- settings -----------------------------------------------------------------------------------

    @GetMapping("/units/{id}/targets/settings")
    String settingsForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        ProgressSettings s = directory.settings(UnitId.of(id));
        return settingsView(id, new SettingsForm(s.reachedAt(), s.onTrackAt(), s.bandsText(), s.percentScale(),
                s.rounding()), model);
    }

    @PostMapping("/units/{id}/targets/settings")
    String saveSettings(@PathVariable long id, @Valid @ModelAttribute("form") SettingsForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, settingsView(id, form, model));
        }
        try {
            book.saveSettings(UnitId.of(id), new ProgressSettings(form.reachedAt(), form.onTrackAt(),
                    ProgressSettings.parseBands(form.bands()), form.scale(), form.rounding()));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, settingsView(id, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("targets.settings.done", null, locale));
        return "redirect:/units/" + id + "/targets";
    }

    private String settingsView(long id, SettingsForm form, Model model) {
        model.addAttribute("unit", unitOn(id, today()));
        model.addAttribute("form", form);
        model.addAttribute("roundings", List.of(RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UP));
        return "targets/settings";
    }

    // --- comparison of subordinates ---------------------------------------------------------------

    @GetMapping("/units/{id}/targets/compare")
    String compare(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) String measure, Model model, Locale locale) {
        access.checkRead(id);
        LocalDate on = date == null ? today() : date;
        unitOn(id, on);
        return compareView(rollUps.of(UnitId.of(id), on, from, List.of(), readableScope()), measure, model, locale);
    }

    @GetMapping("/targets/compare")
    String compareCountry(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) String measure, Model model, Locale locale) {
        LocalDate on = date == null ? today() : date;
        return compareView(rollUps.country(on, from, List.of(), readableScope()), measure, model, locale);
    }

    /** The units at the top of what the user may read; empty when they read the whole tree. */
    private Optional<Set<UnitId>> readableScope() {
        return access.readableRoots().map(roots -> roots.stream().map(UnitId::new).collect(Collectors.toSet()));
    }

    private String compareView(RollUp up, String measureCode, Model model, Locale locale) {
        Numbers numbers = new Numbers(locale);
        // With no measure chosen, the page opens on the one people look at first: the members on the date.
        String code = measureCode == null || measureCode.isBlank() ? MeasureCatalog.FIRST_LOOKED_AT : measureCode;
        MeasureRollUp selected = up.measures().stream().filter(m -> m.measure().code().equals(code)).findFirst()
                .or(() -> up.measures().stream().filter(m -> m.measure().code().equals(MeasureCatalog.FIRST_LOOKED_AT))
                        .findFirst())
                .orElse(up.measures().getFirst());
        String label = messages.getMessage(selected.measure().labelKey(), null, locale);
        model.addAttribute("rollUp", up);
        model.addAttribute("selected", selected);
        model.addAttribute("bars", Charts.bars(selected, messages.getMessage("targets.chart.bars", null, locale) + ": "
                + label, numbers));
        model.addAttribute("fmt", numbers);
        model.addAttribute("date", up.on());
        model.addAttribute("from", up.window().start());
        model.addAttribute("today", today());
        model.addAttribute("unit", up.unit());
        model.addAttribute("ownDiffers", selected.own() != null && !selected.own().equals(selected.combined()));
        return "targets/compare";
    }

    // --- helpers ------------------------------------------------------------------------------------

    private LineView lineView(TargetLine line, vn.dangvu.targets.Window term, boolean compact, Numbers numbers,
            Locale locale) {
        String title = messages.getMessage("targets.chart.aria", null, locale) + ": " + line.target().title();
        String chart = line.series().values().isEmpty() && line.series().pace().isEmpty() ? ""
                : Charts.line(line.series(), term, line.asOf(), compact, title, numbers);
        String bar = Charts.progressBar(line.reading(), line.reading().percent() == null ? ""
                : numbers.number(line.reading().percent()) + "%");
        String goal = numbers.number(line.reading().goal());
        if (line.target().hasBaseline()) {
            Measure baseline = catalog.find(line.target().baselineMeasure()).orElse(null);
            goal = messages.getMessage("targets.goal.baseline", new Object[] {numbers.number(line.target().goal()),
                    baseline == null ? line.target().baselineMeasure() : Labels.key(baseline.labelKey()),
                    numbers.number(line.reading().goal())}, locale);
        }
        return new LineView(line, bar, chart, goal);
    }

    private Target checkTargetOf(long unitId, long targetId, boolean write) {
        if (write) {
            access.checkWrite(unitId);
        } else {
            access.checkRead(unitId);
        }
        if (directory.unitOfTarget(targetId).value() != unitId) {
            throw new NotFoundException("target", targetId);
        }
        return directory.target(targetId);
    }

    private ResolutionView checkResolutionOf(long unitId, long resolutionId) {
        ResolutionView rv = directory.resolution(resolutionId);
        if (rv.resolution().unit().value() != unitId) {
            throw new NotFoundException("resolution", resolutionId);
        }
        return rv;
    }

    private UnitView unitOn(long id, LocalDate on) {
        return tree.find(UnitId.of(id), on).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String refused(RuleViolation v, Locale locale, Model model, HttpServletResponse response, String view) {
        model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        return invalid(response, view);
    }

    private static String invalid(HttpServletResponse response, String view) {
        response.setStatus(422);
        return view;
    }
}
