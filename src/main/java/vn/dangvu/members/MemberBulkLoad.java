package vn.dangvu.members;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.RuleViolation;

/**
 * Writes whole member histories in bulk with COPY, for synthetic national data: the very rows
 * {@link MemberRegistry} would leave after recording each event one by one (the member row with
 * its ICU sort key, folded name and projections; each event with the unit it counts in; the
 * periods), computed by the same {@link MemberStore} helpers and {@link MemberHistory}. The
 * histories are restored, not re-checked, as stored histories are: the caller makes them valid
 * and {@link #recheck} replays a stored one through every rule. No {@link MemberEventRecorded} is
 * published, so nothing is audited: bulk data are not anyone's action. Projections other modules
 * keep with database triggers are kept by those triggers, unless the caller disables them.
 */
@Component
public class MemberBulkLoad {

    // The same COPY statements and column order as the registry's own bulk writes: one definition of the rows.
    private static final String MEMBER_COPY = MemberCopy.MEMBER_COPY;
    private static final List<String> MEMBER_VALUES = MemberCopy.MEMBER_VALUES;
    private static final String EVENT_COPY = MemberCopy.EVENT_COPY;
    private static final String PERIOD_COPY = MemberCopy.PERIOD_COPY;

    private final DataSource dataSource;
    private final MemberStore store;
    private final MembershipPolicy policy;
    private final MemberRegistry registry;
    private final WorkingDays workingDays;

    MemberBulkLoad(DataSource dataSource, MemberStore store, MembershipPolicy policy, MemberRegistry registry,
            WorkingDays workingDays) {
        this.dataSource = dataSource;
        this.store = store;
        this.policy = policy;
        this.registry = registry;
        this.workingDays = workingDays;
    }

    /** A loader writing in the caller's transaction; ids are the caller's, and it sets the sequence after them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Loader loader() {
        return new Loader(DataSourceUtils.getConnection(dataSource));
    }

    /**
     * Adds the names of people loaded with row triggers off ({@code session_replication_role = replica})
     * to the dictionary the name search looks words up in ({@code member_name}, V82), as its trigger
     * would have; returns how many names were new. Call it in the loading transaction, after the load.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long rememberNames() {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select member_name_rebuild()").query(Long.class).single();
    }

    /**
     * Replays a stored member's history through every rule of {@link MembershipRule}, with the
     * application's own view of units and introducers: empty if it holds, else the first violation.
     */
    @Transactional
    public Optional<RuleViolation> recheck(MemberId id) {
        LocalDate birth = store.lockBirthDate(id).orElseThrow();
        MemberHistory history = MemberHistory.empty(birth, policy);
        try {
            for (MemberEvent e : store.events(id)) {
                history = history.append(e, workingDays, registry.context());
            }
            return Optional.empty();
        } catch (RuleViolation v) {
            return Optional.of(v);
        }
    }

    /** Buffers members and sends them in three COPY statements at each {@link #flush}. */
    public final class Loader {

        private final Connection connection;
        private final ByteArrayOutputStream members = new ByteArrayOutputStream(1 << 22);
        private final ByteArrayOutputStream events = new ByteArrayOutputStream(1 << 23);
        private final ByteArrayOutputStream periods = new ByteArrayOutputStream(1 << 22);
        private long maxId;
        private long rows;

        private Loader(Connection connection) {
            this.connection = connection;
        }

        /** The member's rows, from a profile and a history the caller made valid; sent at the next flush. */
        public void add(long id, Profile profile, List<MemberEvent> history) {
            MemberHistory whole = MemberHistory.restore(profile.birthDate(), history, policy);
            Map<String, Object> values = store.profileParams(profile);
            values.putAll(store.projectionParams(whole));
            MemberCopy.Line member = new MemberCopy.Line().value(id);
            for (String name : MEMBER_VALUES) {
                member.value(values.get(name));
            }
            // MemberRegistry inserts the row (version 0) and projects it after each event.
            members.writeBytes(member.value(history.size()).bytes());
            List<MemberEvent> before = new ArrayList<>(history.size());
            UnitId unit = null;
            for (int i = 0; i < history.size(); i++) {
                MemberEvent e = history.get(i);
                before.add(e);
                // The unit an event counts in, as MemberRegistry records it: the branch before the event,
                // the new branch for a transfer, the branch it opens for the first event.
                UnitId countedIn = switch (e) {
                    case MemberEvent.Transferred t -> t.to();
                    default -> i == 0 ? MemberHistory.restore(profile.birthDate(), before, policy).currentUnit() : unit;
                };
                events.writeBytes(new MemberCopy.Line().value(id).value(i + 1).value(e.kind()).value(e.on())
                        .value(countedIn == null ? null : countedIn.value()).value(store.payload(e)).bytes());
                unit = MemberHistory.restore(profile.birthDate(), before, policy).currentUnit();
            }
            for (Period p : whole.periods()) {
                periods.writeBytes(new MemberCopy.Line().value(id).value(p.from()).value(p.to()).value(p.status().name())
                        .value(p.unit().value()).value(p.hostUnit() == null ? null : p.hostUnit().value())
                        .value(p.exempt()).bytes());
            }
            maxId = Math.max(maxId, id);
            rows++;
        }

        /** Members buffered since the last flush. */
        public long buffered() {
            return rows;
        }

        /** Sends what is buffered: members, then their events, then their periods. */
        public void flush() {
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                send(copy, MEMBER_COPY, members);
                send(copy, EVENT_COPY, events);
                send(copy, PERIOD_COPY, periods);
                try (var statement = connection.createStatement()) {
                    statement.execute("select setval(pg_get_serial_sequence('member', 'id'), greatest(" + maxId
                            + ", (select coalesce(max(id), 1) from member)))");
                }
                rows = 0;
            } catch (SQLException e) {
                throw new IllegalStateException("Bulk loading members failed", e);
            }
        }

        private static void send(CopyManager copy, String sql, ByteArrayOutputStream buffer) throws SQLException {
            if (buffer.size() == 0) {
                return;
            }
            var in = copy.copyIn(sql);
            try {
                byte[] bytes = buffer.toByteArray();
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
                buffer.reset();
            }
        }
    }
}
