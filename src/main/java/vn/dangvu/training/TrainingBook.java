package vn.dangvu.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.training.TrainingViews.ClassView;

/**
 * Plans classes, enrols people and records the register. Every change is checked against
 * {@link TrainingRule} before anything is written, and a refusal leaves everything as it was: a
 * completed awareness class gives each candidate the certificate in the member records in the same
 * transaction, so a refusal there refuses the whole register.
 */
@Service
@Transactional
public class TrainingBook {

    static final String CLASS = "training-class";
    static final String ENROLMENT = "training-enrolment";

    private final JdbcClient jdbc;
    private final TrainingDirectory directory;
    private final OrganizationTree tree;
    private final MemberRegistry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingBook(JdbcClient jdbc, TrainingDirectory directory, OrganizationTree tree, MemberRegistry registry,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.tree = tree;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /** A unit plans a class; answers its id. */
    public long plan(UnitId unit, ClassDraft draft) {
        draft.check();
        requireOrganizer(unit, draft.startsOn());
        long id = jdbc.sql("""
                insert into training_class (unit_id, kind, title, subject, co_organizer, starts_on, ends_on, place)
                values (:unit, :kind, :title, :subject, :co, :starts, :ends, :place) returning id
                """).param("unit", unit.value()).params(columns(draft)).query(Long.class).single();
        events.publishEvent(new RecordChanged("CLASS_PLANNED", CLASS, id, Set.of(unit.value()), null,
                fields(new TrainingClass(id, unit, draft.kind(), draft.title(), draft.subject(), draft.coOrganizer(),
                        draft.startsOn(), draft.endsOn(), draft.place()))));
        return id;
    }

    /** Corrects a class; the people enrolled must still fit its kind and first day. */
    public void revise(long classId, ClassDraft draft) {
        ClassView current = lock(classId);
        draft.check();
        requireOrganizer(current.unit(), draft.startsOn());
        Map<MemberId, Outcome> outcomes = directory.outcomes(classId);
        current.training().checkChange(draft, current.kind() == ClassKind.AWARENESS && current.completed() > 0);
        if (current.completed() > 0 && today().isBefore(draft.endsOn())) {
            throw TrainingRule.ENDED_BEFORE_COMPLETION.violation("ended-before-completion", draft.endsOn());
        }
        TrainingClass next = new TrainingClass(classId, current.unit(), draft.kind(), draft.title(), draft.subject(),
                draft.coOrganizer(), draft.startsOn(), draft.endsOn(), draft.place());
        for (MemberId member : outcomes.keySet()) {
            checkEnrolment(next, member);
        }
        jdbc.sql("""
                update training_class set kind = :kind, title = :title, subject = :subject, co_organizer = :co,
                       starts_on = :starts, ends_on = :ends, place = :place, updated_at = now()
                 where id = :id
                """).param("id", classId).params(columns(draft)).update();
        events.publishEvent(new RecordChanged("CLASS_REVISED", CLASS, classId, Set.of(current.unit().value()),
                fields(current.training()), fields(next)));
    }

    /** Enrols people in a class; those already enrolled stay as they are. */
    public void enrol(long classId, Collection<MemberId> members) {
        ClassView current = lock(classId);
        Map<MemberId, Outcome> enrolled = directory.outcomes(classId);
        for (MemberId member : new LinkedHashSet<>(members)) {
            if (enrolled.containsKey(member)) {
                continue;
            }
            checkEnrolment(current.training(), member);
            jdbc.sql("insert into training_enrolment (class_id, member_id) values (:c, :m)")
                    .param("c", classId).param("m", member.value()).update();
            Map<String, Object> after = new java.util.LinkedHashMap<>();
            after.put("class", classId);
            after.put("member", member.value());
            events.publishEvent(new RecordChanged("ENROLMENT_ADDED", ENROLMENT, classId, units(current, member), null,
                    after));
        }
    }

    /**
     * Takes someone enrolled by mistake off the class, with what the register said of them (kept in the audit
     * log). Refused for someone who completed the awareness class: their certificate is in the member records
     * ({@link TrainingRule#CERTIFICATE_STANDS}).
     */
    public void withdraw(long classId, MemberId member) {
        ClassView current = lock(classId);
        Outcome was = directory.outcomes(classId).get(member);
        if (was == null) {
            throw new NotFoundException("enrolment", member.value());
        }
        if (current.kind() == ClassKind.AWARENESS && was.completed()) {
            throw TrainingRule.CERTIFICATE_STANDS.violation("certificate-stands-withdraw", nameOf(member),
                    was.certificateNumber() == null ? "" : was.certificateNumber());
        }
        jdbc.sql("delete from training_enrolment where class_id = :c and member_id = :m")
                .param("c", classId).param("m", member.value()).update();
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("class", classId);
        before.put("member", member.value());
        before.put("attended", was.attended());
        before.put("completed", was.completed());
        before.put("certificateNumber", was.certificateNumber());
        java.util.Set<Long> units = new java.util.LinkedHashSet<>();
        units.add(current.unit().value());
        directory.currentUnitOf(member).ifPresent(u -> units.add(u.value()));
        events.publishEvent(new RecordChanged("ENROLMENT_WITHDRAWN", "training-enrolment", classId, units, before, null));
    }

    /**
     * Records the register for the people listed (others keep theirs). Newly completing the awareness
     * class gives the certificate, dated the class's last day, in the member records.
     */
    public void record(long classId, List<Outcome> outcomes) {
        ClassView current = lock(classId);
        TrainingClass training = current.training();
        Map<MemberId, Outcome> before = directory.outcomes(classId);
        LocalDate today = today();
        for (Outcome outcome : outcomes) {
            Outcome was = before.get(outcome.member());
            if (was == null) {
                throw new NotFoundException("enrolment", outcome.member().value());
            }
            String name = nameOf(outcome.member());
            outcome.check(training, today, name);
            boolean certified = training.kind() == ClassKind.AWARENESS && was.completed();
            if (certified && (!outcome.completed()
                    || !java.util.Objects.equals(was.certificateNumber(), outcome.certificateNumber()))) {
                throw TrainingRule.CERTIFICATE_STANDS.violation("certificate-stands-person", name);
            }
            jdbc.sql("""
                    update training_enrolment set attended = :a, completed = :c, certificate_number = :n
                     where class_id = :id and member_id = :m
                    """).param("a", outcome.attended()).param("c", outcome.completed())
                    .param("n", outcome.certificateNumber()).param("id", classId).param("m", outcome.member().value())
                    .update();
            if (training.kind() == ClassKind.AWARENESS && outcome.completed() && !was.completed()) {
                certify(outcome, training.endsOn(), name);
            }
            events.publishEvent(new RecordChanged("REGISTER_RECORDED", ENROLMENT, classId,
                    units(current, outcome.member()), register(classId, was), register(classId, outcome)));
        }
    }

    /** What the audit log keeps of a class. */
    private static Map<String, Object> fields(TrainingClass c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("unit", c.unit().value());
        m.put("kind", c.kind().name());
        m.put("title", c.title());
        m.put("subject", c.subject());
        m.put("coOrganizer", c.coOrganizer());
        m.put("startsOn", c.startsOn());
        m.put("endsOn", c.endsOn());
        m.put("place", c.place());
        return m;
    }

    /** What the audit log keeps of one line of the register. */
    private static Map<String, Object> register(long classId, Outcome o) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("class", classId);
        m.put("member", o.member().value());
        m.put("attended", o.attended());
        m.put("completed", o.completed());
        m.put("certificateNumber", o.certificateNumber());
        return m;
    }

    /** The class's unit and the member's unit today: the entry speaks of both. */
    private Set<Long> units(ClassView current, MemberId member) {
        Set<Long> units = new java.util.LinkedHashSet<>();
        units.add(current.unit().value());
        directory.currentUnitOf(member).ifPresent(u -> units.add(u.value()));
        return units;
    }

    private void certify(Outcome outcome, LocalDate on, String name) {
        try {
            registry.record(outcome.member(), new MemberEvent.AwarenessCertified(on, outcome.certificateNumber()));
        } catch (RuleViolation refused) {
            throw TrainingRule.MEMBER_RECORDS.violation("member-records", name,
                    new DefaultMessageSourceResolvable(new String[] {refused.messageKey()}, refused.arguments(),
                            refused.rule()));
        }
    }

    private void checkEnrolment(TrainingClass training, MemberId member) {
        String name = nameOf(member);
        Optional<Standing> standing = jdbc.sql("""
                select p.status,
                       exists (select 1 from org_unit_ancestry a
                                where a.descendant_id = p.unit_id and a.ancestor_id = :root
                                  and a.valid_from <= :on and a.valid_to > :on) as within
                  from member_period p
                 where p.member_id = :m and p.valid_from <= :on and p.valid_to > :on
                """).param("root", training.unit().value()).param("on", training.startsOn()).param("m", member.value())
                .query((rs, n) -> new Standing(MemberStatus.valueOf(rs.getString(1)), rs.getBoolean(2))).optional();
        training.checkEnrolment(standing.map(Standing::status), standing.map(Standing::within).orElse(false), name);
    }

    private record Standing(MemberStatus status, boolean within) {
    }

    private String nameOf(MemberId member) {
        return jdbc.sql("select full_name from member where id = :m").param("m", member.value()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("member", member.value()));
    }

    private void requireOrganizer(UnitId unit, LocalDate on) {
        if (tree.find(unit, on).filter(u -> u.existsOnDate()).isEmpty()) {
            throw TrainingRule.ORGANIZER_EXISTS.violation("organizer-exists", on);
        }
    }

    private ClassView lock(long classId) {
        jdbc.sql("select id from training_class where id = :id for update").param("id", classId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("training class", classId));
        return directory.find(classId).orElseThrow();
    }

    private static Map<String, Object> columns(ClassDraft d) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("kind", d.kind().name());
        m.put("title", d.title());
        m.put("subject", d.subject());
        m.put("co", d.coOrganizer());
        m.put("starts", d.startsOn());
        m.put("ends", d.endsOn());
        m.put("place", d.place());
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
