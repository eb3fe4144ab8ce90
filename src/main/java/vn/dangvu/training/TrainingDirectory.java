package vn.dangvu.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.UnitScope;
import vn.dangvu.training.TrainingViews.Campaign;
import vn.dangvu.training.TrainingViews.ClassView;
import vn.dangvu.training.TrainingViews.EligibleView;
import vn.dangvu.training.TrainingViews.EnrolmentView;
import vn.dangvu.training.TrainingViews.SubjectLine;

/**
 * Reads of training classes. A unit's classes are those its subtree organized: the organizer stood
 * under it on the class's end date, as the measures count them; lists are restricted to the reader's
 * scope in SQL, before paging.
 */
@Service
@Transactional(readOnly = true)
public class TrainingDirectory {

    static final String CLASS_COLUMNS = """
            c.id, c.unit_id, u.name as unit_name, c.kind, c.title, c.subject, c.co_organizer, c.starts_on, c.ends_on,
            c.place,
            (select count(*) from training_enrolment e where e.class_id = c.id) as enrolled,
            (select count(*) from training_enrolment e where e.class_id = c.id and e.attended) as attended,
            (select count(*) from training_enrolment e where e.class_id = c.id and e.completed) as completed
            """;

    /** Classes organized in {@code :root}'s subtree (as it stood on each class's end date). */
    private static final String IN_SUBTREE = """
              from training_class c
              join org_unit u on u.id = c.unit_id
              join org_unit_ancestry a on a.descendant_id = c.unit_id and a.ancestor_id = :root
                                      and a.valid_from <= c.ends_on and a.valid_to > c.ends_on
            """;

    private final JdbcClient jdbc;

    TrainingDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClassView> find(long id) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from training_class c join org_unit u on u.id = c.unit_id where c.id = :id")
                .param("id", id).query(TrainingDirectory::classView).optional();
    }

    /** A page of the classes of a unit's subtree, latest first, of one kind and ending in one year if asked. */
    public Page<ClassView> classes(UnitId root, ClassKind kind, Integer year, UnitScope scope, int page, int size) {
        String where = " where " + scope.predicate("c.unit_id")
                + (kind == null ? "" : " and c.kind = :kind")
                + (year == null ? "" : " and extract(year from c.ends_on) = :year");
        long total = bind(jdbc.sql("select count(*) " + IN_SUBTREE + where), root, kind, year, scope)
                .query(Long.class).single();
        List<ClassView> items = bind(jdbc.sql("select " + CLASS_COLUMNS + IN_SUBTREE + where
                + " order by c.ends_on desc, c.id desc limit :limit offset :offset"), root, kind, year, scope)
                .param("limit", size).param("offset", (long) page * size)
                .query(TrainingDirectory::classView).list();
        return new Page<>(items, page, size, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UnitId root, ClassKind kind, Integer year,
            UnitScope scope) {
        spec = spec.param("root", root.value());
        if (kind != null) {
            spec = spec.param("kind", kind.name());
        }
        if (year != null) {
            spec = spec.param("year", year);
        }
        for (Map.Entry<String, Object> p : scope.parameters().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec;
    }

    /** The register of a class, in Vietnamese name order. */
    public List<EnrolmentView> enrolments(long classId) {
        return jdbc.sql("""
                select m.id, m.full_name, m.birth_date, m.status, m.unit_id, u.name as unit_name,
                       e.attended, e.completed, e.certificate_number
                  from training_enrolment e
                  join member m on m.id = e.member_id
                  join org_unit u on u.id = m.unit_id
                 where e.class_id = :id
                 order by m.sort_key, m.id
                """).param("id", classId)
                .query((rs, n) -> new EnrolmentView(new MemberId(rs.getLong("id")), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), MemberStatus.valueOf(rs.getString("status")),
                        UnitId.of(rs.getLong("unit_id")), rs.getString("unit_name"), rs.getBoolean("attended"),
                        rs.getBoolean("completed"), rs.getString("certificate_number")))
                .list();
    }

    /**
     * People who may still be enrolled in the class: in the organizer's subtree on its first day, in a
     * status it admits, not enrolled yet, and within the reader's scope today; at most {@code limit}.
     */
    public List<EligibleView> eligible(ClassView training, UnitScope scope, int limit) {
        List<String> statuses = java.util.Arrays.stream(MemberStatus.values()).filter(training.kind()::admits)
                .map(Enum::name).toList();
        var spec = jdbc.sql("""
                select m.id, m.full_name, m.birth_date, p.status, u.name as unit_name
                  from member_period p
                  join org_unit_ancestry a on a.descendant_id = p.unit_id and a.ancestor_id = :root
                                          and a.valid_from <= :on and a.valid_to > :on
                  join member m on m.id = p.member_id
                  join org_unit u on u.id = m.unit_id
                 where p.valid_from <= :on and p.valid_to > :on and p.status in (:statuses)
                   and not exists (select 1 from training_enrolment e where e.class_id = :id and e.member_id = m.id)
                   and %s
                 order by m.sort_key, m.id
                 limit :limit
                """.formatted(scope.predicate("m.unit_id")))
                .param("root", training.unit().value()).param("on", training.startsOn()).param("statuses", statuses)
                .param("id", training.id()).param("limit", limit);
        for (Map.Entry<String, Object> p : scope.parameters().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new EligibleView(new MemberId(rs.getLong("id")), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), MemberStatus.valueOf(rs.getString("status")),
                rs.getString("unit_name"))).list();
    }

    /** The subjects studied in a unit's subtree in a period, each with its classes and attendance, most classes first. */
    public List<SubjectLine> subjects(UnitId root, LocalDate from, LocalDate to, UnitScope scope) {
        var spec = jdbc.sql("""
                select c.subject, count(distinct c.id) as classes, count(e.member_id) as enrolled,
                       count(e.member_id) filter (where e.attended) as attended,
                       count(e.member_id) filter (where e.completed) as completed
                """ + IN_SUBTREE + """
                  left join training_enrolment e on e.class_id = c.id
                 where c.subject is not null and c.ends_on >= :from and c.ends_on <= :to and %s
                 group by c.subject
                 order by count(distinct c.id) desc, c.subject
                """.formatted(scope.predicate("c.unit_id")))
                .param("root", root.value()).param("from", from).param("to", to);
        for (Map.Entry<String, Object> p : scope.parameters().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new SubjectLine(rs.getString("subject"), rs.getLong("classes"),
                rs.getLong("enrolled"), rs.getLong("attended"), rs.getLong("completed"))).list();
    }

    /** A campaign: the classes of the subtree on one subject (case and spacing aside) that ended in the period. */
    public Campaign campaign(UnitId root, String subject, LocalDate from, LocalDate to, UnitScope scope) {
        var spec = jdbc.sql("select " + CLASS_COLUMNS + IN_SUBTREE + """
                 where lower(c.subject) = lower(:subject) and c.ends_on >= :from and c.ends_on <= :to and %s
                 order by c.ends_on, c.id
                """.formatted(scope.predicate("c.unit_id")))
                .param("root", root.value()).param("subject", subject == null ? "" : subject.strip().replaceAll("\\s+", " "))
                .param("from", from).param("to", to);
        for (Map.Entry<String, Object> p : scope.parameters().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return new Campaign(subject, from, to, spec.query(TrainingDirectory::classView).list());
    }

    /** The branch a member belongs to today (for the caller's scope check). */
    public Optional<UnitId> currentUnitOf(MemberId member) {
        return jdbc.sql("select unit_id from member where id = :m").param("m", member.value())
                .query((rs, n) -> UnitId.of(rs.getLong(1))).optional();
    }

    /** The outcomes recorded so far, by member. */
    Map<MemberId, Outcome> outcomes(long classId) {
        Map<MemberId, Outcome> out = new LinkedHashMap<>();
        jdbc.sql("select member_id, attended, completed, certificate_number from training_enrolment where class_id = :id")
                .param("id", classId)
                .query((rs, n) -> new Outcome(new MemberId(rs.getLong(1)), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getString(4)))
                .list().forEach(o -> out.put(o.member(), o));
        return out;
    }

    static ClassView classView(ResultSet rs, int n) throws SQLException {
        return new ClassView(rs.getLong("id"), UnitId.of(rs.getLong("unit_id")), rs.getString("unit_name"),
                ClassKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("subject"),
                rs.getString("co_organizer"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getLong("enrolled"),
                rs.getLong("attended"), rs.getLong("completed"));
    }
}
