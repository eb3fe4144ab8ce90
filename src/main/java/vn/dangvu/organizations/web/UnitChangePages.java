package vn.dangvu.organizations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organizations.Commands;
import vn.dangvu.organizations.CongressNumber;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.organizations.web.UnitForms.DissolveForm;
import vn.dangvu.organizations.web.UnitForms.EstablishForm;
import vn.dangvu.organizations.web.UnitForms.MergeNewForm;
import vn.dangvu.organizations.web.UnitForms.OtherUnitForm;
import vn.dangvu.organizations.web.UnitForms.RenameForm;
import vn.dangvu.organizations.web.UnitForms.TermForm;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;

/**
 * The forms for every structural event. Post/Redirect/Get on success with a flash message; on a
 * refused change the same form comes back with what was typed and the rule's message.
 */
@Controller
class UnitChangePages {

    private final StructuralChanges changes;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    UnitChangePages(StructuralChanges changes, OrganizationTree tree, UnitAccess access, MessageSource messages,
            Clock clock) {
        this.changes = changes;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    // --- establish ------------------------------------------------------------------------------

    @GetMapping("/units/new")
    String establishForm(@RequestParam(required = false) Long superior, Model model) {
        var form = new EstablishForm(superior, "", "", null, LocalDate.now(clock), "", "");
        return establishView(form, model);
    }

    @PostMapping("/units/new")
    String establish(@Valid @ModelAttribute("form") EstablishForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.superiorId() != null) {
            access.checkWrite(form.superiorId());
        } else if (!access.canWriteEverywhere()) {
            throw new UnitAccess.AccessDeniedException();
        }
        if (binding.hasErrors()) {
            return invalid(response, establishView(form, model));
        }
        try {
            UnitId id = changes.establish(new Commands.EstablishUnit(form.code(), form.name(), form.type(),
                    form.superiorId() == null ? null : new UnitId(form.superiorId()), form.on(), form.decision(),
                    form.note()));
            return done(redirect, locale, "units.done.established", id.value(), form.name());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, establishView(form, model));
        }
    }

    private String establishView(EstablishForm form, Model model) {
        model.addAttribute("form", form);
        if (form.superiorId() != null) {
            access.checkRead(form.superiorId());
            UnitView superior = unitToday(form.superiorId());
            model.addAttribute("superior", superior);
            model.addAttribute("types", TreePages.childTypes(superior.type()));
        } else {
            model.addAttribute("types", Arrays.stream(UnitType.values()).filter(UnitType::isTopLevel).toList());
        }
        return "units/establish";
    }

    // --- rename ---------------------------------------------------------------------------------

    @GetMapping("/units/{id}/rename")
    String renameForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return renameView(id, new RenameForm(unitToday(id).name(), LocalDate.now(clock), ""), model);
    }

    @PostMapping("/units/{id}/rename")
    String rename(@PathVariable long id, @Valid @ModelAttribute("form") RenameForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, renameView(id, form, model));
        }
        try {
            changes.rename(new Commands.RenameUnit(new UnitId(id), form.newName(), form.on(), form.decision()));
            return done(redirect, locale, "units.done.renamed", id, form.newName());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, renameView(id, form, model));
        }
    }

    private String renameView(long id, RenameForm form, Model model) {
        model.addAttribute("unit", unitToday(id));
        model.addAttribute("form", form);
        return "units/rename";
    }

    // --- hand over and merge into another unit ---------------------------------------------------

    @GetMapping("/units/{id}/handover")
    String handOverForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return otherUnitView(id, "handover", new OtherUnitForm("", LocalDate.now(clock), "", ""), model);
    }

    @PostMapping("/units/{id}/handover")
    String handOver(@PathVariable long id, @Valid @ModelAttribute("form") OtherUnitForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, otherUnitView(id, "handover", form, model));
        }
        try {
            UnitId target = writableByCode(form.otherCode());
            changes.handOver(new Commands.HandOverUnit(new UnitId(id), target, form.on(), form.decision(), form.note()));
            return done(redirect, locale, "units.done.handedOver", id, unitToday(id).name());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, otherUnitView(id, "handover", form, model));
        }
    }

    @GetMapping("/units/{id}/merge")
    String mergeForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return otherUnitView(id, "merge", new OtherUnitForm("", LocalDate.now(clock), "", ""), model);
    }

    @PostMapping("/units/{id}/merge")
    String merge(@PathVariable long id, @Valid @ModelAttribute("form") OtherUnitForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, otherUnitView(id, "merge", form, model));
        }
        try {
            UnitId target = writableByCode(form.otherCode());
            changes.merge(new Commands.MergeUnits(List.of(new UnitId(id)), target, form.on(), form.decision()));
            return done(redirect, locale, "units.done.merged", target.value(), unitToday(id).name());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, otherUnitView(id, "merge", form, model));
        }
    }

    private String otherUnitView(long id, String kind, OtherUnitForm form, Model model) {
        UnitView unit = unitToday(id);
        model.addAttribute("unit", unit);
        model.addAttribute("superiorName", superiorName(unit));
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        return "units/other-unit";
    }

    // --- merge several into a new unit -----------------------------------------------------------

    @GetMapping("/units/merge-new")
    String mergeNewForm(@RequestParam long superior, Model model) {
        access.checkWrite(superior);
        return mergeNewView(new MergeNewForm(superior, "", "", "", null, LocalDate.now(clock), ""), model);
    }

    @PostMapping("/units/merge-new")
    String mergeNew(@Valid @ModelAttribute("form") MergeNewForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.superiorId() == null) {
            throw new NotFoundException("unit", "none");
        }
        access.checkWrite(form.superiorId());
        if (binding.hasErrors()) {
            return invalid(response, mergeNewView(form, model));
        }
        try {
            List<UnitId> sources = new ArrayList<>();
            for (String code : form.sourceCodes().split("[\\s,;]+")) {
                if (!code.isBlank()) {
                    sources.add(writableByCode(code));
                }
            }
            UnitId created = changes.mergeIntoNew(new Commands.MergeIntoNewUnit(sources, form.code(), form.name(),
                    form.type(), new UnitId(form.superiorId()), form.on(), form.decision()));
            return done(redirect, locale, "units.done.mergedNew", created.value(), form.name());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, mergeNewView(form, model));
        }
    }

    private String mergeNewView(MergeNewForm form, Model model) {
        UnitView superior = unitToday(form.superiorId());
        model.addAttribute("superior", superior);
        model.addAttribute("types", TreePages.childTypes(superior.type()));
        model.addAttribute("form", form);
        return "units/merge-new";
    }

    // --- split -----------------------------------------------------------------------------------

    @GetMapping("/units/{id}/split")
    String splitForm(@PathVariable long id, @RequestParam(defaultValue = "2") int parts, Model model) {
        access.checkWrite(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("on", LocalDate.now(clock).toString());
        return splitView(id, Math.clamp(parts, 1, 20), values, model);
    }

    @PostMapping("/units/{id}/split")
    String split(@PathVariable long id, @RequestParam Map<String, String> values, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        int parts = Math.clamp(parseInt(values.get("parts"), 2), 1, 20);
        LocalDate on;
        try {
            on = LocalDate.parse(values.getOrDefault("on", ""));
        } catch (DateTimeParseException e) {
            model.addAttribute("ruleError", messages.getMessage("validation.date", null, locale));
            return invalid(response, splitView(id, parts, values, model));
        }
        // The new units are established under the source's superior, which changes too (as in the API).
        tree.find(new UnitId(id), on).map(UnitView::superior).ifPresent(superior -> access.checkWrite(superior.value()));
        List<UnitSummary> current = tree.subordinates(new UnitId(id), on, 0, 10_000).items();
        List<Commands.SplitPart> specs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            List<UnitId> taken = new ArrayList<>();
            for (UnitSummary s : current) {
                if (String.valueOf(i).equals(values.get("assign_" + s.id().value()))) {
                    taken.add(s.id());
                }
            }
            specs.add(new Commands.SplitPart(values.get("code_" + i), values.get("name_" + i), taken));
        }
        try {
            List<UnitId> created = changes.split(new Commands.SplitUnit(new UnitId(id), specs, on,
                    values.containsKey("dissolveSource"), values.get("decision")));
            return done(redirect, locale, "units.done.split", id, String.valueOf(created.size()));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, splitView(id, parts, values, model));
        }
    }

    private String splitView(long id, int parts, Map<String, String> values, Model model) {
        UnitView unit = unitToday(id);
        LocalDate on;
        try {
            on = LocalDate.parse(values.getOrDefault("on", ""));
        } catch (DateTimeParseException e) {
            on = LocalDate.now(clock);
        }
        model.addAttribute("unit", unit);
        model.addAttribute("superiorName", superiorName(unit));
        model.addAttribute("parts", parts);
        model.addAttribute("partIndexes", java.util.stream.IntStream.range(0, parts).boxed().toList());
        model.addAttribute("values", values);
        model.addAttribute("subordinates", tree.subordinates(new UnitId(id), on, 0, 10_000).items());
        return "units/split";
    }

    // --- dissolve ---------------------------------------------------------------------------------

    @GetMapping("/units/{id}/dissolve")
    String dissolveForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return dissolveView(id, new DissolveForm(LocalDate.now(clock), "", ""), model);
    }

    @PostMapping("/units/{id}/dissolve")
    String dissolve(@PathVariable long id, @Valid @ModelAttribute("form") DissolveForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, dissolveView(id, form, model));
        }
        try {
            changes.dissolve(new Commands.DissolveUnit(new UnitId(id), form.on(), form.decision(), form.note()));
            return done(redirect, locale, "units.done.dissolved", id, unitToday(id).name());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, dissolveView(id, form, model));
        }
    }

    private String dissolveView(long id, DissolveForm form, Model model) {
        model.addAttribute("unit", unitToday(id));
        model.addAttribute("form", form);
        return "units/dissolve";
    }

    // --- terms ------------------------------------------------------------------------------------

    @GetMapping("/units/{id}/terms/new")
    String termForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return termView(id, new TermForm("", null, null, null), model);
    }

    @PostMapping("/units/{id}/terms/new")
    String openTerm(@PathVariable long id, @Valid @ModelAttribute("form") TermForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        if (binding.hasErrors()) {
            return invalid(response, termView(id, form, model));
        }
        int number;
        try {
            number = CongressNumber.parse(form.congressNumber()).value();
        } catch (IllegalArgumentException e) {
            binding.rejectValue("congressNumber", "units.term.number.invalid");
            return invalid(response, termView(id, form, model));
        }
        try {
            changes.openTerm(new Commands.OpenTerm(new UnitId(id), number, form.congressOn(), form.startYear(),
                    form.endYear()));
            return done(redirect, locale, "units.done.term", id, form.startYear() + "–" + form.endYear());
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, termView(id, form, model));
        }
    }

    private String termView(long id, TermForm form, Model model) {
        model.addAttribute("unit", unitToday(id));
        model.addAttribute("form", form);
        return "units/term";
    }

    // --- suggestions for fields that name another unit ---------------------------------------------

    @GetMapping("/units/suggest")
    String suggest(@RequestParam String field, @RequestParam Map<String, String> values, Model model) {
        String q = values.getOrDefault(field, "");
        model.addAttribute("field", field);
        model.addAttribute("options", q.isBlank() ? List.of()
                : tree.search(q, LocalDate.now(clock), scope(), 0, 8).items().stream()
                        .filter(s -> s.dissolvedOn() == null && access.canRead(s.id().value())).toList());
        return "units/forms :: suggestions";
    }

    // --- helpers ----------------------------------------------------------------------------------

    private UnitId writableByCode(String code) {
        UnitId id = tree.findByCode(code).filter(u -> access.canRead(u.value()))
                .orElseThrow(() -> new RuleViolation("organizations.required", "units.form.unknownCode", code.strip()));
        access.checkWrite(id.value());
        return id;
    }

    private java.util.Set<UnitId> scope() {
        return access.readableRoots()
                .map(roots -> roots.stream().map(UnitId::new).collect(java.util.stream.Collectors.toSet()))
                .orElse(null);
    }

    /** The superior's name, or a neutral phrase when the writer of a unit may not read its superior. */
    private String superiorName(UnitView unit) {
        if (unit.superior() == null || access.canRead(unit.superior().value())) {
            return unit.superiorName();
        }
        return messages.getMessage("units.outOfScope", null, LocaleContextHolder.getLocale());
    }

    private UnitView unitToday(long id) {
        return tree.find(new UnitId(id), LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private String done(RedirectAttributes redirect, Locale locale, String key, long unitId, String name) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, new Object[] {name}, locale));
        return "redirect:/units/" + unitId;
    }

    private String refused(RuleViolation v, Locale locale, Model model, HttpServletResponse response, String view) {
        model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        return invalid(response, view);
    }

    private static String invalid(HttpServletResponse response, String view) {
        response.setStatus(422);
        return view;
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
