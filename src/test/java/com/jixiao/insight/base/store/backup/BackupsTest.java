package com.jixiao.insight.base.store.backup;

import static com.jixiao.insight.store.generated.Tables.APP_USER;
import static com.jixiao.insight.store.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.store.generated.Sequences;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup → restore gives the same store: every table's row count and content checksum. */
class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTable() throws Exception {
        Path store = dir.resolve("store.duckdb");
        SeedsAndImports.build(store);
        Map<String, String> before;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            db.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, "leader")
                    .set(APP_USER.PASSWORD_HASH, "{bcrypt}x")
                    .set(APP_USER.ROLE, "viewer")
                    .execute();
            db.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.USERNAME, "leader")
                    .set(AUDIT_LOG.ACTION, "login")
                    .set(AUDIT_LOG.OUTCOME, "ok")
                    .execute();
            before = fingerprints(db);
            Backups.export(db, dir.resolve("backup"));
            assertThatThrownBy(() -> Backups.export(db, dir.resolve("backup"))).hasMessageContaining("exists already");
        }
        Path restored = dir.resolve("restored.duckdb");
        Backups.restore(dir.resolve("backup"), restored);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + restored)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            Map<String, String> after = fingerprints(db);
            assertThat(after).isEqualTo(before);
            assertThat(after).containsKeys("indicator", "source_line", "audit_flag", "app_user", "audit_log");
            System.out.println("BackupsTest: " + after.size() + " tables identical after restore: " + after);
            // Ids continue after the restored ones.
            long max = db.select(DSL.max(AUDIT_LOG.ID))
                    .from(AUDIT_LOG)
                    .fetchSingle()
                    .value1();
            assertThat(db.nextval(Sequences.STORE_ID_SEQ)).isGreaterThan(max);
        }
        assertThatThrownBy(() -> Backups.restore(dir.resolve("backup"), restored))
                .hasMessageContaining("empty store");
        assertThatThrownBy(() -> Backups.restore(dir, dir.resolve("x.duckdb"))).hasMessageContaining("is not a backup");
    }

    /** Table → "rows:md5 of all rows in a stable order". */
    static Map<String, String> fingerprints(DSLContext db) {
        Map<String, String> result = new TreeMap<>();
        var tables = db.select(DSL.field(DSL.name("table_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "tables")))
                .where(
                        DSL.field(DSL.name("table_type")).eq("BASE TABLE"),
                        DSL.field(DSL.name("table_schema")).eq("main"))
                .fetch(r -> r.value1());
        for (String table : tables) {
            var row = DSL.field(DSL.name("t"));
            var record = db.select(
                            DSL.count(),
                            DSL.field(
                                    "md5(coalesce(string_agg(CAST({0} AS VARCHAR), '|' ORDER BY CAST({0} AS VARCHAR)), ''))",
                                    String.class, row))
                    .from(DSL.table(DSL.name(table)).as("t"))
                    .fetchSingle();
            result.put(table, record.value1() + ":" + record.value2());
        }
        return result;
    }
}
