package vn.dangvu.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.accounts.AccountChanged.Action;
import vn.dangvu.accounts.AccountViews.TokenView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.VietnameseText;

/**
 * Personal access tokens for API clients. A token is 32 random bytes, shown once when it is made;
 * only its SHA-256 is kept (a token is random enough that a slow hash would add nothing), with a
 * short prefix so its owner can tell tokens apart. A revoked or expired token no longer signs in.
 */
@Service
@Transactional
class AccessTokens {

    static final String PREFIX = "dv_";
    static final int NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AccountStore accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    record NewToken(long id, String token) {
    }

    NewToken create(long accountId, String name, LocalDate expiresOn) {
        String clean = VietnameseText.clean(name);
        if (clean.isEmpty() || clean.length() > NAME_MAX) {
            throw AccountRule.REQUIRED.violation("token-name-required", NAME_MAX);
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            throw AccountRule.REQUIRED.violation("token-expiry-past");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, PREFIX.length() + 6);
        long id = jdbc.sql("""
                insert into access_token (account_id, name, token_hash, prefix, expires_on)
                values (?, ?, ?, ?, ?) returning id
                """).params(accountId, clean, hash(token), prefix, expiresOn).query(Long.class).single();
        var account = accounts.find(accountId).orElseThrow();
        events.publishEvent(new AccountChanged(accountId, account.username(), Action.TOKEN_CREATED, null,
                Map.of("token", id, "name", clean, "prefix", prefix, "expiresOn", String.valueOf(expiresOn)),
                AccountAdministration.unitsOf(accounts.grants(accountId))));
        return new NewToken(id, token);
    }

    @Transactional(readOnly = true)
    List<TokenView> list(long accountId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, expires_on, last_used_at, revoked_at
                  from access_token where account_id = ? order by revoked_at nulls first, created_at desc
                """).param(accountId)
                .query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getObject(5, LocalDate.class),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes one of the account's own tokens; another's token answers as not found. */
    void revoke(long accountId, long tokenId) {
        int changed = jdbc.sql("""
                update access_token set revoked_at = now() where id = ? and account_id = ? and revoked_at is null
                """).params(tokenId, accountId).update();
        if (changed == 0) {
            boolean own = jdbc.sql("select exists(select 1 from access_token where id = ? and account_id = ?)")
                    .params(tokenId, accountId).query(Boolean.class).single();
            if (!own) {
                throw new NotFoundException("token", tokenId);
            }
            return;
        }
        var account = accounts.find(accountId).orElseThrow();
        events.publishEvent(new AccountChanged(accountId, account.username(), Action.TOKEN_REVOKED,
                Map.of("token", tokenId, "revoked", false), Map.of("token", tokenId, "revoked", true),
                AccountAdministration.unitsOf(accounts.grants(accountId))));
    }

    /** The account a presented token signs in, if the token is live and its account enabled. */
    Optional<TokenAuthentication> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select t.id, t.account_id from access_token t join account a on a.id = t.account_id
                 where t.token_hash = ? and t.revoked_at is null and (t.expires_on is null or t.expires_on >= ?)
                   and a.enabled and not a.must_change_password
                """).params(hash(token), LocalDate.now(clock))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .flatMap(ids -> {
                    jdbc.sql("update access_token set last_used_at = ? where id = ?")
                            .params(Timestamp.from(clock.instant()), ids[0]).update();
                    return accounts.find(ids[1]).map(a -> new TokenAuthentication(a.principal(), ids[0]));
                });
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
