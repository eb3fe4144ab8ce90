package vn.dangvu.members.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;

/**
 * Opening records (a new candidate, or a member admitted before Dangvu from their paper file) and
 * correcting a personal record. Post/Redirect/Get on success; a refused form comes back as typed.
 */
@Controller
class MemberProfilePages {

    /** Which of the three forms the profile template shows. */
    enum Mode {
        CANDIDATE, RECORD, EDIT
    }

    private final MemberRegistry registry;
    private final MemberDirectory directory;
    private final MemberPageSupport pages;
    private final UnitAccess access;

    MemberProfilePages(MemberRegistry registry, MemberDirectory directory, MemberPageSupport pages, UnitAccess access) {
        this.registry = registry;
        this.directory = directory;
        this.pages = pages;
        this.access = access;
    }

    // --- a new candidate ----------------------------------------------------------------------------

    @GetMapping("/units/{id}/members/new-candidate")
    String candidateForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return unitFormView(id, Mode.CANDIDATE, MemberForms.ProfileForm.blank(pages.today()), model);
    }

    @PostMapping("/units/{id}/members/new-candidate")
    String registerCandidate(@PathVariable long id, @Valid @ModelAttribute("form") MemberForms.ProfileForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.checkWrite(id);
        mustHaveDate(form.on(), "on", binding);
        if (binding.hasErrors()) {
            return MemberPageSupport.invalid(response, unitFormView(id, Mode.CANDIDATE, form, model));
        }
        try {
            Profile profile = form.toProfile(null);
            MemberId created = registry.registerCandidate(profile, new UnitId(id), form.on());
            return pages.done(redirect, locale, "members.done.candidate", created.value(), profile.fullName());
        } catch (RuleViolation v) {
            return pages.refused(v, locale, model, response, unitFormView(id, Mode.CANDIDATE, form, model));
        }
    }

    // --- a record opened from paper files -----------------------------------------------------------

    @GetMapping("/units/{id}/members/new-record")
    String recordForm(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return unitFormView(id, Mode.RECORD, MemberForms.ProfileForm.blank(pages.today()), model);
    }

    @PostMapping("/units/{id}/members/new-record")
    String openRecord(@PathVariable long id, @Valid @ModelAttribute("form") MemberForms.ProfileForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.checkWrite(id);
        mustHaveDate(form.on(), "on", binding);
        mustHaveDate(form.admittedOn(), "admittedOn", binding);
        if (binding.hasErrors()) {
            return MemberPageSupport.invalid(response, unitFormView(id, Mode.RECORD, form, model));
        }
        try {
            Profile profile = form.toProfile(null);
            MemberId created = registry.openRecord(profile, new MemberEvent.RecordOpened(form.on(), new UnitId(id),
                    form.admittedOn(), form.ceremonyOn(), form.officialFrom()));
            return pages.done(redirect, locale, "members.done.record", created.value(), profile.fullName());
        } catch (RuleViolation v) {
            return pages.refused(v, locale, model, response, unitFormView(id, Mode.RECORD, form, model));
        }
    }

    private String unitFormView(long unitId, Mode mode, MemberForms.ProfileForm form, Model model) {
        UnitView unit = pages.unit(unitId, pages.today());
        model.addAttribute("unit", unit);
        model.addAttribute("mode", mode.name());
        model.addAttribute("form", form);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("action", "/units/" + unitId + "/members/" + (mode == Mode.CANDIDATE ? "new-candidate" : "new-record"));
        model.addAttribute("cancel", "/units/" + unitId + "/members");
        return "members/profile-form";
    }

    // --- correcting the personal record -------------------------------------------------------------

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        MemberView member = pages.writable(id);
        return editView(member, MemberForms.ProfileForm.of(member), model);
    }

    @PostMapping("/members/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") MemberForms.ProfileForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        MemberView member = pages.writable(id);
        if (binding.hasErrors()) {
            return MemberPageSupport.invalid(response, editView(member, form, model));
        }
        try {
            // An empty identity number keeps the one on record, which the form never shows in clear.
            Profile profile = form.toProfile(directory.identityNumber(member.id()).orElse(null));
            registry.updateProfile(member.id(), profile);
            return pages.done(redirect, locale, "members.done.profile", id, profile.fullName());
        } catch (RuleViolation v) {
            return pages.refused(v, locale, model, response, editView(member, form, model));
        }
    }

    private String editView(MemberView member, MemberForms.ProfileForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("mode", Mode.EDIT.name());
        model.addAttribute("form", form);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("action", "/members/" + member.id().value() + "/edit");
        model.addAttribute("cancel", "/members/" + member.id().value());
        return "members/profile-form";
    }

    private static void mustHaveDate(Object value, String field, BindingResult binding) {
        if (value == null && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, "validation.required");
        }
    }
}
