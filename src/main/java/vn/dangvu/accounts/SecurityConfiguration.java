package vn.dangvu.accounts;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who gets in, and how. Pages sign in with the form at {@code /login} and keep a session (a new
 * session id at sign-in and at every password change, expiring after {@code server.servlet.session.timeout}
 * idle); every form and every unsafe htmx request carries a CSRF token. API clients send
 * {@code Authorization: Bearer <token>}: such requests are stateless and, having no cookie to abuse,
 * exempt from CSRF. Every answer carries a strict Content-Security-Policy: no inline script or style
 * (Swagger UI alone may set inline styles).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInPolicy.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI's bundle sets styles inline; its scripts still come from Dangvu only. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    static final String[] PUBLIC = {"/login", "/access-denied", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/error"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id (OWASP's first choice); older hashes keep working through their {id} prefix.
        PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokens tokens, AccountStore accounts,
            MessageSource messages) throws Exception {
        RequestMatcher api = request -> path(request).startsWith("/api/");
        RequestMatcher bearer = request -> api.matches(request) && BearerTokenFilter.hasBearer(request);
        RequestMatcher swagger = request -> path(request).startsWith("/swagger-ui/");
        var pageCache = new HttpSessionRequestCache();
        pageCache.setRequestMatcher(request -> !api.matches(request) && "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null);
        http
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .csrf(c -> c.ignoringRequestMatchers(bearer))
                .requestCache(r -> r.requestCache(pageCache))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_CONTENT_SECURITY_POLICY)))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                        .crossOriginOpenerPolicy(c -> { })
                        .crossOriginResourcePolicy(c -> { }))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint(api, messages))
                        .accessDeniedHandler(deniedHandler(api, messages)))
                .addFilterAfter(new BearerTokenFilter(tokens, messages), SecurityContextHolderFilter.class)
                .addFilterAfter(new AccountGuardFilter(accounts, messages), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static AuthenticationEntryPoint entryPoint(RequestMatcher api, MessageSource messages) {
        var login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (api.matches(request)) {
                problem(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", messages);
            } else if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    private static AccessDeniedHandler deniedHandler(RequestMatcher api, MessageSource messages) {
        return (request, response, exception) -> {
            if (api.matches(request)) {
                problem(request, response, HttpStatus.FORBIDDEN, "problem.csrf", messages);
            } else {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                request.getRequestDispatcher("/access-denied").forward(request, response);
            }
        };
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** An RFC 9457 problem written by hand: these answers leave before Spring MVC is reached. */
    static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            MessageSource messages) throws IOException {
        Locale locale = apiLocale(request);
        String title = messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(key, null, status.getReasonPhrase(), locale);
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"title\":\""
                + json(title) + "\",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(path(request)) + "\"}");
    }

    static Locale apiLocale(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
    }

    private static String json(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
