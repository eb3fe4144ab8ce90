package vn.dangvu.members;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

/**
 * Writes many opened records at once with PostgreSQL's COPY: the very rows {@link MemberRegistry}
 * writes one member at a time (the member with its projections, the {@code RecordOpened} event, the
 * periods), from the same {@link MemberStore} helpers. {@link #prepare} turns a checked record into
 * its rows in COPY's text format, and a {@link Writer} numbers and sends them.
 */
@Repository
class MemberCopy {

    /**
     * A checked record's rows in COPY's text format, each line without the member's id, which is
     * known only when writing; and what {@link MemberEventRecorded} will say of it.
     */
    record Prepared(byte[] member, byte[] event, byte[][] periods, LocalDate on, UnitId unit, MemberStatus status,
            MemberEvent first, Map<String, Object> auditFields) {
    }

    static final String MEMBER_COPY = """
            copy member (id, full_name, name_folded, sort_key, sex, birth_date, ethnicity, religion, hometown, address,
                         identity_number, education, theory_level, occupation, workplace, party_card_number, phone,
                         email, status, unit_id, host_unit_id, exempt, admitted_on, ceremony_on, probation_ends_on,
                         candidate_since, certificate_on, branch_vote_on, party_age_from, badges, version)
            from stdin""";
    /** Parameter names of {@link MemberStore#profileParams} and {@link MemberStore#projectionParams}, in COPY order. */
    static final List<String> MEMBER_VALUES = List.of("name", "folded", "sortKey", "sex", "birth", "ethnicity",
            "religion", "hometown", "address", "idn", "education", "theory", "occupation", "workplace", "card", "phone",
            "email", "status", "unit", "host", "exempt", "admitted", "ceremony", "probationEnd", "candidateSince",
            "certificate", "vote", "partyAgeFrom", "badges");
    static final String EVENT_COPY =
            "copy member_event (member_id, seq, kind, occurred_on, unit_id, payload) from stdin";
    static final String PERIOD_COPY =
            "copy member_period (member_id, valid_from, valid_to, status, unit_id, host_unit_id, exempt) from stdin";
    private static final int FLUSH_BYTES = 1 << 20;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final MemberStore store;
    private final TransactionTemplate separately;

    MemberCopy(DataSource dataSource, JdbcClient jdbc, MemberStore store, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.store = store;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The rows of a record whose profile and one-event history have been checked. */
    Prepared prepare(Profile profile, MemberHistory history) {
        Map<String, Object> values = store.profileParams(profile);
        values.putAll(store.projectionParams(history));
        Line member = new Line();
        for (String name : MEMBER_VALUES) {
            member.value(values.get(name));
        }
        // MemberRegistry inserts the row (version 0) and then projects it (version 1).
        member.value(1);
        MemberEvent first = history.events().getFirst();
        UnitId countedIn = history.currentUnit();
        byte[] event = new Line().value(1).value(first.kind()).value(first.on())
                .value(countedIn == null ? null : countedIn.value()).value(store.payload(first)).bytes();
        List<Period> periods = history.periods();
        byte[][] periodLines = new byte[periods.size()][];
        for (int i = 0; i < periodLines.length; i++) {
            Period p = periods.get(i);
            periodLines[i] = new Line().value(p.from()).value(p.to()).value(p.status().name()).value(p.unit().value())
                    .value(p.hostUnit() == null ? null : p.hostUnit().value()).value(p.exempt()).bytes();
        }
        return new Prepared(member.bytes(), event, periodLines, first.on(), countedIn, history.currentStatus(), first,
                profile.auditFields());
    }

    /**
     * A writer of records in the caller's transaction, which must stay open until {@link Writer#finish}:
     * members go to PostgreSQL as they are added, so the server indexes them while the caller is still
     * checking the rest; their events and periods follow at the end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Writer writer() {
        return new Writer(DataSourceUtils.getConnection(dataSource));
    }

    /** Numbers from the member identity's sequence, taken aside: the writer's connection is busy with COPY. */
    private long[] nextIds(int count) {
        return separately.execute(status -> jdbc.sql(
                        "select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list().stream().mapToLong(Long::longValue).toArray());
    }

    final class Writer implements AutoCloseable {

        private static final int ID_BLOCK = 1024;

        private final Connection connection;
        private final List<Prepared> records = new ArrayList<>();
        private final List<Long> ids = new ArrayList<>();
        private Stream members;
        private long[] block = new long[0];
        private int nextInBlock;
        private SQLException failure;

        private Writer(Connection connection) {
            this.connection = connection;
        }

        /** Sends the member's row now; an error of the server is kept for {@link #finish}. */
        void add(Prepared record) {
            if (failure != null) {
                return;
            }
            if (nextInBlock == block.length) {
                block = nextIds(ID_BLOCK);
                nextInBlock = 0;
            }
            long id = block[nextInBlock++];
            records.add(record);
            ids.add(id);
            try {
                if (members == null) {
                    members = new Stream(copyManager().copyIn(MEMBER_COPY));
                }
                members.line(id, record.member());
            } catch (SQLException e) {
                failure = e;
            }
        }

        /** Ends the members' COPY, writes the events and periods, and answers the ids in order. */
        List<MemberId> finish() {
            try {
                if (failure != null) {
                    throw failure;
                }
                if (members != null) {
                    members.finish();
                }
                CopyManager copy = copyManager();
                try (Stream out = new Stream(copy.copyIn(EVENT_COPY))) {
                    for (int i = 0; i < ids.size(); i++) {
                        out.line(ids.get(i), records.get(i).event());
                    }
                    out.finish();
                }
                try (Stream out = new Stream(copy.copyIn(PERIOD_COPY))) {
                    for (int i = 0; i < ids.size(); i++) {
                        for (byte[] period : records.get(i).periods()) {
                            out.line(ids.get(i), period);
                        }
                    }
                    out.finish();
                }
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    // Another user saved one of these identity numbers since the file was checked.
                    throw new RuleViolation("members.record", "members.rule.identity-taken");
                }
                throw new SQLStateSQLExceptionTranslator().translate("COPY member records", null, e);
            }
            return ids.stream().map(MemberId::new).toList();
        }

        private CopyManager copyManager() throws SQLException {
            return connection.unwrap(PGConnection.class).getCopyAPI();
        }

        /** Cancels an unfinished COPY, so the transaction can roll back, and gives the connection back. */
        @Override
        public void close() {
            try {
                if (members != null) {
                    members.close();
                }
            } catch (SQLException ignored) {
                // the server has ended the COPY already; the transaction rolls back all the same
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static final class Line {

        private final StringBuilder text = new StringBuilder(256);

        Line value(Object value) {
            if (!text.isEmpty()) {
                text.append('\t');
            }
            switch (value) {
                case null -> text.append("\\N");
                case String s -> escape(s);
                case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
                // What the PostgreSQL driver sends for LocalDate.MAX and MIN.
                case LocalDate d when d.equals(LocalDate.MAX) -> text.append("infinity");
                case LocalDate d when d.equals(LocalDate.MIN) -> text.append("-infinity");
                case LocalDate d -> text.append(d);
                case Boolean b -> text.append(b ? 't' : 'f');
                case Integer[] array -> {
                    text.append('{');
                    for (int i = 0; i < array.length; i++) {
                        text.append(i == 0 ? "" : ",").append(array[i]);
                    }
                    text.append('}');
                }
                case Number n -> text.append(n);
                default -> throw new IllegalArgumentException("No COPY form for " + value.getClass());
            }
            return this;
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        byte[] bytes() {
            return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Sends numbered lines to a COPY in chunks of about 1 MB. */
    private static final class Stream implements AutoCloseable {

        private final CopyIn copyIn;
        private final byte[] buffer = new byte[FLUSH_BYTES + 64 * 1024];
        private int length;

        Stream(CopyIn copyIn) {
            this.copyIn = copyIn;
        }

        void line(long id, byte[] rest) throws SQLException {
            if (length + rest.length + 21 > buffer.length) {
                flush();
            }
            String digits = Long.toString(id);
            for (int i = 0; i < digits.length(); i++) {
                buffer[length++] = (byte) digits.charAt(i);
            }
            buffer[length++] = '\t';
            if (rest.length > buffer.length - length) {
                flush();
                copyIn.writeToCopy(rest, 0, rest.length);
                return;
            }
            System.arraycopy(rest, 0, buffer, length, rest.length);
            length += rest.length;
            if (length >= FLUSH_BYTES) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (length > 0) {
                copyIn.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }

        void finish() throws SQLException {
            flush();
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
