package vn.dangvu.members;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

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
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.CopyBinary;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.VietnameseText;

/**
 * Writes many opened records at once with PostgreSQL's COPY: the very rows {@link MemberRegistry}
 * writes one member at a time (the member with its projections, the {@code RecordOpened} event, the
 * periods), from the same {@link MemberStore} helpers. {@link Writer#prepare} turns a checked record into
 * its rows in COPY's binary format, and a {@link Writer} numbers and sends them.
 */
@Repository
class MemberCopy {

    /**
     * A checked record's rows in COPY's binary format, each row's fields without the member's id, which is
     * known only when writing; and the unit it counts in and its status, for {@link MembersImported}. The
     * lines are dropped once sent.
     */
    record Prepared(byte[] member, byte[] event, byte[][] periods, UnitId unit, MemberStatus status) {
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
    /** The import's statements: the same columns in COPY's binary format, which the server parses no text of. */
    private static final String MEMBER_BINARY = MEMBER_COPY + " with (format binary)";
    private static final String EVENT_BINARY = EVENT_COPY + " with (format binary)";
    private static final String PERIOD_BINARY = PERIOD_COPY + " with (format binary)";
    private static final int MEMBER_FIELDS = 31;
    private static final int EVENT_FIELDS = 6;
    private static final int PERIOD_FIELDS = 7;
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

    /**
     * A writer of records in the caller's transaction, which must stay open until {@link Writer#finish}.
     * A thread of its own sends the rows while the caller is still checking the rest of the file: the
     * members as they come, and every {@value Writer#CHUNK} members their events and periods, so that
     * PostgreSQL stores and indexes them on the other core. Where the transaction's role is a superuser
     * (the embedded database's user is), the rows are sent with the tables' triggers off (the
     * transaction's {@code session_replication_role}) and before the end one statement does for all of
     * them what the triggers would have done row by row or chunk by chunk: foreign keys, name
     * dictionary, tally (V91). Under any other role the triggers stay on and do that work themselves.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Writer writer() {
        return new Writer(DataSourceUtils.getConnection(dataSource));
    }

    /**
     * Numbers from the member identity's sequence, taken aside: the writer's connection is busy with COPY.
     * The sequence is named once: as an argument of nextval, pg_get_serial_sequence was called again
     * for every number (110 ms for a block of 4,096). The numbers come back as runs of consecutive ones
     * (one run unless other sessions drew numbers meanwhile), not a row each.
     */
    private long[] nextIds(int count) {
        return separately.execute(status -> {
            String sequence = jdbc.sql("select pg_get_serial_sequence('member', 'id')").query(String.class).single();
            List<long[]> runs = jdbc.sql("""
                    select min(v), max(v) from (
                        select v, v - row_number() over (order by v) run
                          from (select nextval(cast(? as regclass)) v from generate_series(1, ?)) drawn) numbered
                     group by run order by 1""")
                    .params(sequence, count).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            long[] ids = new long[count];
            int next = 0;
            for (long[] run : runs) {
                for (long id = run[0]; id <= run[1]; id++) {
                    ids[next++] = id;
                }
            }
            if (next != count) {
                throw new IllegalStateException("asked for " + count + " member numbers, got " + next);
            }
            return ids;
        });
    }

    final class Writer implements AutoCloseable {

        /** Members whose events and periods are sent together, in one COPY statement each. */
        static final int CHUNK = 16384;
        private static final int BATCH = 256;
        /**
         * Member numbers drawn at a time, in a transaction and on a connection of their own ({@link #nextIds}),
         * so the caller never waits on the sender's COPY for them: a chunk's worth, seven draws for 100,000 rows.
         */
        private static final int ID_BLOCK = CHUNK;

        static {
            if (CHUNK % BATCH != 0) {
                throw new IllegalStateException("a chunk must be a whole number of batches");
            }
        }
        private static final Object END = new Object();
        private static final Object ABANDON = new Object();

        private final Connection connection;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        private final Thread sender;
        private long[] block = new long[0];
        private int nextInBlock;
        /** The records not yet handed to the sender. */
        private final List<Prepared> batchRecords = new ArrayList<>(BATCH);
        private final List<Long> batchIds = new ArrayList<>(BATCH);
        /** The sender's failure, seen by the caller after it has joined the sender. */
        private volatile Exception failure;
        private boolean ended;
        /**
         * The sender's own: whether the transaction now writes with triggers off (V91 replays them before
         * the end), and what it has sent since.
         */
        private boolean triggersOff;
        /**
         * Whether the transaction's role may turn the triggers off ({@code session_replication_role} is a superuser's
         * setting). On a server where the application's role is not a superuser, as it should be in production, the rows
         * are sent with the triggers on, which do the same work row by row and chunk by chunk: slower, never wrong.
         */
        private final boolean mayTurnTriggersOff;
        private final List<Long> sentIds = new ArrayList<>();
        private long sentEvents;
        private long sentPeriods;

        private final Names names = new Names(store);
        private final CopyBinary line = new CopyBinary();

        private Writer(Connection connection) {
            this.connection = connection;
            this.mayTurnTriggersOff = superuser(connection);
            this.sender = Thread.ofPlatform().name("member-import-writer").daemon().start(this::send);
        }

        /**
         * The rows of a record whose profile and one-event history have been checked, in the columns of
         * {@link #MEMBER_COPY} (the values of {@link MemberStore#profileParams} and {@link MemberStore.Projection}),
         * {@link #EVENT_COPY} and {@link #PERIOD_COPY}, each row's fields without the member's id. On the caller's thread.
         */
        Prepared prepare(Profile p, MemberHistory history) {
            MemberStore.Projection projection = MemberStore.Projection.of(history);
            line.start().text(p.fullName()).text(names.folded(p.fullName())).bytea(names.sortKey(p))
                    .text(p.sex().name()).date(p.birthDate()).text(p.ethnicity()).text(p.religion()).text(p.hometown())
                    .text(p.address()).text(p.identityNumber() == null ? null : p.identityNumber().value())
                    .text(p.education()).text(p.theoryLevel()).text(p.occupation()).text(p.workplace())
                    .text(p.partyCardNumber()).text(p.phone()).text(p.email())
                    .text(projection.status().name()).int8(projection.unit().value())
                    .int8(projection.host() == null ? null : projection.host().value()).bool(projection.exempt())
                    .date(projection.admitted()).date(projection.ceremony()).date(projection.probationEnd())
                    .date(projection.candidateSince()).date(projection.certificate()).date(projection.vote())
                    .date(projection.partyAgeFrom()).ints(projection.badges())
                    // MemberRegistry inserts the row (version 0) and then projects it (version 1).
                    .integer(1);
            byte[] member = line.fields();
            RecordOpened first = (RecordOpened) history.events().getFirst();
            UnitId countedIn = history.currentUnit();
            byte[] event = line.start().integer(1).text(first.kind()).date(first.on())
                    .int8(countedIn == null ? null : countedIn.value()).jsonb(payload(first)).fields();
            List<Period> periods = history.periods();
            byte[][] periodLines = new byte[periods.size()][];
            for (int i = 0; i < periodLines.length; i++) {
                Period period = periods.get(i);
                periodLines[i] = line.start().date(period.from()).date(period.to()).text(period.status().name())
                        .int8(period.unit().value()).int8(period.hostUnit() == null ? null : period.hostUnit().value())
                        .bool(period.exempt()).fields();
            }
            return new Prepared(member, event, periodLines, countedIn, history.currentStatus());
        }

        /**
         * Numbers the member and hands it to the sender, answering the record the import opens; an error of the
         * server is kept for {@link #finish}.
         */
        MembersImported.Opened add(Prepared record) {
            if (nextInBlock == block.length) {
                block = nextIds(ID_BLOCK);
                nextInBlock = 0;
            }
            long id = block[nextInBlock++];
            batchRecords.add(record);
            batchIds.add(id);
            if (batchRecords.size() >= BATCH) {
                handOver();
            }
            return new MembersImported.Opened(new MemberId(id), record.unit(), record.status());
        }

        private void handOver() {
            if (!batchRecords.isEmpty()) {
                put(new Batch(batchIds.stream().mapToLong(Long::longValue).toArray(),
                        batchRecords.toArray(Prepared[]::new)));
                batchRecords.clear();
                batchIds.clear();
            }
        }

        /** Waits for room in the queue, unless the sender has stopped. */
        private void put(Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (!sender.isAlive()) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing member records", e);
            }
        }

        /** Sends what is left and waits for the server to have stored everything. */
        void finish() {
            handOver();
            ended = true;
            put(END);
            join();
            switch (failure) {
                case null -> { }
                // Another user saved one of these identity numbers since the file was checked.
                case SQLException e when "23505".equals(e.getSQLState()) ->
                        throw new RuleViolation("members.record", "members.rule.identity-taken");
                case SQLException e -> throw new SQLStateSQLExceptionTranslator().translate("COPY member records", null, e);
                case RuntimeException e -> throw e;
                case Exception e -> throw new IllegalStateException("Cannot write member records", e);
            }
        }

        private void join() {
            boolean interrupted = false;
            while (true) {
                try {
                    sender.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Records in the order they were added, with their ids; the queue hands them over safely. */
        private record Batch(long[] ids, Prepared[] records) {
        }

        /**
         * The sender's loop, until the caller's end or abandon. After a failure it only drains the
         * queue; the caller reads the connection again only after joining this thread.
         */
        private void send() {
            Stream members = null;
            List<Batch> chunk = new ArrayList<>();
            int chunkSize = 0;
            try {
                while (true) {
                    Object item = queue.take();
                    if (item == ABANDON) {
                        return;
                    }
                    if (failure == null) {
                        try {
                            if (item instanceof Batch batch) {
                                if (!triggersOff && mayTurnTriggersOff) {
                                    execute("set local session_replication_role = replica");
                                    triggersOff = true;
                                }
                                if (members == null) {
                                    members = new Stream(copyManager().copyIn(MEMBER_BINARY), MEMBER_FIELDS);
                                }
                                for (int i = 0; i < batch.ids().length; i++) {
                                    members.line(batch.ids()[i], batch.records()[i].member());
                                }
                                chunk.add(batch);
                                chunkSize += batch.ids().length;
                            }
                            if (item == END || chunkSize >= CHUNK) {
                                if (members != null) {
                                    members.finish();
                                    members = null;
                                }
                                sendEventsAndPeriods(chunk);
                                chunk.clear();
                                chunkSize = 0;
                            }
                            if (item == END && triggersOff) {
                                execute("set local session_replication_role = origin");
                                triggersOff = false;
                                afterInsert();
                            }
                        } catch (SQLException | RuntimeException e) {
                            failure = e;
                        }
                    }
                    if (item == END) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // abandoned: the caller rolls the transaction back
            } finally {
                if (members != null) {
                    try {
                        members.close();
                    } catch (SQLException ignored) {
                        // the server has ended the COPY already; the transaction rolls back all the same
                    }
                }
            }
        }

        private static boolean superuser(Connection connection) {
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select current_setting('is_superuser') = 'on'")) {
                return rs.next() && rs.getBoolean(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell whether the import's role is a superuser", e);
            }
        }

        private void execute(String sql) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /**
         * What the tables' triggers would have done, for every row sent (V91): the foreign keys checked and
         * the units locked, the name dictionary, the targets' tally and transfers brought up to date.
         */
        private void afterInsert() throws SQLException {
            try (var statement = connection.prepareStatement("select member_rows_inserted(?, ?, ?)")) {
                statement.setArray(1, connection.createArrayOf("bigint", sentIds.toArray(Long[]::new)));
                statement.setLong(2, sentEvents);
                statement.setLong(3, sentPeriods);
                statement.execute();
            }
        }

        private void sendEventsAndPeriods(List<Batch> chunk) throws SQLException {
            if (chunk.isEmpty()) {
                return;
            }
            CopyManager copy = copyManager();
            try (Stream out = new Stream(copy.copyIn(EVENT_BINARY), EVENT_FIELDS)) {
                for (Batch batch : chunk) {
                    for (int i = 0; i < batch.ids().length; i++) {
                        out.line(batch.ids()[i], batch.records()[i].event());
                        if (triggersOff) { // only rows the triggers did not see are replayed by V91
                            sentIds.add(batch.ids()[i]);
                            sentEvents++;
                        }
                    }
                }
                out.finish();
            }
            try (Stream out = new Stream(copy.copyIn(PERIOD_BINARY), PERIOD_FIELDS)) {
                for (Batch batch : chunk) {
                    for (int i = 0; i < batch.ids().length; i++) {
                        for (byte[] period : batch.records()[i].periods()) {
                            out.line(batch.ids()[i], period);
                            sentPeriods++;
                        }
                    }
                }
                out.finish();
            }
        }

        private CopyManager copyManager() throws SQLException {
            return connection.unwrap(PGConnection.class).getCopyAPI();
        }

        /** Stops the sender (an unfinished COPY is cancelled, so the transaction can roll back) and gives the connection back. */
        @Override
        public void close() {
            try {
                if (!ended) {
                    ended = true;
                    queue.clear();
                    put(ABANDON);
                }
                join();
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    /**
     * {@link MemberStore#payload} of a record opened, as Jackson writes it (the components in order, a unit
     * as {@code {"value": id}}, dates as ISO text), without Jackson's per-call cost; the import test compares
     * the stored events with the registry's.
     */
    static String payload(RecordOpened e) {
        StringBuilder json = new StringBuilder(128).append("{\"on\":");
        jsonDate(json, e.on());
        json.append(",\"branch\":");
        if (e.branch() == null) {
            json.append("null");
        } else {
            json.append("{\"value\":").append(e.branch().value()).append('}');
        }
        json.append(",\"admittedOn\":");
        jsonDate(json, e.admittedOn());
        json.append(",\"ceremonyOn\":");
        jsonDate(json, e.ceremonyOn());
        json.append(",\"officialFrom\":");
        jsonDate(json, e.officialFrom());
        return json.append('}').toString();
    }

    private static void jsonDate(StringBuilder json, LocalDate d) {
        if (d == null) {
            json.append("null");
        } else {
            json.append('"').append(d).append('"');
        }
    }

    /**
     * The folded names and sort keys of one import, remembered: Vietnamese names are made of few words
     * (a few hundred family, middle and given names make nearly all of them), so each word is folded
     * and each sort field given its ICU key once per import instead of once per row.
     */
    static final class Names {

        private final MemberStore store;
        private final Map<String, String> foldedWords = new HashMap<>();
        private final Map<String, byte[]> fieldKeys = new HashMap<>();
        private final Map<String, String> foldedNames = new HashMap<>();
        private final Map<String, byte[]> sortKeys = new HashMap<>();

        Names(MemberStore store) {
            this.store = store;
        }

        /**
         * {@link VietnameseText#fold} of a cleaned name (single spaces, as {@link Profile} keeps it), word by
         * word: folding takes marks off letters and lowers their case, neither of which reaches across a space.
         */
        String folded(String fullName) {
            String folded = foldedNames.get(fullName);
            if (folded == null) {
                StringBuilder out = new StringBuilder(fullName.length());
                int from = 0;
                while (true) {
                    int space = fullName.indexOf(' ', from);
                    String word = fullName.substring(from, space < 0 ? fullName.length() : space);
                    out.append(foldedWords.computeIfAbsent(word, VietnameseText::fold));
                    if (space < 0) {
                        break;
                    }
                    out.append(' ');
                    from = space + 1;
                }
                folded = out.toString();
                foldedNames.put(fullName, folded);
            }
            return folded;
        }

        /** {@link MemberStore#sortKey(Profile)}: the keys of the given, middle and family names, one after the other. */
        byte[] sortKey(Profile p) {
            byte[] key = sortKeys.get(p.fullName());
            if (key == null) {
                var out = new java.io.ByteArrayOutputStream();
                for (String field : p.sortFields()) {
                    out.writeBytes(fieldKeys.computeIfAbsent(field, store::collationKey));
                }
                key = out.toByteArray();
                sortKeys.put(p.fullName(), key);
            }
            return key;
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
        private final int fields;
        private final byte[] buffer = new byte[FLUSH_BYTES + 64 * 1024];
        private int length;

        /** Binary COPY data of tuples of {@code fields} fields, the first of each a member's id. */
        Stream(CopyIn copyIn, int fields) {
            this.copyIn = copyIn;
            this.fields = fields;
            byte[] header = CopyBinary.header();
            System.arraycopy(header, 0, buffer, 0, header.length);
            length = header.length;
        }

        /** A tuple: the id, then the other fields of {@code rest} ({@link CopyBinary#fields}). */
        void line(long id, byte[] rest) throws SQLException {
            if (length + rest.length + 14 > buffer.length) {
                flush();
            }
            length = CopyBinary.tupleStart(buffer, length, fields, id);
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
            byte[] trailer = CopyBinary.trailer();
            if (length + trailer.length > buffer.length) {
                flush();
            }
            System.arraycopy(trailer, 0, buffer, length, trailer.length);
            length += trailer.length;
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
