package vn.dangvu.accounts;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;

/** The signed-in person's own account: password and personal access tokens. */
@Controller
class MyAccountController {

    private final OwnAccount own;
    private final Clock clock;

    MyAccountController(OwnAccount own, Clock clock) {
        this.own = own;
        this.clock = clock;
    }

    record PasswordForm(@NotBlank(message = "{validation.required}") String current,
            @NotBlank(message = "{validation.required}") String next,
            @NotBlank(message = "{validation.required}") String confirm) {
    }

    record TokenForm(@NotBlank(message = "{validation.required}") String name,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
    }

    @GetMapping("/account")
    String account(Model model) {
        AccountPrincipal me = me();
        model.addAttribute("account", own.view(me));
        model.addAttribute("tokens", own.tokens(me));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", null));
        }
        return "accounts/me";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return passwordPage(model);
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.next().equals(form.confirm())) {
            errors.rejectValue("confirm", "account.password.mismatch");
        }
        if (errors.hasErrors()) {
            return passwordPage(model);
        }
        try {
            own.changePassword(me(), form.current(), form.next());
        } catch (RuleViolation violation) {
            model.addAttribute("error", Notice.of(violation));
            return passwordPage(model);
        }
        // A new session id whenever the credentials change (OWASP Session Management, "renew the ID").
        request.changeSessionId();
        redirect.addFlashAttribute("success", Notice.of("account.password.changed"));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", Notice.of("account.token.name-required"));
            return "redirect:/account";
        }
        try {
            var token = own.createToken(me(), form.name(), form.expiresOn());
            redirect.addFlashAttribute("newToken", token.token());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", Notice.of(violation));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        own.revokeToken(me(), id);
        redirect.addFlashAttribute("success", Notice.of("account.token.revoked"));
        return "redirect:/account";
    }

    private String passwordPage(Model model) {
        model.addAttribute("mustChange", own.mustChangePassword(me()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/password";
    }

    private static AccountPrincipal me() {
        return Actor.principal().orElseThrow(() -> new NotFoundException("account", "self"));
    }
}
