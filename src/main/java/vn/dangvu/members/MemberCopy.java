package vn.dangvu.members;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

/**
 * Writes many opened records at once with PostgreSQL's COPY: the very rows {@link MemberRegistry}
 * writes one member at a time (the member with its projections, the {@code RecordOpened} event, the
 * periods), from the same {@link MemberStore} helpers, so an import is as fast as the disk allows.
 * The histories must have been checked by the caller; this only writes.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class MemberCopy {

    /** A record ready to be written: its profile and its checked one-event history. */
    record Opened(Profile profile, MemberHistory history) {
    }

    private static final String MEMBER_COPY = """
            copy member (id, full_name, name_folded, sort_key, sex, birth_date, ethnicity, religion, hometown, address,
                         identity_number, education, theory_level, occupation, workplace, party_card_number, phone,
                         email, status, unit_id, host_unit_id, exempt, admitted_on, ceremony_on, probation_ends_on,
                         candidate_since, certificate_on, branch_vote_on, party_age_from, badges, version)
            from stdin""";
    /** Parameter names of {@link MemberStore#profileParams} and {@link MemberStore#projectionParams}, in COPY order. */
    private static final List<String> MEMBER_VALUES = List.of("name", "folded", "sortKey", "sex", "birth", "ethnicity",
            "religion", "hometown", "address", "idn", "education", "theory", "occupation", "workplace", "card", "phone",
            "email", "status", "unit", "host", "exempt", "admitted", "ceremony", "probationEnd", "candidateSince",
            "certificate", "vote", "partyAgeFrom", "badges");
    private static final String EVENT_COPY =
            "copy member_event (member_id, seq, kind, occurred_on, unit_id, payload) from stdin";
    private static final String PERIOD_COPY =
            "copy member_period (member_id, valid_from, valid_to, status, unit_id, host_unit_id, exempt) from stdin";
    private static final int FLUSH_CHARS = 1 << 20;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final MemberStore store;

    MemberCopy(DataSource dataSource, JdbcClient jdbc, MemberStore store) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Writes the records in the caller's transaction and answers their ids, in the given order. */
    List<MemberId> insertOpened(List<Opened> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        // COPY returns no generated keys, so the ids come from the identity's own sequence first;
        // COPY writes given values into an identity column, as INSERT ... OVERRIDING SYSTEM VALUE does.
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)")
                .param(records.size()).query(Long.class).list();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (Rows rows = new Rows(copy.copyIn(MEMBER_COPY))) {
                for (int i = 0; i < records.size(); i++) {
                    Opened r = records.get(i);
                    Map<String, Object> values = store.profileParams(r.profile());
                    values.putAll(store.projectionParams(r.history()));
                    rows.value(ids.get(i));
                    for (String name : MEMBER_VALUES) {
                        rows.value(values.get(name));
                    }
                    // MemberRegistry inserts the row (version 0) and then projects it (version 1).
                    rows.value(1).end();
                }
                rows.finish();
            }
            try (Rows rows = new Rows(copy.copyIn(EVENT_COPY))) {
                for (int i = 0; i < records.size(); i++) {
                    MemberHistory history = records.get(i).history();
                    MemberEvent first = history.events().getFirst();
                    UnitId countedIn = history.currentUnit();
                    rows.value(ids.get(i)).value(1).value(first.kind()).value(first.on())
                            .value(countedIn == null ? null : countedIn.value()).value(store.payload(first)).end();
                }
                rows.finish();
            }
            try (Rows rows = new Rows(copy.copyIn(PERIOD_COPY))) {
                for (int i = 0; i < records.size(); i++) {
                    for (Period p : records.get(i).history().periods()) {
                        rows.value(ids.get(i)).value(p.from()).value(p.to()).value(p.status().name())
                                .value(p.unit().value()).value(p.hostUnit() == null ? null : p.hostUnit().value())
                                .value(p.exempt()).end();
                    }
                }
                rows.finish();
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                // Another user saved one of these identity numbers since the file was checked.
                throw new RuleViolation("members.record", "members.rule.identity-taken");
            }
            throw new SQLStateSQLExceptionTranslator().translate("COPY member records", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return ids.stream().map(MemberId::new).toList();
    }

    /** COPY's text format: tab-separated, {@code \N} for null, backslash escapes; sent in chunks of about 1 MB. */
    private static final class Rows implements AutoCloseable {

        private final CopyIn copyIn;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
        private boolean firstInRow = true;

        Rows(CopyIn copyIn) {
            this.copyIn = copyIn;
        }

        Rows value(Object value) throws SQLException {
            if (!firstInRow) {
                buffer.append('\t');
            }
            firstInRow = false;
            switch (value) {
                case null -> buffer.append("\\N");
                case String s -> escape(s);
                case byte[] bytes -> buffer.append("\\\\x").append(HexFormat.of().formatHex(bytes));
                // What the PostgreSQL driver sends for LocalDate.MAX and MIN.
                case LocalDate d when d.equals(LocalDate.MAX) -> buffer.append("infinity");
                case LocalDate d when d.equals(LocalDate.MIN) -> buffer.append("-infinity");
                case LocalDate d -> buffer.append(d);
                case Boolean b -> buffer.append(b ? 't' : 'f');
                case Integer[] array -> {
                    buffer.append('{');
                    for (int i = 0; i < array.length; i++) {
                        buffer.append(i == 0 ? "" : ",").append(array[i]);
                    }
                    buffer.append('}');
                }
                case Number n -> buffer.append(n);
                default -> throw new IllegalArgumentException("No COPY form for " + value.getClass());
            }
            return this;
        }

        void end() throws SQLException {
            buffer.append('\n');
            firstInRow = true;
            if (buffer.length() >= FLUSH_CHARS) {
                flush();
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copyIn.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void finish() throws SQLException {
            if (!buffer.isEmpty()) {
                flush();
            }
            copyIn.endCopy();
        }

        /** A COPY left unfinished by an error is cancelled, so the connection can roll back. */
        @Override
        public void close() throws SQLException {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }
}
