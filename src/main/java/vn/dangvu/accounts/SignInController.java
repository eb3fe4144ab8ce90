package vn.dangvu.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in form (Spring Security handles its POST), and the page for a refused form. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return Actor.principal().isPresent() ? "redirect:/account" : "accounts/login";
    }

    /** A form whose CSRF token was missing or stale, most often because the session expired. */
    @RequestMapping("/access-denied")
    String accessDenied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "accounts/access-denied";
    }
}
