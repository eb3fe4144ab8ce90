package vn.dangvu.accounts;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.accounts.AccountChanged.Action;

/**
 * On a first start (no account at all), creates {@code admin}, a system administrator, with a random
 * one-time password that is written to the log this once and must be replaced at the first sign-in.
 */
@Component
class FirstStartAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    FirstStartAdmin(AccountStore store, PasswordEncoder passwords, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = transactions.execute(tx -> createAdminIfNoAccount());
        if (password != null) {
            log.warn("""

                    ================================================================
                     First start: Dangvu created the system administrator account.
                       user name:          {}
                       one-time password:  {}
                     Sign in at /login; you will be asked to choose a new password.
                     This password is shown only this once.
                    ================================================================""", USERNAME, password);
        }
    }

    /** The one-time password, or null when accounts exist already. */
    String createAdminIfNoAccount() {
        store.lockAccounts();
        if (store.count() > 0) {
            return null;
        }
        String password = PasswordPolicy.oneTimePassword();
        long id = store.insert(USERNAME, "Quản trị hệ thống", passwords.encode(password), true);
        store.addGrant(id, Grant.admin());
        events.publishEvent(new AccountChanged(id, USERNAME, Action.CREATED, null,
                Map.of("username", USERNAME, "grants", List.of(Role.SYSTEM_ADMIN.name()), "mustChangePassword", true),
                java.util.Set.of()));
        return password;
    }
}
