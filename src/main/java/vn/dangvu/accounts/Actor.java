package vn.dangvu.accounts;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, and from where: the signed-in account (or nobody), whether through a page or the
 * API, and the client's address. Work started by Dangvu itself (first start, scheduled jobs) is the
 * system's.
 */
public record Actor(Long accountId, String name, Channel channel, String ip) {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public enum Channel { PAGE, API, SYSTEM }

    public static Actor current() {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<AccountPrincipal> principal = principal();
        if (request == null && principal.isEmpty()) {
            return new Actor(null, SYSTEM, Channel.SYSTEM, null);
        }
        Channel channel = request == null ? Channel.SYSTEM
                : authentication instanceof TokenAuthentication || request.getRequestURI().startsWith("/api/")
                        ? Channel.API : Channel.PAGE;
        String ip = request == null ? null : request.getRemoteAddr();
        return principal.map(p -> new Actor(p.accountId(), p.username(), channel, ip))
                .orElseGet(() -> new Actor(null, ANONYMOUS, channel, ip));
    }

    /** The signed-in account, if anyone is signed in. */
    public static Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
