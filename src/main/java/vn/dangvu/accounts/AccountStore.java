package vn.dangvu.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangvu.organizations.UnitId;

/** Accounts and grants in explicit SQL; the services above it decide who may ask. */
@Repository
class AccountStore {

    static final String COLUMNS = """
            a.id, a.username, a.display_name, a.password_hash, a.must_change_password, a.enabled,
            a.failed_sign_ins, a.locked_until, a.last_sign_in_at
            """;

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(long id, String username, String displayName, String passwordHash,
            boolean mustChangePassword, boolean enabled, int failedSignIns, Instant lockedUntil, Instant lastSignInAt) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        AccountPrincipal principal() {
            return new AccountPrincipal(id, username, displayName);
        }
    }

    /** Holds off other writers of accounts until the transaction ends (two first starts at once). */
    void lockAccounts() {
        jdbc.sql("lock table account in share row exclusive mode").update();
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    Optional<StoredAccount> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.id = ?").param(id)
                .query(AccountStore::map).optional();
    }

    Optional<StoredAccount> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.id = ? for update").param(id)
                .query(AccountStore::map).optional();
    }

    Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from account a where lower(a.username) = lower(?)")
                .param(username == null ? "" : username.strip()).query(AccountStore::map).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists(select 1 from account where lower(username) = lower(?))").param(username)
                .query(Boolean.class).single();
    }

    long insert(String username, String displayName, String passwordHash, boolean mustChange) {
        return jdbc.sql("""
                insert into account (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, ?) returning id
                """).params(username, displayName, passwordHash, mustChange).query(Long.class).single();
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                update account set password_hash = ?, must_change_password = ?, password_changed_at = now(),
                       version = version + 1 where id = ?
                """).params(hash, mustChange, id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
    }

    void recordFailure(long id, int failures, Instant lockedUntil) {
        jdbc.sql("update account set failed_sign_ins = ?, locked_until = coalesce(?, locked_until) where id = ?")
                .params(failures, lockedUntil == null ? null : Timestamp.from(lockedUntil), id).update();
    }

    void recordSuccess(long id, Instant at) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = ? where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void unlock(long id) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where id = ?").param(id).update();
    }

    List<Grant> grants(long accountId) {
        return jdbc.sql("select role, unit_id from account_grant where account_id = ? order by role, unit_id")
                .param(accountId)
                .query((rs, n) -> new Grant(Role.valueOf(rs.getString(1)), unitId(rs, 2))).list();
    }

    boolean addGrant(long accountId, Grant grant) {
        return jdbc.sql("""
                insert into account_grant (account_id, role, unit_id) values (?, ?, ?)
                on conflict do nothing
                """).params(accountId, grant.role().name(), grant.unitValue()).update() > 0;
    }

    boolean removeGrant(long accountId, Grant grant) {
        return jdbc.sql("""
                delete from account_grant where account_id = ? and role = ? and unit_id is not distinct from ?
                """).params(accountId, grant.role().name(), grant.unitValue()).update() > 0;
    }

    long enabledAdmins() {
        return jdbc.sql("""
                select count(distinct a.id) from account a join account_grant g on g.account_id = a.id
                 where g.role = 'SYSTEM_ADMIN' and a.enabled
                """).query(Long.class).single();
    }

    static UnitId unitId(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : new UnitId(value);
    }

    static StoredAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("must_change_password"), rs.getBoolean("enabled"),
                rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant(),
                lastSignIn == null ? null : lastSignIn.toInstant());
    }
}
