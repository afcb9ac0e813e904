package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CONTRADICTION;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_FIGURE_SOURCE;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_REASON;
import static com.jixiao.insight.store.generated.Tables.EXPENDITURE_LINE;
import static com.jixiao.insight.store.generated.Tables.FUNDING_LINE;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.PRIOR_YEAR_FIGURE;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.SCORE_COMPONENT;
import static com.jixiao.insight.store.generated.Tables.SOURCE_LINE;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;
import static com.jixiao.insight.store.generated.Tables.UNMET_REASON;

import com.jixiao.insight.base.store.AppenderSink;
import com.jixiao.insight.base.store.StagedLoad;
import com.jixiao.insight.evaluation.assessment.UnitYearMetrics;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.store.generated.tables.records.RegionRecord;
import com.jixiao.insight.store.generated.tables.records.UnitRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import org.duckdb.DuckDBConnection;
import org.jooq.Table;

/**
 * Many documents at once through DuckDB's Appender ({@link StagedLoad}): each goes through the same rows and
 * assessment as a single import ({@link DocumentStore}), appended by one {@link Writer} per worker thread; {@link
 * #commit} moves them all into the store and refreshes the pre-aggregated metrics in one transaction.
 */
public final class BulkLoad {

    /** Every table a document writes, parents first. */
    private static final List<Table<?>> TABLES = List.of(
            REGION,
            UNIT,
            UNIT_ALIAS,
            DOCUMENT,
            SOURCE_LINE,
            EVALUATION,
            EVALUATION_FIGURE_SOURCE,
            FUNDING_LINE,
            SCORE_COMPONENT,
            INDICATOR,
            UNMET_GOAL,
            EXPENDITURE_LINE,
            PRIOR_YEAR_FIGURE,
            CONTRADICTION,
            INDICATOR_ASSESSMENT,
            EVALUATION_ASSESSMENT,
            EVALUATION_UNMET_CATEGORY,
            AUDIT_FLAG,
            UNMET_REASON,
            EVALUATION_UNMET_REASON);

    private final StagedLoad staged;

    private BulkLoad(StagedLoad staged) {
        this.staged = staged;
    }

    /** A load into the store of {@code connection}, staged in tables named {@code prefix + table}. */
    public static BulkLoad open(DuckDBConnection connection, String prefix) {
        return new BulkLoad(StagedLoad.open(connection, prefix, TABLES));
    }

    /** A writer for one thread, on its own connection ({@code connection.duplicate()}). */
    public Writer writer(DuckDBConnection own) {
        return new Writer(staged.sink(own));
    }

    /** Moves every document written (and closed) into the store, with the metrics of every unit refreshed. */
    public void commit() {
        staged.commit(UnitYearMetrics::refreshAll);
    }

    /** Gives the load up: nothing of it reaches the store. */
    public void abandon() {
        staged.abandon();
    }

    /** Appends documents of units whose ids are known; close it before {@link #commit}. */
    public static final class Writer implements AutoCloseable {

        private final AppenderSink sink;

        private Writer(AppenderSink sink) {
            this.sink = sink;
        }

        /** Regions and units that documents will refer to. */
        public void units(List<RegionRecord> regions, List<UnitRecord> units) {
            sink.insert(REGION, regions);
            sink.insert(UNIT, units);
        }

        /** A document of the unit {@code unitId}, its rows and assessment numbered from {@code ids}. */
        public void add(
                ReportDocument doc,
                SourceText source,
                String origin,
                long unitId,
                LocalDateTime loadedAt,
                LongSupplier ids) {
            DocumentStore.append(sink, doc, source, origin, unitId, loadedAt, ids);
        }

        @Override
        public void close() {
            sink.flush();
            sink.close();
        }
    }
}
