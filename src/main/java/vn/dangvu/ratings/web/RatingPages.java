package vn.dangvu.ratings.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.ratings.RatingLevel;
import vn.dangvu.ratings.RatingPeriod;
import vn.dangvu.ratings.RatingRule;
import vn.dangvu.ratings.RatingViews.BranchSheet;
import vn.dangvu.ratings.RatingViews.Overview;
import vn.dangvu.ratings.RatingViews.Saved;
import vn.dangvu.ratings.RatingWorkbook;
import vn.dangvu.ratings.Ratings;

/**
 * One screen per unit and period: for a branch, every member with a choice of level per row (save
 * as draft, or decide, which locks); for every unit, the counts and shares per level under it with a
 * chart, where the 20% cap is exceeded, and its subordinate organizations to rate. Drafts need the
 * right to change the branch; deciding needs the right to change the competent unit.
 */
@Controller
class RatingPages {

    private final Ratings ratings;
    private final RatingWorkbook workbook;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    RatingPages(Ratings ratings, RatingWorkbook workbook, OrganizationTree tree, UnitAccess access,
            MessageSource messages, Clock clock) {
        this.ratings = ratings;
        this.workbook = workbook;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** Year-end ratings are made in December; before that the screen opens on the previous year. */
    static int defaultYear(LocalDate today) {
        return today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
    }

    static RatingPeriod period(Integer year, Integer quarter, LocalDate today) {
        int y = year == null ? defaultYear(today) : year;
        if (y < 1930 || y > today.getYear() + 1) {
            throw new NotFoundException("period", y);
        }
        return quarter == null ? RatingPeriod.year(y) : RatingPeriod.quarter(y, quarter);
    }

    @GetMapping("/units/{id}/ratings")
    String screen(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter, Model model, Locale locale) {
        access.checkRead(id);
        RatingPeriod period = period(year, quarter, LocalDate.now(clock));
        return view(id, period, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/units/{id}/ratings/members")
    String rateMembers(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter, @RequestParam(defaultValue = "draft") String action,
            @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        RatingPeriod period = period(year, quarter, LocalDate.now(clock));
        boolean decide = "decide".equals(action);
        Map<String, String> typed = typed(params, "m-");
        try {
            if (decide) {
                UnitId decider = ratings.memberDecider(UnitId.of(id), period)
                        .orElseThrow(() -> new RuleViolation("ratings.competent-unit", "ratings.rule.no-decider",
                                unit(id).name()));
                if (!access.can(Permission.WRITE, decider.value())) {
                    // the branch is the user's; the competent unit above it may be out of their reach
                    throw new UnitAccess.AccessDeniedException();
                }
            }
            Map<MemberId, RatingLevel> levels = new LinkedHashMap<>();
            typed.forEach((k, v) -> levels.put(new MemberId(Long.parseLong(k)), RatingLevel.valueOf(v)));
            Saved saved = ratings.rateMembers(UnitId.of(id), period, levels, decide);
            flash(redirect, saved, decide, locale);
        } catch (RuleViolation v) {
            response.setStatus(422);
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            return view(id, period, typed, Map.of(), model, locale);
        }
        return "redirect:" + url(id, period);
    }

    @PostMapping("/units/{id}/ratings/organizations")
    String rateOrganizations(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter, @RequestParam(defaultValue = "draft") String action,
            @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        RatingPeriod period = period(year, quarter, LocalDate.now(clock));
        boolean decide = "decide".equals(action);
        Map<String, String> typed = typed(params, "u-");
        try {
            Map<UnitId, RatingLevel> levels = new LinkedHashMap<>();
            typed.forEach((k, v) -> levels.put(UnitId.of(Long.parseLong(k)), RatingLevel.valueOf(v)));
            Saved saved = ratings.rateOrganizations(UnitId.of(id), period, levels, decide);
            flash(redirect, saved, decide, locale);
        } catch (RuleViolation v) {
            response.setStatus(422);
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            return view(id, period, Map.of(), typed, model, locale);
        }
        return "redirect:" + url(id, period);
    }

    @PostMapping("/ratings/{ratingId}/annul")
    String annul(@PathVariable long ratingId, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Long back, Locale locale, RedirectAttributes redirect) {
        UnitId unit = ratings.unitOfRating(ratingId).orElseThrow(() -> new NotFoundException("rating", ratingId));
        access.checkRead(unit.value());
        if (!ratings.mayAnnul(ratingId)) {
            throw new UnitAccess.AccessDeniedException();
        }
        try {
            ratings.annul(ratingId, reason);
            redirect.addFlashAttribute("flash", messages.getMessage("ratings.annul.done", null, locale));
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        }
        long to = back != null && access.canRead(back) ? back : unit.value();
        return "redirect:/units/" + to + "/ratings";
    }

    // --- Excel ---------------------------------------------------------------------------------------

    @GetMapping("/units/{id}/ratings/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter) {
        access.checkRead(id);
        RatingPeriod period = period(year, quarter, LocalDate.now(clock));
        byte[] file = workbook.template(UnitId.of(id), period, access.scope(Permission.READ));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xep-loai-" + id + "-" + period.label().replace('/', '-') + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }

    @GetMapping("/units/{id}/ratings/import")
    String importForm(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter, Model model) {
        access.checkWrite(id);
        return importView(id, period(year, quarter, LocalDate.now(clock)), List.of(), model);
    }

    @PostMapping("/units/{id}/ratings/import")
    String importFile(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        access.checkWrite(id);
        RatingPeriod period = period(year, quarter, LocalDate.now(clock));
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            return importView(id, period, List.of(new RatingWorkbook.Problem(0, "", "ratings.import.no-file", List.of())),
                    model);
        }
        try (var in = file.getInputStream()) {
            RatingWorkbook.Outcome outcome = workbook.importDrafts(UnitId.of(id), period, access.scope(Permission.READ), in);
            if (!outcome.ok()) {
                response.setStatus(422);
                return importView(id, period, outcome.problems(), model);
            }
            flash(redirect, outcome.saved(), false, locale);
        } catch (RuleViolation v) {
            response.setStatus(422);
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            return importView(id, period, List.of(), model);
        }
        return "redirect:" + url(id, period);
    }

    private String importView(long id, RatingPeriod period, List<RatingWorkbook.Problem> problems, Model model) {
        model.addAttribute("unit", unit(id));
        model.addAttribute("period", period);
        model.addAttribute("year", period.from().getYear());
        model.addAttribute("quarter", period.kind() == RatingPeriod.Kind.QUARTER ? (period.from().getMonthValue() + 2) / 3 : null);
        model.addAttribute("problems", problems);
        return "ratings/import";
    }

    // --- plumbing -----------------------------------------------------------------------------------

    private String view(long id, RatingPeriod period, Map<String, String> typedMembers, Map<String, String> typedUnits,
            Model model, Locale locale) {
        UnitView unit = unit(id);
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("year", period.from().getYear());
        model.addAttribute("quarter", period.kind() == RatingPeriod.Kind.QUARTER ? (period.from().getMonthValue() + 2) / 3 : null);
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("capPercent", RatingRule.EXCELLENT_CAP_PERCENT_OF_GOOD);
        model.addAttribute("canWrite", access.canWrite(id));
        model.addAttribute("typedMembers", new HashMap<>(typedMembers));
        model.addAttribute("typedUnits", new HashMap<>(typedUnits));
        if (unit.type().isBranch()) {
            BranchSheet sheet = ratings.branchSheet(UnitId.of(id), period, access.scope(Permission.READ));
            model.addAttribute("sheet", sheet);
            model.addAttribute("canDecide", sheet.decider() != null && access.can(Permission.WRITE, sheet.decider().value()));
            model.addAttribute("canAnnulMembers", sheet.decider() != null && canWriteSuperiorOf(sheet.decider().value()));
        }
        model.addAttribute("canAnnulUnits", canWriteSuperiorOf(id));
        Overview overview = ratings.overview(UnitId.of(id), period);
        model.addAttribute("overview", overview);
        model.addAttribute("chart", RatingChart.draw(overview.members(), overview.organizations(),
                messages.getMessage("ratings.chart.members", null, locale),
                messages.getMessage("ratings.chart.organizations", null, locale),
                l -> messages.getMessage(l.messageKey(), null, locale),
                messages.getMessage("ratings.chart.title", new Object[] {period.label()}, locale), locale));
        return "ratings/unit";
    }

    /** Whether the user may change the unit's direct superior: who may annul the unit's decisions (RatingRule.LOCKED). */
    private boolean canWriteSuperiorOf(long unitId) {
        UnitId superior = unit(unitId).superior();
        return superior == null ? access.canWriteEverywhere() : access.can(Permission.WRITE, superior.value());
    }

    private void flash(RedirectAttributes redirect, Saved saved, boolean decide, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(decide ? "ratings.decided" : "ratings.drafted",
                new Object[] {saved.written()}, locale));
        if (saved.cap() != null && saved.cap().exceeded()) {
            // the grassroots organization is named only to those who may read it
            String where = access.canRead(saved.cap().grassroots().value()) ? saved.cap().name()
                    : messages.getMessage("ratings.cap.theGrassroots", null, locale);
            redirect.addFlashAttribute("capWarning", messages.getMessage("ratings.cap.warning", new Object[] {
                    where, saved.cap().excellent(), saved.cap().good(),
                    RatingRule.EXCELLENT_CAP_PERCENT_OF_GOOD, saved.cap().allowed()}, locale));
        }
    }

    /** The levels chosen, by subject id, from fields named prefix + id; blank choices are left out. */
    private static Map<String, String> typed(MultiValueMap<String, String> params, String prefix) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty() && !values.getFirst().isBlank()) {
                String key = name.substring(prefix.length());
                String value = values.getFirst();
                if (key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        && java.util.Arrays.stream(RatingLevel.values()).anyMatch(l -> l.name().equals(value))) {
                    typed.put(key, value);
                }
            }
        });
        return typed;
    }

    private static String url(long id, RatingPeriod period) {
        String base = "/units/" + id + "/ratings?year=" + period.from().getYear();
        return period.kind() == RatingPeriod.Kind.QUARTER ? base + "&quarter=" + (period.from().getMonthValue() + 2) / 3 : base;
    }

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("unit", id));
    }
}
