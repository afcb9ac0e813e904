package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Tables.API_TOKEN;
import static com.jixiao.insight.store.generated.Tables.APP_USER;
import static com.jixiao.insight.store.generated.Tables.APP_USER_SCOPE;
import static com.jixiao.insight.store.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.store.SeedsAndImports;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild keeps the accounts, their restrictions, their API tokens and the audit trail. */
class StoreCarryOverTest {

    @TempDir
    Path dir;

    @Test
    void rebuildKeepsAccountsRestrictionsTokensAndTheAuditTrail() throws Exception {
        Path store = dir.resolve("store.duckdb");
        SeedsAndImports.build(store);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            db.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, "hubei")
                    .set(APP_USER.PASSWORD_HASH, "{bcrypt}hash")
                    .set(APP_USER.ROLE, "analyst")
                    .execute();
            db.insertInto(APP_USER_SCOPE)
                    .set(APP_USER_SCOPE.USERNAME, "hubei")
                    .set(APP_USER_SCOPE.REGION_PATH, "湖北省")
                    .execute();
            db.insertInto(API_TOKEN)
                    .set(API_TOKEN.NAME, "nightly")
                    .set(API_TOKEN.USERNAME, "hubei")
                    .set(API_TOKEN.SECRET_HASH, "ab".repeat(32))
                    .set(API_TOKEN.CREATED_AT, java.time.LocalDateTime.of(2026, 1, 2, 3, 4))
                    .set(API_TOKEN.CREATED_BY, "admin")
                    .set(API_TOKEN.EXPIRES_AT, java.time.LocalDateTime.of(2027, 1, 1, 0, 0))
                    .set(API_TOKEN.LAST_USED_AT, java.time.LocalDateTime.of(2026, 1, 3, 0, 0))
                    .execute();
            for (String action : new String[] {"login", "export.ranking", "user.create"}) {
                db.insertInto(AUDIT_LOG)
                        .set(AUDIT_LOG.USERNAME, "hubei")
                        .set(AUDIT_LOG.ACTION, action)
                        .set(AUDIT_LOG.OUTCOME, "ok")
                        .execute();
            }
        }
        SeedsAndImports.build(store);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            assertThat(db.fetchOne(APP_USER, APP_USER.USERNAME.eq("hubei")).getPasswordHash())
                    .isEqualTo("{bcrypt}hash");
            assertThat(db.fetchOne(APP_USER_SCOPE).getRegionPath()).isEqualTo("湖北省");
            var token = db.fetchOne(API_TOKEN);
            assertThat(token.getSecretHash()).isEqualTo("ab".repeat(32));
            assertThat(token.getUsername()).isEqualTo("hubei");
            assertThat(token.getExpiresAt()).isEqualTo(java.time.LocalDateTime.of(2027, 1, 1, 0, 0));
            assertThat(token.getLastUsedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 3, 0, 0));
            assertThat(db.select(AUDIT_LOG.ACTION)
                            .from(AUDIT_LOG)
                            .orderBy(AUDIT_LOG.ID)
                            .fetch(AUDIT_LOG.ACTION))
                    .containsExactly("login", "export.ranking", "user.create");
        }
    }
}
