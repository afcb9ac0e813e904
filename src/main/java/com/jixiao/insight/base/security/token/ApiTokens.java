package com.jixiao.insight.base.security.token;

import static com.jixiao.insight.store.generated.Tables.API_TOKEN;
import static com.jixiao.insight.store.generated.Tables.APP_USER;

import com.jixiao.insight.base.security.AppUser;
import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.store.generated.tables.records.ApiTokenRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scheduled jobs. An admin makes a named token for an account, valid through a chosen day; the
 * secret ({@code jxt_} and 256 random bits) is shown once and kept only as its SHA-256, so the store never
 * holds a usable secret. A token signs HTTP API requests as its account, with the account's role and
 * restriction as they are at that moment; it stops working when it expires, when it is revoked, or when the
 * account is disabled. Every use, and every refused use, is audited; the last use is kept on the token.
 */
@Service
public class ApiTokens {

    /** A token as the admin sees it: never its secret, nor its hash. */
    public record Token(
            long id,
            String name,
            String username,
            LocalDateTime createdAt,
            String createdBy,
            LocalDateTime expiresAt,
            Optional<LocalDateTime> lastUsedAt,
            Optional<LocalDateTime> revokedAt) {

        public Status status(LocalDateTime now) {
            if (revokedAt.isPresent()) {
                return Status.REVOKED;
            }
            return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
        }

        /** The day it is valid through (it expires at the start of the next day). */
        public LocalDate validThrough() {
            return expiresAt.toLocalDate().minusDays(1);
        }
    }

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A token just made, with its secret: shown to the admin once, then forgotten. */
    public record Created(Token token, String secret) {}

    static final String PREFIX = "jxt_";
    /** Scheduled jobs get a year at most; then a new token, so a forgotten one does not live for ever. */
    public static final int MAX_DAYS = 366;

    static final int MAX_NAME = 60;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final DSLContext db;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    /** Uses are recorded one at a time: DuckDB refuses two transactions updating one row at once. */
    private final Object lastUseLock = new Object();

    @Autowired
    ApiTokens(DSLContext db, UserAccounts accounts, AuditLog audit) {
        this(db, accounts, audit, Clock.systemDefaultZone());
    }

    ApiTokens(DSLContext db, UserAccounts accounts, AuditLog audit, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token for {@code username}, valid through {@code validThrough} (at most {@value #MAX_DAYS} days). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public Created create(String name, String username, LocalDate validThrough) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a token needs a name of 1–" + MAX_NAME + " characters");
        }
        var account =
                db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne();
        if (account == null) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
        if (!account.getEnabled()) {
            throw new IllegalArgumentException("user '" + username + "' is disabled");
        }
        LocalDate today = LocalDate.now(clock);
        if (validThrough == null || validThrough.isBefore(today) || validThrough.isAfter(today.plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException("a token is valid through a day from today to "
                    + today.plusDays(MAX_DAYS) + " (" + MAX_DAYS + " days at most)");
        }
        String secret = newSecret();
        String by = currentUser();
        ApiTokenRecord r = db.insertInto(API_TOKEN)
                .set(API_TOKEN.NAME, label)
                .set(API_TOKEN.USERNAME, username)
                .set(API_TOKEN.SECRET_HASH, hash(secret))
                .set(API_TOKEN.CREATED_AT, LocalDateTime.now(clock))
                .set(API_TOKEN.CREATED_BY, by)
                .set(API_TOKEN.EXPIRES_AT, validThrough.plusDays(1).atStartOfDay())
                .returning()
                .fetchOne();
        audit.record(by, "token.create", "ok", describe(r) + " valid through " + validThrough);
        return new Created(token(r), secret);
    }

    /** Every token, newest first, revoked and expired ones included. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<Token> list() {
        return db.selectFrom(API_TOKEN).orderBy(API_TOKEN.ID.desc()).fetch(ApiTokens::token);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void revoke(long id) {
        ApiTokenRecord r = db.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("no token #" + id);
        }
        if (r.getRevokedAt() != null) {
            throw new IllegalArgumentException("token #" + id + " is revoked already");
        }
        String by = currentUser();
        db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, LocalDateTime.now(clock))
                .set(API_TOKEN.REVOKED_BY, by)
                .where(API_TOKEN.ID.eq(id))
                .execute();
        audit.record(by, "token.revoke", "ok", describe(r));
    }

    /**
     * The account a bearer secret signs for, if the token is known, not revoked, not expired and its account
     * enabled. Records the use ({@code use}: method and path) on the token and in the audit log, and a refusal
     * in the audit log. Called before anyone is signed in, so not secured.
     */
    public Optional<AppUser> authenticate(String secret, String use) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            audit.record(null, "token.use", "failed", "not a token of this app; " + use);
            return Optional.empty();
        }
        ApiTokenRecord r = db.selectFrom(API_TOKEN)
                .where(API_TOKEN.SECRET_HASH.eq(hash(secret)))
                .fetchOne();
        if (r == null) {
            audit.record(null, "token.use", "failed", "unknown token; " + use);
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String refused = r.getRevokedAt() != null ? "revoked" : !now.isBefore(r.getExpiresAt()) ? "expired" : null;
        Optional<AppUser> user =
                refused == null ? accounts.find(r.getUsername(), false).filter(AppUser::enabled) : Optional.empty();
        if (refused == null && user.isEmpty()) {
            refused = "account disabled";
        }
        if (refused != null) {
            audit.record(r.getUsername(), "token.use", "failed", refused + " " + describe(r) + "; " + use);
            return Optional.empty();
        }
        recordLastUse(r.getId(), now);
        audit.record(r.getUsername(), "token.use", "ok", describe(r) + "; " + use);
        return user;
    }

    private void recordLastUse(long id, LocalDateTime now) {
        synchronized (lastUseLock) {
            try {
                db.update(API_TOKEN)
                        .set(API_TOKEN.LAST_USED_AT, now)
                        .where(API_TOKEN.ID.eq(id))
                        .execute();
            } catch (DataAccessException e) {
                // An admin revoking this very token at this moment: the use is still audited.
                log.warn("could not record the last use of API token #{}: {}", id, e.getMessage());
            }
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String currentUser() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null ? "cli" : auth.getName();
    }

    private static String describe(ApiTokenRecord r) {
        return "#" + r.getId() + " \"" + r.getName() + "\" for " + r.getUsername();
    }

    private static Token token(ApiTokenRecord r) {
        return new Token(
                r.getId(),
                r.getName(),
                r.getUsername(),
                r.getCreatedAt(),
                r.getCreatedBy(),
                r.getExpiresAt(),
                Optional.ofNullable(r.getLastUsedAt()),
                Optional.ofNullable(r.getRevokedAt()));
    }
}
