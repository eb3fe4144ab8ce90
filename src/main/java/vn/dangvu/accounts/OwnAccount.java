package vn.dangvu.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.accounts.AccountChanged.Action;
import vn.dangvu.accounts.AccountStore.StoredAccount;
import vn.dangvu.accounts.AccountViews.AccountView;
import vn.dangvu.accounts.AccountViews.TokenView;
import vn.dangvu.platform.NotFoundException;

/** What the signed-in person does with their own account: its password and their access tokens. */
@Service
@Transactional
class OwnAccount {

    private final AccountStore store;
    private final AccountAdministration administration;
    private final AccessTokens tokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    OwnAccount(AccountStore store, AccountAdministration administration, AccessTokens tokens,
            PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.store = store;
        this.administration = administration;
        this.tokens = tokens;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    AccountView view(AccountPrincipal me) {
        return administration.view(account(me));
    }

    /** {@link AccountRule#CURRENT_PASSWORD}, {@link AccountRule#PASSWORD_LENGTH}, {@link AccountRule#PASSWORD_DIFFERENT}. */
    void changePassword(AccountPrincipal me, String current, String next) {
        StoredAccount account = store.lock(me.accountId()).orElseThrow(() -> new NotFoundException("account", me));
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw AccountRule.CURRENT_PASSWORD.violation("current-password");
        }
        PasswordPolicy.check(next, account.username());
        if (next.equals(current)) {
            throw AccountRule.PASSWORD_DIFFERENT.violation("password-unchanged");
        }
        store.setPassword(account.id(), passwords.encode(next), false);
        events.publishEvent(new AccountChanged(account.id(), account.username(), Action.PASSWORD_CHANGED,
                Map.of("mustChangePassword", account.mustChangePassword()), Map.of("mustChangePassword", false),
                AccountAdministration.unitsOf(store.grants(account.id()))));
    }

    boolean mustChangePassword(AccountPrincipal me) {
        return account(me).mustChangePassword();
    }

    AccessTokens.NewToken createToken(AccountPrincipal me, String name, LocalDate expiresOn) {
        return tokens.create(account(me).id(), name, expiresOn);
    }

    @Transactional(readOnly = true)
    List<TokenView> tokens(AccountPrincipal me) {
        return tokens.list(me.accountId());
    }

    void revokeToken(AccountPrincipal me, long tokenId) {
        tokens.revoke(me.accountId(), tokenId);
    }

    private StoredAccount account(AccountPrincipal me) {
        return store.find(me.accountId()).orElseThrow(() -> new NotFoundException("account", me.accountId()));
    }
}
