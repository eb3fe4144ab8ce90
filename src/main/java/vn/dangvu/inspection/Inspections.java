package vn.dangvu.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.inspection.InspectionViews.Basis;
import vn.dangvu.inspection.InspectionViews.CaseView;
import vn.dangvu.inspection.InspectionViews.DecisionView;
import vn.dangvu.inspection.InspectionViews.Kind;
import vn.dangvu.inspection.InspectionViews.MemberDiscipline;
import vn.dangvu.inspection.InspectionViews.MemberReview;
import vn.dangvu.inspection.InspectionViews.NewCase;
import vn.dangvu.inspection.InspectionViews.NewPlan;
import vn.dangvu.inspection.InspectionViews.PlanView;
import vn.dangvu.inspection.InspectionViews.UnitDiscipline;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.platform.VietnameseText;

/**
 * Records inspection plans, cases, discipline and reviews, and lists them for a committee: what the
 * committee and the units under it did. Discipline of a member goes through {@link MemberRegistry},
 * which checks the form against the member's status and counts it in the member measures; an
 * expulsion ends the membership there. Dissolution as discipline is recorded here; the unit itself is
 * dissolved with the tree's own form, so its branches and members are handled there.
 */
@Service
@Transactional
public class Inspections {

    private final JdbcClient jdbc;
    private final MemberRegistry members;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Inspections(JdbcClient jdbc, MemberRegistry members, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.events = events;
    }

    /** Pairs of names and plain values, nulls allowed, in order: what the audit log keeps of a record. */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Set<Long> units(Long... ids) {
        Set<Long> out = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- writes -------------------------------------------------------------------------------------

    public long addPlan(NewPlan plan) {
        String title = VietnameseText.clean(plan.title());
        if (title == null || title.isBlank()) {
            throw InspectionRule.REQUIRED.violation("title");
        }
        if (plan.year() < 1930 || plan.year() > today().getYear() + 1) {
            throw InspectionRule.DATES.violation("year", plan.year());
        }
        unitName(plan.unit());
        String items = plan.items() == null ? "" : plan.items().strip();
        long id = jdbc.sql("""
                insert into inspection_plan (unit_id, year, title, items, recorded_by)
                values (:u, :y, :t, :i, :by) returning id
                """).param("u", plan.unit().value()).param("y", plan.year()).param("t", title)
                .param("i", items).param("by", actor())
                .query(Long.class).single();
        events.publishEvent(new RecordChanged("INSPECTION_PLAN_ADDED", "inspection-plan", id,
                units(plan.unit().value()), null,
                fields("unit", plan.unit().value(), "year", plan.year(), "title", title, "items", items)));
        return id;
    }

    public long openCase(NewCase c) {
        if (c.kind() == null || c.basis() == null || c.startedOn() == null) {
            throw InspectionRule.REQUIRED.violation("case");
        }
        if ((c.subjectUnit() == null) == (c.subjectMember() == null)) {
            throw InspectionRule.REQUIRED.violation("subject");
        }
        checkNotFuture(c.startedOn());
        if (c.concludedOn() != null) {
            checkNotFuture(c.concludedOn());
            if (c.concludedOn().isBefore(c.startedOn())) {
                throw InspectionRule.DATES.violation("concluded-before-started");
            }
        }
        if (c.periodFrom() != null && c.periodTo() != null && c.periodTo().isBefore(c.periodFrom())) {
            throw InspectionRule.DATES.violation("period");
        }
        if (c.planId() != null) {
            boolean ofUnit = jdbc.sql("select exists(select 1 from inspection_plan where id = :p and unit_id = :u)")
                    .param("p", c.planId()).param("u", c.unit().value()).query(Boolean.class).single();
            if (!ofUnit) {
                throw InspectionRule.REQUIRED.violation("plan");
            }
        }
        String subject;
        if (c.subjectUnit() != null) {
            subject = unitName(c.subjectUnit());
            if (!within(c.subjectUnit(), c.unit(), c.startedOn())) {
                throw InspectionRule.SUBJECT_WITHIN.violation("unit-outside", subject);
            }
        } else {
            subject = memberName(c.subjectMember());
            Optional<Long> branch = branchOf(c.subjectMember(), c.startedOn(), false);
            if (branch.isEmpty() || !within(UnitId.of(branch.get()), c.unit(), c.startedOn())) {
                throw InspectionRule.SUBJECT_WITHIN.violation("member-outside", subject);
            }
        }
        String conclusion = c.conclusion() == null || c.conclusion().isBlank() ? null : c.conclusion().strip();
        if (c.concludedOn() != null && conclusion == null) {
            throw InspectionRule.REQUIRED.violation("conclusion");
        }
        long id = jdbc.sql("""
                insert into inspection_case (unit_id, plan_id, kind, basis, subject_unit_id, subject_member_id,
                                             subject_name, period_from, period_to, started_on, concluded_on,
                                             conclusion, recorded_by)
                values (:u, :plan, :kind, :basis, :su, :sm, :name, :pf, :pt, :start, :end, :conclusion, :by)
                returning id
                """).param("u", c.unit().value()).param("plan", c.planId()).param("kind", c.kind().name())
                .param("basis", c.basis().name())
                .param("su", c.subjectUnit() == null ? null : c.subjectUnit().value())
                .param("sm", c.subjectMember() == null ? null : c.subjectMember().value())
                .param("name", subject).param("pf", c.periodFrom()).param("pt", c.periodTo())
                .param("start", c.startedOn()).param("end", c.concludedOn()).param("conclusion", conclusion)
                .param("by", actor()).query(Long.class).single();
        events.publishEvent(new RecordChanged("INSPECTION_CASE_OPENED", "inspection-case", id,
                units(c.unit().value(), c.subjectUnit() == null ? null : c.subjectUnit().value()), null,
                fields("unit", c.unit().value(), "plan", c.planId(), "kind", c.kind().name(), "basis", c.basis().name(),
                        "subjectUnit", c.subjectUnit() == null ? null : c.subjectUnit().value(),
                        "subjectMember", c.subjectMember() == null ? null : c.subjectMember().value(),
                        "subjectName", subject, "periodFrom", c.periodFrom(), "periodTo", c.periodTo(),
                        "startedOn", c.startedOn(), "concludedOn", c.concludedOn(), "conclusion", conclusion)));
        return id;
    }

    /** Concludes an open case of the committee. */
    public void conclude(long caseId, LocalDate on, String conclusion) {
        LocalDate started = jdbc.sql("select started_on from inspection_case where id = :id and concluded_on is null for update")
                .param("id", caseId).query(LocalDate.class).optional()
                .orElseThrow(() -> new NotFoundException("inspection case", caseId));
        if (on == null || conclusion == null || conclusion.isBlank()) {
            throw InspectionRule.REQUIRED.violation("conclusion");
        }
        checkNotFuture(on);
        if (on.isBefore(started)) {
            throw InspectionRule.DATES.violation("concluded-before-started");
        }
        jdbc.sql("update inspection_case set concluded_on = :on, conclusion = :c where id = :id")
                .param("on", on).param("c", conclusion.strip()).param("id", caseId).update();
        Long unit = jdbc.sql("select unit_id from inspection_case where id = :id").param("id", caseId)
                .query(Long.class).single();
        events.publishEvent(new RecordChanged("INSPECTION_CASE_CONCLUDED", "inspection-case", caseId, units(unit),
                fields("concludedOn", null, "conclusion", null),
                fields("concludedOn", on, "conclusion", conclusion.strip())));
    }

    /** Discipline of an organization: by a committee above it; dissolution is recorded, not carried out. */
    public long disciplineUnit(UnitDiscipline d) {
        if (d.form() == null) {
            throw InspectionRule.UNIT_DISCIPLINE_FORM.violation("unit-form");
        }
        if (d.decidedOn() == null || d.decisionNumber() == null || d.decisionNumber().isBlank() || d.reason() == null
                || d.reason().isBlank()) {
            throw InspectionRule.REQUIRED.violation("decision");
        }
        checkNotFuture(d.decidedOn());
        LocalDate effective = d.effectiveOn() == null ? d.decidedOn() : d.effectiveOn();
        if (effective.isBefore(d.decidedOn())) {
            throw InspectionRule.DATES.violation("effective-before-decided");
        }
        String name = unitName(d.unit());
        if (d.decidedBy() == null || d.decidedBy().equals(d.unit()) || !within(d.unit(), d.decidedBy(), d.decidedOn())) {
            throw InspectionRule.COMPETENT_UNIT.violation("unit-decider", name);
        }
        long id = jdbc.sql("""
                insert into unit_discipline (unit_id, decided_by_unit_id, form, decision_number, decided_on,
                                             effective_on, reason, case_id, recorded_by)
                values (:u, :by_unit, :form, :no, :on, :eff, :reason, :case, :by) returning id
                """).param("u", d.unit().value()).param("by_unit", d.decidedBy().value()).param("form", d.form().name())
                .param("no", d.decisionNumber().strip()).param("on", d.decidedOn()).param("eff", effective)
                .param("reason", d.reason().strip()).param("case", d.caseId()).param("by", actor())
                .query(Long.class).single();
        events.publishEvent(new RecordChanged("UNIT_DISCIPLINED", "unit-discipline", id,
                units(d.unit().value(), d.decidedBy().value()), null,
                fields("unit", d.unit().value(), "decidedBy", d.decidedBy().value(), "form", d.form().name(),
                        "decisionNumber", d.decisionNumber().strip(), "decidedOn", d.decidedOn(),
                        "effectiveOn", effective, "reason", d.reason().strip(), "case", d.caseId())));
        return id;
    }

    /**
     * Discipline of a member, recorded in the member's history: the member rules decide which forms
     * the member's status permits; khai trừ ends the membership.
     */
    public void disciplineMember(MemberDiscipline d) {
        if (d.form() == null || d.decidedOn() == null || d.decisionNumber() == null || d.decisionNumber().isBlank()) {
            throw InspectionRule.REQUIRED.violation("decision");
        }
        members.record(d.member(), new MemberEvent.Disciplined(d.decidedOn(), d.form(), d.decisionNumber().strip(),
                blankToNull(d.decidedBy()), blankToNull(d.reason())));
    }

    public long reviewMember(MemberReview r) {
        if (r.reviewedOn() == null || r.decidedBy() == null || r.decidedBy().isBlank() || r.reason() == null
                || r.reason().isBlank()) {
            throw InspectionRule.REQUIRED.violation("review");
        }
        checkNotFuture(r.reviewedOn());
        String name = memberName(r.member());
        long branch = branchOf(r.member(), r.reviewedOn(), true)
                .orElseThrow(() -> InspectionRule.REVIEW_OF_MEMBER.violation("not-member", name));
        long id = jdbc.sql("""
                insert into member_review (member_id, unit_id, reviewed_on, decided_by, reason, case_id, recorded_by)
                values (:m, :u, :on, :by_whom, :reason, :case, :by) returning id
                """).param("m", r.member().value()).param("u", branch).param("on", r.reviewedOn())
                .param("by_whom", r.decidedBy().strip()).param("reason", r.reason().strip()).param("case", r.caseId())
                .param("by", actor()).query(Long.class).single();
        events.publishEvent(new RecordChanged("MEMBER_REVIEWED", "member-review", id, units(branch), null,
                fields("member", r.member().value(), "unit", branch, "reviewedOn", r.reviewedOn(),
                        "decidedBy", r.decidedBy().strip(), "reason", r.reason().strip(), "case", r.caseId())));
        return id;
    }

    // --- reads --------------------------------------------------------------------------------------

    /** Records of units standing under {@code root} today (the root included). */
    private static final String UNDER = """
            exists (select 1 from org_unit_ancestry sub where sub.ancestor_id = :root and sub.descendant_id = %s
                       and sub.valid_from <= :today and sub.valid_to > :today)
            """;

    @Transactional(readOnly = true)
    public Page<PlanView> plans(UnitId root, int page, int size) {
        String where = UNDER.formatted("p.unit_id");
        long total = jdbc.sql("select count(*) from inspection_plan p where " + where)
                .param("root", root.value()).param("today", today()).query(Long.class).single();
        List<PlanView> items = jdbc.sql("""
                select p.id, p.unit_id, u.name, p.year, p.title, p.items
                  from inspection_plan p join org_unit u on u.id = p.unit_id
                 where %s order by p.year desc, p.id desc limit :size offset :offset
                """.formatted(where)).param("root", root.value()).param("today", today())
                .param("size", size).param("offset", page * size)
                .query((rs, n) -> new PlanView(rs.getLong(1), UnitId.of(rs.getLong(2)), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        return new Page<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public List<PlanView> plansOf(UnitId unit) {
        return jdbc.sql("""
                select p.id, p.unit_id, u.name, p.year, p.title, p.items
                  from inspection_plan p join org_unit u on u.id = p.unit_id
                 where p.unit_id = :u order by p.year desc, p.id desc limit 50
                """).param("u", unit.value())
                .query((rs, n) -> new PlanView(rs.getLong(1), UnitId.of(rs.getLong(2)), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /**
     * Cases conducted under the root today, newest first; the subject's name only when the reader may
     * read where the subject stands now ({@code readable}), since a member or unit may have moved away.
     */
    @Transactional(readOnly = true)
    public Page<CaseView> cases(UnitId root, UnitScope readable, int page, int size) {
        String where = UNDER.formatted("c.unit_id");
        long total = jdbc.sql("select count(*) from inspection_case c where " + where)
                .param("root", root.value()).param("today", today()).query(Long.class).single();
        List<CaseView> items = jdbc.sql("""
                select c.id, c.unit_id, u.name, c.kind, c.basis,
                       case when (c.subject_unit_id is not null and %s) or (m.id is not null and %s)
                            then c.subject_name end,
                       c.subject_member_id is not null,
                       c.period_from, c.period_to, c.started_on, c.concluded_on, c.conclusion
                  from inspection_case c join org_unit u on u.id = c.unit_id
                  left join member m on m.id = c.subject_member_id
                 where %s order by c.started_on desc, c.id desc limit :size offset :offset
                """.formatted(readable.predicate("c.subject_unit_id"), readable.predicate("m.unit_id"), where))
                .params(readable.parameters()).param("root", root.value()).param("today", today())
                .param("size", size).param("offset", page * size)
                .query((rs, n) -> new CaseView(rs.getLong(1), UnitId.of(rs.getLong(2)), rs.getString(3),
                        Kind.valueOf(rs.getString(4)), Basis.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getString(12)))
                .list();
        return new Page<>(items, page, size, total);
    }

    /** The unit a case belongs to (for scope checks). */
    @Transactional(readOnly = true)
    public Optional<UnitId> unitOfCase(long caseId) {
        return jdbc.sql("select unit_id from inspection_case where id = :id").param("id", caseId).query(Long.class)
                .optional().map(UnitId::of);
    }

    /**
     * Discipline of organizations and members and reviews of members, under the root today, newest
     * first. A member's decision counts in the branch the member stood in that day; it is listed only
     * while the reader may read the member where they stand now ({@code readable}).
     */
    @Transactional(readOnly = true)
    public Page<DecisionView> decisions(UnitId root, UnitScope readable, int page, int size) {
        String union = """
                select 'UNIT' as sk, d.unit_id as sid, u.name as subject, 'inspection.unitForm.' || d.form as form,
                       d.decision_number as no, case when %s then b.name end as decided_by, d.decided_on,
                       d.effective_on, d.reason,
                       d.unit_id as unit, d.id as rid
                  from unit_discipline d join org_unit u on u.id = d.unit_id join org_unit b on b.id = d.decided_by_unit_id
                 where %s
                union all
                select 'MEMBER', e.member_id, m.full_name, 'member.discipline.' || (e.payload ->> 'form'),
                       e.payload ->> 'decisionNumber', e.payload ->> 'decidedBy', e.occurred_on, e.occurred_on,
                       e.payload ->> 'reason', e.unit_id, e.id
                  from member_event e join member m on m.id = e.member_id
                 where e.kind = 'Disciplined' and %s and %s
                union all
                select 'REVIEW', r.member_id, m.full_name, 'inspection.review', null, r.decided_by, r.reviewed_on,
                       r.reviewed_on, r.reason, r.unit_id, r.id
                  from member_review r join member m on m.id = r.member_id
                 where %s and %s
                """.formatted(readable.predicate("d.decided_by_unit_id"), UNDER.formatted("d.unit_id"), UNDER.formatted("e.unit_id"), readable.predicate("m.unit_id"),
                        UNDER.formatted("r.unit_id"), readable.predicate("m.unit_id"));
        long total = jdbc.sql("select count(*) from (" + union + ") x").params(readable.parameters())
                .param("root", root.value()).param("today", today()).query(Long.class).single();
        List<DecisionView> items = jdbc.sql("select * from (" + union + ") x order by decided_on desc, rid desc limit :size offset :offset")
                .params(readable.parameters()).param("root", root.value()).param("today", today()).param("size", size).param("offset", page * size)
                .query((rs, n) -> new DecisionView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), UnitId.of(rs.getLong(10))))
                .list();
        return new Page<>(items, page, size, total);
    }

    // --- plumbing -----------------------------------------------------------------------------------

    private boolean within(UnitId unit, UnitId ancestor, LocalDate on) {
        return jdbc.sql("""
                select exists(select 1 from org_unit_ancestry where ancestor_id = :a and descendant_id = :u
                                 and valid_from <= :d and valid_to > :d)
                """).param("a", ancestor.value()).param("u", unit.value()).param("d", on).query(Boolean.class).single();
    }

    /** The branch a person stood in on the day; with {@code membersOnly}, only as a probationary or official member. */
    private Optional<Long> branchOf(MemberId member, LocalDate on, boolean membersOnly) {
        return jdbc.sql("""
                select unit_id from member_period where member_id = :m and valid_from <= :d and valid_to > :d
                   and (not :only or status in ('PROBATIONARY', 'OFFICIAL'))
                """).param("m", member.value()).param("d", on).param("only", membersOnly).query(Long.class).optional();
    }

    private String unitName(UnitId unit) {
        return jdbc.sql("select name from org_unit where id = :u").param("u", unit.value()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("unit", unit));
    }

    private String memberName(MemberId member) {
        return jdbc.sql("select full_name from member where id = :m").param("m", member.value()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("member", member));
    }

    private void checkNotFuture(LocalDate day) {
        if (day.isAfter(today())) {
            throw InspectionRule.DATES.violation("future", day);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String actor() {
        return vn.dangvu.accounts.Actor.current().name();
    }
}
