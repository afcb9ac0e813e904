package com.jixiao.insight.base.store;

import java.util.List;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Where a writer's rows go: multi-row statements in the caller's transaction ({@link BulkInsert#sink}), or DuckDB's
 * Appender for loads of many documents ({@link AppenderSink}). Writers build records once and do not care which.
 */
public interface RowSink {

    /** Writes {@code rows} into {@code table}, every column as set in each record. */
    <R extends TableRecord<R>> void insert(Table<R> table, List<R> rows);

    /**
     * Writes rows given as their values, one per column of {@code table} in its order: for the many rows of one
     * shape (a document's source lines), where building a record for each costs more than writing it (a batch's
     * writer spent 1.5 ms a report constructing source-line records).
     */
    void insertValues(Table<?> table, List<Object[]> rows);
}
