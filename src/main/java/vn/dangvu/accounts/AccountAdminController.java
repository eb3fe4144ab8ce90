package vn.dangvu.accounts;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

/**
 * Account management for administrators and committee staff, limited to their subtree: an account
 * outside it answers 404 like one that does not exist.
 */
@Controller
class AccountAdminController {

    static final int PAGE_SIZE = 50;

    private final AccountAdministration accounts;
    private final GrantableUnits units;

    AccountAdminController(AccountAdministration accounts, GrantableUnits units) {
        this.accounts = accounts;
        this.units = units;
    }

    record NewAccountForm(@NotBlank(message = "{validation.required}") String username,
            @NotBlank(message = "{validation.required}") String displayName,
            @NotNull(message = "{validation.required}") Role role, String unitCode) {
    }

    record GrantForm(@NotNull(message = "{validation.required}") Role role, String unitCode) {
    }

    @GetMapping("/accounts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts.list(q, Math.max(page, 0), PAGE_SIZE));
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    String newForm(Model model) {
        model.addAttribute("form", new NewAccountForm("", "", Role.VIEWER, ""));
        return newPage(model);
    }

    @PostMapping("/accounts")
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return newPage(model);
        }
        try {
            var created = accounts.create(form.username(), form.displayName(), grant(form.role(), form.unitCode()));
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            redirect.addFlashAttribute("success", Notice.of("account.created"));
            return "redirect:/accounts/" + created.id();
        } catch (RuleViolation violation) {
            model.addAttribute("error", Notice.of(violation));
            return newPage(model);
        }
    }

    @GetMapping("/accounts/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(id));
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(Role.VIEWER, ""));
        }
        model.addAttribute("roles", grantableRoles());
        return "accounts/show";
    }

    @PostMapping("/accounts/{id}/grants")
    String addGrant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
            RedirectAttributes redirect) {
        accounts.find(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", Notice.of("account.grant.role-required"));
            return "redirect:/accounts/" + id;
        }
        return act(id, redirect, "account.grant.added", () -> accounts.addGrant(id, grant(form.role(), form.unitCode())));
    }

    @PostMapping("/accounts/{id}/grants/remove")
    String removeGrant(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) Long unitId,
            RedirectAttributes redirect) {
        return act(id, redirect, "account.grant.removed", () -> accounts.removeGrant(id,
                new Grant(role, unitId == null ? null : new UnitId(unitId))));
    }

    @PostMapping("/accounts/{id}/password-reset")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(id));
        redirect.addFlashAttribute("success", Notice.of("account.password.reset"));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return act(id, redirect, enabled ? "account.enabled.done" : "account.disabled.done",
                () -> accounts.setEnabled(id, enabled));
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.unlocked", () -> accounts.unlock(id));
    }

    /** Suggestions for the unit field of a grant: units within the manager's subtree only. */
    @GetMapping("/accounts/unit-options")
    String unitOptions(@RequestParam(name = "unitCode", defaultValue = "") String q, Model model) {
        model.addAttribute("choices", units.unitChoices(q, 15));
        return "accounts/unit-options :: options";
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", Notice.of(successKey));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", Notice.of(violation));
        }
        return "redirect:/accounts/" + id;
    }

    private Grant grant(Role role, String unitCode) {
        if (role == null) {
            throw AccountRule.REQUIRED.violation("grant-required");
        }
        if (!role.needsUnit()) {
            return Grant.admin();
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw AccountRule.REQUIRED.violation("unit-required");
        }
        return new Grant(role, units.unitByCode(unitCode));
    }

    private String newPage(Model model) {
        model.addAttribute("roles", grantableRoles());
        return "accounts/new";
    }

    private List<Role> grantableRoles() {
        boolean admin = accounts.managesEverything();
        return Arrays.stream(Role.values()).filter(r -> admin || r.needsUnit()).toList();
    }
}
