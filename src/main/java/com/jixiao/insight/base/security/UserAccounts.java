package com.jixiao.insight.base.security;

import static com.jixiao.insight.store.generated.Tables.APP_USER;
import static com.jixiao.insight.store.generated.Tables.APP_USER_SCOPE;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in the store: bcrypt-hashed passwords, a role, an optional restriction to regions and
 * units. Changing accounts is for admins only, and every change is audited.
 */
@Service
public class UserAccounts {

    /** An account as the users view lists it (never its hash). */
    public record Account(String username, Role role, boolean enabled, Restriction restriction) {}

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,32}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAccounts(DSLContext db, PasswordEncoder encoder, AuditLog audit) {
        this.db = db;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username, boolean locked) {
        var r = db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne();
        return r == null
                ? Optional.empty()
                : Optional.of(new AppUser(
                        r.getUsername(),
                        r.getPasswordHash(),
                        Role.fromCode(r.getRole()),
                        r.getEnabled(),
                        locked,
                        restriction(username)));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<Account> list() {
        return db.selectFrom(APP_USER)
                .orderBy(APP_USER.USERNAME)
                .fetch(r -> new Account(
                        r.getUsername(), Role.fromCode(r.getRole()), r.getEnabled(), restriction(r.getUsername())));
    }

    /** Every region path an account may be restricted to. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<String> regionPaths() {
        return db.select(REGION.PATH).from(REGION).orderBy(REGION.PATH).fetch(REGION.PATH);
    }

    /** Every unit name an account may be restricted to. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<String> unitNames() {
        return db.select(UNIT.NAME).from(UNIT).orderBy(UNIT.NAME).fetch(UNIT.NAME);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void create(String username, Role role, String password, Restriction restriction) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must be 2–32 letters, digits, '.', '_' or '-'");
        }
        if (db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            throw new IllegalArgumentException("user '" + username + "' exists already");
        }
        checkPassword(password);
        insert(username, role, password);
        writeRestriction(username, restriction);
        audit.recordForCurrentUser("user.create", "ok", username + " " + role.code() + describe(restriction));
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void changePassword(String username, String password) {
        checkPassword(password);
        exists(username);
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(password))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
        audit.recordForCurrentUser("user.password", "ok", username);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void update(String username, Role role, boolean enabled, Restriction restriction) {
        exists(username);
        db.update(APP_USER)
                .set(APP_USER.ROLE, role.code())
                .set(APP_USER.ENABLED, enabled)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
        writeRestriction(username, restriction);
        audit.recordForCurrentUser(
                "user.update",
                "ok",
                username + " " + role.code() + (enabled ? "" : " disabled") + describe(restriction));
    }

    /**
     * On the very first start there is no account: an admin is created with a random password, which
     * the caller prints once. Returns the password, or empty if accounts exist.
     */
    @Transactional
    public Optional<String> createFirstAdmin() {
        if (db.fetchCount(APP_USER) > 0) {
            return Optional.empty();
        }
        String password = randomPassword();
        insert("admin", Role.ADMIN, password);
        audit.record("system", "user.create", "ok", "admin admin (first start)");
        return Optional.of(password);
    }

    public static String randomPassword() {
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private void insert(String username, Role role, String password) {
        db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(password))
                .set(APP_USER.ROLE, role.code())
                .set(APP_USER.ENABLED, true)
                .execute();
    }

    private void exists(String username) {
        if (!db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private Restriction restriction(String username) {
        var rows = db.selectFrom(APP_USER_SCOPE)
                .where(APP_USER_SCOPE.USERNAME.eq(username))
                .fetch();
        return new Restriction(
                rows.stream()
                        .map(r -> r.getRegionPath())
                        .filter(Objects::nonNull)
                        .toList(),
                rows.stream().map(r -> r.getUnitName()).filter(Objects::nonNull).toList());
    }

    private void writeRestriction(String username, Restriction restriction) {
        db.deleteFrom(APP_USER_SCOPE)
                .where(APP_USER_SCOPE.USERNAME.eq(username))
                .execute();
        restriction
                .regionPaths()
                .forEach(p -> db.insertInto(APP_USER_SCOPE)
                        .set(APP_USER_SCOPE.USERNAME, username)
                        .set(APP_USER_SCOPE.REGION_PATH, p)
                        .execute());
        restriction
                .unitNames()
                .forEach(u -> db.insertInto(APP_USER_SCOPE)
                        .set(APP_USER_SCOPE.USERNAME, username)
                        .set(APP_USER_SCOPE.UNIT_NAME, u)
                        .execute());
    }

    private static String describe(Restriction r) {
        return r.isRestricted() ? " regions=" + r.regionPaths() + " units=" + r.unitNames() : "";
    }
}
