package com.jixiao.insight.ingest.batch;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT_FILE;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS_LIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.store.StoreConfig;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.StoreWriteLock;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** A batch service over a store of its own, outside Spring, and the checks every batch test makes of the store. */
public final class BatchStores {

    private BatchStores() {}

    public static HikariDataSource pool(Path store) {
        return new HikariDataSource(StoreConfig.pool(store, 4));
    }

    public static BatchImportService service(HikariDataSource pool, Path store) {
        BatchImportService service = new BatchImportService(
                DSL.using(pool, SQLDialect.DUCKDB),
                pool,
                store,
                new StoreWriteLock(),
                ImportLimits.DEFAULT,
                ZipLimits.DEFAULT);
        service.recover();
        return service;
    }

    /** Waits until the batch is over (or, with {@code previewed}, until its preview is ready). */
    public static Batch await(BatchImportService service, long id, boolean previewed) {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            Batch b = service.batch(id).orElseThrow();
            if (b.finished() || (previewed && b.preview().isPresent())) {
                return b;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("batch " + id + " did not finish");
    }

    /**
     * No partial document anywhere in the store: every document has evaluations, every evaluation its assessment,
     * every indicator its assessment, and the pre-aggregated metrics equal the view they summarise.
     */
    public static void assertNoPartialDocuments(DSLContext db) {
        assertThat(db.fetchCount(
                        DOCUMENT,
                        DSL.notExists(DSL.selectOne().from(EVALUATION).where(EVALUATION.DOCUMENT_ID.eq(DOCUMENT.ID)))))
                .as("documents without evaluations")
                .isZero();
        assertThat(db.fetchCount(
                        EVALUATION,
                        DSL.notExists(DSL.selectOne()
                                .from(EVALUATION_ASSESSMENT)
                                .where(EVALUATION_ASSESSMENT.EVALUATION_ID.eq(EVALUATION.ID)))))
                .as("evaluations without their assessment")
                .isZero();
        assertThat(db.fetchCount(
                        INDICATOR,
                        DSL.notExists(DSL.selectOne()
                                .from(INDICATOR_ASSESSMENT)
                                .where(INDICATOR_ASSESSMENT.INDICATOR_ID.eq(INDICATOR.ID)))))
                .as("indicators without their assessment")
                .isZero();
        assertThat(db.fetchCount(DSL.select(DSL.asterisk())
                        .from(UNIT_YEAR_METRICS)
                        .except(DSL.select(DSL.asterisk()).from(UNIT_YEAR_METRICS_LIVE))))
                .isZero();
        assertThat(db.fetchCount(DSL.select(DSL.asterisk())
                        .from(UNIT_YEAR_METRICS_LIVE)
                        .except(DSL.select(DSL.asterisk()).from(UNIT_YEAR_METRICS))))
                .isZero();
    }

    /** The file's report is in the store whole: its document, every evaluation and indicator, and its original. */
    public static void assertWhole(DSLContext db, FileRow f) {
        var document =
                db.selectFrom(DOCUMENT).where(DOCUMENT.SHA256.eq(f.sha256())).fetchOne();
        assertThat(document).as("document of %s", f.fileName()).isNotNull();
        assertThat(document.getId()).isEqualTo(f.documentId());
        var evaluations = db.select(EVALUATION.ID)
                .from(EVALUATION)
                .where(EVALUATION.DOCUMENT_ID.eq(document.getId()))
                .fetch(EVALUATION.ID);
        assertThat(evaluations).as("evaluations of %s", f.fileName()).hasSize(f.evaluations());
        assertThat(db.fetchCount(INDICATOR, INDICATOR.EVALUATION_ID.in(evaluations)))
                .as("indicators of %s", f.fileName())
                .isEqualTo(f.indicators());
        assertThat(db.fetchExists(DOCUMENT_FILE, DOCUMENT_FILE.SHA256.eq(f.sha256())))
                .isTrue();
    }

    /** Nothing of the file is in the store. */
    public static void assertAbsent(DSLContext db, FileRow f) {
        assertThat(db.fetchExists(DOCUMENT, DOCUMENT.SHA256.eq(f.sha256())))
                .as("document of %s", f.fileName())
                .isFalse();
        assertThat(db.fetchExists(DOCUMENT_FILE, DOCUMENT_FILE.SHA256.eq(f.sha256())))
                .isFalse();
    }
}
