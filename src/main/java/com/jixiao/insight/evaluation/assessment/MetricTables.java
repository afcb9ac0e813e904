package com.jixiao.insight.evaluation.assessment;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS_LIVE;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS_LIVE;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keeps the pre-aggregated tables equal to the views they hold the rows of: {@code unit_year_metrics} to
 * {@code unit_year_metrics_live} (one row per unit and year) and {@code evaluation_metrics} to {@code
 * evaluation_metrics_live} (one row per evaluation in force). Called in the transaction that changes a unit's
 * documents, so readers see the documents and the tables change together.
 */
public final class MetricTables {

    private MetricTables() {}

    /** Recomputes every unit's rows (a rebuild, a synthetic load). */
    public static void refreshAll(DSLContext db) {
        refresh(db, UNIT_YEAR_METRICS, UNIT_YEAR_METRICS_LIVE, null, null);
        refresh(db, EVALUATION_METRICS, EVALUATION_METRICS_LIVE, null, null);
    }

    /** Recomputes the rows of the unit {@code unitId} (after a document of it was stored or made current). */
    public static void refreshUnit(DSLContext db, long unitId) {
        refresh(db, UNIT_YEAR_METRICS, UNIT_YEAR_METRICS_LIVE, UNIT_YEAR_METRICS.UNIT_ID, unitId);
        refresh(db, EVALUATION_METRICS, EVALUATION_METRICS_LIVE, EVALUATION_METRICS.UNIT_ID, unitId);
    }

    /** Recomputes the rows of the units {@code unitIds} (after a batch of documents of them was stored). */
    public static void refreshUnits(DSLContext db, Collection<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            refresh(db, UNIT_YEAR_METRICS, UNIT_YEAR_METRICS_LIVE, UNIT_YEAR_METRICS.UNIT_ID, unitIds);
            refresh(db, EVALUATION_METRICS, EVALUATION_METRICS_LIVE, EVALUATION_METRICS.UNIT_ID, unitIds);
        }
    }

    /**
     * Replaces the rows of {@code stored} whose {@code unit} column is among {@code units} (a {@code Long} or a
     * collection of them; every row when null) by those of {@code live}, whose column of the same name is the unit's.
     */
    private static void refresh(DSLContext db, Table<?> stored, Table<?> live, Field<Long> unit, Object units) {
        Condition inStored = units == null ? DSL.trueCondition() : in(unit, units);
        Condition inLive = units == null ? DSL.trueCondition() : in(live.field(unit.getName(), Long.class), units);
        db.deleteFrom(stored).where(inStored).execute();
        db.insertInto(stored).select(DSL.selectFrom(live).where(inLive)).execute();
    }

    private static Condition in(Field<Long> unit, Object units) {
        return units instanceof Collection<?> many ? unit.in(many) : unit.eq((Long) units);
    }
}
