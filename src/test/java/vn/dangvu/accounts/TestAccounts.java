package vn.dangvu.accounts;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for tests, made straight in the database (no manager needed, no audit entry), and ways to
 * act as them: {@code mvc.perform(get("/x").with(accounts.as(user)))} for pages and the API,
 * {@code accounts.runAs(user, () -> service.call())} for services, {@code accounts.token(user)} for a
 * real bearer token. Every account's password is {@link #PASSWORD}.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "mật khẩu thử nghiệm 2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountStore store;
    private final AccessTokens tokens;
    private final TransactionTemplate transactions;
    private final String hash;

    TestAccounts(AccountStore store, AccessTokens tokens, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.store = store;
        this.tokens = tokens;
        this.transactions = transactions;
        this.hash = passwords.encode(PASSWORD);
    }

    /** A new enabled account with these grants, a unique user name starting with {@code prefix}. */
    public AccountPrincipal create(String prefix, Grant... grants) {
        String username = (prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000).toLowerCase();
        long id = transactions.execute(tx -> {
            long created = store.insert(username, "Người dùng " + username, hash, false);
            for (Grant grant : grants) {
                store.addGrant(created, grant);
            }
            return created;
        });
        return new AccountPrincipal(id, username, "Người dùng " + username);
    }

    public AccountPrincipal admin() {
        return create("admin", Grant.admin());
    }

    /** Signs the MockMvc request in as the account, as a page session would be. */
    public RequestPostProcessor as(AccountPrincipal account) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
    }

    /** A real personal access token of the account, for {@code Authorization: Bearer}. */
    public String token(AccountPrincipal account) {
        return token(account, "test");
    }

    public String token(AccountPrincipal account, String name) {
        return transactions.execute(tx -> tokens.create(account.accountId(), name, null).token());
    }

    public RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** Runs service code signed in as the account (outside a web request). */
    public <T> T runAs(AccountPrincipal account, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void runAs(AccountPrincipal account, Runnable work) {
        runAs(account, () -> {
            work.run();
            return null;
        });
    }
}
