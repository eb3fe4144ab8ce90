package vn.dangvu.accounts;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account on every request: a disabled (or deleted) account is signed out at
 * once, also in sessions already open; an account that must change its password reaches nothing but
 * the password form until it has.
 */
class AccountGuardFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private static final Set<String> ALLOWED_WHILE_MUST_CHANGE = Set.of(PASSWORD_PAGE, "/logout", "/access-denied",
            "/error");

    private final AccountStore accounts;
    private final MessageSource messages;

    AccountGuardFilter(AccountStore accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var principal = Actor.principal();
        if (principal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var account = accounts.find(principal.get().accountId()).filter(AccountStore.StoredAccount::enabled);
        String path = SecurityConfiguration.path(request);
        boolean api = path.startsWith("/api/");
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (api) {
                SecurityConfiguration.problem(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized",
                        messages);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
            return;
        }
        if (account.get().mustChangePassword() && !ALLOWED_WHILE_MUST_CHANGE.contains(path)) {
            if (api) {
                SecurityConfiguration.problem(request, response, HttpStatus.FORBIDDEN, "problem.must-change-password",
                        messages);
            } else if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + PASSWORD_PAGE);
                response.setStatus(HttpStatus.FORBIDDEN.value());
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = SecurityConfiguration.path(request);
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }
}
