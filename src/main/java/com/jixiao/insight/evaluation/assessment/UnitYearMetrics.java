package com.jixiao.insight.evaluation.assessment;

import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS_LIVE;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Keeps the pre-aggregated table {@code unit_year_metrics} equal to the view {@code unit_year_metrics_live}.
 * Called in the transaction that changes a unit's documents, so readers see both change together.
 */
public final class UnitYearMetrics {

    private UnitYearMetrics() {}

    /** Recomputes every unit's rows (a rebuild, a synthetic load). */
    public static void refreshAll(DSLContext db) {
        refresh(db, DSL.trueCondition(), DSL.trueCondition());
    }

    /** Recomputes the rows of the unit {@code unitId} (after a document of it was stored or made current). */
    public static void refreshUnit(DSLContext db, long unitId) {
        refresh(db, UNIT_YEAR_METRICS.UNIT_ID.eq(unitId), UNIT_YEAR_METRICS_LIVE.UNIT_ID.eq(unitId));
    }

    /** Recomputes the rows of the units {@code unitIds} (after a batch of documents of them was stored). */
    public static void refreshUnits(DSLContext db, Collection<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            refresh(db, UNIT_YEAR_METRICS.UNIT_ID.in(unitIds), UNIT_YEAR_METRICS_LIVE.UNIT_ID.in(unitIds));
        }
    }

    private static void refresh(DSLContext db, Condition stored, Condition live) {
        db.deleteFrom(UNIT_YEAR_METRICS).where(stored).execute();
        db.insertInto(UNIT_YEAR_METRICS)
                .select(DSL.selectFrom(UNIT_YEAR_METRICS_LIVE).where(live))
                .execute();
    }
}
