package vn.dangvu.organizations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;

/** Browsing the tree as of a date: the lazily expanding tree, search without diacritics, and a unit's page. */
@Controller
class TreePages {

    static final int CHILDREN_PAGE = 100;
    static final int LIST_PAGE = 50;

    private final OrganizationTree tree;
    private final UnitAccess access;
    private final Clock clock;
    private final MessageSource messages;

    TreePages(OrganizationTree tree, UnitAccess access, Clock clock, MessageSource messages) {
        this.tree = tree;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/units";
    }

    @GetMapping("/units")
    String browse(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String q, Model model) {
        LocalDate on = dateOrToday(date);
        model.addAttribute("date", on);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("roots", visibleRoots(on));
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", tree.search(q, on, scope(), 0, LIST_PAGE));
        }
        return "units/browse";
    }

    @GetMapping("/units/{id}/children")
    String children(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, Model model) {
        access.checkRead(id);
        LocalDate on = dateOrToday(date);
        Page<UnitSummary> children = tree.subordinates(new UnitId(id), on, scope(), Math.max(page, 0), CHILDREN_PAGE);
        model.addAttribute("parentId", id);
        model.addAttribute("children", children);
        model.addAttribute("date", on);
        return page > 0 ? "units/tree :: items" : "units/tree :: children";
    }

    @GetMapping("/units/search")
    String search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LocalDate on = dateOrToday(date);
        model.addAttribute("q", q);
        model.addAttribute("date", on);
        model.addAttribute("results", tree.search(q, on, scope(), Math.max(page, 0), LIST_PAGE));
        if (htmx != null) {
            return "units/browse :: results";
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("roots", visibleRoots(on));
        return "units/browse";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        access.checkRead(id);
        LocalDate on = dateOrToday(date);
        UnitId unitId = new UnitId(id);
        UnitView unit = tree.find(unitId, on).orElseThrow(() -> new NotFoundException("unit", id));
        model.addAttribute("unit", unit);
        model.addAttribute("date", on);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("chain", tree.superiorChain(unitId, on).stream()
                .filter(s -> access.canRead(s.id().value())).toList());
        model.addAttribute("subordinates", tree.subordinates(unitId, on, scope(), Math.max(page, 0), LIST_PAGE));
        model.addAttribute("counts", tree.countsByType(unitId, on));
        model.addAttribute("types", UnitType.values());
        String outOfScope = messages.getMessage("units.outOfScope", null, locale);
        model.addAttribute("timeline", tree.timeline(unitId).stream()
                .map(e -> TimelineItem.of(e, unitId, ref -> access.canRead(ref.id().value()), outOfScope)).toList());
        model.addAttribute("superiorReadable", unit.superior() != null && access.canRead(unit.superior().value()));
        model.addAttribute("terms", tree.terms(unitId));
        model.addAttribute("currentTerm", tree.termOn(unitId, on).orElse(null));
        model.addAttribute("canWrite", access.canWrite(id));
        model.addAttribute("childTypes", childTypes(unit.type()));
        return "units/unit";
    }

    private List<UnitSummary> visibleRoots(LocalDate on) {
        Set<UnitId> scope = scope();
        return scope == null ? tree.roots(on) : tree.roots(on, scope);
    }

    /** The user's readable roots, or null when they read the whole tree. */
    private Set<UnitId> scope() {
        return access.readableRoots()
                .map(roots -> roots.stream().map(UnitId::new).collect(Collectors.toSet()))
                .orElse(null);
    }

    static List<UnitType> childTypes(UnitType parent) {
        return java.util.Arrays.stream(UnitType.values()).filter(t -> t.mayStandUnder(parent)).toList();
    }

    private LocalDate dateOrToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
