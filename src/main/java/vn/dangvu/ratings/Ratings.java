package vn.dangvu.ratings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.ratings.RatingViews.Annulment;
import vn.dangvu.ratings.RatingViews.BranchSheet;
import vn.dangvu.ratings.RatingViews.CapCheck;
import vn.dangvu.ratings.RatingViews.Counts;
import vn.dangvu.ratings.RatingViews.MemberRow;
import vn.dangvu.ratings.RatingViews.Overview;
import vn.dangvu.ratings.RatingViews.Saved;
import vn.dangvu.ratings.RatingViews.State;
import vn.dangvu.ratings.RatingViews.UnitRow;

/**
 * Rates members and organizations for a period and answers the screens. A save either writes every
 * rating it was given or, when one breaks a {@link RatingRule}, nothing. Who may act where is asked
 * of {@link UnitAccess} by the callers, except annulment, whose rule (a superior of the deciding
 * unit) is checked here.
 */
@Service
@Transactional
public class Ratings {

    private static final String MEMBER_STATUSES = "('PROBATIONARY', 'OFFICIAL')";

    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final Clock clock;

    static final String RECORD_TYPE = "rating";

    private final org.springframework.context.ApplicationEventPublisher events;

    Ratings(JdbcClient jdbc, UnitAccess access, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- who decides --------------------------------------------------------------------------------

    private record ChainUnit(long id, String name, UnitType type, int depth) {
    }

    private List<ChainUnit> chain(UnitId unit, LocalDate on) {
        return jdbc.sql("""
                select u.id, u.name, u.type, a.depth from org_unit_ancestry a join org_unit u on u.id = a.ancestor_id
                 where a.descendant_id = :u and a.valid_from <= :d and a.valid_to > :d order by a.depth
                """).param("u", unit.value()).param("d", on)
                .query((rs, n) -> new ChainUnit(rs.getLong(1), rs.getString(2), UnitType.valueOf(rs.getString(3)),
                        rs.getInt(4)))
                .list();
    }

    private ChainUnit self(UnitId unit, RatingPeriod period) {
        List<ChainUnit> c = chain(unit, period.rosterDay(today()));
        if (!c.isEmpty()) {
            return c.getFirst();
        }
        // not standing on the roster day (dissolved, or not yet established): shown, but nothing to decide
        return jdbc.sql("select id, name, type, 0 from org_unit where id = :u").param("u", unit.value())
                .query((rs, n) -> new ChainUnit(rs.getLong(1), rs.getString(2), UnitType.valueOf(rs.getString(3)), 0))
                .optional().orElseThrow(() -> new NotFoundException("unit", unit));
    }

    /** {@link RatingRule#COMPETENT_UNIT}: the grassroots organization the branch stands in decides its members' ratings. */
    @Transactional(readOnly = true)
    public Optional<UnitId> memberDecider(UnitId branch, RatingPeriod period) {
        return RatingRule.memberDecider(chain(branch, period.rosterDay(today())), ChainUnit::type)
                .map(u -> UnitId.of(u.id()));
    }

    /** {@link RatingRule#COMPETENT_UNIT}: an organization's direct superior decides its rating. */
    @Transactional(readOnly = true)
    public Optional<UnitId> unitDecider(UnitId unit, RatingPeriod period) {
        return chain(unit, period.rosterDay(today())).stream().filter(u -> u.depth() == 1).findFirst()
                .map(u -> UnitId.of(u.id()));
    }

    // --- members ------------------------------------------------------------------------------------

    /**
     * The branch's members in the period (on its last day, or today while it runs) and those rated in
     * it, each listed only while {@code readable} reaches where the member stands now.
     */
    @Transactional(readOnly = true)
    public BranchSheet branchSheet(UnitId branch, RatingPeriod period, UnitScope readable) {
        ChainUnit unit = self(branch, period);
        List<MemberRow> members = !unit.type().isBranch() ? List.of() : jdbc.sql("""
                select m.id, m.full_name, coalesce(p.status, 'OFFICIAL') as status, r.level, r.state, r.decided_by, r.decided_at,
                       r.id
                  from member m
                  left join member_period p on p.member_id = m.id and p.unit_id = :b
                                           and p.valid_from <= :day and p.valid_to > :day and p.status in %s
                  left join rating r on r.member_id = m.id and r.period_kind = :kind and r.period_from = :from
                                    and r.state <> 'ANNULLED'
                 where (p.member_id is not null or (r.id is not null and r.unit_id = :b)) and %s
                 order by m.sort_key, m.id
                """.formatted(MEMBER_STATUSES, readable.predicate("m.unit_id")))
                .params(readable.parameters()).param("b", branch.value()).param("day", period.rosterDay(today()))
                .param("kind", period.kind().name()).param("from", period.from())
                .query((rs, n) -> new MemberRow(new MemberId(rs.getLong(1)), rs.getString(2),
                        MemberStatus.valueOf(rs.getString(3)), level(rs.getString(4)), state(rs.getString(5)),
                        rs.getString(6), instant(rs.getTimestamp(7)), (Long) rs.getObject(8)))
                .list();
        Optional<UnitId> decider = memberDecider(branch, period);
        // the grassroots organization above the branch may be out of a branch secretary's reach: no name then
        boolean named = decider.isPresent() && jdbc.sql("select exists(select 1 from org_unit g where g.id = :g and "
                + readable.predicate("g.id") + ")").params(readable.parameters()).param("g", decider.get().value())
                .query(Boolean.class).single();
        String deciderName = !named ? null : decider.flatMap(d -> chain(branch, period.rosterDay(today())).stream()
                .filter(c -> c.id() == d.value()).findFirst()).map(ChainUnit::name).orElse(null);
        UnitRow own = unitRow(branch, unit.name(), unit.type(), period);
        return new BranchSheet(branch, unit.name(), period, members, decider.orElse(null), deciderName, own,
                annulled(branch, period, readable),
                decider.map(d -> cap(d, period)).map(c -> named ? c : c.withoutName()).orElse(null));
    }

    /**
     * Saves the levels of a branch's members for the period, as drafts or decided (locked). A member
     * already decided keeps their level: a different one is refused ({@link RatingRule#LOCKED}).
     */
    public Saved rateMembers(UnitId branch, RatingPeriod period, Map<MemberId, RatingLevel> levels, boolean decide) {
        ChainUnit unit = self(branch, period);
        Optional<UnitId> decider = memberDecider(branch, period);
        if (!unit.type().isBranch()) {
            throw RatingRule.MEMBER_IN_PERIOD.violation("not-branch", unit.name());
        }
        if (decider.isEmpty()) {
            throw RatingRule.COMPETENT_UNIT.violation("no-decider", unit.name());
        }
        String actor = actor();
        int written = 0;
        for (var e : levels.entrySet()) {
            MemberId member = e.getKey();
            RatingLevel level = e.getValue();
            boolean wasMember = jdbc.sql("""
                    select exists(select 1 from member_period where member_id = :m and unit_id = :b and status in %s
                                     and valid_from <= :to and valid_to > :from)
                    """.formatted(MEMBER_STATUSES))
                    .param("m", member.value()).param("b", branch.value()).param("from", period.from())
                    .param("to", period.to()).query(Boolean.class).single();
            RatingRule.checkMemberInPeriod(wasMember, memberName(member), period.label());
            Optional<Live> live = live("member_id", member.value(), period);
            written += write(period, live, level, decide, decider.get(), actor, "member", member.value(),
                    Set.of(branch.value()), () -> jdbc.sql("""
                    insert into rating (member_id, unit_id, period_kind, period_from, period_to, level, state,
                                        decided_by_unit_id, decided_by, decided_at, recorded_by)
                    values (:m, :u, :kind, :from, :to, :level, :state, :decider, :by, :at, :rec) returning id
                    """).param("m", member.value()).param("u", branch.value()));
        }
        return new Saved(written, cap(decider.get(), period));
    }

    // --- organizations ------------------------------------------------------------------------------

    /**
     * Saves the levels of organizations decided by {@code superior} (its direct subordinates), as
     * drafts or decided. Deciding one needs its members and its own subordinates decided first
     * ({@link RatingRule#LOWER_LEVELS_FIRST}).
     */
    public Saved rateOrganizations(UnitId superior, RatingPeriod period, Map<UnitId, RatingLevel> levels,
            boolean decide) {
        String actor = actor();
        int written = 0;
        for (var e : levels.entrySet()) {
            UnitId unit = e.getKey();
            boolean existed = jdbc.sql("""
                    select exists(select 1 from org_unit where id = :u and established_on <= :to and dissolved_on > :from)
                    """).param("u", unit.value()).param("from", period.from()).param("to", period.to())
                    .query(Boolean.class).single();
            if (!existed) {
                throw RatingRule.UNIT_IN_PERIOD.violation("unit-absent", period.label());
            }
            ChainUnit self = self(unit, period);
            Optional<UnitId> decider = unitDecider(unit, period);
            if (decider.isEmpty() || !decider.get().equals(superior)) {
                throw RatingRule.COMPETENT_UNIT.violation("not-superior", self.name());
            }
            Optional<Live> live = live("subject_unit_id", unit.value(), period);
            if (decide && !(live.isPresent() && live.get().decided())) {
                RatingRule.checkLowerLevelsFirst(undecidedBelow(unit, self.type(), period));
            }
            written += write(period, live, e.getValue(), decide, superior, actor, "subjectUnit", unit.value(),
                    Set.of(unit.value(), superior.value()), () -> jdbc.sql("""
                    insert into rating (subject_unit_id, unit_id, period_kind, period_from, period_to, level, state,
                                        decided_by_unit_id, decided_by, decided_at, recorded_by)
                    values (:m, :u, :kind, :from, :to, :level, :state, :decider, :by, :at, :rec) returning id
                    """).param("m", unit.value()).param("u", unit.value()));
        }
        return new Saved(written, null);
    }

    /** Names of the members (of a branch) and direct subordinate organizations not yet decided for the period. */
    private List<String> undecidedBelow(UnitId unit, UnitType type, RatingPeriod period) {
        LocalDate day = period.rosterDay(today());
        List<String> names = new ArrayList<>();
        if (type.isBranch()) {
            names.addAll(jdbc.sql("""
                    select m.full_name from member_period p join member m on m.id = p.member_id
                     where p.unit_id = :b and p.status in %s and p.valid_from <= :day and p.valid_to > :day
                       and not exists (select 1 from rating r where r.member_id = m.id and r.period_kind = :kind
                                          and r.period_from = :from and r.state = 'DECIDED')
                    """.formatted(MEMBER_STATUSES))
                    .param("b", unit.value()).param("day", day).param("kind", period.kind().name())
                    .param("from", period.from()).query(String.class).list());
        }
        names.addAll(jdbc.sql("""
                select u.name from org_unit_ancestry a join org_unit u on u.id = a.descendant_id
                 where a.ancestor_id = :u and a.depth = 1 and a.valid_from <= :day and a.valid_to > :day
                   and not exists (select 1 from rating r where r.subject_unit_id = u.id and r.period_kind = :kind
                                      and r.period_from = :from and r.state = 'DECIDED')
                """).param("u", unit.value()).param("day", day).param("kind", period.kind().name())
                .param("from", period.from()).query(String.class).list());
        return names;
    }

    // --- annulment ----------------------------------------------------------------------------------

    /**
     * {@link RatingRule#LOCKED}: a superior of the deciding unit annuls a decided rating, stating why;
     * the rating is kept, marked annulled with who and when, and the subject may be rated again.
     */
    public void annul(long ratingId, String reason) {
        record Target(String state, long decider) {
        }
        Target t = jdbc.sql("select state, decided_by_unit_id from rating where id = :id for update")
                .param("id", ratingId)
                .query((rs, n) -> new Target(rs.getString(1), rs.getLong(2))).optional()
                .orElseThrow(() -> new NotFoundException("rating", ratingId));
        if (!"DECIDED".equals(t.state())) {
            throw RatingRule.LOCKED.violation("annul-decided");
        }
        Optional<Long> superior = superiorOf(t.decider());
        boolean bySuperior = superior.map(s -> access.can(Permission.WRITE, s)).orElse(access.canWriteEverywhere());
        RatingRule.checkAnnulment(bySuperior, reason);
        jdbc.sql("""
                update rating set state = 'ANNULLED', annulled_by = :by, annulled_at = :at, annul_reason = :why
                 where id = :id
                """).param("by", actor()).param("at", Timestamp.from(clock.instant())).param("why", reason.strip())
                .param("id", ratingId).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", "DECIDED");
        before.put("annulReason", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", "ANNULLED");
        after.put("annulReason", reason.strip());
        Set<Long> units = new java.util.LinkedHashSet<>();
        units.add(t.decider());
        jdbc.sql("select unit_id from rating where id = :id").param("id", ratingId).query(Long.class).optional()
                .ifPresent(units::add);
        events.publishEvent(new RecordChanged("RATING_ANNULLED", RECORD_TYPE, ratingId, units, before, after));
    }

    /** Whether the signed-in user may annul the rating: a decided one, by a superior of its deciding unit. */
    @Transactional(readOnly = true)
    public boolean mayAnnul(long ratingId) {
        Optional<Long> decider = jdbc.sql("select decided_by_unit_id from rating where id = :id and state = 'DECIDED'")
                .param("id", ratingId).query(Long.class).optional();
        if (decider.isEmpty()) {
            return false;
        }
        return superiorOf(decider.get()).map(s -> access.can(Permission.WRITE, s)).orElse(access.canWriteEverywhere());
    }

    private Optional<Long> superiorOf(long unit) {
        return jdbc.sql("""
                select ancestor_id from org_unit_ancestry where descendant_id = :u and depth = 1
                 and valid_from <= :d and valid_to > :d
                """).param("u", unit).param("d", today()).query(Long.class).optional();
    }

    /** The unit a rating counts in (for scope checks), if it exists. */
    @Transactional(readOnly = true)
    public Optional<UnitId> unitOfRating(long ratingId) {
        return jdbc.sql("select unit_id from rating where id = :id").param("id", ratingId).query(Long.class).optional()
                .map(UnitId::of);
    }

    // --- overview -----------------------------------------------------------------------------------

    /** Decided ratings under {@code root} for the period (the root's own rating not counted), its subordinates and the cap. */
    @Transactional(readOnly = true)
    public Overview overview(UnitId root, RatingPeriod period) {
        ChainUnit unit = self(root, period);
        Counts members = Counts.empty();
        Counts organizations = Counts.empty();
        jdbc.sql("""
                select r.member_id is not null as member, r.level, count(*)
                  from rating r
                  join org_unit_ancestry a on a.descendant_id = r.unit_id
                                          and a.valid_from <= r.period_to and a.valid_to > r.period_to
                 where a.ancestor_id = :root and r.state = 'DECIDED' and r.period_kind = :kind and r.period_from = :from
                   and (r.member_id is not null or a.depth > 0)
                 group by 1, 2
                """).param("root", root.value()).param("kind", period.kind().name()).param("from", period.from())
                .query((rs, n) -> {
                    Counts c = rs.getBoolean(1) ? members : organizations;
                    c.byLevel().put(RatingLevel.valueOf(rs.getString(2)), rs.getLong(3));
                    return null;
                }).list();
        List<UnitRow> subordinates = jdbc.sql("""
                select u.id, u.name, u.type, r.level, r.state, r.decided_by, r.decided_at, r.id
                  from org_unit_ancestry a
                  join org_unit u on u.id = a.descendant_id
                  left join rating r on r.subject_unit_id = u.id and r.period_kind = :kind and r.period_from = :from
                                    and r.state <> 'ANNULLED'
                 where a.ancestor_id = :root and a.depth = 1 and a.valid_from <= :day and a.valid_to > :day
                 order by u.name_folded, u.id
                """).param("root", root.value()).param("kind", period.kind().name()).param("from", period.from())
                .param("day", period.rosterDay(today()))
                .query((rs, n) -> new UnitRow(UnitId.of(rs.getLong(1)), rs.getString(2), UnitType.valueOf(rs.getString(3)),
                        level(rs.getString(4)), state(rs.getString(5)), rs.getString(6), instant(rs.getTimestamp(7)),
                        (Long) rs.getObject(8)))
                .list();
        List<CapCheck> exceeded = jdbc.sql(CAP + """
                   and g.id in (select descendant_id from org_unit_ancestry
                                 where ancestor_id = :root and valid_from <= :to and valid_to > :to)
                 group by g.id, g.name order by g.name_folded
                """).param("root", root.value()).param("kind", period.kind().name()).param("from", period.from())
                .param("to", period.to()).query(Ratings::capCheck).list()
                .stream().filter(CapCheck::exceeded).toList();
        return new Overview(root, unit.name(), period, members, organizations, subordinates,
                unitDecider(root, period).orElse(null), exceeded);
    }

    /** Member ratings (drafts too) per grassroots organization standing over the rated member's branch. */
    private static final String CAP = """
            select g.id, g.name,
                   count(*) filter (where r.level = 'EXCELLENT') as excellent,
                   count(*) filter (where r.level = 'GOOD') as good
              from rating r
              join org_unit_ancestry a on a.descendant_id = r.unit_id
                                      and a.valid_from <= r.period_to and a.valid_to > r.period_to
              join org_unit g on g.id = a.ancestor_id and g.type in ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_BRANCH')
             where r.member_id is not null and r.state <> 'ANNULLED' and r.period_kind = :kind and r.period_from = :from
            """;

    private CapCheck cap(UnitId grassroots, RatingPeriod period) {
        return jdbc.sql(CAP + " and g.id = :g group by g.id, g.name")
                .param("g", grassroots.value()).param("kind", period.kind().name()).param("from", period.from())
                .query(Ratings::capCheck).optional()
                .orElseGet(() -> new CapCheck(grassroots, jdbc.sql("select name from org_unit where id = :g")
                        .param("g", grassroots.value()).query(String.class).single(), 0, 0));
    }

    private static CapCheck capCheck(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CapCheck(UnitId.of(rs.getLong(1)), rs.getString(2), rs.getLong(3), rs.getLong(4));
    }

    // --- plumbing -----------------------------------------------------------------------------------

    private record Live(long id, RatingLevel level, boolean decided) {
    }

    private Optional<Live> live(String column, long subject, RatingPeriod period) {
        return jdbc.sql("""
                select id, level, state from rating
                 where %s = :s and period_kind = :kind and period_from = :from and state <> 'ANNULLED' for update
                """.formatted(column))
                .param("s", subject).param("kind", period.kind().name()).param("from", period.from())
                .query((rs, n) -> new Live(rs.getLong(1), RatingLevel.valueOf(rs.getString(2)),
                        "DECIDED".equals(rs.getString(3))))
                .optional();
    }

    private int write(RatingPeriod period, Optional<Live> live, RatingLevel level, boolean decide, UnitId decider, String actor,
            String subjectKey, long subject, Set<Long> units, java.util.function.Supplier<JdbcClient.StatementSpec> insert) {
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(subjectKey, subject);
        after.put("periodKind", period.kind().name());
        after.put("periodFrom", period.from());
        after.put("periodTo", period.to());
        after.put("level", level.name());
        after.put("state", decide ? "DECIDED" : "DRAFT");
        after.put("decider", decider.value());
        if (live.isPresent()) {
            Live l = live.get();
            if (l.decided()) {
                RatingRule.checkNotLocked(l.level() != level);
                return 0;
            }
            Map<String, Object> before = new LinkedHashMap<>(after);
            before.put("level", l.level().name());
            before.put("state", "DRAFT");
            events.publishEvent(new RecordChanged(decide ? "RATING_DECIDED" : "RATING_DRAFTED", RECORD_TYPE, l.id(),
                    units, before, after));
            return jdbc.sql("""
                    update rating set level = :level, state = :state, decided_by_unit_id = :decider,
                           decided_by = :by, decided_at = :at, recorded_by = :rec, recorded_at = :now where id = :id
                    """).param("level", level.name()).param("state", decide ? "DECIDED" : "DRAFT")
                    .param("decider", decider.value()).param("by", decide ? actor : null)
                    .param("at", decide ? now : null).param("rec", actor).param("now", now).param("id", l.id()).update();
        }
        long id = insert.get().param("kind", period.kind().name()).param("from", period.from()).param("to", period.to())
                .param("level", level.name()).param("state", decide ? "DECIDED" : "DRAFT")
                .param("decider", decider.value()).param("by", decide ? actor : null).param("at", decide ? now : null)
                .param("rec", actor).query(Long.class).single();
        events.publishEvent(new RecordChanged(decide ? "RATING_DECIDED" : "RATING_DRAFTED", RECORD_TYPE, id, units,
                null, after));
        return 1;
    }

    private String memberName(MemberId member) {
        return jdbc.sql("select full_name from member where id = :m").param("m", member.value()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("member", member));
    }

    private UnitRow unitRow(UnitId unit, String name, UnitType type, RatingPeriod period) {
        return jdbc.sql("""
                select level, state, decided_by, decided_at, id from rating
                 where subject_unit_id = :u and period_kind = :kind and period_from = :from and state <> 'ANNULLED'
                """).param("u", unit.value()).param("kind", period.kind().name()).param("from", period.from())
                .query((rs, n) -> new UnitRow(unit, name, type, level(rs.getString(1)), state(rs.getString(2)),
                        rs.getString(3), instant(rs.getTimestamp(4)), rs.getLong(5)))
                .optional().orElse(new UnitRow(unit, name, type, null, null, null, null, null));
    }

    private List<Annulment> annulled(UnitId branch, RatingPeriod period, UnitScope readable) {
        return jdbc.sql("""
                select r.id, coalesce(m.full_name, u.name), r.level, r.decided_by, r.decided_at, r.annulled_by,
                       r.annulled_at, r.annul_reason
                  from rating r left join member m on m.id = r.member_id left join org_unit u on u.id = r.subject_unit_id
                 where r.unit_id = :b and r.state = 'ANNULLED' and r.period_kind = :kind and r.period_from = :from
                   and (m.id is null or %s)
                 order by r.annulled_at desc, r.id desc
                """.formatted(readable.predicate("m.unit_id"))).params(readable.parameters()).param("b", branch.value()).param("kind", period.kind().name()).param("from", period.from())
                .query((rs, n) -> new Annulment(rs.getLong(1), rs.getString(2), RatingLevel.valueOf(rs.getString(3)),
                        rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6), instant(rs.getTimestamp(7)),
                        rs.getString(8)))
                .list();
    }

    private static String actor() {
        return vn.dangvu.accounts.Actor.current().name();
    }

    private static RatingLevel level(String s) {
        return s == null ? null : RatingLevel.valueOf(s);
    }

    private static State state(String s) {
        return s == null ? null : State.valueOf(s);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
