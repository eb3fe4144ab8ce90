package vn.dangvu.members.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberHistory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.MembershipPolicy;
import vn.dangvu.members.PartyPost;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.platform.Labels;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.VietnameseText;

/**
 * One form for every event of a member's life, showing the fields of its kind; introducers and
 * target units are chosen by searching, with htmx refreshing a list of radio buttons.
 */
@Controller
class MemberEventPages {

    static final int CHOICES_SHOWN = 15;
    /** Enough for the official members of any branch; the name filter runs over them in memory. */
    static final int BRANCH_MEMBERS_MAX = 2000;

    private final MemberRegistry registry;
    private final MemberDirectory directory;
    private final OrganizationTree tree;
    private final MembershipPolicy policy;
    private final MemberPageSupport pages;

    MemberEventPages(MemberRegistry registry, MemberDirectory directory, OrganizationTree tree, MembershipPolicy policy,
            MemberPageSupport pages) {
        this.registry = registry;
        this.directory = directory;
        this.tree = tree;
        this.policy = policy;
        this.pages = pages;
    }

    /** An option of a radio list: a member or a unit. */
    record Choice(long id, String label, String detail) {
    }

    @GetMapping("/members/{id}/events/{kind}")
    String eventForm(@PathVariable long id, @PathVariable String kind, Model model, Locale locale) {
        MemberView member = pages.writable(id);
        EventKind k = kindOf(kind);
        return eventView(member, k, MemberForms.EventForm.on(pages.today()), model, locale);
    }

    @PostMapping("/members/{id}/events/{kind}")
    String record(@PathVariable long id, @PathVariable String kind,
            @Valid @ModelAttribute("form") MemberForms.EventForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        MemberView member = pages.writable(id);
        EventKind k = kindOf(kind);
        k.checkFilled(form, binding);
        checkReadable(form, binding);
        if (binding.hasErrors()) {
            return MemberPageSupport.invalid(response, eventView(member, k, form, model, locale));
        }
        try {
            registry.record(member.id(), k.toEvent(form, member.unit()));
            return pages.done(redirect, locale, "members.done.event", id, member.fullName(),
                    Labels.key(k.messageKey()));
        } catch (RuleViolation v) {
            return pages.refused(v, locale, model, response, eventView(member, k, form, model, locale));
        }
    }

    /** Official members of the member's branch whose name contains the query, folded. */
    @GetMapping("/members/{id}/choices/introducers")
    String introducers(@PathVariable long id, @RequestParam String field, @RequestParam(defaultValue = "") String q,
            Model model) {
        MemberView member = pages.writable(id);
        model.addAttribute("field", introducerField(field));
        model.addAttribute("options", officials(member, q));
        model.addAttribute("selected", null);
        return "members/choices :: choices";
    }

    /** Units within the user's scope matching a code or a name, only branches when {@code branches}. */
    @GetMapping("/members/{id}/choices/units")
    String units(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "true") boolean branches, Model model) {
        MemberView member = pages.writable(id);
        model.addAttribute("field", "targetUnit");
        // A member is transferred to another branch, never to their own.
        model.addAttribute("options", units(q, branches).stream()
                .filter(c -> !branches || c.id() != member.unit().value()).toList());
        model.addAttribute("selected", null);
        return "members/choices :: choices";
    }

    private String eventView(MemberView member, EventKind kind, MemberForms.EventForm form, Model model,
            Locale locale) {
        MemberHistory history = directory.history(member.id());
        model.addAttribute("member", member);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        if (kind.has("INTRODUCERS")) {
            List<Choice> officials = officials(member, "");
            model.addAttribute("firstOptions", withSelected(officials, form.firstIntroducer(), locale));
            model.addAttribute("secondOptions", withSelected(officials, form.secondIntroducer(), locale));
        }
        if (kind.has("TARGET_BRANCH") || kind.has("POST_UNIT")) {
            List<Choice> chosen = new ArrayList<>();
            if (form.targetUnit() != null && pages.canRead(new UnitId(form.targetUnit()))) {
                tree.find(new UnitId(form.targetUnit()), pages.today())
                        .ifPresent(u -> chosen.add(new Choice(u.id().value(), u.name(), u.code())));
            }
            model.addAttribute("unitOptions", chosen);
            model.addAttribute("branchesOnly", kind.has("TARGET_BRANCH"));
        }
        if (kind.has("DISCIPLINE")) {
            Set<DisciplineForm> permitted = history.currentStatus() == null ? Set.of()
                    : DisciplineForm.permittedFor(history.currentStatus(), !history.posts().isEmpty());
            model.addAttribute("disciplineForms", List.copyOf(permitted));
        }
        if (kind.has("POST")) {
            model.addAttribute("posts", kind == EventKind.POST_LEFT ? List.copyOf(history.posts())
                    : List.of(PartyPost.values()).stream().filter(p -> !history.posts().contains(p)).toList());
        }
        if (kind.has("BADGE_YEARS")) {
            model.addAttribute("badgeYears", policy.badgeYears().stream()
                    .filter(y -> !history.badges().contains(y)).toList());
        }
        model.addAttribute("probationEnd", history.probationEnd().orElse(null));
        model.addAttribute("lastEventOn", history.events().isEmpty() ? null : history.events().getLast().on());
        return "members/event-form";
    }

    private List<Choice> officials(MemberView member, String query) {
        String folded = VietnameseText.fold(query);
        MemberFilter filter = new MemberFilter(member.unit(), false, Set.of(MemberStatus.OFFICIAL), null, null, null,
                null, pages.today());
        return directory.list(filter, pages.scope(), 0, BRANCH_MEMBERS_MAX).items().stream()
                .filter(m -> !m.id().equals(member.id()))
                .filter(m -> folded.isEmpty() || VietnameseText.fold(m.fullName()).contains(folded))
                .limit(CHOICES_SHOWN)
                .map(MemberEventPages::choice)
                .toList();
    }

    /** The options with the chosen person first, so a refused form shows what was picked. */
    private List<Choice> withSelected(List<Choice> options, Long selected, Locale locale) {
        if (selected == null || options.stream().anyMatch(c -> c.id() == selected)) {
            return options;
        }
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(selected, pages.memberName(new MemberId(selected), locale), ""));
        out.addAll(options);
        return out;
    }

    private List<Choice> units(String query, boolean branchesOnly) {
        if (query.isBlank()) {
            return List.of();
        }
        LocalDate today = pages.today();
        return tree.search(query, today, pages.scope(), 0, 50).items().stream()
                .filter(u -> u.dissolvedOn() == null || u.dissolvedOn().isAfter(today))
                .filter(u -> !branchesOnly || u.type().isBranch())
                .limit(CHOICES_SHOWN)
                .map(MemberEventPages::choice)
                .toList();
    }

    /**
     * A chosen person or unit must lie within the user's scope; out of scope reads as not found. The
     * branch a member moves to and the organization of a post change too: the user must be able to
     * change them (as in the API), or the change is refused (403).
     */
    private void checkReadable(MemberForms.EventForm form, BindingResult binding) {
        unknownMember(form.firstIntroducer(), "firstIntroducer", binding);
        unknownMember(form.secondIntroducer(), "secondIntroducer", binding);
        if (form.targetUnit() != null && !binding.hasFieldErrors("targetUnit")) {
            UnitId target = new UnitId(form.targetUnit());
            if (!pages.canRead(target) || tree.find(target, pages.today()).isEmpty()) {
                binding.rejectValue("targetUnit", "members.form.unknown-unit");
            } else if (!pages.canWrite(target)) {
                throw new UnitAccess.AccessDeniedException();
            }
        }
    }

    private void unknownMember(Long chosen, String field, BindingResult binding) {
        if (chosen != null && directory.unitOf(new MemberId(chosen)).filter(pages::canRead).isEmpty()) {
            binding.rejectValue(field, "members.form.unknown-member");
        }
    }

    private static Choice choice(MemberSummary m) {
        return new Choice(m.id().value(), m.fullName(), m.birthDate() == null ? "" : Labels.date(m.birthDate()));
    }

    private static Choice choice(UnitSummary u) {
        return new Choice(u.id().value(), u.name(), u.code());
    }

    private static String introducerField(String field) {
        return "secondIntroducer".equals(field) ? "secondIntroducer" : "firstIntroducer";
    }

    private static EventKind kindOf(String kind) {
        return EventKind.of(kind).orElseThrow(() -> new NotFoundException("event-kind", kind));
    }
}
