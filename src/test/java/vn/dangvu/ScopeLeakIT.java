package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangvu.accounts.AccountAdministration;
import vn.dangvu.accounts.AccountPrincipal;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.audit.FakeSensitiveRecords;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.Permission;

/**
 * The scope guarantee, tested as an outsider would: a random tree (with hand-overs, renames and
 * dissolutions), random users holding random role–unit pairs, random accounts, tokens and masked
 * records, then every endpoint Dangvu has (found in the request mappings, so none can be forgotten)
 * called as every user. Every record carries a unique marker in its name; the test works out on its
 * own which records each user may see, and fails, naming the endpoint, the user and the record, if
 * any answer holds the marker of a record out of that user's scope, or if a record out of scope
 * answers anything but 404.
 *
 * <p>A new endpoint fails this test until it is taught here how to call it ({@link #callers()}); for most,
 * one line with {@link #perUnit} (addressed by a unit) or {@link #search} (lists and searches) does.
 * Excel answers are unzipped and checked like any other. Typed search input is not counted as a leak
 * when echoed back, so search by the unit's code or "Đơn vị", never by its name marker.
 * Rerun a failure with {@code -Ddangvu.scope.seed=<seed>} (passed to the test JVM via argLine).
 */
@WebIT
class ScopeLeakIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired StructuralChanges changes;
    @Autowired TestAccounts accounts;
    @Autowired AccountAdministration administration;
    @Autowired FakeSensitiveRecords secrets;
    @Autowired JdbcClient jdbc;

    // ---- the world the test builds, and its own model of who may see what

    record Unit(long id, String code, UnitType type, String marker) {
    }

    /** {@code search} is a word of the display name that a search can type without typing the marker. */
    record Account(long id, String username, List<Grant> grants, String marker, String search) {
    }

    record User(String label, AccountPrincipal principal, Account account, String token) {
        List<Grant> grants() {
            return account.grants();
        }
    }

    record Token(long id, long ownerId, String marker) {
    }

    record Secret(String recordId, long unitId, String value) {
    }

    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, Long> superior = new HashMap<>();
    private final Map<Long, Account> accountsById = new LinkedHashMap<>();
    private final List<User> users = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Secret> secretRecords = new ArrayList<>();
    private final Map<String, String> described = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private Random random;
    private String run;
    private int markers;
    private int positives;

    private String marker(char kind, String description) {
        String marker = "qx" + run + kind + String.format("%04d", markers++) + "q";
        described.put(marker, description);
        return marker;
    }

    private boolean within(long ancestor, long unit) {
        for (Long u = unit; u != null; u = superior.get(u)) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    private boolean inScope(List<Grant> grants, Permission permission, long unit) {
        return grants.stream().filter(g -> g.role().permits(permission))
                .anyMatch(g -> g.unit() == null || within(g.unit().value(), unit));
    }

    private boolean manages(User user, Account account) {
        if (user.grants().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN)) {
            return true;
        }
        return !account.grants().isEmpty() && account.grants().stream().allMatch(g -> g.unit() != null
                && inScope(user.grants(), Permission.MANAGE_ACCOUNTS, g.unit().value()));
    }

    /** Markers the user must not see in an answer governed by the permission. */
    private Set<String> forbidden(User user, Permission permission) {
        Set<String> out = new TreeSet<>();
        units.values().stream().filter(u -> !inScope(user.grants(), permission, u.id())).forEach(u -> {
            out.add(u.marker());
            out.add(u.code().toLowerCase(Locale.ROOT));
        });
        boolean accountScope = permission == Permission.MANAGE_ACCOUNTS || permission == Permission.READ_AUDIT;
        for (Account account : accountsById.values()) {
            boolean visible = account.id() == user.account().id() || accountScope && manages(user, account);
            if (!visible) {
                out.add(account.marker());
                tokens.stream().filter(t -> t.ownerId() == account.id()).forEach(t -> out.add(t.marker()));
            }
        }
        secretRecords.forEach(s -> out.add(s.value()));
        return out;
    }

    // ---- building it

    private Unit unit(Unit parent, UnitType type, int year) {
        String marker = marker('u', type + " under " + (parent == null ? "-" : parent.id()));
        // The code is a marker of its own, so a test can type it without typing the name's marker.
        String code = ("K" + run + "C" + String.format("%04d", markers++) + "K").toUpperCase(Locale.ROOT);
        UnitId id = changes.establish(new EstablishUnit(code, "Đơn vị " + marker, type,
                parent == null ? null : new UnitId(parent.id()), LocalDate.of(year, 1, 1), null, null));
        Unit unit = new Unit(id.value(), code, type, marker);
        described.put(marker, "unit " + id.value() + " (" + type + ")");
        described.put(code.toLowerCase(Locale.ROOT), "the code of unit " + id.value() + " (" + type + ")");
        units.put(unit.id(), unit);
        if (parent != null) {
            superior.put(unit.id(), parent.id());
        }
        return unit;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private List<Unit> ofType(UnitType... types) {
        Set<UnitType> wanted = Set.of(types);
        return units.values().stream().filter(u -> wanted.contains(u.type())).toList();
    }

    private void buildTree() {
        for (int p = 0; p < 2; p++) {
            Unit province = unit(null, UnitType.PROVINCIAL_COMMITTEE, 2000);
            for (int b = 0; b < 1 + random.nextInt(2); b++) {
                Unit bloc = unit(province, UnitType.UPPER_GRASSROOTS_COMMITTEE, 2003);
                for (int g = 0; g < 1 + random.nextInt(3); g++) {
                    if (random.nextInt(4) == 0) {
                        unit(bloc, UnitType.GRASSROOTS_BRANCH, 2005);
                        continue;
                    }
                    Unit grassroots = unit(bloc, UnitType.GRASSROOTS_COMMITTEE, 2005);
                    for (int s = 0; s < random.nextInt(2); s++) {
                        Unit sub = unit(grassroots, UnitType.SUB_COMMITTEE, 2007);
                        for (int c = 0; c < 1 + random.nextInt(2); c++) {
                            unit(sub, UnitType.BRANCH, 2008);
                        }
                    }
                    for (int c = 0; c < 1 + random.nextInt(3); c++) {
                        unit(grassroots, UnitType.BRANCH, 2008);
                    }
                }
            }
        }
        List<Unit> branches = new ArrayList<>(ofType(UnitType.BRANCH));
        java.util.Collections.shuffle(branches, random);
        List<Unit> receivers = ofType(UnitType.GRASSROOTS_COMMITTEE, UnitType.SUB_COMMITTEE);
        for (Unit branch : branches.subList(0, Math.min(3, branches.size()))) {
            Unit to = pick(receivers);
            if (to.id() != superior.get(branch.id())) {
                changes.handOver(new HandOverUnit(new UnitId(branch.id()), new UnitId(to.id()), LocalDate.of(2015, 1, 1),
                        null, null));
                superior.put(branch.id(), to.id());
            }
        }
        for (Unit branch : branches.subList(Math.min(3, branches.size()), Math.min(5, branches.size()))) {
            changes.dissolve(new DissolveUnit(new UnitId(branch.id()), LocalDate.of(2020, 1, 1), null, null));
        }
        for (int i = 0; i < 3; i++) {
            Unit renamed = pick(ofType(UnitType.GRASSROOTS_COMMITTEE, UnitType.UPPER_GRASSROOTS_COMMITTEE));
            changes.rename(new RenameUnit(new UnitId(renamed.id()), "Đơn vị " + renamed.marker() + " đổi tên lần " + i,
                    LocalDate.of(2016 + i, 1, 1), null));
        }
    }

    private List<Grant> randomGrants() {
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < 1 + (random.nextInt(4) == 0 ? 1 : 0); i++) {
            Role role = pick(List.of(Role.COMMITTEE_STAFF, Role.BRANCH_SECRETARY, Role.INSPECTION, Role.VIEWER));
            Unit unit = role == Role.BRANCH_SECRETARY ? pick(ofType(UnitType.BRANCH, UnitType.GRASSROOTS_BRANCH))
                    : pick(List.copyOf(units.values()));
            Grant grant = Grant.of(role, new UnitId(unit.id()));
            if (!grants.contains(grant)) {
                grants.add(grant);
            }
        }
        return grants;
    }

    private void buildPeople() {
        AccountPrincipal setupAdmin = accounts.admin();
        for (int i = 0; i < 10; i++) {
            List<Grant> grants = i == 0 ? List.of(Grant.admin()) : randomGrants();
            String marker = marker('a', "account of user " + i + " " + grants);
            AccountPrincipal principal = accounts.create(marker, grants.toArray(Grant[]::new));
            String search = "tim" + run + "s" + markers++;
            jdbc.sql("update account set display_name = ? where id = ?")
                    .params("Người dùng " + search + " " + marker, principal.accountId()).update();
            Account account = new Account(principal.accountId(), principal.username(), grants, marker, search);
            accountsById.put(account.id(), account);
            String tokenMarker = marker('t', "token of " + principal.username());
            String token = accounts.token(principal, "Mã " + tokenMarker);
            tokens.add(new Token(tokenId(principal.accountId(), tokenMarker), principal.accountId(), tokenMarker));
            users.add(new User("user" + i + grants, principal, account, token));
        }
        // Accounts nobody signs in with, made through the administration (so their creation is audited).
        for (int i = 0; i < 6; i++) {
            List<Grant> grants = randomGrants();
            String marker = marker('a', "decoy account " + i + " " + grants);
            String search = "tim" + run + "s" + markers++;
            long id = accounts.runAs(setupAdmin, () -> {
                long created = administration.create(marker, "Cán bộ " + search + " " + marker, grants.get(0)).id();
                grants.stream().skip(1).forEach(g -> administration.addGrant(created, g));
                return created;
            });
            accountsById.put(id, new Account(id, marker, grants, marker, search));
            String tokenMarker = marker('t', "token of decoy " + marker);
            accounts.token(new AccountPrincipal(id, marker, marker), "Mã " + tokenMarker);
            tokens.add(new Token(tokenId(id, tokenMarker), id, tokenMarker));
        }
        for (Unit unit : units.values()) {
            String recordId = marker('r', "masked record of unit " + unit.id());
            String value = marker('s', "identity number of a record of unit " + unit.id());
            secrets.put(recordId, unit.id(), value);
            secretRecords.add(new Secret(recordId, unit.id(), value));
        }
    }

    private long tokenId(long accountId, String marker) {
        return jdbc.sql("select id from access_token where account_id = ? and name like ?")
                .params(accountId, "%" + marker).query(Long.class).single();
    }

    // ---- calling

    private MvcResult call(String endpoint, User user, Permission permission, MockHttpServletRequestBuilder request) {
        return call(endpoint, user, permission, request, Set.of());
    }

    /** Calls as the user (a session for pages, the user's token for the API) and checks the answer for leaks. */
    private MvcResult call(String endpoint, User user, Permission permission, MockHttpServletRequestBuilder request,
            Set<String> allowed) {
        try {
            boolean api = endpoint.contains(" /api/");
            request.with(api ? accounts.bearer(user.token()) : accounts.as(user.principal()));
            if (!endpoint.startsWith("GET ") && !api) {
                request.with(csrf());
            }
            MvcResult result = mvc.perform(request).andReturn();
            // What the user typed, echoed back (a search field, an error message naming the code typed), is not a
            // leak; what the test types is never a marker it looks for, so nothing it looks for is cut out here.
            var built = request.buildRequest(context.getBean(jakarta.servlet.ServletContext.class));
            String body = readable(result).toLowerCase(Locale.ROOT);
            for (String[] values : built.getParameterMap().values()) {
                for (String typed : values) {
                    if (typed != null && typed.length() > 3 && !typed.chars().allMatch(Character::isDigit)) {
                        body = body.replace(typed.toLowerCase(Locale.ROOT), "");
                    }
                }
            }
            body = body
                    + " " + String.valueOf(result.getResponse().getRedirectedUrl()).toLowerCase(Locale.ROOT)
                    + " " + result.getFlashMap().toString().toLowerCase(Locale.ROOT);
            for (String marker : forbidden(user, permission)) {
                if (body.contains(marker) && !allowed.contains(marker)) {
                    failures.add(endpoint + " as " + user.label() + " (" + user.principal().username() + "): answer holds "
                            + described.get(marker) + " [" + marker + "], out of scope");
                }
            }
            if (result.getResponse().getStatus() >= 500 && !endpoint.endsWith(" /error")) {
                failures.add(endpoint + " as " + user.label() + ": status " + result.getResponse().getStatus());
            }
            return result;
        } catch (Exception e) {
            failures.add(endpoint + " as " + user.label() + ": " + e);
            return null;
        }
    }

    /** The answer as text: Excel and other zipped documents are opened, so exports are checked too. */
    private static String readable(MvcResult result) throws java.io.IOException {
        byte[] bytes = result.getResponse().getContentAsByteArray();
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            var text = new StringBuilder();
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                }
            }
            return text.toString();
        }
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * For an endpoint addressed by a unit ({@code /units/{id}}, {@code /api/v1/units/{id}/...}): called for
     * every unit; a unit the user may not read must answer 404, one they may read 200.
     */
    private BiConsumer<String, User> perUnit(String template) {
        return (e, u) -> {
            for (Unit unit : units.values()) {
                MvcResult result = call(e, u, Permission.READ, get(template, unit.id()));
                boolean readable = inScope(u.grants(), Permission.READ, unit.id());
                expectStatus(e, u, result, readable ? 200 : 404, described.get(unit.marker()));
                if (readable) {
                    positives++;
                }
            }
        };
    }

    /** For a list, search or suggestion endpoint: called with each unit's name and code as the query. */
    private BiConsumer<String, User> search(String path, String param) {
        return (e, u) -> {
            call(e, u, Permission.READ, get(path));
            call(e, u, Permission.READ, get(path).param(param, "Đơn vị"));
            for (Unit unit : units.values()) {
                call(e, u, Permission.READ, get(path).param(param, unit.code()));
            }
        };
    }

    private void expectStatus(String endpoint, User user, MvcResult result, int expected, String what) {
        if (result != null && result.getResponse().getStatus() != expected) {
            failures.add(endpoint + " as " + user.label() + " on " + what + ": status "
                    + result.getResponse().getStatus() + ", expected " + expected);
        }
    }

    private String accountFingerprint(long id) {
        return jdbc.sql("""
                select a.enabled || '/' || a.password_hash || '/' || a.failed_sign_ins || '/' ||
                       coalesce((select string_agg(g.role || '@' || coalesce(g.unit_id, 0), ',' order by g.role, g.unit_id)
                                   from account_grant g where g.account_id = a.id), '')
                  from account a where a.id = ?
                """).param(id).query(String.class).single();
    }

    /** A change addressed to an account the user does not manage: 404, and the account unchanged. */
    private void refusedForOthers(String endpoint, User user, java.util.function.LongFunction<MockHttpServletRequestBuilder> request) {
        for (Account account : accountsById.values()) {
            if (manages(user, account)) {
                continue;
            }
            String before = accountFingerprint(account.id());
            MvcResult result = call(endpoint, user, Permission.MANAGE_ACCOUNTS, request.apply(account.id()));
            expectStatus(endpoint, user, result, 404, described.get(account.marker()));
            if (!before.equals(accountFingerprint(account.id()))) {
                failures.add(endpoint + " as " + user.label() + " changed " + described.get(account.marker()));
            }
        }
    }

    /** How to call each endpoint as a user, and what to expect; the key is "METHOD pattern" ("ANY" for all methods). */
    private Map<String, BiConsumer<String, User>> callers() {
        Map<String, BiConsumer<String, User>> c = new LinkedHashMap<>();
        // Framework pages and documents that hold no records: answered without a leak.
        for (String path : List.of("/login", "/error", "/access-denied")) {
            c.put("GET " + path, (e, u) -> call(e, u, Permission.READ, get(path)));
            c.put("ANY " + path, (e, u) -> call(e, u, Permission.READ, get(path)));
        }
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html")) {
            c.put("GET " + path, (e, u) -> call(e, u, Permission.READ, get(path)));
        }
        c.put("GET /v3/api-docs/{group}", (e, u) -> call(e, u, Permission.READ, get("/v3/api-docs/springdocDefault")));
        c.put("GET /v3/api-docs.yaml/{group}", (e, u) -> call(e, u, Permission.READ, get("/v3/api-docs.yaml/springdocDefault")));
        // Own account.
        c.put("GET /account", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ, get("/account")), 200, "own account"));
        c.put("GET /account/password", (e, u) -> call(e, u, Permission.READ, get("/account/password")));
        c.put("POST /account/password", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ,
                post("/account/password").param("current", "không phải mật khẩu").param("next", "một mật khẩu mới đủ dài")
                        .param("confirm", "một mật khẩu mới đủ dài")), 200, "a wrong current password"));
        c.put("POST /account/tokens", (e, u) -> {
            String marker = marker('t', "token made in the test by " + u.principal().username());
            call(e, u, Permission.READ, post("/account/tokens").param("name", "Mã " + marker));
            jdbc.sql("select id from access_token where account_id = ? and name like ?")
                    .params(u.principal().accountId(), "%" + marker).query(Long.class).optional()
                    .ifPresentOrElse(id -> tokens.add(new Token(id, u.principal().accountId(), marker)),
                            () -> failures.add(e + " as " + u.label() + " made no token of its own"));
        });
        c.put("POST /account/tokens/{id}/revoke", (e, u) -> {
            for (Token token : List.copyOf(tokens)) {
                if (token.ownerId() != u.principal().accountId()) {
                    expectStatus(e, u, call(e, u, Permission.READ, post("/account/tokens/{id}/revoke", token.id())), 404,
                            described.get(token.marker()));
                }
            }
            if (jdbc.sql("select count(*) from access_token where revoked_at is not null and name like ?")
                    .param("%qx" + run + "%").query(Long.class).single() > 0) {
                failures.add(e + " as " + u.label() + " revoked someone else's token");
            }
        });
        c.put("GET /api/v1/me", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ, get("/api/v1/me")), 200, "self"));
        // Account management.
        c.put("GET /accounts", (e, u) -> {
            call(e, u, Permission.MANAGE_ACCOUNTS, get("/accounts"));
            for (Account account : accountsById.values()) {
                call(e, u, Permission.MANAGE_ACCOUNTS, get("/accounts").param("q", account.search()));
            }
        });
        c.put("GET /accounts/new", (e, u) -> call(e, u, Permission.MANAGE_ACCOUNTS, get("/accounts/new")));
        c.put("GET /accounts/{id}", (e, u) -> {
            for (Account account : accountsById.values()) {
                MvcResult result = call(e, u, Permission.MANAGE_ACCOUNTS, get("/accounts/{id}", account.id()));
                boolean mine = manages(u, account);
                expectStatus(e, u, result, mine ? 200 : 404, described.get(account.marker()));
                if (mine) {
                    positives++;
                }
            }
        });
        c.put("POST /accounts", (e, u) -> {
            List<Unit> outside = units.values().stream()
                    .filter(x -> !inScope(u.grants(), Permission.MANAGE_ACCOUNTS, x.id())).toList();
            for (int i = 0; i < Math.min(3, outside.size()); i++) {
                Unit target = pick(outside);
                String username = "moi" + run + markers++;
                call(e, u, Permission.MANAGE_ACCOUNTS, post("/accounts").param("username", username)
                        .param("displayName", "Người mới").param("role", "VIEWER").param("unitCode", target.code()));
                if (jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class)
                        .single() > 0) {
                    failures.add(e + " as " + u.label() + " created an account over " + described.get(target.marker()));
                }
            }
        });
        c.put("POST /accounts/{id}/grants", (e, u) -> refusedForOthers(e, u, id -> post("/accounts/{id}/grants", id)
                .param("role", "VIEWER").param("unitCode", pick(List.copyOf(units.values())).code())));
        c.put("POST /accounts/{id}/grants/remove", (e, u) -> refusedForOthers(e, u,
                id -> post("/accounts/{id}/grants/remove", id).param("role", accountsById.get(id).grants().get(0).role().name())
                        .param("unitId", String.valueOf(accountsById.get(id).grants().get(0).unit() == null ? ""
                                : accountsById.get(id).grants().get(0).unit().value()))));
        c.put("POST /accounts/{id}/password-reset", (e, u) -> refusedForOthers(e, u,
                id -> post("/accounts/{id}/password-reset", id)));
        c.put("POST /accounts/{id}/enabled", (e, u) -> refusedForOthers(e, u,
                id -> post("/accounts/{id}/enabled", id).param("enabled", "false")));
        c.put("POST /accounts/{id}/unlock", (e, u) -> refusedForOthers(e, u, id -> post("/accounts/{id}/unlock", id)));
        c.put("GET /accounts/unit-options", (e, u) -> {
            call(e, u, Permission.MANAGE_ACCOUNTS, get("/accounts/unit-options").param("unitCode", "Đơn vị"));
            for (Unit unit : units.values()) {
                call(e, u, Permission.MANAGE_ACCOUNTS, get("/accounts/unit-options").param("unitCode", unit.code()));
            }
        });
        // Audit log.
        c.put("GET /audit", (e, u) -> {
            call(e, u, Permission.READ_AUDIT, get("/audit"));
            call(e, u, Permission.READ_AUDIT, get("/audit").param("recordType", "account"));
            for (Unit unit : units.values()) {
                call(e, u, Permission.READ_AUDIT, get("/audit").param("recordType", "unit")
                        .param("recordId", Long.toString(unit.id())));
            }
            for (Account account : accountsById.values()) {
                call(e, u, Permission.READ_AUDIT, get("/audit").param("recordType", "account")
                        .param("recordId", Long.toString(account.id())));
            }
        });
        // Masked fields shown in clear.
        for (String prefix : List.of("", "/api/v1")) {
            c.put("POST " + prefix + "/sensitive/{recordType}/{recordId}/{field}", (e, u) -> {
                for (Secret secret : secretRecords) {
                    boolean reveal = inScope(u.grants(), Permission.REVEAL_SENSITIVE, secret.unitId());
                    MvcResult result = call(e, u, Permission.READ, post(prefix + "/sensitive/{t}/{r}/{f}",
                            FakeSensitiveRecords.TYPE, secret.recordId(), FakeSensitiveRecords.FIELD),
                            reveal ? Set.of(secret.value()) : Set.of());
                    boolean read = inScope(u.grants(), Permission.READ, secret.unitId());
                    expectStatus(e, u, result, reveal ? 200 : read ? 403 : 404, "record of unit " + secret.unitId());
                    if (reveal && result != null) {
                        positives++;
                        try {
                            if (!result.getResponse().getContentAsString().contains(secret.value())) {
                                failures.add(e + " as " + u.label() + " did not reveal a record it may reveal");
                            }
                        } catch (Exception ex) {
                            failures.add(e + ": " + ex);
                        }
                    }
                }
            });
        }
        return c;
    }

    @Test
    void noEndpointAnswersWithARecordOutOfScope() {
        long seed = Long.getLong("dangvu.scope.seed", System.nanoTime());
        random = new Random(seed);
        run = Long.toString(Math.abs(seed % 46_656), 36);
        buildTree();
        buildPeople();

        Map<String, BiConsumer<String, User>> callers = callers();
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(keys(info))));
        List<String> unknown = endpoints.stream().filter(e -> !callers.containsKey(e)).toList();
        assertThat(unknown).as("endpoints this test does not know how to call (teach callers() about them); seed %d",
                seed).isEmpty();

        // Reads first, then writes: the writes add audit entries naming their actors, which is intended.
        for (boolean writes : new boolean[] {false, true}) {
            for (User user : users) {
                for (String endpoint : endpoints) {
                    if (endpoint.startsWith("POST ") == writes) {
                        callers.get(endpoint).accept(endpoint, user);
                    }
                }
            }
        }

        assertThat(positives).as("in-scope records were seen too, so the test can tell").isPositive();
        assertThat(failures).as("scope leaks (seed %d; rerun with -Ddangvu.scope.seed=%d)", seed, seed).isEmpty();
    }

    private static List<String> keys(RequestMappingInfo info) {
        Set<String> patterns = info.getPatternValues();
        var methods = info.getMethodsCondition().getMethods();
        List<String> keys = new ArrayList<>();
        for (String pattern : patterns) {
            if (methods.isEmpty()) {
                keys.add("ANY " + pattern);
            } else {
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        }
        return keys;
    }
}
