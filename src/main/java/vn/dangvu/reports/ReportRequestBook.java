package vn.dangvu.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.VietnameseText;
import vn.dangvu.reports.ReportRequest.Addressee;
import vn.dangvu.reports.ReportRequest.State;

/**
 * Requests for reports from a superior to its subordinates: issued with a guidance document and a
 * deadline, answered by each subordinate submitting its draft (which locks it), returned with a
 * comment (which unlocks it), and consolidated from the reports submitted.
 */
@Service
@Transactional
public class ReportRequestBook {

    static final String RECORD_TYPE = "report-request";

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final ReportDrafts drafts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportRequestBook(JdbcClient jdbc, OrganizationTree tree, ReportDrafts drafts, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.drafts = drafts;
        this.clock = clock;
        this.events = events;
    }

    public long issue(UnitId superior, ReportRequest.Issue issue) {
        String document = issue.document() == null ? "" : VietnameseText.clean(issue.document());
        if (document.isBlank() || document.length() > 200 || issue.issuedOn() == null || issue.deadline() == null) {
            throw ReportRule.REQUEST_FIELDS.violation("request-fields");
        }
        ReportPeriod period = new ReportPeriod(issue.kind(), issue.from(), issue.to());
        if (issue.deadline().isBefore(issue.issuedOn())) {
            throw ReportRule.REQUEST_FIELDS.violation("request-deadline");
        }
        Set<UnitId> units = new LinkedHashSet<>(issue.units() == null ? List.of() : issue.units());
        if (units.isEmpty()) {
            throw ReportRule.REQUEST_FIELDS.violation("request-units");
        }
        LocalDate today = LocalDate.now(clock);
        for (UnitId unit : units) {
            if (unit.equals(superior) || !tree.isWithin(unit, superior, today)) {
                throw ReportRule.REQUEST_FIELDS.violation("request-not-subordinate");
            }
        }
        long id = jdbc.sql("""
                insert into report_request (unit_id, document, issued_on, kind, period_from, period_to, deadline, created_at)
                values (:unit, :document, :issuedOn, :kind, :from, :to, :deadline, :now) returning id
                """).param("unit", superior.value()).param("document", document).param("issuedOn", issue.issuedOn())
                .param("kind", period.kind().name()).param("from", period.from()).param("to", period.to())
                .param("deadline", issue.deadline()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (UnitId unit : units) {
            jdbc.sql("insert into report_request_unit (request_id, unit_id) values (:r, :u)")
                    .param("r", id).param("u", unit.value()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", document);
        after.put("issuedOn", issue.issuedOn());
        after.put("kind", period.kind().name());
        after.put("periodFrom", period.from());
        after.put("periodTo", period.to());
        after.put("deadline", issue.deadline());
        after.put("addressees", units.stream().map(UnitId::value).toList());
        events.publishEvent(new RecordChanged("REPORT_REQUEST_ISSUED", RECORD_TYPE, id, Set.of(superior.value()), null,
                after));
        return id;
    }

    /** The subordinate submits its draft for the request: the draft is locked. */
    public void submit(long requestId, UnitId unit, long draftId) {
        ReportRequest request = find(requestId).orElseThrow(() -> new NotFoundException("report-request", requestId));
        Addressee addressee = request.addressees().stream().filter(a -> a.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new NotFoundException("report-request", requestId));
        ReportDraft draft = drafts.find(draftId).filter(d -> d.unit().equals(unit))
                .orElseThrow(() -> new NotFoundException("report-draft", draftId));
        if (addressee.submittedAt() != null || draft.submitted()) {
            throw ReportRule.SUBMISSION.violation("already-submitted");
        }
        jdbc.sql("update report_draft set status = 'SUBMITTED', updated_at = greatest(:now, updated_at + interval '1 microsecond') where id = :id")
                .param("id", draftId).param("now", Timestamp.from(now())).update();
        jdbc.sql("""
                update report_request_unit set draft_id = :draft, submitted_at = :now
                 where request_id = :r and unit_id = :u
                """).param("draft", draftId).param("now", Timestamp.from(now())).param("r", requestId)
                .param("u", unit.value()).update();
        events.publishEvent(new RecordChanged("REPORT_SUBMITTED", RECORD_TYPE, requestId, Set.of(unit.value()), null,
                Map.of("unit", unit.value(), "draft", draftId)));
    }

    /** The superior returns a submitted report with a comment: the draft opens again for changes. */
    public void returnReport(long requestId, UnitId unit, String comment) {
        ReportRequest request = find(requestId).orElseThrow(() -> new NotFoundException("report-request", requestId));
        Addressee addressee = request.addressees().stream().filter(a -> a.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unit));
        if (addressee.submittedAt() == null) {
            throw ReportRule.SUBMISSION.violation("not-submitted");
        }
        String text = comment == null ? "" : ReportText.nfc(comment).strip();
        if (text.isEmpty() || text.length() > 5000) {
            throw ReportRule.SUBMISSION.violation("comment-required");
        }
        jdbc.sql("update report_draft set status = 'DRAFT', updated_at = greatest(:now, updated_at + interval '1 microsecond') where id = :id")
                .param("id", addressee.draftId()).param("now", Timestamp.from(now())).update();
        jdbc.sql("""
                update report_request_unit set submitted_at = null, returned_at = :now, comment = :comment
                 where request_id = :r and unit_id = :u
                """).param("now", Timestamp.from(now())).param("comment", text).param("r", requestId)
                .param("u", unit.value()).update();
        Map<String, Object> returned = new LinkedHashMap<>();
        returned.put("unit", unit.value());
        returned.put("draft", addressee.draftId());
        returned.put("comment", text);
        events.publishEvent(new RecordChanged("REPORT_RETURNED", RECORD_TYPE, requestId, Set.of(unit.value()), null,
                returned));
    }

    @Transactional(readOnly = true)
    public Optional<ReportRequest> find(long id) {
        return jdbc.sql("select * from report_request where id = :id").param("id", id)
                .query((rs, n) -> new Object[] {rs.getLong("unit_id"), rs.getString("document"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("kind"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class)})
                .optional().map(r -> {
                    LocalDate deadline = (LocalDate) r[6];
                    return new ReportRequest(id, new UnitId((Long) r[0]), (String) r[1], (LocalDate) r[2],
                            new ReportPeriod(ReportKind.valueOf((String) r[3]), (LocalDate) r[4], (LocalDate) r[5]),
                            deadline, addressees(id, deadline, (LocalDate) r[5]));
                });
    }

    /** Requests a unit issued, latest first. */
    @Transactional(readOnly = true)
    public List<ReportRequest> issuedBy(UnitId unit) {
        return jdbc.sql("select id from report_request where unit_id = :u order by issued_on desc, id desc limit 50")
                .param("u", unit.value()).query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** Requests addressed to a unit, latest first. */
    @Transactional(readOnly = true)
    public List<ReportRequest> addressedTo(UnitId unit) {
        return jdbc.sql("""
                select r.id from report_request r join report_request_unit a on a.request_id = r.id
                 where a.unit_id = :u order by r.issued_on desc, r.id desc limit 50
                """).param("u", unit.value()).query(Long.class).list().stream().map(id -> find(id).orElseThrow())
                .toList();
    }

    /**
     * The superior's report for the request, with the narrative of the reports submitted gathered unit
     * by unit (the figures come from the records, as in any report).
     */
    @Transactional(readOnly = true)
    public ReportDraft consolidatedDraft(ReportRequest request) {
        StringBuilder results = new StringBuilder();
        StringBuilder limitations = new StringBuilder();
        StringBuilder tasks = new StringBuilder();
        for (Addressee a : request.addressees()) {
            if (a.submittedAt() == null) {
                continue;
            }
            ReportDraft d = drafts.find(a.draftId()).orElseThrow();
            append(results, a.name(), d.results());
            append(limitations, a.name(), d.limitations());
            append(tasks, a.name(), d.tasks());
        }
        return new ReportDraft(0, request.unit(), request.period(), null, null, null, null, null, "Bí thư", List.of(),
                blankToNull(results), blankToNull(limitations), blankToNull(tasks), false, null);
    }

    private static void append(StringBuilder out, String unit, String text) {
        if (text != null && !text.isBlank()) {
            out.append(unit).append(": ").append(text.replace("\n", " ")).append("\n");
        }
    }

    private static String blankToNull(StringBuilder text) {
        return text.isEmpty() ? null : text.toString().strip();
    }

    private List<Addressee> addressees(long requestId, LocalDate deadline, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        List<Addressee> out = new ArrayList<>();
        jdbc.sql("""
                select a.unit_id, u.code, a.draft_id, a.submitted_at, a.returned_at, a.comment
                  from report_request_unit a join org_unit u on u.id = a.unit_id
                 where a.request_id = :r order by u.code
                """).param("r", requestId).query((rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    Timestamp returned = rs.getTimestamp("returned_at");
                    Long draft = (Long) rs.getObject("draft_id");
                    UnitId unit = new UnitId(rs.getLong("unit_id"));
                    State state;
                    if (submitted != null) {
                        state = LocalDate.ofInstant(submitted.toInstant(), clock.getZone()).isAfter(deadline)
                                ? State.SUBMITTED_LATE : State.SUBMITTED;
                    } else if (returned != null) {
                        // returned with a comment and not yet sent again: what the superior waits for, late or not
                        state = State.RETURNED;
                    } else if (today.isAfter(deadline)) {
                        state = State.LATE;
                    } else {
                        state = State.WAITING;
                    }
                    String name = tree.find(unit, on).map(v -> v.name()).orElse(rs.getString("code"));
                    return out.add(new Addressee(unit, rs.getString("code"), name, draft,
                            submitted == null ? null : submitted.toInstant(),
                            returned == null ? null : returned.toInstant(), rs.getString("comment"), state));
                }).list();
        return List.copyOf(out);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
