package vn.dangvu.members;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.MemberViews.Reminder;
import vn.dangvu.members.MemberViews.SearchPage;
import vn.dangvu.members.MemberViews.ReminderKind;
import vn.dangvu.members.MemberViews.TimelineEntry;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.UnitScope;

/**
 * Reads of the member records: a member's page, lists in Vietnamese order, search without
 * diacritics, counts by status as of any date, and the reminders a unit has to act on. Every query
 * that spans units goes through the temporal closure of the tree.
 */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

    private static final String SUMMARY_COLUMNS = """
            m.id, m.full_name, m.sex, m.birth_date, m.status, m.unit_id, m.admitted_on, m.party_age_from, m.exempt,
            (select u.name from org_unit u where u.id = m.unit_id) as unit_name
            """;

    private final JdbcClient jdbc;
    private final MemberStore store;
    private final MembershipPolicy policy;
    private final WorkingDays workingDays;
    private final Clock clock;

    MemberDirectory(JdbcClient jdbc, MemberStore store, MembershipPolicy policy, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Optional<MemberView> find(MemberId id) {
        return jdbc.sql("""
                select m.*, (select u.name from org_unit u where u.id = m.unit_id) as unit_name
                  from member m where m.id = ?
                """).param(id.value()).query(MemberDirectory::mapView).optional();
    }

    /** The identity number in clear: callers check the right to see it and audit the reveal. */
    public Optional<String> identityNumber(MemberId id) {
        return jdbc.sql("select identity_number from member where id = ?").param(id.value()).query(String.class)
                .optional();
    }

    /** The unit a member belongs to now, for scope checks. */
    public Optional<UnitId> unitOf(MemberId id) {
        return jdbc.sql("select unit_id from member where id = ?").param(id.value())
                .query((rs, n) -> new UnitId(rs.getLong(1))).optional();
    }

    public MemberHistory history(MemberId id) {
        LocalDate birth = jdbc.sql("select birth_date from member where id = ?").param(id.value())
                .query(LocalDate.class).single();
        return MemberHistory.restore(birth, store.events(id), policy);
    }

    public List<TimelineEntry> timeline(MemberId id) {
        List<MemberEvent> events = store.events(id);
        record CountedIn(UnitId unit, String name) {
        }
        List<CountedIn> units = jdbc.sql("""
                select e.unit_id, coalesce((select u.name from org_unit u where u.id = e.unit_id), '')
                  from member_event e
                 where e.member_id = ? order by e.seq
                """).param(id.value())
                .query((rs, n) -> new CountedIn(rs.getObject(1) == null ? null : new UnitId(rs.getLong(1)),
                        rs.getString(2)))
                .list();
        List<TimelineEntry> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            MemberEvent e = events.get(i);
            out.add(new TimelineEntry(i + 1, e.kind(), e.on(), units.get(i).name(), e, units.get(i).unit()));
        }
        return out;
    }

    /**
     * Members of a branch, or of a whole subtree, in Vietnamese order: by given name, then middle
     * names, then family name. Current members by default; {@code filter.on} looks at a past day.
     */
    public Page<MemberSummary> list(MemberFilter filter, int page, int size) {
        return list(filter, null, page, size);
    }

    /**
     * {@link #list(MemberFilter, int, int)} as a user limited to the scope's units (null: the whole tree)
     * may see it: only people whose branch the scope reaches today, counted in a branch it reaches today.
     * On a past day a branch held people who have since moved out of the user's reach, and a subtree held
     * branches since handed over out of it; the list names neither.
     */
    public Page<MemberSummary> list(MemberFilter filter, Collection<UnitId> scope, int page, int size) {
        if (scope != null && scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        var params = new java.util.HashMap<String, Object>();
        String from = listFrom(filter, scope, params);
        List<MemberSummary> items = jdbc.sql("""
                select m.id, m.full_name, m.sex, m.birth_date, p.status, p.unit_id, m.admitted_on, m.party_age_from,
                       p.exempt, (select u.name from org_unit u where u.id = p.unit_id) as unit_name
                """ + from + " order by m.sort_key, m.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(MemberDirectory::mapSummary).list();
        long total = jdbc.sql("select count(*) " + from).params(params).query(Long.class).single();
        return new Page<>(items, page, size, total);
    }

    /**
     * The whole list that {@link #list(MemberFilter, Collection, int, int)} pages through, with every
     * column of the member workbook, in the same order, streamed to {@code sink}: the identity number
     * comes in clear, for the caller to mask or to show by right.
     */
    void forEachWorkbookRow(MemberFilter filter, Collection<UnitId> scope,
            java.util.function.Consumer<WorkbookRow> sink) {
        var params = new java.util.HashMap<String, Object>();
        String from = listFrom(filter, scope, params);
        jdbc.sql("""
                select m.full_name, m.sex, m.birth_date, m.ethnicity, m.religion, m.hometown, m.address,
                       m.identity_number, m.education, m.theory_level, m.occupation, m.workplace, m.party_card_number,
                       m.phone, m.email, (select u.code from org_unit u where u.id = p.unit_id) as branch_code,
                       -- the day they came to this branch: the record opened, registration, or the transfer in
                       (select max(e.occurred_on) from member_event e
                         where e.member_id = m.id and e.unit_id = p.unit_id and e.occurred_on <= :d
                           and e.kind in ('RecordOpened', 'CandidateRegistered', 'Transferred')) as joined_on,
                       m.admitted_on, m.ceremony_on,
                       -- official since: as the opened paper file says, else the first official period of this admission
                       case when p.status = 'OFFICIAL' then coalesce(
                           (select cast(e.payload ->> 'officialFrom' as date) from member_event e
                             where e.member_id = m.id and e.seq = 1 and e.kind = 'RecordOpened'
                               and cast(e.payload ->> 'admittedOn' as date) = m.admitted_on),
                           (select min(q.valid_from) from member_period q
                             where q.member_id = m.id and q.status = 'OFFICIAL' and q.valid_from >= m.admitted_on))
                       end as official_on
                """ + from + " order by m.sort_key, m.id")
                .params(params).withFetchSize(1000)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(new WorkbookRow(rs.getString("full_name"),
                        Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("ethnicity"), rs.getString("religion"), rs.getString("hometown"),
                        rs.getString("address"), rs.getString("identity_number"), rs.getString("education"),
                        rs.getString("theory_level"), rs.getString("occupation"), rs.getString("workplace"),
                        rs.getString("party_card_number"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("branch_code"), rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("admitted_on", LocalDate.class), rs.getObject("ceremony_on", LocalDate.class),
                        rs.getObject("official_on", LocalDate.class))));
    }

    /** One line of the member workbook. */
    record WorkbookRow(String fullName, Sex sex, LocalDate birthDate, String ethnicity, String religion,
            String hometown, String address, String identityNumber, String education, String theoryLevel,
            String occupation, String workplace, String partyCardNumber, String phone, String email, String branchCode,
            LocalDate joinedOn, LocalDate admittedOn, LocalDate ceremonyOn, LocalDate officialOn) {
    }

    /** The from and where clauses of a member list as the scope (null: the whole tree) sees it, filling in {@code params}. */
    private String listFrom(MemberFilter filter, Collection<UnitId> scope, Map<String, Object> params) {
        LocalDate on = filter.on() == null ? LocalDate.now(clock) : filter.on();
        var where = new StringBuilder();
        params.put("d", on);
        if (scope != null) {
            UnitScope within = new UnitScope(false, scope.stream().map(UnitId::value).collect(Collectors.toSet()),
                    LocalDate.now(clock));
            where.append(" and ").append(within.predicate("m.unit_id"))
                    .append(" and ").append(within.predicate("p.unit_id"));
            params.putAll(within.parameters());
        }
        if (filter.subtree()) {
            where.append("""
                     and p.unit_id in (select a.descendant_id from org_unit_ancestry a
                                        where a.ancestor_id = :unit and a.valid_from <= :d and a.valid_to > :d)
                    """);
        } else {
            where.append(" and p.unit_id = :unit");
        }
        params.put("unit", filter.unit().value());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and p.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.minAge() != null) {
            where.append(" and m.birth_date <= :bornBy");
            params.put("bornBy", on.minusYears(filter.minAge()));
        }
        if (filter.maxAge() != null) {
            where.append(" and m.birth_date > :bornAfter");
            params.put("bornAfter", on.minusYears(filter.maxAge() + 1L));
        }
        if (filter.minPartyYears() != null) {
            where.append(" and m.party_age_from <= :partyBy");
            params.put("partyBy", on.minusYears(filter.minPartyYears()));
        }
        if (filter.maxPartyYears() != null) {
            where.append(" and m.party_age_from > :partyAfter");
            params.put("partyAfter", on.minusYears(filter.maxPartyYears() + 1L));
        }
        return """
                  from member_period p join member m on m.id = p.member_id
                 where p.valid_from <= :d and p.valid_to > :d
                """ + where;
    }

    /**
     * People whose name holds the words typed, folded: "nguyen van san" finds "Nguyễn Văn Sẵn", and the
     * last word may be cut short ("nguyen van sa"). People whose whole name is what was typed come first,
     * then the others by name in Vietnamese order (given name, middle names, family name, diacritics last),
     * then by {@code sort_key}. With a scope, only those whose branch stands today under one of the scope's
     * units, filtered before paging. Matches are counted up to {@link SearchPage#COUNT_LIMIT}.
     *
     * <p>How it stays fast over millions of people (V82): people share a few tens of thousands of
     * distinct names, so the words are looked up in the dictionary {@code member_name} (a GIN index over
     * its words), and the people of the matching names are read, in the order shown, from the B-tree
     * {@code member_name_sort_idx (name_folded, sort_key, id) include (unit_id)} one name after another,
     * stopping at the end of the page; only the page's rows are read from the table.
     */
    public SearchPage search(String query, Collection<UnitId> scope, int page, int size) {
        NameQuery name = NameQuery.of(query);
        if (name.isEmpty() || scope != null && scope.isEmpty()) {
            return new SearchPage(List.of(), page, size, 0, false);
        }
        LocalDate today = LocalDate.now(clock);
        var params = new java.util.HashMap<String, Object>();
        params.put("words", name.textSearch());
        params.put("d", today);
        if (scope != null) {
            params.put("scope", scope.stream().map(UnitId::value).toList());
        }
        long offset = (long) page * size;
        List<MemberSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + """
                  from (select p.id, n.other, n.order_key, n.name_folded, p.sort_key
                          from (select n.name_folded, n.name_folded <> :exact as other, n.order_key
                                  from member_name n
                                 where n.words @@ to_tsquery('simple', :words)
                                 order by 2, 3, 1) n
                          join member p on p.name_folded = n.name_folded
                """ + within("p", scope) + """
                         order by n.other, n.order_key, n.name_folded, p.sort_key, p.id
                         limit :limit offset :offset) p
                  join member m on m.id = p.id
                 order by p.other, p.order_key, p.name_folded, p.sort_key, p.id
                """).params(params).param("exact", name.exactName()).param("limit", size).param("offset", offset)
                .query(MemberDirectory::mapSummary).list();
        long counted;
        if (!items.isEmpty() && items.size() < size) {
            counted = offset + items.size(); // the last page: everything before it was full
        } else if (items.isEmpty() && page == 0) {
            counted = 0;
        } else {
            // people of the matching names, one name after another, until one more than the limit is found
            counted = jdbc.sql("""
                    select count(*) from (select 1 from member_name n join member p on p.name_folded = n.name_folded
                                           where n.words @@ to_tsquery('simple', :words)
                    """ + within("p", scope) + """
                                           limit :cap) x
                    """).params(params).param("cap", SearchPage.COUNT_LIMIT + 1).query(Long.class).single();
        }
        boolean more = counted > SearchPage.COUNT_LIMIT;
        return new SearchPage(items, page, size, more ? SearchPage.COUNT_LIMIT : counted, more);
    }

    /** Only people whose branch stands today under one of the scope's units (none: the whole tree). */
    private static String within(String member, Collection<UnitId> scope) {
        return scope == null ? "" : """
                 and %s.unit_id in (select a.descendant_id from org_unit_ancestry a
                                     where a.ancestor_id in (:scope) and a.valid_from <= :d and a.valid_to > :d)
                """.formatted(member);
    }

    /** How many people of each status belong to the unit's subtree on the date (the unit itself included). */
    public Map<MemberStatus, Long> countByStatus(UnitId root, LocalDate on) {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus s : List.of(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL)) {
            counts.put(s, 0L);
        }
        jdbc.sql("""
                select p.status, count(*)
                  from org_unit_ancestry a
                  join member_period p on p.unit_id = a.descendant_id and p.valid_from <= :d and p.valid_to > :d
                 where a.ancestor_id = :root and a.valid_from <= :d and a.valid_to > :d
                 group by p.status
                """).param("root", root.value()).param("d", on)
                .query((rs, n) -> Map.entry(MemberStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /**
     * What the unit's subtree has to act on today: probations ending within 30 days, recognitions
     * overdue, candidates whose certificate or papers are going stale, and badges due at the next
     * presentation day.
     */
    public List<Reminder> reminders(UnitId root, LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        String subtree = """
                 m.unit_id in (select a.descendant_id from org_unit_ancestry a
                                where a.ancestor_id = :root and a.valid_from <= :d and a.valid_to > :d)
                """;
        jdbc.sql("""
                select m.id, m.full_name, m.probation_ends_on, u.name from member m join org_unit u on u.id = m.unit_id
                 where m.status = 'PROBATIONARY' and m.probation_ends_on is not null and m.probation_ends_on <= :soon and
                """ + subtree + " order by m.probation_ends_on, m.id limit 500")
                .param("root", root.value()).param("d", today).param("soon", today.plusDays(30))
                .query((rs, n) -> {
                    LocalDate end = rs.getObject(3, LocalDate.class);
                    LocalDate deadline = workingDays.addWorkingDays(end,
                            policy.recognitionReviewWorkingDays() + policy.recognitionDecisionWorkingDays());
                    boolean overdue = today.isAfter(deadline);
                    boolean ending = !end.isBefore(today);
                    return overdue ? new Reminder(ReminderKind.RECOGNITION_OVERDUE, new MemberId(rs.getLong(1)),
                            rs.getString(2), rs.getString(4), deadline, null)
                            : ending ? new Reminder(ReminderKind.PROBATION_ENDING, new MemberId(rs.getLong(1)),
                                    rs.getString(2), rs.getString(4), end, null) : null;
                }).list().stream().filter(java.util.Objects::nonNull).forEach(out::add);
        jdbc.sql("""
                select m.id, m.full_name, m.certificate_on, m.candidate_since, u.name
                  from member m join org_unit u on u.id = m.unit_id
                 where m.status = 'CANDIDATE' and (m.certificate_on <= :certBy or m.candidate_since <= :papersBy) and
                """ + subtree + " order by m.candidate_since, m.id limit 500")
                .param("root", root.value()).param("d", today)
                .param("certBy", today.plusDays(60).minusMonths(policy.certificateValidityMonths()))
                .param("papersBy", today.plusDays(60).minusMonths(policy.papersValidityMonths()))
                .query((rs, n) -> {
                    LocalDate cert = rs.getObject(3, LocalDate.class);
                    LocalDate since = rs.getObject(4, LocalDate.class);
                    if (cert != null && !cert.plusMonths(policy.certificateValidityMonths()).isAfter(today.plusDays(60))) {
                        return new Reminder(ReminderKind.CERTIFICATE_EXPIRING, new MemberId(rs.getLong(1)), rs.getString(2),
                                rs.getString(5), cert.plusMonths(policy.certificateValidityMonths()), null);
                    }
                    return new Reminder(ReminderKind.PAPERS_STALE, new MemberId(rs.getLong(1)), rs.getString(2),
                            rs.getString(5), since.plusMonths(policy.papersValidityMonths()), null);
                }).list().forEach(out::add);
        out.addAll(badgesDue(root, MemberHistory.nextPresentationDay(today, policy), 500));
        return out;
    }

    /** Official members in the subtree due a badge on the presentation day: the highest milestone reached and not yet presented. */
    public List<Reminder> badgesDue(UnitId root, LocalDate presentationDay, int limit) {
        Integer[] milestones = policy.badgeYears().toArray(Integer[]::new);
        return jdbc.sql("""
                select m.id, m.full_name, u.name, due.years
                  from member m
                  join org_unit u on u.id = m.unit_id
                  cross join lateral (select max(y) as years from unnest(cast(:milestones as integer[])) y
                                       where m.party_age_from + make_interval(years => y) <= :day
                                         and not (y = any(m.badges))) due
                 where m.status = 'OFFICIAL' and m.party_age_from <= :earliest and due.years is not null
                   and not (due.years = any(m.badges))
                   and m.unit_id in (select a.descendant_id from org_unit_ancestry a
                                      where a.ancestor_id = :root and a.valid_from <= :today and a.valid_to > :today)
                 order by due.years desc, m.sort_key, m.id
                 limit :limit
                """).param("milestones", milestones).param("day", presentationDay)
                .param("earliest", presentationDay.minusYears(policy.badgeYears().getFirst()))
                .param("root", root.value()).param("today", LocalDate.now(clock)).param("limit", limit)
                .query((rs, n) -> new Reminder(ReminderKind.BADGE_DUE, new MemberId(rs.getLong(1)), rs.getString(2),
                        rs.getString(3), presentationDay, rs.getInt(4)))
                .list();
    }

    private static MemberSummary mapSummary(ResultSet rs, int row) throws SQLException {
        return new MemberSummary(new MemberId(rs.getLong("id")), rs.getString("full_name"),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")), new UnitId(rs.getLong("unit_id")), rs.getString("unit_name"),
                rs.getObject("admitted_on", LocalDate.class), rs.getObject("party_age_from", LocalDate.class),
                rs.getBoolean("exempt"));
    }

    private static MemberView mapView(ResultSet rs, int row) throws SQLException {
        String idn = rs.getString("identity_number");
        Long host = rs.getObject("host_unit_id", Long.class);
        Array badges = rs.getArray("badges");
        List<Integer> badgeList = badges == null ? List.of() : Arrays.asList((Integer[]) badges.getArray());
        return new MemberView(new MemberId(rs.getLong("id")), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getString("ethnicity"), rs.getString("religion"),
                rs.getString("hometown"), rs.getString("address"),
                idn == null ? null : new IdentityNumber(idn).masked(), idn != null, rs.getString("education"),
                rs.getString("theory_level"), rs.getString("occupation"), rs.getString("workplace"),
                rs.getString("party_card_number"), rs.getString("phone"), rs.getString("email"),
                MemberStatus.valueOf(rs.getString("status")), new UnitId(rs.getLong("unit_id")), rs.getString("unit_name"),
                host == null ? null : new UnitId(host), rs.getBoolean("exempt"),
                rs.getObject("admitted_on", LocalDate.class), rs.getObject("ceremony_on", LocalDate.class),
                rs.getObject("probation_ends_on", LocalDate.class), rs.getObject("party_age_from", LocalDate.class),
                badgeList);
    }
}
