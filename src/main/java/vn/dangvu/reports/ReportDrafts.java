package vn.dangvu.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RecordChanged;
import vn.dangvu.platform.VietnameseText;

/** Saves and reads report drafts; a save names the version it was read from. */
@Service
@Transactional
public class ReportDrafts {

    static final int MAX_TEXT = 100_000;
    static final int MAX_FIELD = 500;

    static final String RECORD_TYPE = "report-draft";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportDrafts(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A draft's fields as the audit log keeps them (it writes down those a save changed). */
    static Map<String, Object> auditFields(ReportDraft d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", d.period().kind().name());
        fields.put("periodFrom", d.period().from());
        fields.put("periodTo", d.period().to());
        fields.put("number", d.number());
        fields.put("place", d.place());
        fields.put("issuedOn", d.issuedOn());
        fields.put("superiorBody", d.superiorBody());
        fields.put("signerName", d.signerName());
        fields.put("signerPosition", d.signerPosition());
        fields.put("recipients", String.join("; ", d.recipients()));
        fields.put("results", d.results());
        fields.put("limitations", d.limitations());
        fields.put("tasks", d.tasks());
        return fields;
    }

    /** Creates a draft ({@code draftId} null) or saves over the version the edit names. */
    public ReportDraft save(UnitId unit, Long draftId, ReportDraft.Edit edit) {
        ReportPeriod period = new ReportPeriod(edit.kind(), edit.from(), edit.to());
        if (edit.number() != null && (edit.number() < 1 || edit.number() > 9999)) {
            throw ReportRule.DOCUMENT_FIELDS.violation("number-range");
        }
        String recipients = String.join("\n", lines(edit.recipients()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var params = new java.util.HashMap<String, Object>();
        params.put("unit", unit.value());
        params.put("kind", period.kind().name());
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("number", edit.number());
        params.put("place", field(edit.place()));
        params.put("issuedOn", edit.issuedOn());
        params.put("superiorBody", field(edit.superiorBody()));
        params.put("signerName", field(edit.signerName()));
        params.put("signerPosition", field(edit.signerPosition()));
        params.put("recipients", recipients.isEmpty() ? null : recipients);
        params.put("results", text(edit.results()));
        params.put("limitations", text(edit.limitations()));
        params.put("tasks", text(edit.tasks()));
        params.put("now", Timestamp.from(now));
        if (draftId == null) {
            long id = jdbc.sql("""
                    insert into report_draft (unit_id, kind, period_from, period_to, number, place, issued_on,
                           superior_body, signer_name, signer_position, recipients, results, limitations, tasks,
                           created_at, updated_at)
                    values (:unit, :kind, :from, :to, :number, :place, :issuedOn, :superiorBody, :signerName,
                            :signerPosition, :recipients, :results, :limitations, :tasks, :now, :now)
                    returning id
                    """).params(params).query(Long.class).single();
            ReportDraft created = find(id).orElseThrow();
            events.publishEvent(new RecordChanged("REPORT_DRAFT_CREATED", RECORD_TYPE, id, Set.of(unit.value()), null,
                    auditFields(created)));
            return created;
        }
        ReportDraft current = find(draftId).filter(d -> d.unit().equals(unit))
                .orElseThrow(() -> new NotFoundException("report-draft", draftId));
        if (current.submitted()) {
            throw ReportRule.LOCKED_WHEN_SUBMITTED.violation("draft-submitted");
        }
        if (edit.version() == null || !edit.version().truncatedTo(ChronoUnit.MICROS).equals(current.updatedAt())) {
            throw ReportRule.CURRENT_VERSION.violation("draft-stale");
        }
        params.put("id", draftId);
        params.put("version", Timestamp.from(current.updatedAt()));
        int changed = jdbc.sql("""
                update report_draft set kind = :kind, period_from = :from, period_to = :to, number = :number,
                       place = :place, issued_on = :issuedOn, superior_body = :superiorBody,
                       signer_name = :signerName, signer_position = :signerPosition, recipients = :recipients,
                       results = :results, limitations = :limitations, tasks = :tasks,
                       updated_at = greatest(:now, updated_at + interval '1 microsecond')
                 where id = :id and updated_at = :version and status = 'DRAFT'
                """).params(params).update();
        if (changed == 0) {
            throw ReportRule.CURRENT_VERSION.violation("draft-stale");
        }
        ReportDraft saved = find(draftId).orElseThrow();
        events.publishEvent(new RecordChanged("REPORT_DRAFT_SAVED", RECORD_TYPE, draftId, Set.of(unit.value()),
                auditFields(current), auditFields(saved)));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<ReportDraft> find(long id) {
        return jdbc.sql("select * from report_draft where id = :id").param("id", id).query(ReportDrafts::map).optional();
    }

    /** A unit's drafts, latest period first. */
    @Transactional(readOnly = true)
    public List<ReportDraft> of(UnitId unit, int page, int size) {
        return jdbc.sql("""
                select * from report_draft where unit_id = :unit
                 order by period_to desc, id desc limit :size offset :offset
                """).param("unit", unit.value()).param("size", size).param("offset", (long) page * size)
                .query(ReportDrafts::map).list();
    }

    static ReportDraft map(ResultSet rs, int row) throws SQLException {
        ReportPeriod period = new ReportPeriod(ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class));
        Integer number = (Integer) rs.getObject("number");
        String recipients = rs.getString("recipients");
        return new ReportDraft(rs.getLong("id"), new UnitId(rs.getLong("unit_id")), period, number,
                rs.getString("place"), rs.getObject("issued_on", LocalDate.class), rs.getString("superior_body"),
                rs.getString("signer_name"), rs.getString("signer_position"),
                recipients == null ? List.of() : List.of(recipients.split("\n")), rs.getString("results"),
                rs.getString("limitations"), rs.getString("tasks"), "SUBMITTED".equals(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(ReportText.nfc(text).split("\\R")).map(String::strip)
                .map(l -> l.startsWith("-") ? l.substring(1).strip() : l)
                .map(l -> l.endsWith(",") || l.endsWith(".") || l.endsWith(";") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isBlank()).limit(30).toList();
    }

    private static String field(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = VietnameseText.clean(value);
        if (v.length() > MAX_FIELD) {
            throw ReportRule.DOCUMENT_FIELDS.violation("field-too-long", MAX_FIELD);
        }
        return v;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = ReportText.nfc(value.replace("\r\n", "\n")).strip();
        if (v.length() > MAX_TEXT) {
            throw ReportRule.DOCUMENT_FIELDS.violation("text-too-long", MAX_TEXT);
        }
        return v;
    }
}
