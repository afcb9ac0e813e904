package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS_LIVE;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS_LIVE;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What a half-written document would leave in the store, counted: documents without evaluations, evaluations or
 * indicators without the rules engine's assessment, and rows of the pre-aggregated metrics out of step with the view
 * they summarise. All zero in a store whose every write was whole; the benchmark and the crash checks print it.
 */
public record PartialDocuments(
        int withoutEvaluations,
        int evaluationsWithoutAssessment,
        int indicatorsWithoutAssessment,
        int metricsOutOfStep) {

    public static PartialDocuments count(DSLContext db) {
        return new PartialDocuments(
                db.fetchCount(
                        DOCUMENT,
                        DSL.notExists(DSL.selectOne().from(EVALUATION).where(EVALUATION.DOCUMENT_ID.eq(DOCUMENT.ID)))),
                db.fetchCount(
                        EVALUATION,
                        DSL.notExists(DSL.selectOne()
                                .from(EVALUATION_ASSESSMENT)
                                .where(EVALUATION_ASSESSMENT.EVALUATION_ID.eq(EVALUATION.ID)))),
                db.fetchCount(
                        INDICATOR,
                        DSL.notExists(DSL.selectOne()
                                .from(INDICATOR_ASSESSMENT)
                                .where(INDICATOR_ASSESSMENT.INDICATOR_ID.eq(INDICATOR.ID)))),
                outOfStep(db, UNIT_YEAR_METRICS, UNIT_YEAR_METRICS_LIVE)
                        + outOfStep(db, EVALUATION_METRICS, EVALUATION_METRICS_LIVE));
    }

    /** Rows of the pre-aggregated {@code table} that its {@code view} does not give, and the other way round. */
    private static int outOfStep(DSLContext db, Table<?> table, Table<?> view) {
        return db.fetchCount(DSL.select(DSL.asterisk())
                        .from(table)
                        .except(DSL.select(DSL.asterisk()).from(view)))
                + db.fetchCount(DSL.select(DSL.asterisk())
                        .from(view)
                        .except(DSL.select(DSL.asterisk()).from(table)));
    }

    /** Everything counted: 0 in a sound store. */
    public int total() {
        return withoutEvaluations + evaluationsWithoutAssessment + indicatorsWithoutAssessment + metricsOutOfStep;
    }
}
