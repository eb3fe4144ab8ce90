package vn.dangvu.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.accounts.AccountChanged.Action;
import vn.dangvu.accounts.AccountStore.StoredAccount;

/**
 * Signing in with a user name and password, under {@link SignInPolicy}: failures are counted, answered
 * ever more slowly and finally lock the account for a while. Every failure answers alike (unknown
 * name, wrong password, locked or disabled account), and an unknown name costs a hash too, so
 * neither the answer nor its timing tells which accounts exist.
 */
@Component
class SignIn implements AuthenticationProvider {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final SignInPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String decoyHash;
    private final UnknownNames unknownFailures = new UnknownNames();

    SignIn(AccountStore store, PasswordEncoder passwords, SignInPolicy policy, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.decoyHash = passwords.encode(PasswordPolicy.oneTimePassword());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        StoredAccount account = store.findByUsername(username).orElse(null);
        if (account == null) {
            passwords.matches(password, decoyHash);
            pause(policy.delayAfter(unknownFailures.count(username)));
            throw new BadCredentialsException("bad credentials");
        }
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            passwords.matches(password, decoyHash);
            pause(policy.delayAfter(account.failedSignIns() + 1));
            throw new BadCredentialsException("bad credentials");
        }
        if (!passwords.matches(password, account.passwordHash()) || !account.enabled()) {
            int failures = transactions.execute(tx -> recordFailure(account.id(), now));
            pause(policy.delayAfter(failures));
            throw new BadCredentialsException("bad credentials");
        }
        transactions.executeWithoutResult(tx -> {
            store.recordSuccess(account.id(), now);
            events.publishEvent(new AccountChanged(account.id(), account.username(), Action.SIGNED_IN,
                    null, Map.of("lastSignInAt", now.toString()), grantUnits(account.id())));
        });
        return UsernamePasswordAuthenticationToken.authenticated(account.principal(), null, List.of());
    }

    private int recordFailure(long accountId, Instant now) {
        StoredAccount locked = store.lock(accountId).orElseThrow();
        // A lock that has run out starts a fresh count.
        int failures = (locked.lockedUntil() != null && !locked.lockedAt(now) ? 0 : locked.failedSignIns()) + 1;
        Instant lockedUntil = policy.lockedUntil(failures, now);
        store.recordFailure(accountId, failures, lockedUntil);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("failedSignIns", failures);
        if (lockedUntil != null) {
            after.put("lockedUntil", lockedUntil.toString());
        }
        events.publishEvent(new AccountChanged(accountId, locked.username(),
                lockedUntil != null ? Action.LOCKED : Action.SIGN_IN_FAILED,
                Map.of("failedSignIns", locked.failedSignIns()), after, grantUnits(accountId)));
        return failures;
    }

    private java.util.Set<Long> grantUnits(long accountId) {
        return AccountAdministration.unitsOf(store.grants(accountId));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Failures under names that have no account, counted in memory so that they are slowed like a
     * real account's: otherwise the missing delay would tell a guesser that the name does not exist.
     */
    static final class UnknownNames {

        private static final int MAX_NAMES = 10_000;
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> failures =
                new java.util.concurrent.ConcurrentHashMap<>();

        int count(String username) {
            if (failures.size() >= MAX_NAMES) {
                failures.clear();
            }
            return failures.merge(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT), 1,
                    Integer::sum);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
