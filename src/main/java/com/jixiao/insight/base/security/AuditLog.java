package com.jixiao.insight.base.security;

import static com.jixiao.insight.store.generated.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail in the store: logins, failed logins, imports, exports, user changes, backups. */
@Service
public class AuditLog {

    /** One entry as the admin's audit view lists it. */
    public record Entry(long id, LocalDateTime at, String username, String action, String outcome, String detail) {}

    private final DSLContext db;

    public AuditLog(DSLContext db) {
        this.db = db;
    }

    /** Records an entry in its own transaction, so a failed action still leaves its trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String outcome, String detail) {
        db.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.USERNAME, username)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.OUTCOME, outcome)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }

    /** One entry of many recorded together ({@link #recordIn}). */
    public record Line(String outcome, String detail) {}

    /**
     * Records entries of one user and action in the caller's transaction {@code tx}, one statement for all: the
     * files of a batch import, each entry committed with the file it describes, or with none of it.
     */
    public static void recordIn(DSLContext tx, String username, String action, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        var insert =
                tx.insertInto(AUDIT_LOG, AUDIT_LOG.USERNAME, AUDIT_LOG.ACTION, AUDIT_LOG.OUTCOME, AUDIT_LOG.DETAIL);
        for (Line line : lines) {
            insert = insert.values(username, action, line.outcome(), line.detail());
        }
        insert.execute();
    }

    /** The name of the signed-in user, or "cli" for a command of the jar. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "cli" : auth.getName();
    }

    /** Records an entry for the signed-in user (or "cli" for a command of the jar). */
    public void recordForCurrentUser(String action, String outcome, String detail) {
        record(currentUser(), action, outcome, detail);
    }

    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return db.selectFrom(AUDIT_LOG)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new Entry(
                        r.getId(), r.getHappenedAt(), r.getUsername(), r.getAction(), r.getOutcome(), r.getDetail()));
    }
}
