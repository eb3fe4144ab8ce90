package vn.dangvu.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.inspection.InspectionViews.Basis;
import vn.dangvu.inspection.InspectionViews.Kind;
import vn.dangvu.inspection.InspectionViews.MemberDiscipline;
import vn.dangvu.inspection.InspectionViews.MemberReview;
import vn.dangvu.inspection.InspectionViews.NewCase;
import vn.dangvu.inspection.InspectionViews.NewPlan;
import vn.dangvu.inspection.InspectionViews.UnitDiscipline;
import vn.dangvu.inspection.InspectionViews.UnitDisciplineForm;
import vn.dangvu.inspection.Inspections;
import vn.dangvu.inspection.web.InspectionForms.CaseForm;
import vn.dangvu.inspection.web.InspectionForms.ConcludeForm;
import vn.dangvu.inspection.web.InspectionForms.MemberDecisionForm;
import vn.dangvu.inspection.web.InspectionForms.PlanForm;
import vn.dangvu.inspection.web.InspectionForms.UnitDecisionForm;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;

/**
 * A committee's inspection work: plans, cases and decisions under it (each list paged), and the
 * forms that record them. Reading needs the right to read the unit; recording needs
 * {@link Permission#WRITE_INSPECTION}. A refused form comes back with what was typed (422).
 */
@Controller
class InspectionPages {

    static final int PAGE_SIZE = 20;

    private final Inspections inspections;
    private final OrganizationTree tree;
    private final MemberDirectory directory;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    InspectionPages(Inspections inspections, OrganizationTree tree, MemberDirectory directory, UnitAccess access,
            MessageSource messages, Clock clock) {
        this.inspections = inspections;
        this.tree = tree;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @GetMapping("/units/{id}/inspection")
    String overview(@PathVariable long id, @RequestParam(defaultValue = "0") int plans,
            @RequestParam(defaultValue = "0") int cases, @RequestParam(defaultValue = "0") int decisions, Model model) {
        access.checkRead(id);
        UnitId unit = UnitId.of(id);
        model.addAttribute("unit", unit(id));
        model.addAttribute("plans", inspections.plans(unit, Math.max(plans, 0), PAGE_SIZE));
        model.addAttribute("cases", inspections.cases(unit, access.scope(Permission.READ), Math.max(cases, 0), PAGE_SIZE));
        model.addAttribute("decisions", inspections.decisions(unit, access.scope(Permission.READ), Math.max(decisions, 0), PAGE_SIZE));
        model.addAttribute("canWrite", access.can(Permission.WRITE_INSPECTION, id));
        model.addAttribute("conclude", new ConcludeForm(today(), ""));
        model.addAttribute("pageParams", new int[] {plans, cases, decisions});
        return "inspection/unit";
    }

    // --- plans --------------------------------------------------------------------------------------

    @GetMapping("/units/{id}/inspection/plans/new")
    String newPlan(@PathVariable long id, Model model) {
        access.check(Permission.WRITE_INSPECTION, id);
        return planView(id, new PlanForm(today().getYear(), "", ""), model);
    }

    @PostMapping("/units/{id}/inspection/plans/new")
    String addPlan(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.check(Permission.WRITE_INSPECTION, id);
        if (binding.hasErrors()) {
            return invalid(response, planView(id, form, model));
        }
        try {
            inspections.addPlan(new NewPlan(UnitId.of(id), form.year() == null ? 0 : form.year(), form.title(),
                    form.items()));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, planView(id, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("inspection.plan.done", null, locale));
        return "redirect:/units/" + id + "/inspection";
    }

    private String planView(long id, PlanForm form, Model model) {
        model.addAttribute("unit", unit(id));
        model.addAttribute("form", form);
        return "inspection/plan-form";
    }

    // --- cases --------------------------------------------------------------------------------------

    @GetMapping("/units/{id}/inspection/cases/new")
    String newCase(@PathVariable long id, @RequestParam(required = false) Long member, Model model) {
        access.check(Permission.WRITE_INSPECTION, id);
        CaseForm form = new CaseForm(null, Kind.INSPECTION, Basis.REGULAR, member == null ? "UNIT" : "MEMBER", null,
                member, null, null, today(), null, "");
        return caseView(id, form, model);
    }

    @PostMapping("/units/{id}/inspection/cases/new")
    String addCase(@PathVariable long id, @ModelAttribute("form") CaseForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.check(Permission.WRITE_INSPECTION, id);
        if (binding.hasErrors()) {
            return invalid(response, caseView(id, form, model));
        }
        boolean ofMember = "MEMBER".equals(form.subjectType());
        if (ofMember && form.subjectMemberId() != null) {
            // the member must be one the user may read: otherwise answer as if there were none
            UnitId memberUnit = directory.unitOf(new MemberId(form.subjectMemberId())).orElse(null);
            if (memberUnit == null || !access.canRead(memberUnit.value())) {
                model.addAttribute("ruleError", messages.getMessage("inspection.rule.member-unknown", null, locale));
                return invalid(response, caseView(id, form, model));
            }
        }
        try {
            inspections.openCase(new NewCase(UnitId.of(id), form.planId(), form.kind(), form.basis(),
                    ofMember || form.subjectUnitId() == null ? null : UnitId.of(form.subjectUnitId()),
                    ofMember && form.subjectMemberId() != null ? new MemberId(form.subjectMemberId()) : null,
                    form.periodFrom(), form.periodTo(), form.startedOn(), form.concludedOn(), form.conclusion()));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, caseView(id, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("inspection.case.done", null, locale));
        return "redirect:/units/" + id + "/inspection";
    }

    @PostMapping("/units/{id}/inspection/cases/{caseId}/conclude")
    String conclude(@PathVariable long id, @PathVariable long caseId, @ModelAttribute ConcludeForm form,
            BindingResult binding, Locale locale, RedirectAttributes redirect) {
        access.check(Permission.WRITE_INSPECTION, id);
        UnitId owner = inspections.unitOfCase(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (owner.value() != id) {
            throw new NotFoundException("case", caseId);
        }
        try {
            if (binding.hasErrors()) {
                throw new RuleViolation("inspection.required", "inspection.rule.conclusion");
            }
            inspections.conclude(caseId, form.concludedOn(), form.conclusion());
            redirect.addFlashAttribute("flash", messages.getMessage("inspection.case.concluded", null, locale));
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        }
        return "redirect:/units/" + id + "/inspection";
    }

    private String caseView(long id, CaseForm form, Model model) {
        model.addAttribute("unit", unit(id));
        model.addAttribute("form", form);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("bases", Basis.values());
        model.addAttribute("planList", inspections.plansOf(UnitId.of(id)));
        model.addAttribute("subjects", tree.subtree(UnitId.of(id), today()).stream()
                .filter(u -> u.id().value() != id).toList());
        return "inspection/case-form";
    }

    // --- decisions about organizations --------------------------------------------------------------

    @GetMapping("/units/{id}/inspection/decisions/new")
    String newDecision(@PathVariable long id, @RequestParam(required = false) Long subject, Model model) {
        access.check(Permission.WRITE_INSPECTION, id);
        return decisionView(id, new UnitDecisionForm(subject, UnitDisciplineForm.REPRIMAND, "", today(), null, "", null),
                model);
    }

    @PostMapping("/units/{id}/inspection/decisions/new")
    String decide(@PathVariable long id, @ModelAttribute("form") UnitDecisionForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.check(Permission.WRITE_INSPECTION, id);
        if (binding.hasErrors() || form.subjectUnitId() == null) {
            if (!binding.hasErrors()) {
                model.addAttribute("ruleError", messages.getMessage("inspection.rule.decision", null, locale));
            }
            return invalid(response, decisionView(id, form, model));
        }
        try {
            inspections.disciplineUnit(new UnitDiscipline(UnitId.of(form.subjectUnitId()), UnitId.of(id), form.form(),
                    form.decisionNumber(), form.decidedOn(), form.effectiveOn(), form.reason(), null));
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, decisionView(id, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("inspection.decision.done", null, locale));
        if (form.form() == UnitDisciplineForm.DISSOLUTION) {
            // dissolution as discipline is recorded here; the unit is dissolved with the tree's own form
            redirect.addFlashAttribute("dissolveUnit", form.subjectUnitId());
        }
        return "redirect:/units/" + id + "/inspection";
    }

    private String decisionView(long id, UnitDecisionForm form, Model model) {
        model.addAttribute("unit", unit(id));
        model.addAttribute("form", form);
        model.addAttribute("forms", UnitDisciplineForm.values());
        model.addAttribute("subjects", tree.subtree(UnitId.of(id), today()).stream()
                .filter(u -> u.id().value() != id).toList());
        return "inspection/decision-form";
    }

    // --- decisions about members --------------------------------------------------------------------

    @GetMapping("/members/{memberId}/inspection/new")
    String newMemberDecision(@PathVariable long memberId, Model model) {
        MemberView member = memberToWrite(memberId);
        return memberDecisionView(member, new MemberDecisionForm("REVIEW", "", "", today(), ""), model);
    }

    @PostMapping("/members/{memberId}/inspection/new")
    String decideMember(@PathVariable long memberId, @ModelAttribute("form") MemberDecisionForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        MemberView member = memberToWrite(memberId);
        if (binding.hasErrors()) {
            return invalid(response, memberDecisionView(member, form, model));
        }
        try {
            if ("REVIEW".equals(form.action())) {
                inspections.reviewMember(new MemberReview(member.id(), form.decidedOn(), form.decidedBy(), form.reason(),
                        null));
            } else {
                DisciplineForm discipline = parse(form.action());
                inspections.disciplineMember(new MemberDiscipline(member.id(), discipline, form.decisionNumber(),
                        form.decidedBy(), form.decidedOn(), form.reason()));
            }
        } catch (RuleViolation v) {
            return refused(v, locale, model, response, memberDecisionView(member, form, model));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("inspection.member.done", null, locale));
        return "redirect:/members/" + memberId;
    }

    private static DisciplineForm parse(String action) {
        try {
            return DisciplineForm.valueOf(action);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("inspection.required", "inspection.rule.decision");
        }
    }

    private MemberView memberToWrite(long memberId) {
        MemberView member = directory.find(new MemberId(memberId))
                .orElseThrow(() -> new NotFoundException("member", memberId));
        access.check(Permission.WRITE_INSPECTION, member.unit().value());
        return member;
    }

    private String memberDecisionView(MemberView member, MemberDecisionForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        List<String> actions = new ArrayList<>();
        actions.add("REVIEW");
        // offered by the member's status now; the rule is checked again on the decision's day
        DisciplineForm.permittedFor(member.status(), !directory.history(member.id()).posts().isEmpty())
                .forEach(f -> actions.add(f.name()));
        model.addAttribute("actions", actions);
        return "inspection/member-form";
    }

    // --- plumbing -----------------------------------------------------------------------------------

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), today()).orElseThrow(() -> new NotFoundException("unit", id));
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
