package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;

import com.jixiao.insight.base.store.AppenderSink;
import com.jixiao.insight.base.store.StagedLoad;
import com.jixiao.insight.evaluation.assessment.MetricTables;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.store.generated.tables.records.RegionRecord;
import com.jixiao.insight.store.generated.tables.records.UnitRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.jooq.Table;

/**
 * Many documents at once through DuckDB's Appender ({@link StagedLoad}): each goes through the same rows and
 * assessment as a single import ({@link DocumentStore}), appended by one {@link Writer} per worker thread; {@link
 * #commit} moves them all into the store and refreshes the pre-aggregated metrics in one transaction.
 */
public final class BulkLoad {

    /** Every table a document writes, parents first: its unit and region, then its rows. */
    private static final List<Table<?>> TABLES = Stream.concat(
                    Stream.of(REGION, UNIT, UNIT_ALIAS), DocumentStore.TABLES.stream())
            .toList();

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
        staged.commit(MetricTables::refreshAll);
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
