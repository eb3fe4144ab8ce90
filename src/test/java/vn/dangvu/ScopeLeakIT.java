package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangvu.accounts.AccountAdministration;
import vn.dangvu.accounts.AccountPrincipal;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.audit.FakeSensitiveRecords;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberEvent.AwarenessCertified;
import vn.dangvu.members.MemberEvent.Introduced;
import vn.dangvu.members.MemberEvent.PostTaken;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberEvent.TemporarilyTransferred;
import vn.dangvu.members.MemberEvent.Transferred;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberWorkbook;
import vn.dangvu.members.PartyPost;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.TestWorkbooks;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.Permission;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;

/**
 * The scope guarantee, tested as an outsider would: a random tree (with hand-overs, renames and
 * dissolutions), random members in its branches (transferred, introduced, holding posts), random
 * users holding random role–unit pairs, random accounts, tokens and masked records, then every
 * endpoint Dangvu has (found in the request mappings, so none can be forgotten) called as every user.
 * Every record carries a unique marker in its name; the test works out on its own which records each
 * user may see, and fails, naming the endpoint, the user and the record, if any answer holds the
 * marker of a record out of that user's scope, if a record out of scope answers anything but 404, or
 * if a change addressed to a record out of the user's write scope answers anything but 404 (403 when
 * readable) or changes anything.
 *
 * <p>A new endpoint fails this test until it is taught here how to call it ({@link #callers()}); for most,
 * one line with {@link #perUnit} (addressed by a unit), {@link #perMember} (by a member), {@link #search}
 * (lists and searches) or {@link #refusedOnUnits} / {@link #refusedOnMembers} (changes) does. Excel
 * answers are unzipped and checked like any other. Typed search input is not counted as a leak when
 * echoed back, so search by the unit's code, a member's search word or "Đơn vị", never by a name marker.
 * Lists that take a date are called as of today and as of {@link #PAST}, before the hand-overs and
 * transfers, so a unit or member that has since left the user's scope must not come back either.
 * Rerun a failure with {@code -Ddangvu.scope.seed=<seed>} (passed to the test JVM via argLine); hunt deeper
 * with more users, {@code -Ddangvu.scope.users=40} (ten by default).
 */
@WebIT
class ScopeLeakIT {

    /** A day before every hand-over, rename and transfer of the random world, after every establishment. */
    static final LocalDate PAST = LocalDate.of(2012, 6, 1);
    /**
     * How many units (or members) of each kind (the user may reach, may only read, may not read) an endpoint
     * is called on per user: enough, with ten users and the likeliest leaks first, to cover every kind of
     * unit of the world in every run, without a call per record per user per endpoint (the run would take
     * several minutes). Loops over the whole world stay where an endpoint is cheap.
     */
    static final int SAMPLE = 3;
    /** Exports are the dearest answers: fewer of them. */
    static final int EXPORT_SAMPLE = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d{12,}");

    @Autowired WebApplicationContext context;
    /** Built here, not injected: the injected one keeps every exchange to print if the test fails, tens of thousands. */
    private MockMvc mvc;
    @Autowired StructuralChanges changes;
    @Autowired MemberRegistry registry;
    @Autowired vn.dangvu.meetings.Meetings meetingsService;
    @Autowired vn.dangvu.meetings.Conferences conferencesService;
    @Autowired TargetBook book;
    @Autowired vn.dangvu.training.TrainingBook trainingBook;
    @Autowired vn.dangvu.training.TrainingDirectory trainingDirectory;
    @Autowired MemberWorkbook memberWorkbook;
    @Autowired TestAccounts accounts;
    @Autowired AccountAdministration administration;
    @Autowired FakeSensitiveRecords secrets;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;

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

    /** A member record: the marker is the given name, {@code search} a word of the name, {@code identity} the CCCD. */
    record Member(long id, String marker, String search, String identity, MemberStatus status) {
    }

    /** A term's resolution of a unit, its marker in the title. */
    record Resolution(long id, long unitId, String marker) {
    }

    /** A target of a resolution, its marker in the title; a manual one has a value entered by hand. */
    record Goal(long id, long unitId, long resolutionId, String marker, boolean manual) {
    }

    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, Long> superior = new HashMap<>();
    private final Set<Long> dissolved = new HashSet<>();
    private final Map<Long, Account> accountsById = new LinkedHashMap<>();
    private final List<User> users = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Secret> secretRecords = new ArrayList<>();
    private final Map<Long, Member> members = new LinkedHashMap<>();
    /** The branch each member belongs to now: what decides who may see them. */
    private final Map<Long, Long> memberUnit = new HashMap<>();
    private final Set<String> identities = new HashSet<>();
    private final Map<Long, Resolution> resolutions = new LinkedHashMap<>();
    private final Map<Long, Goal> goals = new LinkedHashMap<>();
    /** Report drafts, their marker in the narrative. */
    private final Map<Long, ReportDraftRecord> reportDrafts = new LinkedHashMap<>();
    /** The term each unit with targets works in, 2025–2030. */
    private final Map<Long, Long> termOf = new LinkedHashMap<>();
    /** Markers of records kept under a unit (resolutions, targets, notes of values): the unit decides. */
    private final Map<String, Long> unitRecords = new HashMap<>();
    /** Units and members the world's history touched (hand-overs, renames, dissolutions, transfers, posts): called first. */
    private final Set<Unit> eventfulUnits = new HashSet<>();
    private final Set<Member> eventfulMembers = new HashSet<>();
    /** Units renamed by the test's own calls today: a unit takes one new name a day. */
    private final Set<Long> renamedToday = new HashSet<>();
    private final Map<String, String> described = new HashMap<>();
    private final Map<String, Set<String>> forbiddenCache = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, long[]> timings = new TreeMap<>();
    private final Set<String> frameworkEndpoints = new HashSet<>();
    private Random random;
    private String run;
    private Pattern markerPattern;
    private int markers;
    private int positives;
    private LocalDate today;
    /** The last audit entry before the test: older ones name nothing of its world. */
    private long auditStart;

    private String marker(char kind, String description) {
        String marker = "qx" + run + kind + String.format("%04d", markers++) + "q";
        described.put(marker, description);
        forbiddenCache.clear();
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

    private boolean can(User user, Permission permission, long unit) {
        return inScope(user.grants(), permission, unit);
    }

    /** What a request needing the permission over the unit must answer: 200, 403 when readable, else 404. */
    private int expected(User user, Permission permission, long unit) {
        return can(user, permission, unit) ? 200 : can(user, Permission.READ, unit) ? 403 : 404;
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
        if (permission == Permission.READ_AUDIT) {
            return computeForbidden(user, permission); // the log grows as the test calls (exports are logged)
        }
        return forbiddenCache.computeIfAbsent(user.label() + "/" + user.principal().accountId() + "/" + permission,
                k -> computeForbidden(user, permission));
    }

    private Set<String> computeForbidden(User user, Permission permission) {
        Set<String> out = new HashSet<>();
        units.values().stream().filter(u -> !inScope(user.grants(), permission, u.id())).forEach(u -> {
            out.add(u.marker());
            out.add(u.code().toLowerCase(Locale.ROOT));
        });
        boolean accountScope = permission == Permission.MANAGE_ACCOUNTS || permission == Permission.READ_AUDIT;
        Set<Long> auditedAccounts = permission == Permission.READ_AUDIT ? auditedWithin(user, "account") : Set.of();
        for (Account account : accountsById.values()) {
            boolean visible = account.id() == user.account().id() || accountScope && manages(user, account)
                    || auditedAccounts.contains(account.id());
            if (!visible) {
                out.add(account.marker());
                tokens.stream().filter(t -> t.ownerId() == account.id()).forEach(t -> out.add(t.marker()));
            }
        }
        secretRecords.forEach(s -> out.add(s.value()));
        unitRecords.forEach((marker, unit) -> {
            if (!inScope(user.grants(), permission, unit)) {
                out.add(marker);
            }
        });
        Set<Long> auditedMembers = permission == Permission.READ_AUDIT ? auditedWithin(user, "member") : Set.of();
        for (Member member : members.values()) {
            if (!inScope(user.grants(), permission, memberUnit.get(member.id())) && !auditedMembers.contains(member.id())) {
                out.add(member.marker());
            }
            // An identity number is never shown in clear, except by a reveal the user may make (see reveals()).
            out.add(member.identity());
        }
        return out;
    }

    /**
     * The records of the type (accounts, members) the audit log names in an entry the user may read: one
     * all of whose units lie within their audit scope (the log's rule), about the record or, for accounts,
     * made by it (an export, a reveal). It is history: an account may have gained a grant out of the user's
     * reach since, a member may have moved away, and the entry naming them stays theirs to read.
     */
    private Set<Long> auditedWithin(User user, String recordType) {
        Set<Long> out = new HashSet<>();
        jdbc.sql("""
                select case when record_type = :type then record_id end, actor_id, unit_ids from audit_entry
                 where id > :start and (record_type = :type or :type = 'account') and cardinality(unit_ids) > 0
                """).param("type", recordType).param("start", auditStart)
                .query((rs, n) -> {
                    Long[] ids = (Long[]) rs.getArray(3).getArray();
                    if (java.util.Arrays.stream(ids).allMatch(id -> inScope(user.grants(), Permission.READ_AUDIT, id))) {
                        if (rs.getString(1) != null) {
                            out.add(Long.parseLong(rs.getString(1)));
                        }
                        if (recordType.equals("account") && rs.getObject(2) != null) {
                            out.add(rs.getLong(2));
                        }
                    }
                    return null;
                }).list();
        return out;
    }

    private String what(Unit unit) {
        return described.get(unit.marker());
    }

    private String what(Member member) {
        return described.get(member.marker());
    }

    // ---- building it

    private Unit unit(Unit parent, UnitType type, int year) {
        String marker = marker('u', type + " under " + (parent == null ? "-" : parent.id()));
        // The code is a marker of its own, so a test can type it without typing the name's marker.
        String code = newCode("C");
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

    /** A code of this run; with kind "C" it has the shape the test looks for in answers. */
    private String newCode(String kind) {
        return ("K" + run + kind + String.format("%04d", markers++) + "K").toUpperCase(Locale.ROOT);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> sampleOf(List<T> list, int n) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private List<Unit> ofType(UnitType... types) {
        Set<UnitType> wanted = Set.of(types);
        return units.values().stream().filter(u -> wanted.contains(u.type())).toList();
    }

    private List<Unit> liveBranches() {
        return units.values().stream().filter(u -> u.type().isBranch() && !dissolved.contains(u.id())).toList();
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
        Collections.shuffle(branches, random);
        List<Unit> receivers = ofType(UnitType.GRASSROOTS_COMMITTEE, UnitType.SUB_COMMITTEE);
        for (Unit branch : branches.subList(0, Math.min(3, branches.size()))) {
            Unit to = pick(receivers);
            if (to.id() != superior.get(branch.id())) {
                changes.handOver(new HandOverUnit(new UnitId(branch.id()), new UnitId(to.id()), LocalDate.of(2015, 1, 1),
                        null, null));
                eventfulUnits.addAll(List.of(branch, to, units.get(superior.get(branch.id()))));
                superior.put(branch.id(), to.id());
            }
        }
        for (Unit branch : branches.subList(Math.min(3, branches.size()), Math.min(5, branches.size()))) {
            changes.dissolve(new DissolveUnit(new UnitId(branch.id()), LocalDate.of(2020, 1, 1), null, null));
            dissolved.add(branch.id());
            eventfulUnits.add(branch);
        }
        for (int i = 0; i < 3; i++) {
            Unit renamed = pick(ofType(UnitType.GRASSROOTS_COMMITTEE, UnitType.UPPER_GRASSROOTS_COMMITTEE));
            changes.rename(new RenameUnit(new UnitId(renamed.id()), "Đơn vị " + renamed.marker() + " đổi tên lần " + i,
                    LocalDate.of(2016 + i, 1, 1), null));
            eventfulUnits.add(renamed);
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
        for (int i = 0; i < Integer.getInteger("dangvu.scope.users", 10); i++) {
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

    /** A new person's identity number, matching their sex and year of birth, unused anywhere. */
    private String newIdentity(Sex sex, LocalDate born) {
        int code = (born.getYear() >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        while (true) {
            String number = String.format("%03d%d%02d%06d", 1, code, born.getYear() % 100, random.nextInt(1_000_000));
            if (identities.add(number) && jdbc.sql("select count(*) from member where identity_number = ?").param(number)
                    .query(Long.class).single() == 0) {
                return number;
            }
        }
    }

    /** A person to be, with a marker for a given name and a search word in the middle of the name. */
    private record Person(String marker, String search, String identity, Sex sex, LocalDate born) {
        String fullName() {
            return (sex == Sex.MALE ? "Nguyễn Văn " : "Trần Thị ") + search + " " + marker;
        }

        Profile profile() {
            return new Profile(fullName(), sex, born, "Kinh", "Không", "Hà Nội", null, IdentityNumber.parse(identity),
                    null, null, null, null, null, null, null);
        }
    }

    private Person person(String description, LocalDate born) {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String marker = marker('m', description);
        String search = "tim" + run + "n" + markers++;
        String identity = newIdentity(sex, born);
        return new Person(marker, search, identity, sex, born);
    }

    private Member register(Person person, long id, long unit, MemberStatus status) {
        Member member = new Member(id, person.marker(), person.search(), person.identity(), status);
        described.put(person.marker(), described.get(person.marker()) + ", member " + id);
        described.put(person.identity(), "the identity number of member " + id);
        members.put(id, member);
        memberUnit.put(id, unit);
        forbiddenCache.clear();
        return member;
    }

    private Member official(Unit branch) {
        Person p = person("official member opened in " + what(branch), LocalDate.of(1960 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        LocalDate admitted = LocalDate.of(1990, 3, 2).plusDays(random.nextInt(300));
        LocalDate ceremony = admitted.plusDays(10);
        long id = registry.openRecord(p.profile(), new RecordOpened(LocalDate.of(2010, 1, 4), new UnitId(branch.id()),
                admitted, ceremony, ceremony.plusMonths(12).plusDays(5))).value();
        return register(p, id, branch.id(), MemberStatus.OFFICIAL);
    }

    private void buildMembers() {
        List<Unit> branches = liveBranches();
        List<Member> officials = new ArrayList<>();
        for (Unit branch : branches) {
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                officials.add(official(branch));
            }
            if (random.nextInt(3) == 0) {
                // Probation ends within the month: a reminder.
                Person p = person("probationary member in " + what(branch), LocalDate.of(1996, 4, 4));
                LocalDate on = today.minusMonths(11);
                long id = registry.openRecord(p.profile(), new RecordOpened(on, new UnitId(branch.id()), on.minusDays(20),
                        on.minusDays(10), null)).value();
                register(p, id, branch.id(), MemberStatus.PROBATIONARY);
            }
        }
        for (Unit branch : branches) {
            if (random.nextBoolean()) {
                // A candidate whose papers are going stale, introduced by two officials from anywhere.
                Person p = person("candidate in " + what(branch), LocalDate.of(2000, 7, 7));
                MemberId id = registry.registerCandidate(p.profile(), new UnitId(branch.id()), today.minusMonths(14));
                registry.record(id, new AwarenessCertified(today.minusMonths(13), "GCN-" + markers++));
                List<Member> two = sampleOf(officials, 2);
                registry.record(id, new Introduced(today.minusMonths(12), new MemberId(two.get(0).id()),
                        new MemberId(two.get(1).id())));
                eventfulMembers.add(register(p, id.value(), branch.id(), MemberStatus.CANDIDATE));
            }
        }
        for (Member official : officials) {
            MemberId id = new MemberId(official.id());
            if (random.nextInt(3) == 0) {
                Unit to = pick(branches.stream().filter(b -> b.id() != memberUnit.get(official.id())).toList());
                registry.record(id, new Transferred(LocalDate.of(2018, 3, 1), new UnitId(to.id()), "GGT-" + markers++));
                eventfulUnits.addAll(List.of(to, units.get(memberUnit.get(official.id()))));
                eventfulMembers.add(official);
                memberUnit.put(official.id(), to.id());
            }
            if (random.nextInt(4) == 0) {
                Unit in = pick(units.values().stream().filter(u -> !dissolved.contains(u.id())).toList());
                registry.record(id, new PostTaken(LocalDate.of(2021, 3, 1), pick(List.of(PartyPost.values())),
                        new UnitId(in.id())));
                eventfulMembers.add(official);
            }
            if (random.nextInt(5) == 0) {
                Unit host = pick(branches.stream().filter(b -> b.id() != memberUnit.get(official.id())).toList());
                registry.record(id, new TemporarilyTransferred(LocalDate.of(2022, 5, 2), new UnitId(host.id()), null,
                        "GGT-" + markers++));
                eventfulUnits.add(host);
                eventfulMembers.add(official);
            }
        }
        forbiddenCache.clear();
    }

    /** A marker of a record kept under the unit. */
    private String unitRecord(char kind, String description, long unit) {
        String marker = marker(kind, description);
        unitRecords.put(marker, unit);
        return marker;
    }

    /** About half the units work in a 2025–2030 term with a resolution, a measured target and one kept by hand. */
    private void buildTargets() {
        for (Unit unit : units.values()) {
            if (dissolved.contains(unit.id()) || random.nextBoolean()) {
                continue;
            }
            UnitId id = new UnitId(unit.id());
            long term = changes.openTerm(new OpenTerm(id, 1, LocalDate.of(2025, 10, 1), 2025, 2030)).id();
            termOf.put(unit.id(), term);
            String title = unitRecord('n', "the resolution of " + what(unit), unit.id());
            long rid = book.adopt(id, term, "Nghị quyết " + title, null).id();
            resolutions.put(rid, new Resolution(rid, unit.id(), title));
            String measured = unitRecord('g', "a target of " + what(unit), unit.id());
            long tid = book.addTarget(rid, new TargetDraft(null, "Chỉ tiêu " + measured, Quantity.COUNT, "đảng viên",
                    Direction.MORE, vn.dangvu.targets.Scope.TERM, java.math.BigDecimal.TEN, null, "members.admitted",
                    null)).id();
            goals.put(tid, new Goal(tid, unit.id(), rid, measured, false));
            String manual = unitRecord('g', "a target kept by hand of " + what(unit), unit.id());
            long mid = book.addTarget(rid, new TargetDraft(null, "Chỉ tiêu tự nhập " + manual, Quantity.COUNT, "lớp",
                    Direction.MORE, vn.dangvu.targets.Scope.TERM, java.math.BigDecimal.valueOf(12), null, null,
                    MeasureKind.FLOW)).id();
            goals.put(mid, new Goal(mid, unit.id(), rid, manual, true));
            String note = unitRecord('v', "the note of a value entered for " + what(unit), unit.id());
            book.enterValue(mid, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), java.math.BigDecimal.valueOf(3),
                    "Nguồn " + note);
        }
    }

    // ---- calling

    /** MockMvc as the test context configures it (filters, security), without printing the exchanges. */
    private MockMvc quietMockMvc() {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        context.getBeanProvider(MockMvcBuilderCustomizer.class).orderedStream().forEach(customizer -> {
            if (customizer instanceof SpringBootMockMvcBuilderCustomizer boot) {
                var quiet = new SpringBootMockMvcBuilderCustomizer(context);
                quiet.setAddFilters(boot.isAddFilters());
                quiet.setPrint(MockMvcPrint.NONE);
                quiet.customize(builder);
            } else {
                customizer.customize(builder);
            }
        });
        return builder.build();
    }

    private MvcResult call(String endpoint, User user, Permission permission, AbstractMockHttpServletRequestBuilder<?> request) {
        return call(endpoint, user, permission, request, Set.of());
    }

    /** Calls as the user (a session for pages, the user's token for the API) and checks the answer for leaks. */
    private MvcResult call(String endpoint, User user, Permission permission, AbstractMockHttpServletRequestBuilder<?> request,
            Set<String> allowed) {
        long started = System.nanoTime();
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
            Set<String> forbidden = forbidden(user, permission);
            for (String marker : candidates(body)) {
                if (forbidden.contains(marker) && !allowed.contains(marker)) {
                    failures.add(endpoint + " as " + user.label() + " (" + user.principal().username() + "): answer holds "
                            + described.get(marker) + " [" + marker + "], out of scope; request "
                            + built.getMethod() + " " + built.getRequestURI() + parameters(built));
                }
            }
            if (result.getResponse().getStatus() >= 500 && !endpoint.endsWith(" /error")) {
                failures.add(endpoint + " as " + user.label() + ": status " + result.getResponse().getStatus());
            }
            return result;
        } catch (Exception e) {
            failures.add(endpoint + " as " + user.label() + ": " + e);
            return null;
        } finally {
            long[] t = timings.computeIfAbsent(endpoint, k -> new long[2]);
            t[0]++;
            t[1] += System.nanoTime() - started;
        }
    }

    private static String parameters(jakarta.servlet.http.HttpServletRequest request) {
        var out = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                out.append(out.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            }
        });
        return out.toString();
    }

    /** Everything in the answer shaped like a marker, a code of this run or an identity number. */
    private Set<String> candidates(String body) {
        Set<String> found = new HashSet<>();
        Matcher m = markerPattern.matcher(body);
        while (m.find()) {
            found.add(m.group());
        }
        Matcher d = DIGITS.matcher(body);
        while (d.find()) {
            String digits = d.group();
            for (int i = 0; i + 12 <= digits.length(); i++) {
                found.add(digits.substring(i, i + 12));
            }
        }
        return found;
    }

    /** The answer as text: Excel and other zipped documents are opened, so exports are checked too. */
    private static String readable(MvcResult result) throws java.io.IOException {
        byte[] bytes = result.getResponse().getContentAsByteArray();
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            // Read through the central directory: streamed workbooks leave the sizes out of the entries' headers.
            var text = new StringBuilder();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("scope-leak", ".zip");
            try {
                java.nio.file.Files.write(file, bytes);
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var entries = zip.entries(); entries.hasMoreElements();) {
                        try (var in = zip.getInputStream(entries.nextElement())) {
                            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return text.toString();
        }
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(MvcResult result) {
        try {
            return result == null ? "" : readable(result);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @SafeVarargs
    private static BiConsumer<String, User> all(BiConsumer<String, User>... parts) {
        return (e, u) -> {
            for (BiConsumer<String, User> part : parts) {
                part.accept(e, u);
            }
        };
    }

    /**
     * Up to n of the group, the likeliest to leak first: half (rounded up) from the units at the edge of the
     * user's scope (the tops of their grants and the units just above) and the units the world's history
     * touched, the rest at random.
     */
    private <T> List<T> sample(User user, List<T> group, int n, java.util.function.ToLongFunction<T> unitOf,
            Set<T> eventful) {
        if (group.size() <= n) {
            return group;
        }
        Set<Long> edge = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (grant.unit() != null) {
                edge.add(grant.unit().value());
                Long up = superior.get(grant.unit().value());
                if (up != null) {
                    edge.add(up);
                }
            }
        }
        List<T> shuffled = new ArrayList<>(group);
        Collections.shuffle(shuffled, random);
        List<T> priority = new ArrayList<>();
        shuffled.stream().filter(t -> edge.contains(unitOf.applyAsLong(t))).forEach(priority::add);
        shuffled.stream().filter(t -> !priority.contains(t) && eventful.contains(t)).forEach(priority::add);
        List<T> out = new ArrayList<>(priority.subList(0, Math.min(priority.size(), (n + 1) / 2)));
        for (T t : shuffled) {
            if (out.size() < n && !priority.contains(t)) {
                out.add(t);
            }
        }
        for (T t : priority) {
            if (out.size() < n && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private List<Unit> sampleUnits(User user, List<Unit> group, int n) {
        return sample(user, group, n, Unit::id, eventfulUnits);
    }

    private List<Member> sampleMembers(User user, List<Member> group, int n) {
        return sample(user, group, n, m -> memberUnit.get(m.id()), eventfulMembers);
    }

    /**
     * The units to call an endpoint needing the permission on: a sample of those the user may reach and of
     * those they may not; {@code reachable} units the user may at least read are sampled apart when
     * {@code readOnly} is given, so both 403 and 404 are asked for.
     */
    private List<Unit> unitsToCall(User user, Permission permission, int reachable, int readOnly, int unreachable) {
        List<Unit> can = new ArrayList<>();
        List<Unit> read = new ArrayList<>();
        List<Unit> none = new ArrayList<>();
        for (Unit unit : units.values()) {
            (can(user, permission, unit.id()) ? can : can(user, Permission.READ, unit.id()) ? read : none).add(unit);
        }
        List<Unit> out = new ArrayList<>(sampleUnits(user, can, reachable));
        out.addAll(sampleUnits(user, read, readOnly));
        out.addAll(sampleUnits(user, none, unreachable));
        return out;
    }

    /** {@link #unitsToCall} for members, by their branch. */
    private List<Member> membersToCall(User user, Permission permission, int reachable, int readOnly, int unreachable) {
        List<Member> can = new ArrayList<>();
        List<Member> read = new ArrayList<>();
        List<Member> none = new ArrayList<>();
        for (Member member : members.values()) {
            long unit = memberUnit.get(member.id());
            (can(user, permission, unit) ? can : can(user, Permission.READ, unit) ? read : none).add(member);
        }
        List<Member> out = new ArrayList<>(sampleMembers(user, can, reachable));
        out.addAll(sampleMembers(user, read, readOnly));
        out.addAll(sampleMembers(user, none, unreachable));
        return out;
    }

    /**
     * For an endpoint addressed by a unit ({@code /units/{id}}, {@code /api/v1/units/{id}/...}), called on a
     * sample of units: one the user may not read must answer 404, one they may read 200.
     */
    private BiConsumer<String, User> perUnit(String template) {
        return perUnit(template, false, SAMPLE);
    }

    /** {@link #perUnit(String)} also as of {@link #PAST}, for lists of what stood under the unit then. */
    private BiConsumer<String, User> perUnitDated(String template) {
        return perUnit(template, true, SAMPLE);
    }

    private BiConsumer<String, User> perUnit(String template, boolean dated, int sample) {
        return (e, u) -> {
            for (Unit unit : unitsToCall(u, Permission.READ, sample, 0, sample)) {
                boolean readable = can(u, Permission.READ, unit.id());
                for (LocalDate date : dated && readable ? List.of(today, PAST) : List.of(today)) {
                    MockHttpServletRequestBuilder request = get(template, unit.id());
                    if (!date.equals(today)) {
                        request.param("date", date.toString());
                    }
                    MvcResult result = call(e, u, Permission.READ, request);
                    expectStatus(e, u, result, readable ? 200 : 404, what(unit));
                    if (readable) {
                        positives++;
                    }
                }
            }
        };
    }

    /** For a form addressed by a unit that changes it: 200 for a writer, 403 for a reader, 404 for anyone else. */
    private BiConsumer<String, User> perUnitWrite(String template) {
        return (e, u) -> {
            for (Unit unit : unitsToCall(u, Permission.WRITE, SAMPLE, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, get(template, unit.id())),
                        expected(u, Permission.WRITE, unit.id()), what(unit));
            }
        };
    }

    /** For an endpoint addressed by a member: 404 unless the user may read the member's branch, 200 then. */
    private BiConsumer<String, User> perMember(String template) {
        return (e, u) -> {
            for (Member member : membersToCall(u, Permission.READ, SAMPLE, 0, SAMPLE)) {
                boolean readable = can(u, Permission.READ, memberUnit.get(member.id()));
                expectStatus(e, u, call(e, u, Permission.READ, get(template, member.id())), readable ? 200 : 404,
                        what(member));
                if (readable) {
                    positives++;
                }
            }
        };
    }

    /** For a form addressed by a member that changes their record: 200 for a writer, 403 for a reader, else 404. */
    private BiConsumer<String, User> perMemberWrite(BiFunction<User, Member, MockHttpServletRequestBuilder> request) {
        return (e, u) -> {
            for (Member member : membersToCall(u, Permission.WRITE, SAMPLE, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, member)),
                        expected(u, Permission.WRITE, memberUnit.get(member.id())), what(member));
            }
        };
    }

    /**
     * For an endpoint addressed by a record kept under a unit (a resolution, a target): the permission over
     * the unit decides, 200, 403 when the user may only read it, 404 when not even that.
     */
    private <T> BiConsumer<String, User> perRecord(java.util.function.Supplier<java.util.Collection<T>> records,
            java.util.function.ToLongFunction<T> unitOf, java.util.function.Function<T, String> what,
            Permission permission, BiFunction<User, T, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return (e, u) -> {
            for (T record : recordsToCall(u, permission, records.get(), unitOf,
                    permission == Permission.READ ? 0 : SAMPLE)) {
                int expected = expected(u, permission, unitOf.applyAsLong(record));
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, record)), expected, what.apply(record));
                if (expected == 200) {
                    positives++;
                }
            }
        };
    }

    /** A change addressed to a record kept under a unit out of the user's write scope: 404 or 403, nothing changed. */
    private <T> BiConsumer<String, User> refusedOnRecords(java.util.function.Supplier<java.util.Collection<T>> records,
            java.util.function.ToLongFunction<T> unitOf, java.util.function.Function<T, String> what,
            BiFunction<User, T, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            List<T> refused = recordsToCall(u, Permission.WRITE, records.get(), unitOf, SAMPLE).stream()
                    .filter(r -> !can(u, Permission.WRITE, unitOf.applyAsLong(r))).toList();
            for (T record : refused) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, record)),
                        expected(u, Permission.WRITE, unitOf.applyAsLong(record)), what.apply(record));
            }
            unchanged(e, u, before);
        };
    }

    private <T> List<T> recordsToCall(User user, Permission permission, java.util.Collection<T> records,
            java.util.function.ToLongFunction<T> unitOf, int readOnly) {
        List<T> can = new ArrayList<>();
        List<T> read = new ArrayList<>();
        List<T> none = new ArrayList<>();
        for (T record : records) {
            long unit = unitOf.applyAsLong(record);
            (can(user, permission, unit) ? can : can(user, Permission.READ, unit) ? read : none).add(record);
        }
        List<T> out = new ArrayList<>(sample(user, can, SAMPLE, unitOf, Set.of()));
        out.addAll(sample(user, read, readOnly, unitOf, Set.of()));
        out.addAll(sample(user, none, SAMPLE, unitOf, Set.of()));
        return out;
    }

    private String what(Resolution resolution) {
        return described.get(resolution.marker());
    }

    private String what(Goal goal) {
        return described.get(goal.marker());
    }

    /** For a list, search or suggestion endpoint: called with each unit's name and code as the query. */
    private BiConsumer<String, User> search(String path, String param) {
        return search(path, param, false);
    }

    private BiConsumer<String, User> search(String path, String param, boolean dated) {
        return (e, u) -> {
            for (LocalDate date : dated ? List.of(today, PAST) : List.of(today)) {
                String day = date.equals(today) ? null : date.toString();
                call(e, u, Permission.READ, dated(get(path), day));
                // Every unit's name holds "Đơn vị": one query finds the whole tree (a page holds it all).
                call(e, u, Permission.READ, dated(get(path).param(param, "Đơn vị"), day));
                for (Unit unit : unitsToCall(u, Permission.READ, 2, 0, SAMPLE)) {
                    call(e, u, Permission.READ, dated(get(path).param(param, unit.code()), day));
                }
            }
        };
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String day) {
        return day == null ? request : request.param("date", day);
    }

    /** For a search of people: every member's search word, a word every member's name holds, and a common name. */
    private BiConsumer<String, User> memberSearch(String path, String sizeParam) {
        return (e, u) -> {
            String everyone = "tim" + run + "n";
            for (int page = 0; page < 4; page++) {
                call(e, u, Permission.READ, get(path).param("q", everyone).param("page", String.valueOf(page))
                        .param(sizeParam, "50"));
            }
            call(e, u, Permission.READ, get(path).param("q", "Nguyễn Văn").param(sizeParam, "50"));
            for (Member member : sampleOf(List.copyOf(members.values()), 10)) {
                call(e, u, Permission.READ, get(path).param("q", member.search()));
            }
        };
    }

    private void expectStatus(String endpoint, User user, MvcResult result, int expected, String what) {
        if (result != null && result.getResponse().getStatus() != expected) {
            failures.add(endpoint + " as " + user.label() + " on " + what + ": status "
                    + result.getResponse().getStatus() + ", expected " + expected + explanation(result));
        }
    }

    /** The message of a refusal, to tell a missing check from a rule that refused the test's request. */
    private static String explanation(MvcResult result) {
        String body = text(result);
        Matcher detail = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"|class=\"alert[^\"]*\"[^>]*>\\s*([^<]*)")
                .matcher(body);
        return detail.find() ? " (" + (detail.group(1) != null ? detail.group(1) : detail.group(2)).strip() + ")" : "";
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

    /** Every unit and member of the world as stored, with the highest ids, so that any change shows. */
    private Map<String, String> worldFingerprint() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("""
                select u.id, u::text
                       || coalesce((select string_agg(l::text, ';' order by l.valid_from) from org_unit_link l
                                     where l.unit_id = u.id), '')
                       || coalesce((select string_agg(n::text, ';' order by n.valid_from) from org_unit_name n
                                     where n.unit_id = u.id), '')
                       || coalesce((select string_agg(t::text, ';' order by t.id) from org_term t where t.unit_id = u.id), '')
                       || (select count(*) from org_unit_event e
                            where e.unit_id = u.id or e.from_unit_id = u.id or e.to_unit_id = u.id)
                       || coalesce((select string_agg(r::text, ';' order by r.id) from target_resolution r
                                     where r.unit_id = u.id), '')
                       || coalesce((select string_agg(t::text, ';' order by t.id) from target t
                                      join target_resolution r on r.id = t.resolution_id where r.unit_id = u.id), '')
                       || coalesce((select string_agg(v::text, ';' order by v.id) from target_manual_value v
                                      join target t on t.id = v.target_id
                                      join target_resolution r on r.id = t.resolution_id where r.unit_id = u.id), '')
                       || coalesce((select s::text from target_settings s where s.unit_id = u.id), '')
                  from org_unit u where u.id in (:ids)
                """).param("ids", List.copyOf(units.keySet()))
                .query((rs, n) -> out.put("unit " + rs.getLong(1), rs.getString(2))).list();
        jdbc.sql("""
                select m.id, m::text || (select count(*) || '/' || coalesce(max(e.id), 0) from member_event e
                                          where e.member_id = m.id)
                  from member m where m.id in (:ids)
                """).param("ids", members.isEmpty() ? List.of(-1L) : List.copyOf(members.keySet()))
                .query((rs, n) -> out.put("member " + rs.getLong(1), rs.getString(2))).list();
        trainingFingerprint(out);
        out.put("the number of units", jdbc.sql("select coalesce(max(id), 0) from org_unit").query(String.class).single());
        out.put("the number of terms", jdbc.sql("select coalesce(max(id), 0) from org_term").query(String.class).single());
        out.put("the number of members", jdbc.sql("select coalesce(max(id), 0) from member").query(String.class).single());
        out.put("the number of member events",
                jdbc.sql("select coalesce(max(id), 0) from member_event").query(String.class).single());
        out.put("the meetings, their marks and the conferences", jdbc.sql("""
                select (select md5(coalesce(string_agg(m::text, ';' order by m.id), '')) from branch_meeting m) || '/'
                       || (select md5(coalesce(string_agg(t::text, ';' order by meeting_id, member_id), '')) from meeting_attendance t)
                       || '/' || (select md5(coalesce(string_agg(c::text, ';' order by c.id), '')) from conference c)
                       || '/' || (select md5(coalesce(string_agg(g::text, ';' order by conference_id, seq), '')) from conference_guest g)
                       || '/' || (select md5(coalesce(string_agg(a::text, ';' order by conference_id, member_id), ''))
                                    from conference_attendee a)
                """).query(String.class).single());
        out.put("the number of resolutions, targets and values", jdbc.sql("""
                select (select coalesce(max(id), 0) from target_resolution) || '/' || (select coalesce(max(id), 0) from target)
                       || '/' || (select coalesce(max(id), 0) from target_manual_value)
                """).query(String.class).single());
        return out;
    }

    private void unchanged(String endpoint, User user, Map<String, String> before) {
        Map<String, String> after = worldFingerprint();
        for (var entry : before.entrySet()) {
            if (!entry.getValue().equals(after.get(entry.getKey()))) {
                failures.add(endpoint + " as " + user.label() + " changed " + entry.getKey() + " in a refused call");
            }
        }
    }

    /**
     * A change addressed to a unit out of the user's write scope: 404 when they cannot read it, 403 when they
     * can, and nothing changed anywhere. The request it is given must be one that would otherwise succeed
     * (or at least reach the rules), so a missing check shows as another status or as a change.
     */
    private BiConsumer<String, User> refusedOnUnits(BiFunction<User, Unit, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            for (Unit unit : unitsToCall(u, Permission.WRITE, 0, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, unit)),
                        expected(u, Permission.WRITE, unit.id()), what(unit));
            }
            unchanged(e, u, before);
        };
    }

    /** {@link #refusedOnUnits} for members: their branch decides. */
    private BiConsumer<String, User> refusedOnMembers(BiFunction<User, Member, MockHttpServletRequestBuilder> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            for (Member member : membersToCall(u, Permission.WRITE, 0, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, member)),
                        expected(u, Permission.WRITE, memberUnit.get(member.id())), what(member));
            }
            unchanged(e, u, before);
        };
    }

    /**
     * A change to something the user may change that names another unit out of their write scope (the new
     * superior, a source, a target branch): refused with {@code unreadable} when they cannot read it (404 in
     * the API; a page says the code is unknown, 422), 403 when they can, nothing changed.
     */
    private <S> void refusedTargets(String e, User u, S subject, String subjectName, List<Unit> targets,
            int unreadable, BiFunction<S, Unit, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        Map<String, String> before = worldFingerprint();
        List<Unit> readOnly = targets.stream().filter(t -> !can(u, Permission.WRITE, t.id())
                && can(u, Permission.READ, t.id())).toList();
        List<Unit> hidden = targets.stream().filter(t -> !can(u, Permission.READ, t.id())).toList();
        List<Unit> sampled = new ArrayList<>(sampleUnits(u, readOnly, SAMPLE));
        sampled.addAll(sampleUnits(u, hidden, SAMPLE));
        for (Unit target : sampled) {
            int expected = can(u, Permission.READ, target.id()) ? 403 : unreadable;
            expectStatus(e, u, call(e, u, Permission.READ, request.apply(subject, target)), expected,
                    subjectName + " with " + what(target));
        }
        unchanged(e, u, before);
    }

    private List<Unit> writableUnits(User u) {
        return units.values().stream().filter(x -> can(u, Permission.WRITE, x.id()) && !dissolved.contains(x.id()))
                .toList();
    }

    private List<Member> writableMembers(User u, MemberStatus... statuses) {
        Set<MemberStatus> wanted = Set.of(statuses);
        return members.values().stream()
                .filter(m -> can(u, Permission.WRITE, memberUnit.get(m.id())) && wanted.contains(m.status())).toList();
    }

    private List<Unit> notWritable(User u) {
        return units.values().stream().filter(x -> !can(u, Permission.WRITE, x.id())).toList();
    }

    /** A type that may stand under the unit, for establishing there (a branch, where nothing may). */
    private static UnitType childType(Unit unit) {
        for (UnitType type : UnitType.values()) {
            if (type.mayStandUnder(unit.type())) {
                return type;
            }
        }
        return UnitType.BRANCH;
    }

    /** Another live unit the given one may be handed over to, preferring one the user may change. */
    private Unit newSuperiorFor(User u, Unit unit) {
        List<Unit> options = units.values().stream()
                .filter(t -> !dissolved.contains(t.id()) && unit.type().mayStandUnder(t.type())
                        && !Long.valueOf(t.id()).equals(superior.get(unit.id())) && !within(unit.id(), t.id()))
                .toList();
        List<Unit> mine = options.stream().filter(t -> can(u, Permission.WRITE, t.id())).toList();
        return !mine.isEmpty() ? pick(mine) : options.isEmpty() ? pick(List.copyOf(units.values())) : pick(options);
    }

    /** Another live unit of the same type, preferring one the user may change. */
    private Unit partnerFor(User u, Unit unit) {
        List<Unit> options = units.values().stream()
                .filter(t -> t.id() != unit.id() && t.type() == unit.type() && !dissolved.contains(t.id())).toList();
        List<Unit> mine = options.stream().filter(t -> can(u, Permission.WRITE, t.id())).toList();
        return !mine.isEmpty() ? pick(mine) : options.isEmpty() ? pick(List.copyOf(units.values())) : pick(options);
    }

    private List<Unit> subordinatesOf(Unit unit) {
        return units.values().stream().filter(s -> Long.valueOf(unit.id()).equals(superior.get(s.id()))
                && !dissolved.contains(s.id())).toList();
    }

    private String typeName(UnitType type) {
        return messages.getMessage(type.messageKey(), null, Locale.forLanguageTag("vi"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body);
    }

    /** The personal record as the page forms send it. */
    private MockHttpServletRequestBuilder profileForm(MockHttpServletRequestBuilder request, Person p) {
        return request.param("fullName", p.fullName()).param("sex", p.sex().name())
                .param("birthDate", p.born().toString()).param("ethnicity", "Kinh").param("religion", "Không")
                .param("identityNumber", p.identity());
    }

    private static String profileJson(Person p) {
        return """
                {"fullName": "%s", "sex": "%s", "birthDate": "%s", "ethnicity": "Kinh", "identityNumber": "%s"}
                """.formatted(p.fullName(), p.sex().name(), p.born(), p.identity());
    }

    /** A person for a record a refused call would open: never registered, since nothing may be written. */
    private Person stranger(LocalDate born) {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        return new Person("nguoimoi", "tim" + run + "x" + markers++, newIdentity(sex, born), sex, born);
    }

    /** A member record opened by the test through an endpoint, added to the world. */
    private void opened(String endpoint, User u, Person p, long branch, MvcResult result) {
        jdbc.sql("select id from member where identity_number = ?").param(p.identity()).query(Long.class).optional()
                .ifPresentOrElse(id -> {
                    register(p, id, branch, MemberStatus.OFFICIAL);
                    positives++;
                }, () -> failures.add(endpoint + " as " + u.label() + " did not open a record in a branch it may change"
                        + " (status " + (result == null ? "-" : result.getResponse().getStatus()) + ")"));
    }

    /** How to call each endpoint as a user, and what to expect; the key is "METHOD pattern" ("ANY" for all methods). */
    private Map<String, BiConsumer<String, User>> callers() {
        Map<String, BiConsumer<String, User>> c = new LinkedHashMap<>();
        frameworkAndAccounts(c);
        treePages(c);
        treeApi(c);
        workbooks(c);
        memberPages(c);
        memberApi(c);
        memberWorkbooks(c);
        targetPages(c);
        targetApi(c);
        meetingPages(c);
        meetingApi(c);
        inspectionAndRatings(c);
        reportPages(c);
        reportRequestPages(c);
        reportApi(c);
        trainingPages(c);
        trainingApi(c);
        extractionPages(c);
        return c;
    }

    private void frameworkAndAccounts(Map<String, BiConsumer<String, User>> c) {
        // Framework pages and documents that hold no records: answered without a leak.
        // (Which of their mappings exist depends on the framework's configuration, hence both methods.)
        for (String path : List.of("/login", "/error", "/access-denied")) {
            c.put("GET " + path, (e, u) -> call(e, u, Permission.READ, get(path)));
            c.put("ANY " + path, (e, u) -> call(e, u, Permission.READ, get(path)));
        }
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html")) {
            c.put("GET " + path, (e, u) -> call(e, u, Permission.READ, get(path)));
        }
        c.put("GET /v3/api-docs/{group}", (e, u) -> call(e, u, Permission.READ, get("/v3/api-docs/springdocDefault")));
        c.put("GET /v3/api-docs.yaml/{group}", (e, u) -> call(e, u, Permission.READ, get("/v3/api-docs.yaml/springdocDefault")));
        frameworkEndpoints.addAll(c.keySet());
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
            forbiddenCache.clear();
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
            for (Member member : sampleOf(List.copyOf(members.values()), 5)) {
                call(e, u, Permission.READ_AUDIT, get("/audit").param("recordType", "member")
                        .param("recordId", Long.toString(member.id())));
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
                        if (!text(result).contains(secret.value())) {
                            failures.add(e + " as " + u.label() + " did not reveal a record it may reveal");
                        }
                    }
                }
            });
        }
    }

    private void treePages(Map<String, BiConsumer<String, User>> c) {
        String on = today.toString();
        c.put("GET /", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ, get("/")), 302, "the home page"));
        c.put("GET /units", search("/units", "q", true));
        c.put("GET /units/search", all(search("/units/search", "q", true),
                (e, u) -> call(e, u, Permission.READ, get("/units/search").param("q", "Đơn vị").header("HX-Request", "true"))));
        c.put("GET /units/{id}", perUnitDated("/units/{id}"));
        c.put("GET /units/{id}/children", perUnitDated("/units/{id}/children"));
        c.put("GET /units/suggest", (e, u) -> {
            call(e, u, Permission.READ, get("/units/suggest").param("field", "otherCode").param("otherCode", "Đơn vị"));
            for (Unit unit : unitsToCall(u, Permission.READ, 2, 0, SAMPLE)) {
                call(e, u, Permission.READ, get("/units/suggest").param("field", "otherCode").param("otherCode", unit.code()));
            }
        });
        // Forms: a writer gets them, a reader 403, anyone else 404.
        c.put("GET /units/new", all(
                (e, u) -> expectStatus(e, u, call(e, u, Permission.READ, get("/units/new")), 200, "the form for a top unit"),
                perUnit("/units/new?superior={id}")));
        for (String form : List.of("rename", "handover", "merge", "split", "dissolve", "terms/new")) {
            c.put("GET /units/{id}/" + form, perUnitWrite("/units/{id}/" + form));
        }
        c.put("GET /units/merge-new", perUnitWrite("/units/merge-new?superior={id}"));

        c.put("POST /units/new", all(
                refusedOnUnits((u, x) -> post("/units/new").param("superiorId", String.valueOf(x.id()))
                        .param("code", newCode("N")).param("name", "Đơn vị mới").param("type", childType(x).name())
                        .param("on", on)),
                (e, u) -> {
                    if (u.grants().stream().noneMatch(g -> g.unit() == null)) {
                        Map<String, String> before = worldFingerprint();
                        expectStatus(e, u, call(e, u, Permission.READ, post("/units/new").param("code", newCode("N"))
                                .param("name", "Đảng bộ mới").param("type", "PROVINCIAL_COMMITTEE").param("on", on)),
                                403, "a new unit at the top of the tree");
                        unchanged(e, u, before);
                    }
                }));
        c.put("POST /units/{id}/rename", all(
                refusedOnUnits((u, x) -> post("/units/{id}/rename", x.id()).param("newName", "Tên mới của đơn vị")
                        .param("on", on)),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> !renamedToday.contains(x.id())).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        renamedToday.add(x.id());
                        expectStatus(e, u, call(e, u, Permission.READ, post("/units/{id}/rename", x.id())
                                .param("newName", "Đơn vị " + x.marker() + " đổi tên bởi " + u.label().substring(0, 5))
                                .param("on", on)), 302, "renaming " + what(x));
                        positives++;
                    }
                }));
        c.put("POST /units/{id}/handover", all(
                refusedOnUnits((u, x) -> post("/units/{id}/handover", x.id()).param("otherCode", newSuperiorFor(u, x).code())
                        .param("on", on)),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> superior.containsKey(x.id())).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        refusedTargets(e, u, x, "handing over " + what(x), notWritable(u), 422,
                                (s, t) -> post("/units/{id}/handover", s.id()).param("otherCode", t.code()).param("on", on));
                    }
                }));
        c.put("POST /units/{id}/merge", all(
                refusedOnUnits((u, x) -> post("/units/{id}/merge", x.id()).param("otherCode", partnerFor(u, x).code())
                        .param("on", on)),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> superior.containsKey(x.id())).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        refusedTargets(e, u, x, "merging " + what(x), notWritable(u), 422,
                                (s, t) -> post("/units/{id}/merge", s.id()).param("otherCode", t.code()).param("on", on));
                    }
                }));
        c.put("POST /units/merge-new", all(
                refusedOnUnits((u, x) -> {
                    List<Unit> subs = subordinatesOf(x);
                    String sources = subs.size() >= 2 ? subs.get(0).code() + " " + subs.get(1).code()
                            : pick(List.copyOf(units.values())).code();
                    return post("/units/merge-new").param("superiorId", String.valueOf(x.id())).param("sourceCodes", sources)
                            .param("code", newCode("N")).param("name", "Đơn vị hợp nhất").param("type", childType(x).name())
                            .param("on", on);
                }),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> x.type().mayHaveSubordinates()).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        refusedTargets(e, u, x, "merging into a new unit under " + what(x), notWritable(u), 422,
                                (s, t) -> post("/units/merge-new").param("superiorId", String.valueOf(s.id()))
                                        .param("sourceCodes", t.code()).param("code", newCode("N"))
                                        .param("name", "Đơn vị hợp nhất").param("type", childType(s).name()).param("on", on));
                    }
                }));
        c.put("POST /units/{id}/split", all(
                refusedOnUnits((u, x) -> splitForm(x, on)),
                // The new units stand under the source's superior, which the user must be able to change too.
                (e, u) -> {
                    for (Unit x : writableUnits(u)) {
                        Long up = superior.get(x.id());
                        if (up != null && !can(u, Permission.WRITE, up)) {
                            Map<String, String> before = worldFingerprint();
                            expectStatus(e, u, call(e, u, Permission.READ, splitForm(x, on)),
                                    expected(u, Permission.WRITE, up), "splitting " + what(x) + " under "
                                            + what(units.get(up)));
                            unchanged(e, u, before);
                        }
                    }
                }));
        c.put("POST /units/{id}/dissolve", refusedOnUnits((u, x) -> post("/units/{id}/dissolve", x.id()).param("on", on)));
        c.put("POST /units/{id}/terms/new", refusedOnUnits((u, x) -> post("/units/{id}/terms/new", x.id())
                .param("congressNumber", "XV").param("congressOn", "2025-10-01").param("startYear", "2025")
                .param("endYear", "2030")));
    }

    private MockHttpServletRequestBuilder splitForm(Unit x, String on) {
        return post("/units/{id}/split", x.id()).param("parts", "2").param("on", on)
                .param("code_0", newCode("N")).param("name_0", "Đơn vị tách một")
                .param("code_1", newCode("N")).param("name_1", "Đơn vị tách hai");
    }

    private void treeApi(Map<String, BiConsumer<String, User>> c) {
        String on = today.toString();
        c.put("GET /api/v1/units", search("/api/v1/units", "q", true));
        c.put("GET /api/v1/units/{id}", perUnitDated("/api/v1/units/{id}"));
        c.put("GET /api/v1/units/{id}/subordinates", perUnitDated("/api/v1/units/{id}/subordinates?size=100"));
        c.put("GET /api/v1/units/{id}/superiors", perUnitDated("/api/v1/units/{id}/superiors"));
        c.put("GET /api/v1/units/{id}/counts", perUnitDated("/api/v1/units/{id}/counts"));
        c.put("GET /api/v1/units/{id}/timeline", perUnit("/api/v1/units/{id}/timeline"));
        c.put("GET /api/v1/units/{id}/terms", perUnit("/api/v1/units/{id}/terms"));

        c.put("POST /api/v1/units", all(
                refusedOnUnits((u, x) -> json(post("/api/v1/units"), """
                        {"code": "%s", "name": "Đơn vị mới", "type": "%s", "superiorId": %d, "on": "%s"}
                        """.formatted(newCode("N"), childType(x), x.id(), on))),
                (e, u) -> {
                    if (u.grants().stream().noneMatch(g -> g.unit() == null)) {
                        Map<String, String> before = worldFingerprint();
                        expectStatus(e, u, call(e, u, Permission.READ, json(post("/api/v1/units"), """
                                {"code": "%s", "name": "Đảng bộ mới", "type": "PROVINCIAL_COMMITTEE", "on": "%s"}
                                """.formatted(newCode("N"), on))), 403, "a new unit at the top of the tree");
                        unchanged(e, u, before);
                    }
                }));
        c.put("POST /api/v1/units/{id}/rename", all(
                refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/rename", x.id()), """
                        {"newName": "Tên mới của đơn vị", "on": "%s"}
                        """.formatted(on))),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> !renamedToday.contains(x.id())).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        renamedToday.add(x.id());
                        expectStatus(e, u, call(e, u, Permission.READ, json(post("/api/v1/units/{id}/rename", x.id()), """
                                {"newName": "Đơn vị %s đổi tên qua API %d", "on": "%s"}
                                """.formatted(x.marker(), markers++, on))), 200, "renaming " + what(x));
                        positives++;
                    }
                }));
        c.put("POST /api/v1/units/{id}/handover", all(
                refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/handover", x.id()), """
                        {"newSuperiorId": %d, "on": "%s"}
                        """.formatted(newSuperiorFor(u, x).id(), on))),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> superior.containsKey(x.id())).toList();
                    if (!mine.isEmpty()) {
                        refusedTargets(e, u, pick(mine), "a hand-over", notWritable(u), 404,
                                (s, t) -> json(post("/api/v1/units/{id}/handover", s.id()), """
                                        {"newSuperiorId": %d, "on": "%s"}
                                        """.formatted(t.id(), on)));
                    }
                }));
        c.put("POST /api/v1/units/{id}/merge", all(
                refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/merge", x.id()), """
                        {"sourceIds": [%d], "on": "%s"}
                        """.formatted(partnerFor(u, x).id(), on))),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u);
                    if (!mine.isEmpty()) {
                        refusedTargets(e, u, pick(mine), "a merge", notWritable(u), 404,
                                (s, t) -> json(post("/api/v1/units/{id}/merge", s.id()), """
                                        {"sourceIds": [%d], "on": "%s"}
                                        """.formatted(t.id(), on)));
                    }
                }));
        c.put("POST /api/v1/units/merge-into-new", all(
                refusedOnUnits((u, x) -> {
                    List<Unit> subs = subordinatesOf(x);
                    String sources = subs.size() >= 2 ? subs.get(0).id() + ", " + subs.get(1).id()
                            : String.valueOf(pick(List.copyOf(units.values())).id());
                    return json(post("/api/v1/units/merge-into-new"), """
                            {"sourceIds": [%s], "code": "%s", "name": "Đơn vị hợp nhất", "type": "%s", "superiorId": %d,
                             "on": "%s"}
                            """.formatted(sources, newCode("N"), childType(x), x.id(), on));
                }),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> x.type().mayHaveSubordinates()).toList();
                    if (!mine.isEmpty()) {
                        refusedTargets(e, u, pick(mine), "a merge into a new unit", notWritable(u), 404,
                                (s, t) -> json(post("/api/v1/units/merge-into-new"), """
                                        {"sourceIds": [%d], "code": "%s", "name": "Đơn vị hợp nhất", "type": "%s",
                                         "superiorId": %d, "on": "%s"}
                                        """.formatted(t.id(), newCode("N"), childType(s), s.id(), on)));
                    }
                }));
        c.put("POST /api/v1/units/{id}/split", all(
                refusedOnUnits((u, x) -> splitJson(x, on)),
                (e, u) -> {
                    for (Unit x : writableUnits(u)) {
                        Long up = superior.get(x.id());
                        if (up != null && !can(u, Permission.WRITE, up)) {
                            Map<String, String> before = worldFingerprint();
                            expectStatus(e, u, call(e, u, Permission.READ, splitJson(x, on)),
                                    expected(u, Permission.WRITE, up), "splitting " + what(x) + " under "
                                            + what(units.get(up)));
                            unchanged(e, u, before);
                        }
                    }
                }));
        c.put("POST /api/v1/units/{id}/dissolve", refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/dissolve", x.id()),
                """
                {"on": "%s"}
                """.formatted(on))));
        c.put("POST /api/v1/units/{id}/terms", refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/terms", x.id()), """
                {"congress": "XV", "congressOn": "2025-10-01", "startYear": 2025, "endYear": 2030}
                """)));
    }

    private MockHttpServletRequestBuilder splitJson(Unit x, String on) {
        return json(post("/api/v1/units/{id}/split", x.id()), """
                {"parts": [{"code": "%s", "name": "Đơn vị tách một"}, {"code": "%s", "name": "Đơn vị tách hai"}],
                 "on": "%s", "dissolveSource": false}
                """.formatted(newCode("N"), newCode("N"), on));
    }

    private void workbooks(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /units/import", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ, get("/units/import")), 200,
                "the import page"));
        c.put("GET /units/import/template.xlsx", (e, u) -> expectStatus(e, u,
                call(e, u, Permission.READ, get("/units/import/template.xlsx")), 200, "the template"));
        c.put("GET /units/{id}/export.xlsx", perUnit("/units/{id}/export.xlsx", true, EXPORT_SAMPLE));
        c.put("GET /api/v1/units/{id}/export.xlsx", perUnit("/api/v1/units/{id}/export.xlsx", true, EXPORT_SAMPLE));
        c.put("POST /units/import", refusedImport(200));
        c.put("POST /api/v1/units/import", refusedImport(422));
    }

    /**
     * A workbook that would establish a unit under each unit the user may not change: refused (the page
     * shows the errors, the API answers 422), nothing established, and nothing named but the codes the
     * file holds.
     */
    private BiConsumer<String, User> refusedImport(int refusedStatus) {
        return (e, u) -> {
            String path = e.substring(e.indexOf(' ') + 1);
            Map<String, String> before = worldFingerprint();
            List<Unit> targets = unitsToCall(u, Permission.WRITE, 0, 2, 2).stream()
                    .filter(t -> !dissolved.contains(t.id())).toList();
            for (Unit target : targets) {
                byte[] file = TestWorkbooks.xlsx(List.of(TestWorkbooks.row(newCode("N"), "Đơn vị nhập từ tệp",
                        typeName(childType(target)), target.code(), today, null, null)));
                MvcResult result = call(e, u, Permission.READ, multipart(path).file(new MockMultipartFile("file",
                        "to-chuc.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)),
                        Set.of(target.code().toLowerCase(Locale.ROOT)));
                expectStatus(e, u, result, refusedStatus, "a workbook establishing under " + what(target));
            }
            unchanged(e, u, before);
        };
    }

    private void memberPages(Map<String, BiConsumer<String, User>> c) {
        String on = today.toString();
        c.put("GET /units/{id}/members", all(perUnitDated("/units/{id}/members"),
                perUnitDated("/units/{id}/members?subtree=true"),
                perUnit("/units/{id}/members?subtree=true&status=OFFICIAL&minParty=30")));
        c.put("GET /units/{id}/reminders", perUnit("/units/{id}/reminders"));
        c.put("GET /members/search", all(memberSearch("/members/search", "size"),
                (e, u) -> call(e, u, Permission.READ, get("/members/search").param("q", "tim" + run + "n")
                        .header("HX-Request", "true"))));
        c.put("GET /members/{id}", perMember("/members/{id}"));
        c.put("POST /members/{id}/identity-number", reveals("/members/{id}/identity-number"));
        c.put("GET /units/{id}/members/new-candidate", perUnitWrite("/units/{id}/members/new-candidate"));
        c.put("GET /units/{id}/members/new-record", perUnitWrite("/units/{id}/members/new-record"));
        c.put("POST /units/{id}/members/new-candidate", refusedOnUnits((u, x) ->
                profileForm(post("/units/{id}/members/new-candidate", x.id()), stranger(LocalDate.of(1999, 9, 9)))
                        .param("on", today.minusMonths(1).toString())));
        c.put("POST /units/{id}/members/new-record", all(
                refusedOnUnits((u, x) -> recordForm(x, stranger(LocalDate.of(1975, 5, 5)))),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> x.type().isBranch()).toList();
                    if (!mine.isEmpty()) {
                        Unit branch = pick(mine);
                        Person p = person("official member opened by " + e + " in " + what(branch), LocalDate.of(1975, 5, 5));
                        MvcResult result = call(e, u, Permission.READ, recordForm(branch, p));
                        expectStatus(e, u, result, 302, "a record opened in " + what(branch));
                        opened(e, u, p, branch.id(), result);
                    }
                }));
        c.put("GET /members/{id}/edit", perMemberWrite((u, m) -> get("/members/{id}/edit", m.id())));
        c.put("POST /members/{id}/edit", all(
                refusedOnMembers((u, m) -> profileForm(post("/members/{id}/edit", m.id()), stranger(LocalDate.of(1975, 5, 5)))),
                (e, u) -> {
                    List<Member> mine = writableMembers(u, MemberStatus.OFFICIAL);
                    if (!mine.isEmpty()) {
                        Member m = pick(mine);
                        MvcResult result = call(e, u, Permission.READ, post("/members/{id}/edit", m.id())
                                .param("fullName", currentName(m)).param("sex", currentSex(m))
                                .param("birthDate", currentBirth(m)).param("hometown", "Huế").param("identityNumber", ""));
                        expectStatus(e, u, result, 302, "correcting " + what(m));
                        positives++;
                    }
                }));
        List<String> kinds = List.of("AwarenessCertified", "Introduced", "BranchVoted", "AdmissionDecided", "CeremonyHeld",
                "RecognizedOfficial", "ProbationStruckOff", "CandidateDropped", "Transferred", "TemporarilyTransferred",
                "TemporaryTransferEnded", "Exempted", "ExemptionEnded", "Disciplined", "StruckOff", "LeftParty", "Died",
                "PostTaken", "PostLeft", "BadgeAwarded", "CandidateRegistered");
        c.put("GET /members/{id}/events/{kind}", perMemberWrite((u, m) -> get("/members/{id}/events/{kind}", m.id(),
                pick(kinds))));
        c.put("POST /members/{id}/events/{kind}", all(
                refusedOnMembers((u, m) -> post("/members/{id}/events/{kind}", m.id(), "Died").param("on", on)),
                // A transfer or a post names a unit: it must be one the user may change.
                (e, u) -> {
                    List<Member> mine = writableMembers(u, MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY);
                    if (!mine.isEmpty()) {
                        Member m = pick(mine);
                        refusedTargets(e, u, m, "transferring " + what(m), liveBranches(), 422,
                                (s, t) -> post("/members/{id}/events/{kind}", s.id(), "Transferred").param("on", on)
                                        .param("targetUnit", String.valueOf(t.id())).param("letterNumber", "GGT-1"));
                        refusedTargets(e, u, m, "a post of " + what(m), notWritable(u), 422,
                                (s, t) -> post("/members/{id}/events/{kind}", s.id(), "PostTaken").param("on", on)
                                        .param("post", "EXECUTIVE_COMMITTEE_MEMBER")
                                        .param("targetUnit", String.valueOf(t.id())));
                    }
                },
                // Introducers must be people the user may see.
                (e, u) -> {
                    List<Member> mine = writableMembers(u, MemberStatus.CANDIDATE);
                    List<Member> hidden = members.values().stream().filter(m -> m.status() == MemberStatus.OFFICIAL
                            && !can(u, Permission.READ, memberUnit.get(m.id()))).toList();
                    if (!mine.isEmpty() && !hidden.isEmpty()) {
                        Member candidate = pick(mine);
                        Map<String, String> before = worldFingerprint();
                        for (Member introducer : sampleOf(hidden, 4)) {
                            expectStatus(e, u, call(e, u, Permission.READ, post("/members/{id}/events/{kind}",
                                    candidate.id(), "Introduced").param("on", on)
                                    .param("firstIntroducer", String.valueOf(introducer.id()))
                                    .param("secondIntroducer", String.valueOf(pick(hidden).id()))), 422,
                                    "introducing " + what(candidate) + " by " + what(introducer));
                        }
                        unchanged(e, u, before);
                    }
                }));
        c.put("GET /members/{id}/choices/introducers", perMemberWrite((u, m) ->
                get("/members/{id}/choices/introducers", m.id()).param("field", "firstIntroducer").param("q", "")));
        c.put("GET /members/{id}/choices/units", all(
                perMemberWrite((u, m) -> get("/members/{id}/choices/units", m.id()).param("q", "Đơn vị")),
                (e, u) -> {
                    for (Member m : sampleOf(writableMembers(u, MemberStatus.values()), 1)) {
                        call(e, u, Permission.READ, get("/members/{id}/choices/units", m.id()).param("q", "Đơn vị")
                                .param("branches", "false"));
                        for (Unit unit : unitsToCall(u, Permission.READ, 2, 0, SAMPLE)) {
                            call(e, u, Permission.READ, get("/members/{id}/choices/units", m.id()).param("q", unit.code())
                                    .param("branches", String.valueOf(random.nextBoolean())));
                        }
                    }
                }));
    }

    private MockHttpServletRequestBuilder recordForm(Unit x, Person p) {
        return profileForm(post("/units/{id}/members/new-record", x.id()), p).param("on", "2020-01-06")
                .param("admittedOn", "2000-01-03").param("ceremonyOn", "2000-01-10").param("officialFrom", "2001-01-15");
    }

    private String currentName(Member m) {
        return jdbc.sql("select full_name from member where id = ?").param(m.id()).query(String.class).single();
    }

    private String currentSex(Member m) {
        return jdbc.sql("select sex from member where id = ?").param(m.id()).query(String.class).single();
    }

    private String currentBirth(Member m) {
        return jdbc.sql("select birth_date::text from member where id = ?").param(m.id()).query(String.class).single();
    }

    /**
     * Showing a member's identity number in clear takes the right to (REVEAL_SENSITIVE) over their branch:
     * 200 with the number, 403 for a reader without it, 404 for anyone else; no answer holds any other number.
     */
    private BiConsumer<String, User> reveals(String template) {
        return (e, u) -> {
            for (Member member : membersToCall(u, Permission.REVEAL_SENSITIVE, SAMPLE, SAMPLE, SAMPLE)) {
                long unit = memberUnit.get(member.id());
                boolean reveal = can(u, Permission.REVEAL_SENSITIVE, unit);
                MockHttpServletRequestBuilder request = post(template, member.id());
                if (!e.contains(" /api/")) {
                    request.header("HX-Request", "true");
                }
                MvcResult result = call(e, u, Permission.READ, request, reveal ? Set.of(member.identity()) : Set.of());
                expectStatus(e, u, result, expected(u, Permission.REVEAL_SENSITIVE, unit), what(member));
                if (reveal && result != null) {
                    positives++;
                    if (!text(result).contains(member.identity())) {
                        failures.add(e + " as " + u.label() + " did not reveal the number of " + what(member));
                    }
                }
            }
        };
    }

    private void memberApi(Map<String, BiConsumer<String, User>> c) {
        String on = today.toString();
        c.put("GET /api/v1/members", memberSearch("/api/v1/members", "size"));
        c.put("GET /api/v1/units/{id}/members", all(perUnitDated("/api/v1/units/{id}/members?size=100"),
                perUnitDated("/api/v1/units/{id}/members?size=100&subtree=true"),
                perUnit("/api/v1/units/{id}/members?size=100&subtree=true&status=OFFICIAL&minPartyYears=30")));
        c.put("GET /api/v1/units/{id}/members/counts", perUnitDated("/api/v1/units/{id}/members/counts"));
        c.put("GET /api/v1/units/{id}/reminders", perUnit("/api/v1/units/{id}/reminders"));
        c.put("GET /api/v1/members/{id}", perMember("/api/v1/members/{id}"));
        c.put("GET /api/v1/members/{id}/timeline", perMember("/api/v1/members/{id}/timeline"));
        c.put("POST /api/v1/members/{id}/identity-number/reveal", reveals("/api/v1/members/{id}/identity-number/reveal"));
        c.put("POST /api/v1/units/{id}/candidates", refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/candidates",
                x.id()), """
                {"profile": %s, "on": "%s"}
                """.formatted(profileJson(stranger(LocalDate.of(1999, 9, 9))), today.minusMonths(1)))));
        c.put("POST /api/v1/units/{id}/member-records", all(
                refusedOnUnits((u, x) -> recordJson(x, stranger(LocalDate.of(1975, 5, 5)))),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> x.type().isBranch()).toList();
                    if (!mine.isEmpty()) {
                        Unit branch = pick(mine);
                        Person p = person("official member opened by " + e + " in " + what(branch), LocalDate.of(1975, 5, 5));
                        MvcResult result = call(e, u, Permission.READ, recordJson(branch, p));
                        expectStatus(e, u, result, 201, "a record opened in " + what(branch));
                        opened(e, u, p, branch.id(), result);
                    }
                }));
        c.put("PUT /api/v1/members/{id}/profile", all(
                refusedOnMembers((u, m) -> json(put("/api/v1/members/{id}/profile", m.id()),
                        profileJson(stranger(LocalDate.of(1975, 5, 5))))),
                (e, u) -> {
                    List<Member> mine = writableMembers(u, MemberStatus.OFFICIAL);
                    if (!mine.isEmpty()) {
                        Member m = pick(mine);
                        MvcResult result = call(e, u, Permission.READ, json(put("/api/v1/members/{id}/profile", m.id()), """
                                {"fullName": "%s", "sex": "%s", "birthDate": "%s", "hometown": "Đà Nẵng"}
                                """.formatted(currentName(m), currentSex(m), currentBirth(m))));
                        expectStatus(e, u, result, 200, "correcting " + what(m));
                        positives++;
                    }
                }));
        c.put("POST /api/v1/members/{id}/events", all(
                refusedOnMembers((u, m) -> json(post("/api/v1/members/{id}/events", m.id()), """
                        {"kind": "Died", "on": "%s"}
                        """.formatted(on))),
                (e, u) -> {
                    List<Member> mine = writableMembers(u, MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY);
                    if (!mine.isEmpty()) {
                        Member m = pick(mine);
                        refusedTargets(e, u, m, "transferring " + what(m), liveBranches(), 404,
                                (s, t) -> json(post("/api/v1/members/{id}/events", s.id()), """
                                        {"kind": "Transferred", "on": "%s", "toId": %d, "letterNumber": "GGT-1"}
                                        """.formatted(on, t.id())));
                        refusedTargets(e, u, m, "a post of " + what(m), notWritable(u), 404,
                                (s, t) -> json(post("/api/v1/members/{id}/events", s.id()), """
                                        {"kind": "PostTaken", "on": "%s", "post": "EXECUTIVE_COMMITTEE_MEMBER", "unitId": %d}
                                        """.formatted(on, t.id())));
                    }
                },
                (e, u) -> {
                    List<Member> mine = writableMembers(u, MemberStatus.CANDIDATE);
                    List<Member> hidden = members.values().stream().filter(m -> m.status() == MemberStatus.OFFICIAL
                            && !can(u, Permission.READ, memberUnit.get(m.id()))).toList();
                    if (!mine.isEmpty() && !hidden.isEmpty()) {
                        Member candidate = pick(mine);
                        Map<String, String> before = worldFingerprint();
                        for (Member introducer : sampleOf(hidden, 4)) {
                            expectStatus(e, u, call(e, u, Permission.READ, json(post("/api/v1/members/{id}/events",
                                    candidate.id()), """
                                    {"kind": "Introduced", "on": "%s", "firstIntroducerId": %d, "secondIntroducerId": %d}
                                    """.formatted(on, introducer.id(), pick(hidden).id()))), 404,
                                    "introducing " + what(candidate) + " by " + what(introducer));
                        }
                        unchanged(e, u, before);
                    }
                }));
    }

    private MockHttpServletRequestBuilder recordJson(Unit x, Person p) {
        return json(post("/api/v1/units/{id}/member-records", x.id()), """
                {"profile": %s, "on": "2020-01-06", "admittedOn": "2000-01-03", "ceremonyOn": "2000-01-10",
                 "officialFrom": "2001-01-15"}
                """.formatted(profileJson(p)));
    }

    // ---- member workbooks

    private void memberWorkbooks(Map<String, BiConsumer<String, User>> c) {
        // Progress belongs to the session that started the work: another user's token, or none started, is not found.
        c.put("GET /progress/{token}", (e, u) -> expectStatus(e, u,
                call(e, u, Permission.READ, get("/progress/{token}", "0123456789abcdef0123456789abcdef")), 404,
                "work nobody in this session started"));
        c.put("GET /members/import/template.xlsx", (e, u) -> expectStatus(e, u,
                call(e, u, Permission.READ, get("/members/import/template.xlsx")), 200, "the template"));
        c.put("GET /units/{id}/members/import", perUnitWrite("/units/{id}/members/import"));
        for (String prefix : List.of("", "/api/v1")) {
            c.put("GET " + prefix + "/units/{id}/members/export.xlsx", memberExports(prefix + "/units/{id}/members/export.xlsx"));
            String path = prefix + "/units/{id}/members/import";
            c.put("POST " + path, all(
                    refusedOnUnits((u, x) -> memberImport(path, x, x, stranger(LocalDate.of(1975, 5, 5)))),
                    // Every row's branch must be one the user may change.
                    (e, u) -> {
                        List<Unit> mine = writableUnits(u).stream().filter(x -> x.type().isBranch()).toList();
                        if (!mine.isEmpty()) {
                            Unit root = pick(mine);
                            Map<String, String> before = worldFingerprint();
                            for (Unit branch : unitsToCall(u, Permission.WRITE, 0, 2, 2).stream()
                                    .filter(b -> b.type().isBranch() && !dissolved.contains(b.id())).toList()) {
                                expectStatus(e, u, call(e, u, Permission.READ, memberImport(path, root, branch,
                                        stranger(LocalDate.of(1975, 5, 5))), Set.of(branch.code().toLowerCase(Locale.ROOT))),
                                        422, "a workbook into " + what(root) + " with a row in " + what(branch));
                            }
                            unchanged(e, u, before);
                        }
                    }));
        }
    }

    /**
     * A member list's export takes the right to export personal data (403 for a reader without it); the
     * identity numbers in it are in clear only for those the user may see in clear. Also of the subtree,
     * and as of a day before the transfers.
     */
    private BiConsumer<String, User> memberExports(String template) {
        return (e, u) -> {
            Set<String> revealable = new HashSet<>();
            members.values().stream().filter(m -> can(u, Permission.REVEAL_SENSITIVE, memberUnit.get(m.id())))
                    .forEach(m -> revealable.add(m.identity()));
            for (Unit unit : unitsToCall(u, Permission.EXPORT_PERSONAL_DATA, EXPORT_SAMPLE, EXPORT_SAMPLE, EXPORT_SAMPLE)) {
                int expected = expected(u, Permission.EXPORT_PERSONAL_DATA, unit.id());
                for (String query : expected == 200 ? List.of("", "?subtree=true", "?subtree=true&on=" + PAST)
                        : List.of("")) {
                    expectStatus(e, u, call(e, u, Permission.READ, get(template + query, unit.id()), revealable), expected,
                            what(unit));
                    if (expected == 200) {
                        positives++;
                    }
                }
            }
        };
    }

    /** A member workbook (the application's own template, filled in) that opens one record in the branch. */
    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder memberImport(String path,
            Unit root, Unit branch, Person p) {
        try {
            var template = new java.io.ByteArrayOutputStream();
            memberWorkbook.writeTemplate(template, Locale.forLanguageTag("vi"));
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new java.io.ByteArrayInputStream(template.toByteArray()))) {
                var sheet = workbook.getSheet(MemberWorkbook.SHEET);
                for (int r = sheet.getLastRowNum(); r > 0; r--) {
                    if (sheet.getRow(r) != null) {
                        sheet.removeRow(sheet.getRow(r));
                    }
                }
                var day = workbook.createCellStyle();
                day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                Object[] values = {p.fullName(), p.sex() == Sex.MALE ? "Nam" : "Nữ", p.born(), "Kinh", "Không", "Hà Nội",
                        null, p.identity(), null, null, null, null, null, null, null, branch.code(),
                        LocalDate.of(2020, 1, 6), LocalDate.of(2000, 1, 3), LocalDate.of(2000, 1, 10),
                        LocalDate.of(2001, 1, 15)};
                var row = sheet.createRow(1);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(day);
                    } else if (values[i] != null) {
                        row.createCell(i).setCellValue(values[i].toString());
                    }
                }
                var out = new java.io.ByteArrayOutputStream();
                workbook.write(out);
                return multipart(path, root.id()).file(new MockMultipartFile("file", "dang-vien.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()));
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    // ---- targets

    private java.util.Collection<Resolution> allResolutions() {
        return resolutions.values();
    }

    private java.util.Collection<Goal> allGoals() {
        return goals.values();
    }

    private java.util.Collection<Goal> manualGoals() {
        return goals.values().stream().filter(Goal::manual).toList();
    }

    /** A term the unit has, or another's (which the unit may not use). */
    private long termFor(Unit unit) {
        return termOf.getOrDefault(unit.id(), termOf.isEmpty() ? 1L : termOf.values().iterator().next());
    }

    /**
     * Reading a report writes nothing and reads no record: the page needs the right to change the unit it would
     * confirm into; confirming a figure names a target, which must be the unit's own.
     */
    private void extractionPages(Map<String, BiConsumer<String, User>> c) {
        String report = "Đảng ủy xã An Bình tổ chức hội nghị sơ kết. Kết nạp 5 đảng viên mới, đạt 50% chỉ tiêu.";
        c.put("GET /units/{id}/extractions", perUnitWrite("/units/{id}/extractions"));
        c.put("POST /units/{id}/extractions", all(
                refusedOnUnits((u, x) -> post("/units/{id}/extractions", x.id()).param("text", report)),
                (e, u) -> {
                    for (Unit unit : sampleUnits(u, writableUnits(u), SAMPLE)) {
                        expectStatus(e, u, call(e, u, Permission.WRITE, post("/units/{id}/extractions", unit.id())
                                .param("text", report)), 200, what(unit));
                        positives++;
                    }
                }));
        // A target of another unit named under the user's own unit: ExtractionPagesIT (404, nothing written).
        c.put("POST /units/{id}/extractions/values", refusedOnUnits((u, x) -> post("/units/{id}/extractions/values", x.id())
                        .param("targetId", String.valueOf(goals.values().stream().filter(g -> g.unitId() == x.id())
                                .map(Goal::id).findFirst().orElse(goals.keySet().iterator().next())))
                        .param("value", "5").param("from", today.withDayOfYear(1).toString())
                        .param("to", today.toString()).param("note", "kết nạp 5 đảng viên")));
        c.put("POST /units/{id}/extractions/conferences", refusedOnUnits((u, x) ->
                post("/units/{id}/extractions/conferences", x.id()).param("kind", "review.midTerm")
                        .param("heldOn", today.minusDays(3).toString()).param("title", "Hội nghị sơ kết")
                        .param("attendees", "12").param("branches", "2")));
        c.put("POST /api/v1/extractions", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ,
                post("/api/v1/extractions").contentType(MediaType.TEXT_PLAIN).content(report)), 200, "a pasted report"));
    }

    private void targetPages(Map<String, BiConsumer<String, User>> c) {
        String on = today.toString();
        c.put("GET /units/{id}/targets", perUnitDated("/units/{id}/targets"));
        c.put("GET /units/{id}/targets/compare", perUnitDated("/units/{id}/targets/compare"));
        c.put("GET /targets/compare", (e, u) -> {
            call(e, u, Permission.READ, get("/targets/compare"));
            call(e, u, Permission.READ, get("/targets/compare").param("date", PAST.toString()));
        });
        c.put("GET /units/{id}/targets/{targetId:\\d+}", all(
                perRecord(this::allGoals, Goal::unitId, this::what, Permission.READ,
                        (u, g) -> get("/units/{id}/targets/{t}", g.unitId(), g.id())),
                // a target asked for under another unit, one the user may read, is not found there
                (e, u) -> {
                    List<Unit> mine = units.values().stream().filter(x -> can(u, Permission.READ, x.id())).toList();
                    for (Goal g : recordsToCall(u, Permission.READ, goals.values(), Goal::unitId, 0)) {
                        Unit other = pick(mine);
                        if (other.id() != g.unitId()) {
                            expectStatus(e, u, call(e, u, Permission.READ, get("/units/{id}/targets/{t}", other.id(), g.id())),
                                    404, what(g) + " under " + what(other));
                        }
                    }
                }));
        c.put("GET /units/{id}/targets/resolution/new", perUnitWrite("/units/{id}/targets/resolution/new"));
        c.put("GET /units/{id}/targets/settings", perUnitWrite("/units/{id}/targets/settings"));
        c.put("GET /units/{id}/targets/new", perRecord(this::allResolutions, Resolution::unitId, this::what,
                Permission.WRITE, (u, r) -> get("/units/{id}/targets/new", r.unitId()).param("resolution",
                        String.valueOf(r.id()))));
        c.put("GET /units/{id}/targets/{targetId:\\d+}/edit", perRecord(this::allGoals, Goal::unitId, this::what,
                Permission.WRITE, (u, g) -> get("/units/{id}/targets/{t}/edit", g.unitId(), g.id())));

        c.put("POST /units/{id}/targets/resolution/new", all(
                refusedOnUnits((u, x) -> post("/units/{id}/targets/resolution/new", x.id())
                        .param("termId", String.valueOf(termFor(x))).param("title", "Nghị quyết mới")),
                // a writer names a term of another unit: not found, nothing adopted
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> !termOf.containsKey(x.id())).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        Map<String, String> before = worldFingerprint();
                        for (Unit other : unitsToCall(u, Permission.WRITE, 0, SAMPLE, SAMPLE)) {
                            if (termOf.containsKey(other.id())) {
                                expectStatus(e, u, call(e, u, Permission.READ, post("/units/{id}/targets/resolution/new",
                                        x.id()).param("termId", String.valueOf(termOf.get(other.id())))
                                        .param("title", "Nghị quyết mới")), 404, "a term of " + what(other));
                            }
                        }
                        unchanged(e, u, before);
                    }
                }));
        c.put("POST /units/{id}/targets/new", all(
                refusedOnRecords(this::allResolutions, Resolution::unitId, this::what,
                        (u, r) -> targetForm(post("/units/{id}/targets/new", r.unitId())).param("resolutionId",
                                String.valueOf(r.id()))),
                // a writer's unit with a resolution of another unit: not found
                (e, u) -> crossRecords(e, u, resolutions.values(), Resolution::unitId, this::what,
                        (x, r) -> targetForm(post("/units/{id}/targets/new", x.id())).param("resolutionId",
                                String.valueOf(r.id())))));
        c.put("POST /units/{id}/targets/{targetId:\\d+}/edit", all(
                refusedOnRecords(this::allGoals, Goal::unitId, this::what,
                        (u, g) -> targetForm(post("/units/{id}/targets/{t}/edit", g.unitId(), g.id()))),
                (e, u) -> crossRecords(e, u, goals.values(), Goal::unitId, this::what,
                        (x, g) -> targetForm(post("/units/{id}/targets/{t}/edit", x.id(), g.id())))));
        c.put("POST /units/{id}/targets/{targetId:\\d+}/values", all(
                refusedOnRecords(this::manualGoals, Goal::unitId, this::what,
                        (u, g) -> valueForm(post("/units/{id}/targets/{t}/values", g.unitId(), g.id()))),
                (e, u) -> crossRecords(e, u, manualGoals(), Goal::unitId, this::what,
                        (x, g) -> valueForm(post("/units/{id}/targets/{t}/values", x.id(), g.id())))));
        c.put("POST /units/{id}/targets/settings", refusedOnUnits((u, x) -> post("/units/{id}/targets/settings", x.id())
                .param("reachedAt", "90").param("onTrackAt", "80").param("bands", "100, 50").param("scale", "1")
                .param("rounding", "HALF_UP")));
    }

    // ---- meetings and conferences

    record Meet(long id, long unitId, String marker) {
    }

    record Conf(long id, long unitId, String marker, long fileId) {
    }

    private final Map<Long, Meet> meets = new LinkedHashMap<>();
    private final Map<Long, Conf> confs = new LinkedHashMap<>();

    /**
     * Three monthly meetings and a themed one in half the branches before the transfers (so their sheets hold
     * people since moved out of some users' reach), the first member absent without reason each month; and a
     * conference with a file in half the units. Themes, titles and file names carry markers.
     */
    private void buildMeetings() {
        for (Unit unit : units.values()) {
            if (random.nextBoolean()) {
                continue;
            }
            if (unit.type().isBranch()) {
                for (int month = 3; month <= 5; month++) {
                    try {
                        long id = meetingsService.record(new vn.dangvu.meetings.MeetingViews.NewMeeting(new UnitId(unit.id()),
                                LocalDate.of(2012, month, 10), vn.dangvu.meetings.MeetingKind.MONTHLY, null, null, null));
                        var roll = meetingsService.roll(id);
                        List<vn.dangvu.meetings.MeetingViews.Mark> marks = new ArrayList<>();
                        for (int i = 0; i < roll.size(); i++) {
                            marks.add(new vn.dangvu.meetings.MeetingViews.Mark(roll.get(i).member(),
                                    roll.get(i).exempt() ? vn.dangvu.meetings.Presence.EXEMPT
                                            : i == 0 ? vn.dangvu.meetings.Presence.UNEXCUSED
                                            : i == 1 ? vn.dangvu.meetings.Presence.EXCUSED : vn.dangvu.meetings.Presence.PRESENT,
                                    i == 1 && !roll.get(i).exempt() ? "Lý do riêng" : null));
                        }
                        meetingsService.takeAttendance(id, marks);
                    } catch (vn.dangvu.platform.RuleViolation notThen) {
                        // the branch did not stand then
                    }
                }
                String theme = unitRecord('t', "the theme of a meeting of " + what(unit), unit.id());
                try {
                    long id = meetingsService.record(new vn.dangvu.meetings.MeetingViews.NewMeeting(new UnitId(unit.id()),
                            PAST, vn.dangvu.meetings.MeetingKind.THEMED, "Chuyên đề " + theme, null, null));
                    meets.put(id, new Meet(id, unit.id(), theme));
                } catch (vn.dangvu.platform.RuleViolation notThen) {
                    // the branch did not stand then
                }
            }
            String title = unitRecord('f', "a conference of " + what(unit), unit.id());
            try {
                long id = conferencesService.record(new vn.dangvu.meetings.ConferenceViews.NewConference(new UnitId(unit.id()),
                        vn.dangvu.meetings.ConferenceKind.YEAR_END_REVIEW, PAST, "Hội nghị " + title, null, null,
                        List.of(), List.of(), 10, 1, List.of(), null, List.of(new vn.dangvu.meetings.ConferenceViews.Upload(
                                "bien-ban-" + title + ".pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))));
                long file = jdbc.sql("select id from conference_file where conference_id = :c").param("c", id)
                        .query(Long.class).single();
                confs.put(id, new Conf(id, unit.id(), title, file));
                // Members of the subtree then, recorded one by one: some have since moved out of some users' reach.
                var whole = vn.dangvu.platform.UnitScope.whole(today);
                conferencesService.addAttendees(id, conferencesService.candidates(id, "", whole, 4).stream()
                        .map(vn.dangvu.meetings.ConferenceViews.AttendeeChoice::member).toList(), whole);
            } catch (vn.dangvu.platform.RuleViolation notThen) {
                // the unit did not stand then
            }
        }
    }

    private String what(Meet m) {
        return described.get(m.marker());
    }

    private String what(Conf c) {
        return described.get(c.marker());
    }

    private void meetingPages(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /units/{id}/meetings", all(perUnit("/units/{id}/meetings?year=2012"), perUnit("/units/{id}/meetings")));
        c.put("GET /units/{id}/meetings/new", perUnitWrite("/units/{id}/meetings/new"));
        c.put("POST /units/{id}/meetings/new", refusedOnUnits((u, x) -> post("/units/{id}/meetings/new", x.id())
                .param("heldOn", "2012-07-02").param("kind", "THEMED").param("theme", "Chuyên đề mới")));
        c.put("GET /units/{id}/meetings/overview", all(perUnit("/units/{id}/meetings/overview?period=2012-05"),
                perUnit("/units/{id}/meetings/overview?period=2012-Q2")));
        c.put("GET /units/{id}/meetings/{meetingId:\\d+}", all(
                perRecord(meets::values, Meet::unitId, this::what, Permission.READ,
                        (u, m) -> get("/units/{id}/meetings/{m}", m.unitId(), m.id())),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> get("/units/{id}/meetings/{m}", x.id(), m.id()))));
        c.put("GET /units/{id}/meetings/{meetingId:\\d+}/attendance.xlsx", perRecord(meets::values, Meet::unitId, this::what,
                Permission.READ, (u, m) -> get("/units/{id}/meetings/{m}/attendance.xlsx", m.unitId(), m.id())));
        c.put("POST /units/{id}/meetings/{meetingId:\\d+}", all(
                refusedOnRecords(meets::values, Meet::unitId, this::what,
                        (u, m) -> post("/units/{id}/meetings/{m}", m.unitId(), m.id())),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> post("/units/{id}/meetings/{m}", x.id(), m.id()))));
        c.put("POST /units/{id}/meetings/{meetingId:\\d+}/import", refusedOnRecords(meets::values, Meet::unitId, this::what,
                (u, m) -> multipart("/units/{id}/meetings/{m}/import", m.unitId(), m.id())
                        .file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", new byte[] {1, 2}))));
        c.put("GET /units/{id}/conferences", perUnit("/units/{id}/conferences"));
        c.put("GET /units/{id}/conferences/new", perUnitWrite("/units/{id}/conferences/new"));
        c.put("POST /units/{id}/conferences/new", refusedOnUnits((u, x) -> multipart("/units/{id}/conferences/new", x.id())
                .param("kind", "OTHER").param("heldOn", "2012-07-02").param("attendees", "5")));
        c.put("GET /units/{id}/conferences/{conferenceId:\\d+}", all(
                perRecord(confs::values, Conf::unitId, this::what, Permission.READ,
                        (u, x) -> get("/units/{id}/conferences/{c}", x.unitId(), x.id())),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> get("/units/{id}/conferences/{c}", x.id(), conf.id()))));
        c.put("GET /units/{id}/conferences/{conferenceId:\\d+}/files/{fileId:\\d+}", perRecord(confs::values, Conf::unitId,
                this::what, Permission.READ, (u, x) -> get("/units/{id}/conferences/{c}/files/{f}", x.unitId(), x.id(),
                        x.fileId())));
        meetingCorrectionPages(c);
    }

    /** A member of the world out of the user's read scope, to offer where only members in reach may go. */
    private java.util.Optional<Member> unreadableMember(User u) {
        List<Member> out = members.values().stream().filter(m -> !can(u, Permission.READ, memberUnit.get(m.id()))).toList();
        return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(out));
    }

    /** A member recorded at the conference (any member when none is): what a removal names. */
    private long attendeeOf(Conf conf) {
        return jdbc.sql("select member_id from conference_attendee where conference_id = :c order by member_id limit 1")
                .param("c", conf.id()).query(Long.class).optional().orElse(pick(List.copyOf(members.keySet())));
    }

    /**
     * A writer of a conference's unit who names a member out of their reach: not found, nothing changed, the
     * member's name nowhere in the answer.
     */
    private BiConsumer<String, User> unreachableAttendee(BiFunction<Conf, Member, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            for (Conf conf : recordsToCall(u, Permission.WRITE, confs.values(), Conf::unitId, 0)) {
                if (!can(u, Permission.WRITE, conf.unitId())) {
                    continue;
                }
                unreadableMember(u).ifPresent(m -> expectStatus(e, u, call(e, u, Permission.READ, request.apply(conf, m)),
                        404, what(m) + " at " + what(conf)));
            }
            unchanged(e, u, before);
        };
    }

    private void meetingCorrectionPages(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /units/{id}/meetings/{meetingId:\\d+}/edit", all(
                perRecord(meets::values, Meet::unitId, this::what, Permission.WRITE,
                        (u, m) -> get("/units/{id}/meetings/{m}/edit", m.unitId(), m.id())),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> get("/units/{id}/meetings/{m}/edit", x.id(), m.id()))));
        c.put("POST /units/{id}/meetings/{meetingId:\\d+}/edit", all(
                refusedOnRecords(meets::values, Meet::unitId, this::what, (u, m) -> meetingEdit(post(
                        "/units/{id}/meetings/{m}/edit", m.unitId(), m.id()))),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> meetingEdit(post("/units/{id}/meetings/{m}/edit", x.id(), m.id())))));
        c.put("POST /units/{id}/meetings/{meetingId:\\d+}/delete", all(
                refusedOnRecords(meets::values, Meet::unitId, this::what,
                        (u, m) -> post("/units/{id}/meetings/{m}/delete", m.unitId(), m.id())),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> post("/units/{id}/meetings/{m}/delete", x.id(), m.id()))));
        c.put("GET /units/{id}/conferences/{conferenceId:\\d+}/edit", all(
                perRecord(confs::values, Conf::unitId, this::what, Permission.WRITE,
                        (u, x) -> get("/units/{id}/conferences/{c}/edit", x.unitId(), x.id())),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> get("/units/{id}/conferences/{c}/edit", x.id(), conf.id()))));
        c.put("POST /units/{id}/conferences/{conferenceId:\\d+}/edit", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what, (u, x) -> conferenceEdit(post(
                        "/units/{id}/conferences/{c}/edit", x.unitId(), x.id()))),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> conferenceEdit(post("/units/{id}/conferences/{c}/edit", x.id(), conf.id())))));
        c.put("POST /units/{id}/conferences/{conferenceId:\\d+}/delete", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what,
                        (u, x) -> post("/units/{id}/conferences/{c}/delete", x.unitId(), x.id())),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> post("/units/{id}/conferences/{c}/delete", x.id(), conf.id()))));
        c.put("GET /units/{id}/conferences/{conferenceId:\\d+}/attendee-choices", all(
                perRecord(confs::values, Conf::unitId, this::what, Permission.WRITE,
                        (u, x) -> get("/units/{id}/conferences/{c}/attendee-choices", x.unitId(), x.id())),
                perRecord(confs::values, Conf::unitId, this::what, Permission.WRITE,
                        (u, x) -> get("/units/{id}/conferences/{c}/attendee-choices", x.unitId(), x.id())
                                .param("q", "tim" + run + "n")),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> get("/units/{id}/conferences/{c}/attendee-choices", x.id(), conf.id()))));
        c.put("POST /units/{id}/conferences/{conferenceId:\\d+}/attendees", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what, (u, x) -> post(
                        "/units/{id}/conferences/{c}/attendees", x.unitId(), x.id())
                        .param("member", String.valueOf(pick(List.copyOf(members.keySet()))))),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> post("/units/{id}/conferences/{c}/attendees", x.id(), conf.id())
                                .param("member", String.valueOf(pick(List.copyOf(members.keySet()))))),
                unreachableAttendee((conf, m) -> post("/units/{id}/conferences/{c}/attendees", conf.unitId(), conf.id())
                        .param("member", String.valueOf(m.id())))));
        c.put("POST /units/{id}/conferences/{conferenceId:\\d+}/attendees/{memberId:\\d+}/delete", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what, (u, x) -> post(
                        "/units/{id}/conferences/{c}/attendees/{m}/delete", x.unitId(), x.id(), attendeeOf(x))),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> post("/units/{id}/conferences/{c}/attendees/{m}/delete", x.id(), conf.id(),
                                attendeeOf(conf))),
                unreachableAttendee((conf, m) -> post("/units/{id}/conferences/{c}/attendees/{m}/delete", conf.unitId(),
                        conf.id(), m.id()))));
    }

    private static MockHttpServletRequestBuilder meetingEdit(MockHttpServletRequestBuilder request) {
        return request.param("heldOn", PAST.toString()).param("kind", "THEMED").param("theme", "Chuyên đề đã sửa");
    }

    private static MockHttpServletRequestBuilder conferenceEdit(MockHttpServletRequestBuilder request) {
        return request.param("kind", "OTHER").param("heldOn", PAST.toString()).param("title", "Hội nghị đã sửa");
    }

    private void meetingCorrectionApi(Map<String, BiConsumer<String, User>> c) {
        String meetingBody = "{\"heldOn\": \"" + PAST + "\", \"kind\": \"THEMED\", \"theme\": \"Chuyên đề đã sửa\"}";
        String conferenceBody = "{\"kind\": \"OTHER\", \"heldOn\": \"" + PAST + "\", \"title\": \"Hội nghị đã sửa\"}";
        c.put("PUT /api/v1/units/{id}/meetings/{meetingId:\\d+}", all(
                refusedOnRecords(meets::values, Meet::unitId, this::what,
                        (u, m) -> json(put("/api/v1/units/{id}/meetings/{m}", m.unitId(), m.id()), meetingBody)),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> json(put("/api/v1/units/{id}/meetings/{m}", x.id(), m.id()), meetingBody))));
        c.put("DELETE /api/v1/units/{id}/meetings/{meetingId:\\d+}", all(
                refusedOnRecords(meets::values, Meet::unitId, this::what,
                        (u, m) -> delete("/api/v1/units/{id}/meetings/{m}", m.unitId(), m.id())),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> delete("/api/v1/units/{id}/meetings/{m}", x.id(), m.id()))));
        c.put("GET /api/v1/units/{id}/conferences/{conferenceId:\\d+}", all(
                perRecord(confs::values, Conf::unitId, this::what, Permission.READ,
                        (u, x) -> get("/api/v1/units/{id}/conferences/{c}", x.unitId(), x.id())),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> get("/api/v1/units/{id}/conferences/{c}", x.id(), conf.id()))));
        c.put("PUT /api/v1/units/{id}/conferences/{conferenceId:\\d+}", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what,
                        (u, x) -> json(put("/api/v1/units/{id}/conferences/{c}", x.unitId(), x.id()), conferenceBody)),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> json(put("/api/v1/units/{id}/conferences/{c}", x.id(), conf.id()), conferenceBody))));
        c.put("DELETE /api/v1/units/{id}/conferences/{conferenceId:\\d+}", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what,
                        (u, x) -> delete("/api/v1/units/{id}/conferences/{c}", x.unitId(), x.id())),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> delete("/api/v1/units/{id}/conferences/{c}", x.id(), conf.id()))));
        c.put("GET /api/v1/units/{id}/conferences/{conferenceId:\\d+}/attendee-candidates", all(
                perRecord(confs::values, Conf::unitId, this::what, Permission.WRITE,
                        (u, x) -> get("/api/v1/units/{id}/conferences/{c}/attendee-candidates", x.unitId(), x.id())),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> get("/api/v1/units/{id}/conferences/{c}/attendee-candidates", x.id(), conf.id()))));
        c.put("POST /api/v1/units/{id}/conferences/{conferenceId:\\d+}/attendees", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what, (u, x) -> json(post(
                        "/api/v1/units/{id}/conferences/{c}/attendees", x.unitId(), x.id()),
                        "{\"memberIds\": [" + pick(List.copyOf(members.keySet())) + "]}")),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> json(post("/api/v1/units/{id}/conferences/{c}/attendees", x.id(), conf.id()),
                                "{\"memberIds\": [" + pick(List.copyOf(members.keySet())) + "]}")),
                unreachableAttendee((conf, m) -> json(post("/api/v1/units/{id}/conferences/{c}/attendees", conf.unitId(),
                        conf.id()), "{\"memberIds\": [" + m.id() + "]}"))));
        c.put("DELETE /api/v1/units/{id}/conferences/{conferenceId:\\d+}/attendees/{memberId:\\d+}", all(
                refusedOnRecords(confs::values, Conf::unitId, this::what, (u, x) -> delete(
                        "/api/v1/units/{id}/conferences/{c}/attendees/{m}", x.unitId(), x.id(), attendeeOf(x))),
                (e, u) -> crossRecords(e, u, confs.values(), Conf::unitId, this::what,
                        (x, conf) -> delete("/api/v1/units/{id}/conferences/{c}/attendees/{m}", x.id(), conf.id(),
                                attendeeOf(conf))),
                unreachableAttendee((conf, m) -> delete("/api/v1/units/{id}/conferences/{c}/attendees/{m}", conf.unitId(),
                        conf.id(), m.id()))));
    }

    private void meetingApi(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /api/v1/units/{id}/meetings", perUnit("/api/v1/units/{id}/meetings?year=2012&size=200"));
        c.put("POST /api/v1/units/{id}/meetings", refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/meetings", x.id()),
                "{\"heldOn\": \"2012-07-02\", \"kind\": \"THEMED\", \"theme\": \"Chuyên đề mới\"}")));
        c.put("GET /api/v1/units/{id}/meetings/overview", perUnit("/api/v1/units/{id}/meetings/overview?from=2012-03&to=2012-06"));
        c.put("GET /api/v1/units/{id}/meetings/absentees", perUnit("/api/v1/units/{id}/meetings/absentees?year=2012"));
        c.put("GET /api/v1/units/{id}/meetings/{meetingId:\\d+}", all(
                perRecord(meets::values, Meet::unitId, this::what, Permission.READ,
                        (u, m) -> get("/api/v1/units/{id}/meetings/{m}", m.unitId(), m.id())),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> get("/api/v1/units/{id}/meetings/{m}", x.id(), m.id()))));
        c.put("PUT /api/v1/units/{id}/meetings/{meetingId:\\d+}/attendance", all(
                refusedOnRecords(meets::values, Meet::unitId, this::what,
                        (u, m) -> json(put("/api/v1/units/{id}/meetings/{m}/attendance", m.unitId(), m.id()), "[]")),
                (e, u) -> crossRecords(e, u, meets.values(), Meet::unitId, this::what,
                        (x, m) -> json(put("/api/v1/units/{id}/meetings/{m}/attendance", x.id(), m.id()), "[]"))));
        c.put("GET /api/v1/units/{id}/conferences", perUnit("/api/v1/units/{id}/conferences?size=200"));
        c.put("POST /api/v1/units/{id}/conferences", refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/conferences",
                x.id()), "{\"kind\": \"OTHER\", \"heldOn\": \"2012-07-02\", \"attendeesCount\": 5}")));
        meetingCorrectionApi(c);
    }

    private static MockHttpServletRequestBuilder targetForm(MockHttpServletRequestBuilder request) {
        return request.param("title", "Chỉ tiêu mới").param("quantity", "COUNT").param("unitLabel", "đảng viên")
                .param("direction", "MORE").param("scope", "TERM").param("goal", "20").param("how", "members.admitted");
    }

    private static MockHttpServletRequestBuilder valueForm(MockHttpServletRequestBuilder request) {
        return request.param("from", "2026-04-01").param("to", "2026-06-30").param("value", "2").param("note", "Báo cáo");
    }

    /**
     * A record of another unit, asked for under a unit the user may change: not found (whether or not the
     * user may read the record), nothing changed.
     */
    private <T> void crossRecords(String e, User u, java.util.Collection<T> records,
            java.util.function.ToLongFunction<T> unitOf, java.util.function.Function<T, String> what,
            BiFunction<Unit, T, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        List<Unit> mine = writableUnits(u);
        if (mine.isEmpty()) {
            return;
        }
        Unit x = pick(mine);
        Map<String, String> before = worldFingerprint();
        for (T record : recordsToCall(u, Permission.WRITE, records, unitOf, SAMPLE)) {
            if (unitOf.applyAsLong(record) != x.id()) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(x, record)), 404,
                        what.apply(record) + " under " + what(x));
            }
        }
        unchanged(e, u, before);
    }

    private void targetApi(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /api/v1/measures", (e, u) -> expectStatus(e, u, call(e, u, Permission.READ, get("/api/v1/measures")),
                200, "the measures"));
        c.put("GET /api/v1/units/{id}/resolutions", perUnit("/api/v1/units/{id}/resolutions"));
        c.put("GET /api/v1/units/{id}/target-settings", perUnit("/api/v1/units/{id}/target-settings"));
        c.put("GET /api/v1/units/{id}/rollup", perUnitDated("/api/v1/units/{id}/rollup"));
        c.put("GET /api/v1/rollup", (e, u) -> {
            call(e, u, Permission.READ, get("/api/v1/rollup"));
            call(e, u, Permission.READ, get("/api/v1/rollup").param("date", PAST.toString()));
        });
        // The unit's resolution in force today: a unit without one answers 404 as well.
        c.put("GET /api/v1/units/{id}/progress", (e, u) -> {
            for (Unit unit : unitsToCall(u, Permission.READ, SAMPLE, 0, SAMPLE)) {
                boolean answers = can(u, Permission.READ, unit.id()) && termOf.containsKey(unit.id());
                expectStatus(e, u, call(e, u, Permission.READ, get("/api/v1/units/{id}/progress", unit.id())),
                        answers ? 200 : 404, what(unit));
                if (answers) {
                    positives++;
                }
            }
        });
        c.put("GET /api/v1/resolutions/{rid}", perRecord(this::allResolutions, Resolution::unitId, this::what,
                Permission.READ, (u, r) -> get("/api/v1/resolutions/{r}", r.id())));
        for (String path : List.of("", "/values", "/progress")) {
            c.put("GET /api/v1/targets/{tid}" + path, perRecord(this::allGoals, Goal::unitId, this::what, Permission.READ,
                    (u, g) -> get("/api/v1/targets/{t}" + path, g.id())));
        }
        c.put("POST /api/v1/units/{id}/resolutions", all(
                refusedOnUnits((u, x) -> json(post("/api/v1/units/{id}/resolutions", x.id()), """
                        {"termId": %d, "title": "Nghị quyết mới"}
                        """.formatted(termFor(x)))),
                (e, u) -> {
                    List<Unit> mine = writableUnits(u).stream().filter(x -> !termOf.containsKey(x.id())).toList();
                    if (!mine.isEmpty()) {
                        Unit x = pick(mine);
                        Map<String, String> before = worldFingerprint();
                        for (Unit other : unitsToCall(u, Permission.WRITE, 0, SAMPLE, SAMPLE)) {
                            if (termOf.containsKey(other.id())) {
                                expectStatus(e, u, call(e, u, Permission.READ, json(post("/api/v1/units/{id}/resolutions",
                                        x.id()), """
                                        {"termId": %d, "title": "Nghị quyết mới"}
                                        """.formatted(termOf.get(other.id())))), 404, "a term of " + what(other));
                            }
                        }
                        unchanged(e, u, before);
                    }
                }));
        String target = """
                {"title": "Chỉ tiêu mới", "quantity": "COUNT", "unitLabel": "đảng viên", "direction": "MORE",
                 "scope": "TERM", "goal": 20, "measure": "members.admitted"}
                """;
        c.put("POST /api/v1/resolutions/{rid}/targets", refusedOnRecords(this::allResolutions, Resolution::unitId,
                this::what, (u, r) -> json(post("/api/v1/resolutions/{r}/targets", r.id()), target)));
        c.put("PUT /api/v1/targets/{tid}", refusedOnRecords(this::allGoals, Goal::unitId, this::what,
                (u, g) -> json(put("/api/v1/targets/{t}", g.id()), target)));
        c.put("POST /api/v1/targets/{tid}/values", refusedOnRecords(this::manualGoals, Goal::unitId, this::what,
                (u, g) -> json(post("/api/v1/targets/{t}/values", g.id()), """
                        {"from": "2026-04-01", "to": "2026-06-30", "value": 2, "note": "Báo cáo"}
                        """)));
        c.put("PUT /api/v1/units/{id}/target-settings", refusedOnUnits((u, x) -> json(put("/api/v1/units/{id}/target-settings",
                x.id()), """
                {"reachedAt": 90, "onTrackAt": 80, "summaryBands": [100, 50], "percentScale": 1, "rounding": "HALF_UP"}
                """)));
    }

    // ---- training classes (the training module)

    /** A class organized by a unit, its marker in the title and subject; people of the unit enrolled in 2017. */
    record Course(long id, long unitId, String marker) {
    }

    private final Map<Long, Course> courses = new LinkedHashMap<>();

    /**
     * Classes of 2017, before the transfers of 2018, so some of the people enrolled have since moved out of
     * the reach of the organizer's readers: their names must not show on the class's page, API or register.
     */
    private void buildTraining() {
        for (Unit unit : units.values()) {
            if (dissolved.contains(unit.id()) || random.nextInt(3) == 0) {
                continue;
            }
            String marker = unitRecord('c', "a training class of " + what(unit), unit.id());
            long id = trainingBook.plan(new UnitId(unit.id()), new vn.dangvu.training.ClassDraft(
                    vn.dangvu.training.ClassKind.RESOLUTION, "Lớp " + marker, "Nghị quyết " + marker, "Trường Chính trị",
                    LocalDate.of(2017, 6, 5), LocalDate.of(2017, 6, 7), "Hội trường"));
            courses.put(id, new Course(id, unit.id(), marker));
            var view = trainingDirectory.find(id).orElseThrow();
            var people = trainingDirectory.eligible(view, vn.dangvu.platform.UnitScope.whole(today), 6).stream()
                    .map(vn.dangvu.training.TrainingViews.EligibleView::member).toList();
            trainingBook.enrol(id, people);
            trainingBook.record(id, people.stream().map(m -> new vn.dangvu.training.Outcome(m, random.nextInt(5) > 0,
                    false, null)).toList());
        }
    }

    /** Someone enrolled in the class (any member when nobody is): what a removal names. */
    private long enrolledIn(Course course) {
        return trainingDirectory.enrolments(course.id()).stream().map(e -> e.member().value()).findFirst()
                .orElse(pick(List.copyOf(members.keySet())));
    }

    /**
     * A writer of a class who names someone enrolled whose branch is now out of their reach: not found, nothing
     * changed.
     */
    private BiConsumer<String, User> unreachableEnrolment(BiFunction<Course, Long, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            for (Course course : recordsToCall(u, Permission.WRITE, courses.values(), Course::unitId, 0)) {
                if (!can(u, Permission.WRITE, course.unitId())) {
                    continue;
                }
                trainingDirectory.enrolments(course.id()).stream()
                        .filter(x -> !can(u, Permission.READ, memberUnit.getOrDefault(x.member().value(), x.unit().value())))
                        .findFirst().ifPresent(x -> expectStatus(e, u, call(e, u, Permission.READ,
                                request.apply(course, x.member().value())), 404, "someone moved away from " + what(course)));
            }
            unchanged(e, u, before);
        };
    }

    private java.util.Collection<Course> allCourses() {
        return courses.values();
    }

    private String what(Course course) {
        return described.get(course.marker());
    }

    private void trainingFingerprint(Map<String, String> out) {
        out.put("the training classes", jdbc.sql("""
                select coalesce(string_agg(c::text, ';' order by c.id), '')
                       || coalesce((select string_agg(e::text, ';' order by e.class_id, e.member_id) from training_enrolment e), '')
                  from training_class c
                """).query(String.class).single());
    }

    private MockHttpServletRequestBuilder classForm(MockHttpServletRequestBuilder request) {
        return request.param("kind", "OTHER").param("title", "Lớp bồi dưỡng nghiệp vụ").param("startsOn", "2020-01-06")
                .param("endsOn", "2020-01-07");
    }

    private static final String CLASS_JSON = """
            {"kind": "OTHER", "title": "Lớp bồi dưỡng nghiệp vụ", "startsOn": "2020-01-06", "endsOn": "2020-01-07"}
            """;

    private void trainingPages(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /units/{id}/training", perUnit("/units/{id}/training"));
        c.put("GET /units/{id}/training/campaigns", perUnit("/units/{id}/training/campaigns?from=2017-01-01&to=2017-12-31"));
        c.put("GET /units/{id}/training/new", perUnitWrite("/units/{id}/training/new"));
        c.put("POST /units/{id}/training/new", refusedOnUnits((u, x) -> classForm(post("/units/{id}/training/new", x.id()))));
        c.put("GET /training/classes/{classId}", perRecord(this::allCourses, Course::unitId, this::what, Permission.READ,
                (u, k) -> get("/training/classes/{c}", k.id())));
        c.put("GET /training/classes/{classId}/register.xlsx", perRecord(this::allCourses, Course::unitId, this::what,
                Permission.READ, (u, k) -> get("/training/classes/{c}/register.xlsx", k.id())));
        c.put("GET /training/classes/{classId}/edit", perRecord(this::allCourses, Course::unitId, this::what,
                Permission.WRITE, (u, k) -> get("/training/classes/{c}/edit", k.id())));
        c.put("POST /training/classes/{classId}/edit", refusedOnRecords(this::allCourses, Course::unitId, this::what,
                (u, k) -> classForm(post("/training/classes/{c}/edit", k.id()))));
        c.put("POST /training/classes/{classId}/enrol", refusedOnRecords(this::allCourses, Course::unitId, this::what,
                (u, k) -> post("/training/classes/{c}/enrol", k.id()).param("member",
                        String.valueOf(pick(List.copyOf(members.keySet()))))));
        c.put("POST /training/classes/{classId}/enrolments/{memberId}/delete", all(
                refusedOnRecords(this::allCourses, Course::unitId, this::what,
                        (u, k) -> post("/training/classes/{c}/enrolments/{m}/delete", k.id(), enrolledIn(k))),
                unreachableEnrolment((k, m) -> post("/training/classes/{c}/enrolments/{m}/delete", k.id(), m))));
        c.put("POST /training/classes/{classId}/register", refusedOnRecords(this::allCourses, Course::unitId, this::what,
                (u, k) -> {
                    var request = post("/training/classes/{c}/register", k.id());
                    for (var e : trainingDirectory.enrolments(k.id())) {
                        request.param("member", String.valueOf(e.member().value()))
                                .param("attended", String.valueOf(e.member().value()));
                    }
                    return request;
                }));
        c.put("POST /training/classes/{classId}/register.xlsx", refusedOnRecords(this::allCourses, Course::unitId,
                this::what, (u, k) -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    try {
                        context.getBean(vn.dangvu.training.RegisterWorkbook.class).writeTemplate(k.id(), x -> true, out,
                                Locale.forLanguageTag("vi"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return multipart("/training/classes/{c}/register.xlsx", k.id()).file(new MockMultipartFile("file",
                            "diem-danh.xlsx", null, out.toByteArray()));
                }));
    }

    private void trainingApi(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /api/v1/units/{id}/training-classes", perUnit("/api/v1/units/{id}/training-classes"));
        c.put("GET /api/v1/units/{id}/training-campaigns", perUnit("/api/v1/units/{id}/training-campaigns?from=2017-01-01"));
        c.put("GET /api/v1/units/{id}/training-campaign",
                perUnit("/api/v1/units/{id}/training-campaign?subject=Nghị quyết&from=2017-01-01"));
        c.put("GET /api/v1/training-classes/{cid}", perRecord(this::allCourses, Course::unitId, this::what,
                Permission.READ, (u, k) -> get("/api/v1/training-classes/{c}", k.id())));
        c.put("POST /api/v1/units/{id}/training-classes", refusedOnUnits((u, x) ->
                json(post("/api/v1/units/{id}/training-classes", x.id()), CLASS_JSON)));
        c.put("PUT /api/v1/training-classes/{cid}", refusedOnRecords(this::allCourses, Course::unitId, this::what,
                (u, k) -> json(put("/api/v1/training-classes/{c}", k.id()), CLASS_JSON)));
        c.put("POST /api/v1/training-classes/{cid}/enrolments", refusedOnRecords(this::allCourses, Course::unitId,
                this::what, (u, k) -> json(post("/api/v1/training-classes/{c}/enrolments", k.id()),
                        "{\"memberIds\": [" + pick(List.copyOf(members.keySet())) + "]}")));
        c.put("DELETE /api/v1/training-classes/{cid}/enrolments/{memberId}", all(
                refusedOnRecords(this::allCourses, Course::unitId, this::what,
                        (u, k) -> delete("/api/v1/training-classes/{c}/enrolments/{m}", k.id(), enrolledIn(k))),
                unreachableEnrolment((k, m) -> delete("/api/v1/training-classes/{c}/enrolments/{m}", k.id(), m))));
        c.put("PUT /api/v1/training-classes/{cid}/register", refusedOnRecords(this::allCourses, Course::unitId,
                this::what, (u, k) -> json(put("/api/v1/training-classes/{c}/register", k.id()),
                        "{\"register\": [" + trainingDirectory.enrolments(k.id()).stream()
                                .map(e -> "{\"memberId\": " + e.member().value() + ", \"attended\": true}")
                                .collect(java.util.stream.Collectors.joining(", ")) + "]}")));
    }

    @Test
    void noEndpointAnswersWithARecordOutOfScope() {
        long seed = Long.getLong("dangvu.scope.seed", System.nanoTime());
        random = new Random(seed);
        run = Long.toString(Math.abs(seed % 46_656), 36);
        markerPattern = Pattern.compile("qx" + run + "[a-z]\\d{4}q|k" + run + "c\\d{4}k");
        today = LocalDate.now(clock);
        mvc = quietMockMvc();
        auditStart = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        long started = System.nanoTime();
        buildTree();
        buildPeople();
        buildMembers();
        buildTargets();
        buildMeetings();
        buildInspectionAndRatings();
        buildReportDrafts();
        buildTraining();
        long built = System.nanoTime();

        Map<String, BiConsumer<String, User>> callers = callers();
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(keys(info))));
        List<String> unknown = endpoints.stream().filter(e -> !callers.containsKey(e)).toList();
        assertThat(unknown).as("endpoints this test does not know how to call (teach callers() about them); seed %d",
                seed).isEmpty();
        assertThat(callers.keySet().stream().filter(e -> !frameworkEndpoints.contains(e)).toList())
                .as("callers of endpoints that no longer exist (renamed?); seed %d", seed).isSubsetOf(endpoints);

        // Reads first, then writes: the writes add audit entries naming their actors, which is intended.
        for (boolean writes : new boolean[] {false, true}) {
            for (User user : users) {
                for (String endpoint : endpoints) {
                    if (isWrite(endpoint) == writes) {
                        callers.get(endpoint).accept(endpoint, user);
                    }
                }
            }
        }

        report(seed, started, built);
        assertThat(positives).as("in-scope records were seen too, so the test can tell").isPositive();
        assertThat(failures).as("scope leaks (seed %d; rerun with -Ddangvu.scope.seed=%d)", seed, seed).isEmpty();
    }

    private static boolean isWrite(String endpoint) {
        return endpoint.startsWith("POST ") || endpoint.startsWith("PUT ") || endpoint.startsWith("PATCH ")
                || endpoint.startsWith("DELETE ");
    }

    /** What the world held and where the time went, so that a slow endpoint is seen before it makes the test slow. */
    private void report(long seed, long started, long built) {
        long calls = timings.values().stream().mapToLong(t -> t[0]).sum();
        System.out.printf("ScopeLeakIT seed %d: %d units, %d members, %d users; world built in %d ms; %d calls in %d ms;"
                        + " %d in-scope answers%n", seed, units.size(), members.size(), users.size(),
                (built - started) / 1_000_000, calls, (System.nanoTime() - built) / 1_000_000, positives);
        timings.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(15)
                .forEach(t -> System.out.printf("  %6d ms %5d calls  %s%n", t.getValue()[1] / 1_000_000,
                        t.getValue()[0], t.getKey()));
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
    // ---- inspection and ratings (their own block, so merges stay easy)

    @Autowired vn.dangvu.inspection.Inspections inspections;
    @Autowired vn.dangvu.ratings.Ratings ratings;
    /** Cases of the world: the committee that conducts them decides who may see them. */
    private final Map<Long, Long> inspectionCases = new LinkedHashMap<>();
    /** Decided member ratings of the world: the branch counts them, its grassroots organization decided them. */
    private final Map<Long, long[]> decidedRatings = new LinkedHashMap<>();

    /**
     * About a third of the committees inspect a subordinate (a plan, a concluded case, a reprimand), some
     * members are reviewed, and the members of branches under a grassroots organization are rated for this
     * year (decided); every text holds a marker of the unit whose readers may see it.
     */
    private void buildInspectionAndRatings() {
        LocalDate on = today;
        for (Unit unit : units.values()) {
            List<Unit> subordinates = units.values().stream().filter(x -> Long.valueOf(unit.id()).equals(superior.get(x.id()))
                    && !dissolved.contains(x.id())).toList();
            if (dissolved.contains(unit.id()) || subordinates.isEmpty() || random.nextInt(3) != 0) {
                continue;
            }
            UnitId id = new UnitId(unit.id());
            Unit subject = pick(subordinates);
            inspections.addPlan(new vn.dangvu.inspection.InspectionViews.NewPlan(id, on.getYear(),
                    "Kế hoạch " + unitRecord('p', "the inspection plan of " + what(unit), unit.id()), "Nội dung"));
            long caseId = inspections.openCase(new vn.dangvu.inspection.InspectionViews.NewCase(id, null,
                    vn.dangvu.inspection.InspectionViews.Kind.INSPECTION,
                    vn.dangvu.inspection.InspectionViews.Basis.REGULAR, new UnitId(subject.id()), null, null, null, on,
                    on, "Kết luận " + unitRecord('i', "the conclusion of a case of " + what(unit), unit.id())));
            inspectionCases.put(caseId, unit.id());
            inspections.disciplineUnit(new vn.dangvu.inspection.InspectionViews.UnitDiscipline(new UnitId(subject.id()),
                    id, vn.dangvu.inspection.InspectionViews.UnitDisciplineForm.REPRIMAND, "QĐ-KT", on, null,
                    "Lý do " + unitRecord('d', "the discipline of " + what(subject), subject.id()), caseId));
        }
        List<long[]> current = jdbc.sql("""
                select id, unit_id from member where id in (:ids) and status in ('PROBATIONARY', 'OFFICIAL')
                """).param("ids", members.isEmpty() ? List.of(-1L) : List.copyOf(members.keySet()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] m : current) {
            if (random.nextInt(4) == 0) {
                inspections.reviewMember(new vn.dangvu.inspection.InspectionViews.MemberReview(new MemberId(m[0]), on,
                        "Chi bộ", "Kiểm điểm " + unitRecord('r', "a review in " + m[1], m[1]), null));
            }
        }
        vn.dangvu.ratings.RatingPeriod year = vn.dangvu.ratings.RatingPeriod.year(on.getYear());
        Map<Long, Map<MemberId, vn.dangvu.ratings.RatingLevel>> byBranch = new LinkedHashMap<>();
        for (long[] m : current) {
            byBranch.computeIfAbsent(m[1], b -> new LinkedHashMap<>()).put(new MemberId(m[0]),
                    vn.dangvu.ratings.RatingLevel.values()[random.nextInt(4)]);
        }
        byBranch.forEach((branch, levels) -> {
            try {
                ratings.rateMembers(new UnitId(branch), year, levels, random.nextBoolean());
            } catch (vn.dangvu.platform.RuleViolation noGrassrootsAbove) {
                // a branch with no grassroots organization above it is not rated
            }
        });
        jdbc.sql("select id, unit_id, decided_by_unit_id from rating where state = 'DECIDED' and unit_id in (:ids)")
                .param("ids", List.copyOf(units.keySet()))
                .query((rs, n) -> decidedRatings.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
    }

    /** Rows of the inspection and rating tables, so that a refused call that wrote anything shows. */
    private String inspectionFingerprint() {
        return jdbc.sql("""
                select (select count(*) from inspection_plan) || '/' || (select count(*) from inspection_case)
                       || '/' || (select count(*) from inspection_case where concluded_on is not null)
                       || '/' || (select count(*) from unit_discipline) || '/' || (select count(*) from member_review)
                       || '/' || (select string_agg(id || level || state, ',' order by id) from rating)
                """).query(String.class).single();
    }

    /** A form needing the permission over the unit: 200, 403 when the user may only read it, else 404. */
    private BiConsumer<String, User> perUnitNeeding(Permission permission, String template) {
        return (e, u) -> {
            for (Unit unit : unitsToCall(u, permission, SAMPLE, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, get(template, unit.id())),
                        expected(u, permission, unit.id()), what(unit));
            }
        };
    }

    /** A change needing the permission over the unit, called where the user lacks it: 403 or 404, nothing written. */
    private BiConsumer<String, User> refusedNeeding(Permission permission,
            BiFunction<User, Unit, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            String mine = inspectionFingerprint();
            for (Unit unit : unitsToCall(u, permission, 0, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, unit)),
                        expected(u, permission, unit.id()), what(unit));
            }
            unchanged(e, u, before);
            if (!mine.equals(inspectionFingerprint())) {
                failures.add(e + " as " + u.label() + " changed inspection or rating records in a refused call");
            }
        };
    }

    /** {@link #refusedNeeding} for members, by their branch. */
    private BiConsumer<String, User> refusedOnMembersNeeding(Permission permission,
            BiFunction<User, Member, MockHttpServletRequestBuilder> request) {
        return (e, u) -> {
            Map<String, String> before = worldFingerprint();
            String mine = inspectionFingerprint();
            for (Member member : membersToCall(u, permission, 0, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(u, member)),
                        expected(u, permission, memberUnit.get(member.id())), what(member));
            }
            unchanged(e, u, before);
            if (!mine.equals(inspectionFingerprint())) {
                failures.add(e + " as " + u.label() + " changed inspection or rating records in a refused call");
            }
        };
    }

    /** Annulment by someone who is not a superior of the deciding unit: 404 when the rating is out of reach, else 403. */
    private BiConsumer<String, User> refusedAnnulments(java.util.function.LongFunction<MockHttpServletRequestBuilder> request) {
        return (e, u) -> {
            String mine = inspectionFingerprint();
            List<Map.Entry<Long, long[]>> refused = decidedRatings.entrySet().stream().filter(r -> {
                Long up = superior.get(r.getValue()[1]);
                boolean mayAnnul = up == null
                        ? u.grants().stream().anyMatch(g -> g.unit() == null && g.role().permits(Permission.WRITE))
                        : can(u, Permission.WRITE, up);
                return !mayAnnul;
            }).toList();
            for (var r : sampleOf(refused, 2 * SAMPLE)) {
                long unit = r.getValue()[0];
                expectStatus(e, u, call(e, u, Permission.READ, request.apply(r.getKey())),
                        can(u, Permission.READ, unit) ? 403 : 404, "a rating in " + what(units.get(unit)));
            }
            if (!mine.equals(inspectionFingerprint())) {
                failures.add(e + " as " + u.label() + " changed a rating in a refused annulment");
            }
        };
    }

    private void inspectionAndRatings(Map<String, BiConsumer<String, User>> c) {
        String year = String.valueOf(today.getYear());
        c.put("GET /units/{id}/inspection", perUnit("/units/{id}/inspection"));
        c.put("GET /units/{id}/inspection/plans/new", perUnitNeeding(Permission.WRITE_INSPECTION, "/units/{id}/inspection/plans/new"));
        c.put("GET /units/{id}/inspection/cases/new", perUnitNeeding(Permission.WRITE_INSPECTION, "/units/{id}/inspection/cases/new"));
        c.put("GET /units/{id}/inspection/decisions/new", perUnitNeeding(Permission.WRITE_INSPECTION,
                "/units/{id}/inspection/decisions/new"));
        c.put("POST /units/{id}/inspection/plans/new", refusedNeeding(Permission.WRITE_INSPECTION,
                (u, x) -> post("/units/{id}/inspection/plans/new", x.id()).param("year", year).param("title", "Kế hoạch")));
        c.put("POST /units/{id}/inspection/cases/new", refusedNeeding(Permission.WRITE_INSPECTION,
                (u, x) -> post("/units/{id}/inspection/cases/new", x.id()).param("kind", "INSPECTION")
                        .param("basis", "REGULAR").param("subjectType", "UNIT").param("subjectUnitId", String.valueOf(x.id()))
                        .param("startedOn", today.toString())));
        c.put("POST /units/{id}/inspection/cases/{caseId}/conclude", (e, u) -> {
            String mine = inspectionFingerprint();
            for (var entry : sampleOf(List.copyOf(inspectionCases.entrySet()), 2 * SAMPLE)) {
                long unit = entry.getValue();
                if (!can(u, Permission.WRITE_INSPECTION, unit)) {
                    expectStatus(e, u, call(e, u, Permission.READ, post("/units/{id}/inspection/cases/{c}/conclude", unit,
                            entry.getKey()).param("concludedOn", today.toString()).param("conclusion", "Kết luận")),
                            expected(u, Permission.WRITE_INSPECTION, unit), "a case of " + what(units.get(unit)));
                }
            }
            if (!mine.equals(inspectionFingerprint())) {
                failures.add(e + " as " + u.label() + " concluded a case in a refused call");
            }
        });
        c.put("POST /units/{id}/inspection/decisions/new", refusedNeeding(Permission.WRITE_INSPECTION,
                (u, x) -> post("/units/{id}/inspection/decisions/new", x.id()).param("subjectUnitId", String.valueOf(x.id()))
                        .param("form", "WARNING").param("decisionNumber", "QĐ-1").param("decidedOn", today.toString())
                        .param("reason", "Vi phạm")));
        c.put("GET /members/{memberId}/inspection/new", (e, u) -> {
            for (Member member : membersToCall(u, Permission.WRITE_INSPECTION, SAMPLE, SAMPLE, SAMPLE)) {
                expectStatus(e, u, call(e, u, Permission.READ, get("/members/{id}/inspection/new", member.id())),
                        expected(u, Permission.WRITE_INSPECTION, memberUnit.get(member.id())), what(member));
            }
        });
        c.put("POST /members/{memberId}/inspection/new", refusedOnMembersNeeding(Permission.WRITE_INSPECTION,
                (u, m) -> post("/members/{id}/inspection/new", m.id()).param("action", "REVIEW")
                        .param("decidedOn", today.toString()).param("decidedBy", "Chi bộ").param("reason", "Vắng họp")));
        c.put("GET /units/{id}/ratings", perUnit("/units/{id}/ratings?year=" + year));
        c.put("POST /units/{id}/ratings/members", refusedNeeding(Permission.WRITE,
                (u, x) -> post("/units/{id}/ratings/members", x.id()).param("year", year).param("action", "draft")));
        c.put("POST /units/{id}/ratings/organizations", refusedNeeding(Permission.WRITE,
                (u, x) -> post("/units/{id}/ratings/organizations", x.id()).param("year", year).param("action", "draft")
                        .param("u-" + x.id(), "GOOD")));
        c.put("GET /units/{id}/ratings/template.xlsx", perUnit("/units/{id}/ratings/template.xlsx?year=" + year));
        c.put("GET /units/{id}/ratings/import", perUnitNeeding(Permission.WRITE, "/units/{id}/ratings/import"));
        c.put("POST /units/{id}/ratings/import", refusedNeeding(Permission.WRITE,
                (u, x) -> multipart("/units/{id}/ratings/import", x.id()).param("year", year)));
        c.put("POST /ratings/{ratingId}/annul", refusedAnnulments(r -> post("/ratings/{r}/annul", r)
                .param("reason", "Sai quy trình")));

        c.put("GET /api/v1/units/{id}/inspection/plans", perUnit("/api/v1/units/{id}/inspection/plans"));
        c.put("GET /api/v1/units/{id}/inspection/cases", perUnit("/api/v1/units/{id}/inspection/cases"));
        c.put("GET /api/v1/units/{id}/inspection/decisions", perUnit("/api/v1/units/{id}/inspection/decisions"));
        c.put("POST /api/v1/units/{id}/inspection/cases", refusedNeeding(Permission.WRITE_INSPECTION,
                (u, x) -> json(post("/api/v1/units/{id}/inspection/cases", x.id()), """
                        {"kind": "INSPECTION", "basis": "REGULAR", "subjectUnitId": %d, "startedOn": "%s"}
                        """.formatted(x.id(), today))));
        c.put("POST /api/v1/units/{id}/inspection/decisions", refusedNeeding(Permission.WRITE_INSPECTION,
                (u, x) -> json(post("/api/v1/units/{id}/inspection/decisions", x.id()), """
                        {"unitId": %d, "form": "WARNING", "decisionNumber": "QĐ-1", "decidedOn": "%s", "reason": "x"}
                        """.formatted(x.id(), today))));
        c.put("GET /api/v1/units/{id}/ratings/{year}", perUnit("/api/v1/units/{id}/ratings/" + year));
        c.put("GET /api/v1/units/{id}/ratings/{year}/members", perUnit("/api/v1/units/{id}/ratings/" + year + "/members"));
        c.put("PUT /api/v1/units/{id}/ratings/{year}/members", refusedNeeding(Permission.WRITE,
                (u, x) -> json(put("/api/v1/units/{id}/ratings/{y}/members", x.id(), year), """
                        {"levels": {}, "decide": false}
                        """)));
        c.put("PUT /api/v1/units/{id}/ratings/{year}/organizations", refusedNeeding(Permission.WRITE,
                (u, x) -> json(put("/api/v1/units/{id}/ratings/{y}/organizations", x.id(), year), """
                        {"levels": {}, "decide": false}
                        """)));
        c.put("POST /api/v1/ratings/{ratingId}/annulment", refusedAnnulments(r -> json(post("/api/v1/ratings/{r}/annulment", r),
                """
                {"reason": "Sai quy trình"}
                """)));
    }

    // ---- reports (vn.dangvu.reports)

    record ReportDraftRecord(long id, long unitId, String marker) {
    }

    @Autowired vn.dangvu.reports.ReportDrafts reportDraftStore;

    /** A report draft in a third of the units, its marker in the narrative and the recipients. */
    private void buildReportDrafts() {
        for (Unit unit : units.values()) {
            if (dissolved.contains(unit.id()) || random.nextInt(3) != 0) {
                continue;
            }
            String marker = unitRecord('d', "a report draft of " + what(unit), unit.id());
            long id = reportDraftStore.save(new UnitId(unit.id()), null, new vn.dangvu.reports.ReportDraft.Edit(
                    vn.dangvu.reports.ReportKind.RANGE, LocalDate.of(2025, 1, 1), today, 1, "Hà Nội", today, null,
                    "Người ký", "Bí thư", "Nơi nhận " + marker, "Kết quả " + marker, null, null, null)).id();
            reportDrafts.put(id, new ReportDraftRecord(id, unit.id(), marker));
        }
        // a request for reports from a third of the superiors to their subordinates standing today
        for (Unit unit : units.values()) {
            List<UnitId> children = units.values().stream()
                    .filter(x -> Long.valueOf(unit.id()).equals(superior.get(x.id())) && !dissolved.contains(x.id()))
                    .map(x -> new UnitId(x.id())).toList();
            if (dissolved.contains(unit.id()) || children.isEmpty() || random.nextInt(3) != 0) {
                continue;
            }
            long id = reportRequestBook.issue(new UnitId(unit.id()), new vn.dangvu.reports.ReportRequest.Issue(
                    "Hướng dẫn số 05", today, vn.dangvu.reports.ReportKind.RANGE, LocalDate.of(2025, 1, 1), today,
                    today.plusDays(30), children));
            reportRequests.put(id, new ReportRequestRecord(id, unit.id()));
        }
    }

    record ReportRequestRecord(long id, long unitId) {
    }

    @Autowired vn.dangvu.reports.ReportRequestBook reportRequestBook;
    private final Map<Long, ReportRequestRecord> reportRequests = new LinkedHashMap<>();

    private String what(ReportRequestRecord r) {
        return "report request " + r.id() + " of " + what(units.get(r.unitId()));
    }

    private java.util.Collection<ReportRequestRecord> allReportRequests() {
        return reportRequests.values();
    }

    private java.util.Collection<ReportDraftRecord> allReportDrafts() {
        return reportDrafts.values();
    }

    private String what(ReportDraftRecord d) {
        return "report draft " + d.id() + " of " + what(units.get(d.unitId()));
    }

    private String reportPeriod() {
        return "kind=RANGE&from=2025-01-01&to=" + today;
    }

    /** Drafts count as the world too: a refused call must not change one. */
    private BiConsumer<String, User> draftsUnchanged(BiConsumer<String, User> inner) {
        return (e, u) -> {
            String before = reportsFingerprint();
            inner.accept(e, u);
            String after = reportsFingerprint();
            if (!before.equals(after)) {
                failures.add(e + " as " + u.label() + " changed a report draft in a refused call");
            }
        };
    }

    private String reportsFingerprint() {
        return jdbc.sql("""
                select (select coalesce(string_agg(d::text, ';' order by d.id), '') from report_draft d)
                       || (select coalesce(string_agg(r::text, ';' order by r.id), '') from report_request r)
                       || (select coalesce(string_agg(a::text, ';' order by a.request_id, a.unit_id), '')
                             from report_request_unit a)
                """).query(String.class).single();
    }

    private MockHttpServletRequestBuilder draftForm(MockHttpServletRequestBuilder request) {
        return request.param("kind", "RANGE").param("from", "2025-01-01").param("to", today.toString())
                .param("results", "Bản sửa").param("version", "2020-01-01T00:00:00Z");
    }

    private void reportPages(Map<String, BiConsumer<String, User>> c) {
        String period = reportPeriod();
        c.put("GET /units/{id}/reports", all(perUnit("/units/{id}/reports"),
                perUnit("/units/{id}/reports?kind=YEAR_END&year=" + today.getYear())));
        c.put("GET /units/{id}/reports/figures", perUnit("/units/{id}/reports/figures?" + period));
        c.put("GET /units/{id}/reports/chart.png", perRecord(this::allResolutions, Resolution::unitId, this::what,
                Permission.READ, (u, r) -> get("/units/{id}/reports/chart.png?" + period, r.unitId())));
        c.put("GET /units/{id}/reports/download.{ext}", all(
                perUnit("/units/{id}/reports/download.docx?" + period, false, EXPORT_SAMPLE),
                perUnit("/units/{id}/reports/download.xlsx?" + period, false, EXPORT_SAMPLE),
                perUnit("/units/{id}/reports/download.pdf?" + period, false, 1),
                perRecord(this::allReportDrafts, ReportDraftRecord::unitId, this::what, Permission.READ,
                        (u, d) -> get("/units/{id}/reports/download.docx?" + period + "&draft=" + d.id(), d.unitId()))));
        c.put("GET /units/{id}/reports/drafts/new", perUnitWrite("/units/{id}/reports/drafts/new?" + period));
        c.put("GET /units/{id}/reports/drafts/{draftId:\\d+}", all(
                perRecord(this::allReportDrafts, ReportDraftRecord::unitId, this::what, Permission.READ,
                        (u, d) -> get("/units/{id}/reports/drafts/{d}", d.unitId(), d.id())),
                (e, u) -> {
                    List<Unit> mine = units.values().stream().filter(x -> can(u, Permission.READ, x.id())).toList();
                    for (ReportDraftRecord d : recordsToCall(u, Permission.READ, reportDrafts.values(),
                            ReportDraftRecord::unitId, 0)) {
                        Unit other = pick(mine);
                        if (other.id() != d.unitId()) {
                            expectStatus(e, u, call(e, u, Permission.READ, get("/units/{id}/reports/drafts/{d}",
                                    other.id(), d.id())), 404, what(d) + " under " + what(other));
                        }
                    }
                }));
        c.put("POST /units/{id}/reports/drafts", draftsUnchanged(refusedOnUnits((u, x) -> draftForm(
                post("/units/{id}/reports/drafts", x.id())))));
        c.put("POST /units/{id}/reports/drafts/{draftId:\\d+}", draftsUnchanged(all(
                refusedOnRecords(this::allReportDrafts, ReportDraftRecord::unitId, this::what,
                        (u, d) -> draftForm(post("/units/{id}/reports/drafts/{d}", d.unitId(), d.id()))),
                (e, u) -> crossRecords(e, u, reportDrafts.values(), ReportDraftRecord::unitId, this::what,
                        (x, d) -> draftForm(post("/units/{id}/reports/drafts/{d}", x.id(), d.id()))))));
    }

    private void reportRequestPages(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /units/{id}/report-requests", perUnit("/units/{id}/report-requests"));
        c.put("POST /units/{id}/report-requests", draftsUnchanged(refusedOnUnits((u, x) ->
                post("/units/{id}/report-requests", x.id()).param("document", "Hướng dẫn số 06")
                        .param("issuedOn", today.toString()).param("kind", "RANGE").param("from", "2025-01-01")
                        .param("to", today.toString()).param("deadline", today.plusDays(5).toString())
                        .param("units", String.valueOf(x.id())))));
        c.put("GET /units/{id}/report-requests/{requestId:\\d+}", all(
                perRecord(this::allReportRequests, ReportRequestRecord::unitId, this::what, Permission.READ,
                        (u, r) -> get("/units/{id}/report-requests/{r}", r.unitId(), r.id())),
                requestUnderAnotherUnit("/units/{id}/report-requests/{r}")));
        c.put("GET /units/{id}/report-requests/{requestId:\\d+}/consolidated.{ext}",
                perRecord(this::allReportRequests, ReportRequestRecord::unitId, this::what, Permission.READ,
                        (u, r) -> get("/units/{id}/report-requests/{r}/consolidated.xlsx", r.unitId(), r.id())));
        c.put("POST /units/{id}/report-requests/{requestId:\\d+}/return", draftsUnchanged(all(
                refusedOnRecords(this::allReportRequests, ReportRequestRecord::unitId, this::what,
                        (u, r) -> post("/units/{id}/report-requests/{r}/return", r.unitId(), r.id())
                                .param("unit", String.valueOf(r.unitId())).param("comment", "Bổ sung")),
                (e, u) -> crossRecords(e, u, reportRequests.values(), ReportRequestRecord::unitId, this::what,
                        (x, r) -> post("/units/{id}/report-requests/{r}/return", x.id(), r.id())
                                .param("unit", String.valueOf(x.id())).param("comment", "Bổ sung")))));
        c.put("POST /units/{id}/reports/drafts/{draftId:\\d+}/submit", draftsUnchanged(
                refusedOnRecords(this::allReportDrafts, ReportDraftRecord::unitId, this::what,
                        (u, d) -> post("/units/{id}/reports/drafts/{d}/submit", d.unitId(), d.id())
                                .param("request", String.valueOf(reportRequests.keySet().stream().findFirst().orElse(0L))))));
    }

    private void reportApi(Map<String, BiConsumer<String, User>> c) {
        String period = reportPeriod();
        c.put("GET /api/v1/units/{id}/report", perUnit("/api/v1/units/{id}/report?" + period));
        c.put("GET /api/v1/units/{id}/report.{ext}", all(
                perUnit("/api/v1/units/{id}/report.xlsx?" + period, false, EXPORT_SAMPLE),
                perRecord(this::allReportDrafts, ReportDraftRecord::unitId, this::what, Permission.READ,
                        (u, d) -> get("/api/v1/units/{id}/report.docx?" + period + "&draft=" + d.id(), d.unitId()))));
        c.put("GET /api/v1/units/{id}/report-drafts", perUnit("/api/v1/units/{id}/report-drafts"));
        c.put("GET /api/v1/units/{id}/report-drafts/{draftId}", all(
                perRecord(this::allReportDrafts, ReportDraftRecord::unitId, this::what, Permission.READ,
                        (u, d) -> get("/api/v1/units/{id}/report-drafts/{d}", d.unitId(), d.id()))));
        String body = """
                {"kind":"RANGE","from":"2025-01-01","to":"%s","results":"Bản sửa","version":"2020-01-01T00:00:00Z"}
                """.formatted(today);
        c.put("POST /api/v1/units/{id}/report-drafts", draftsUnchanged(refusedOnUnits((u, x) ->
                json(post("/api/v1/units/{id}/report-drafts", x.id()), body))));
        c.put("PUT /api/v1/units/{id}/report-drafts/{draftId}", draftsUnchanged(all(
                refusedOnRecords(this::allReportDrafts, ReportDraftRecord::unitId, this::what,
                        (u, d) -> json(put("/api/v1/units/{id}/report-drafts/{d}", d.unitId(), d.id()), body)),
                (e, u) -> crossRecords(e, u, reportDrafts.values(), ReportDraftRecord::unitId, this::what,
                        (x, d) -> json(put("/api/v1/units/{id}/report-drafts/{d}", x.id(), d.id()), body)))));
        reportRequestApi(c);
    }

    /** A request asked for under a unit the user may read that did not issue it: not found there. */
    private BiConsumer<String, User> requestUnderAnotherUnit(String path) {
        return (e, u) -> {
            List<Unit> mine = units.values().stream().filter(x -> can(u, Permission.READ, x.id())).toList();
            for (ReportRequestRecord r : recordsToCall(u, Permission.READ, reportRequests.values(),
                    ReportRequestRecord::unitId, 0)) {
                Unit other = pick(mine);
                if (other.id() != r.unitId()) {
                    expectStatus(e, u, call(e, u, Permission.READ, get(path, other.id(), r.id())), 404,
                            what(r) + " under " + what(other));
                }
            }
        };
    }

    private void reportRequestApi(Map<String, BiConsumer<String, User>> c) {
        c.put("GET /api/v1/units/{id}/report-requests", perUnit("/api/v1/units/{id}/report-requests"));
        c.put("POST /api/v1/units/{id}/report-requests", draftsUnchanged(refusedOnUnits((u, x) ->
                json(post("/api/v1/units/{id}/report-requests", x.id()), """
                        {"document":"Hướng dẫn số 06","issuedOn":"%s","kind":"RANGE","from":"2025-01-01","to":"%s",
                         "deadline":"%s","units":[%d]}
                        """.formatted(today, today, today.plusDays(5), x.id())))));
        c.put("GET /api/v1/units/{id}/report-requests/{requestId}", all(
                perRecord(this::allReportRequests, ReportRequestRecord::unitId, this::what, Permission.READ,
                        (u, r) -> get("/api/v1/units/{id}/report-requests/{r}", r.unitId(), r.id())),
                requestUnderAnotherUnit("/api/v1/units/{id}/report-requests/{r}")));
        c.put("GET /api/v1/units/{id}/report-requests/{requestId}/consolidated.{ext}",
                perRecord(this::allReportRequests, ReportRequestRecord::unitId, this::what, Permission.READ,
                        (u, r) -> get("/api/v1/units/{id}/report-requests/{r}/consolidated.xlsx", r.unitId(), r.id())));
        c.put("POST /api/v1/units/{id}/report-requests/{requestId}/returns", draftsUnchanged(all(
                refusedOnRecords(this::allReportRequests, ReportRequestRecord::unitId, this::what,
                        (u, r) -> json(post("/api/v1/units/{id}/report-requests/{r}/returns", r.unitId(), r.id()),
                                "{\"unit\":%d,\"comment\":\"Bổ sung\"}".formatted(r.unitId()))),
                (e, u) -> crossRecords(e, u, reportRequests.values(), ReportRequestRecord::unitId, this::what,
                        (x, r) -> json(post("/api/v1/units/{id}/report-requests/{r}/returns", x.id(), r.id()),
                                "{\"unit\":%d,\"comment\":\"Bổ sung\"}".formatted(x.id()))))));
        c.put("POST /api/v1/units/{id}/report-drafts/{draftId}/submission", draftsUnchanged(
                refusedOnRecords(this::allReportDrafts, ReportDraftRecord::unitId, this::what,
                        (u, d) -> json(post("/api/v1/units/{id}/report-drafts/{d}/submission", d.unitId(), d.id()),
                                "{\"request\":%d}".formatted(reportRequests.keySet().stream().findFirst().orElse(0L))))));
    }
}
