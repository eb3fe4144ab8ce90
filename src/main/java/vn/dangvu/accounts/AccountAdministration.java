package vn.dangvu.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.accounts.AccountChanged.Action;
import vn.dangvu.accounts.AccountStore.StoredAccount;
import vn.dangvu.accounts.AccountViews.AccountView;
import vn.dangvu.accounts.AccountViews.GrantView;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.platform.VietnameseText;

/**
 * Accounts as administrators and committee staff manage them ({@link AccountRule#WITHIN_OWN_SUBTREE}):
 * an account is theirs to see and change when every one of its grants lies within their subtree.
 * Any other account answers as not found.
 */
@Service
@Transactional
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int DISPLAY_NAME_MAX = 100;

    private final AccountStore store;
    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final OrganizationTree tree;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(AccountStore store, JdbcClient jdbc, UnitAccess access, OrganizationTree tree,
            PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.access = access;
        this.tree = tree;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** A new account and the one-time password to hand its owner, who must replace it at first sign-in. */
    public record Created(long id, String oneTimePassword) {
    }

    public Created create(String username, String displayName, Grant firstGrant) {
        String name = validUsername(username);
        String display = validDisplayName(displayName);
        checkGrantable(firstGrant);
        if (store.usernameTaken(name)) {
            throw AccountRule.USERNAME.violation("username-taken", name);
        }
        String oneTime = PasswordPolicy.oneTimePassword();
        long id = store.insert(name, display, passwords.encode(oneTime), true);
        store.addGrant(id, firstGrant);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", name);
        after.put("displayName", display);
        after.put("grants", List.of(describe(firstGrant)));
        after.put("mustChangePassword", true);
        publish(id, name, Action.CREATED, null, after, unitsOf(List.of(firstGrant)));
        return new Created(id, oneTime);
    }

    @Transactional(readOnly = true)
    public AccountView find(long id) {
        StoredAccount account = manageable(id);
        return view(account);
    }

    @Transactional(readOnly = true)
    public Page<AccountView> list(String query, int page, int size) {
        UnitScope scope = access.scope(Permission.MANAGE_ACCOUNTS);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String folded = VietnameseText.fold(query);
        String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = visibleWhere(scope) + " and (:q = '' or lower(a.username) like :p or lower(a.display_name) like :p"
                + " or lower(a.display_name) like :praw)";
        String raw = "%" + VietnameseText.clean(query).toLowerCase(Locale.ROOT) + "%";
        List<Long> ids = jdbc.sql("select a.id from account a where " + where
                        + " order by lower(a.username) limit :limit offset :offset")
                .params(scope.parameters()).param("q", folded).param("p", pattern).param("praw", raw)
                .param("limit", size).param("offset", (long) page * size).query(Long.class).list();
        long total = jdbc.sql("select count(*) from account a where " + where).params(scope.parameters())
                .param("q", folded).param("p", pattern).param("praw", raw).query(Long.class).single();
        List<AccountView> items = ids.stream().map(id -> view(store.find(id).orElseThrow())).toList();
        return new Page<>(items, page, size, total);
    }

    public void addGrant(long accountId, Grant grant) {
        StoredAccount account = manageableForUpdate(accountId);
        checkGrantable(grant);
        List<Grant> before = store.grants(accountId);
        if (store.addGrant(accountId, grant)) {
            ScopedUnitAccess.forget();
            publish(accountId, account.username(), Action.GRANT_ADDED, Map.of("grants", describe(before)),
                    Map.of("grants", describe(store.grants(accountId))), unitsOf(store.grants(accountId)));
        }
    }

    public void removeGrant(long accountId, Grant grant) {
        StoredAccount account = manageableForUpdate(accountId);
        List<Grant> before = store.grants(accountId);
        if (!before.contains(grant)) {
            return;
        }
        if (before.size() == 1) {
            throw AccountRule.AT_LEAST_ONE_GRANT.violation("last-grant");
        }
        if (grant.role() == Role.SYSTEM_ADMIN && self().accountId() == accountId) {
            throw AccountRule.NOT_ONESELF.violation("own-admin-grant");
        }
        store.removeGrant(accountId, grant);
        ScopedUnitAccess.forget();
        publish(accountId, account.username(), Action.GRANT_REMOVED, Map.of("grants", describe(before)),
                Map.of("grants", describe(store.grants(accountId))), unitsOf(before));
    }

    /** Replaces the password with a one-time one that its owner must change at the next sign-in. */
    public String resetPassword(long accountId) {
        StoredAccount account = manageableForUpdate(accountId);
        String oneTime = PasswordPolicy.oneTimePassword();
        store.setPassword(accountId, passwords.encode(oneTime), true);
        publish(accountId, account.username(), Action.PASSWORD_RESET, Map.of("mustChangePassword",
                account.mustChangePassword()), Map.of("mustChangePassword", true), unitsOf(store.grants(accountId)));
        return oneTime;
    }

    public void setEnabled(long accountId, boolean enabled) {
        StoredAccount account = manageableForUpdate(accountId);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled && self().accountId() == accountId) {
            throw AccountRule.NOT_ONESELF.violation("disable-self");
        }
        store.setEnabled(accountId, enabled);
        publish(accountId, account.username(), enabled ? Action.ENABLED : Action.DISABLED,
                Map.of("enabled", account.enabled()), Map.of("enabled", enabled), unitsOf(store.grants(accountId)));
    }

    public void unlock(long accountId) {
        StoredAccount account = manageableForUpdate(accountId);
        if (account.failedSignIns() == 0 && account.lockedUntil() == null) {
            return;
        }
        store.unlock(accountId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("failedSignIns", account.failedSignIns());
        before.put("lockedUntil", String.valueOf(account.lockedUntil()));
        publish(accountId, account.username(), Action.UNLOCKED, before, Map.of("failedSignIns", 0),
                unitsOf(store.grants(accountId)));
    }

    /** Whether the signed-in user manages every account (a system administrator). */
    @Transactional(readOnly = true)
    public boolean managesEverything() {
        return access.scope(Permission.MANAGE_ACCOUNTS).everything();
    }

    private void checkGrantable(Grant grant) {
        if (grant == null) {
            throw AccountRule.REQUIRED.violation("grant-required");
        }
        if (grant.unit() == null) {
            if (!access.scope(Permission.MANAGE_ACCOUNTS).everything()) {
                throw AccountRule.WITHIN_OWN_SUBTREE.violation("admin-by-admin");
            }
            return;
        }
        if (!access.can(Permission.MANAGE_ACCOUNTS, grant.unit().value())) {
            throw AccountRule.WITHIN_OWN_SUBTREE.violation("unit-not-found", grant.unit().value());
        }
        var unit = tree.find(grant.unit(), LocalDate.now(clock)).orElseThrow();
        if (grant.role() == Role.BRANCH_SECRETARY && !unit.type().isBranch()) {
            throw AccountRule.SECRETARY_OVER_BRANCH.violation("secretary-over-branch", unit.name());
        }
    }

    private StoredAccount manageable(long id) {
        UnitScope scope = access.scope(Permission.MANAGE_ACCOUNTS);
        boolean visible = !scope.isEmpty() && jdbc.sql("select exists(select 1 from account a where a.id = :id and "
                        + visibleWhere(scope) + ")")
                .params(scope.parameters()).param("id", id).query(Boolean.class).single();
        if (!visible) {
            throw new NotFoundException("account", id);
        }
        return store.find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private StoredAccount manageableForUpdate(long id) {
        manageable(id);
        return store.lock(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private static String visibleWhere(UnitScope scope) {
        if (scope.everything()) {
            return "true";
        }
        return """
                exists (select 1 from account_grant g where g.account_id = a.id)
                and not exists (select 1 from account_grant g where g.account_id = a.id
                                 and (g.unit_id is null or not (%s)))
                """.formatted(scope.predicate("g.unit_id"));
    }

    AccountView view(StoredAccount account) {
        List<GrantView> grants = grantViews(account.id());
        return new AccountView(account.id(), account.username(), account.displayName(), account.enabled(),
                account.mustChangePassword(), account.lockedAt(clock.instant()), account.lastSignInAt(), grants);
    }

    List<GrantView> grantViews(long accountId) {
        return jdbc.sql("""
                select g.role, g.unit_id, u.code, u.name, u.type from account_grant g
                  left join org_unit u on u.id = g.unit_id
                 where g.account_id = ? order by g.role, u.code
                """).param(accountId)
                .query((rs, n) -> new GrantView(Role.valueOf(rs.getString(1)), rs.getObject(2, Long.class),
                        rs.getString(3), rs.getString(4), rs.getString(5) == null ? null : UnitType.valueOf(rs.getString(5))))
                .list();
    }

    private AccountPrincipal self() {
        return Actor.principal().orElseThrow(() -> new NotFoundException("account", "self"));
    }

    private void publish(long id, String username, Action action, Map<String, Object> before, Map<String, Object> after,
            Set<Long> units) {
        events.publishEvent(new AccountChanged(id, username, action, before, after, units));
    }

    static Set<Long> unitsOf(List<Grant> grants) {
        Set<Long> units = new HashSet<>();
        grants.stream().filter(g -> g.unit() != null).forEach(g -> units.add(g.unit().value()));
        return units;
    }

    static List<String> describe(List<Grant> grants) {
        List<String> out = new ArrayList<>();
        grants.forEach(g -> out.add(describe(g)));
        return out;
    }

    static String describe(Grant grant) {
        return grant.unit() == null ? grant.role().name() : grant.role().name() + "@" + grant.unit().value();
    }

    static String validUsername(String raw) {
        String name = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw AccountRule.USERNAME.violation("username-format");
        }
        return name;
    }

    static String validDisplayName(String raw) {
        String name = VietnameseText.clean(raw);
        if (name.isEmpty()) {
            throw AccountRule.REQUIRED.violation("display-name-required");
        }
        if (name.length() > DISPLAY_NAME_MAX) {
            throw AccountRule.REQUIRED.violation("display-name-too-long", DISPLAY_NAME_MAX);
        }
        return name;
    }
}
