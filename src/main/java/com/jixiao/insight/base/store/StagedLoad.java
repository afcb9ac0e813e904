package com.jixiao.insight.base.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Many rows through DuckDB's Appender, then into the store's tables in one transaction. The Appender writes into
 * constraint-free staging copies first: DuckDB 2.0's Appender checks foreign keys per flushed chunk (parents would
 * have to be flushed before children) and, measured here, mis-evaluated CHECK constraints on VARCHAR columns after a
 * couple of chunks. {@code INSERT … SELECT} then applies keys and checks set-wise, and readers see all of the rows or
 * none.
 */
public final class StagedLoad {

    /** DuckDB's catalog of a connection's temporary tables. */
    private static final String TEMP_CATALOG = "temp";

    private final DuckDBConnection connection;
    private final String prefix;
    private final List<Table<?>> tables;
    /** Temporary staging tables (the connection's own, kept from one load to the next) rather than tables of the store. */
    private final boolean temporary;

    private StagedLoad(DuckDBConnection connection, String prefix, List<Table<?>> tables, boolean temporary) {
        this.connection = connection;
        this.prefix = prefix;
        this.tables = List.copyOf(tables);
        this.temporary = temporary;
    }

    /**
     * Creates an empty staging copy {@code prefix + name} of each table; {@code tables} in dependency order (parents
     * first), as they will be moved.
     */
    public static StagedLoad open(DuckDBConnection connection, String prefix, List<Table<?>> tables) {
        StagedLoad load = new StagedLoad(connection, prefix, tables, false);
        DSLContext db = load.db();
        load.drop(db);
        for (Table<?> table : tables) {
            db.createTable(load.stage(table)).as(DSL.selectFrom(table).limit(0)).execute();
        }
        return load;
    }

    /**
     * Staging tables for many loads, one after the other, on {@code connection} alone: TEMPORARY tables, created here
     * once (call it outside a transaction) and emptied by each load's {@link #clear}. They live in the connection's memory, not
     * in the store (a crash leaves nothing of them), and cost no catalog change per load. Closing the connection drops them.
     */
    public static StagedLoad temporary(DuckDBConnection connection, String prefix, List<Table<?>> tables) {
        StagedLoad load = new StagedLoad(connection, prefix, tables, true);
        DSLContext db = load.db();
        for (Table<?> table : tables) {
            db.createTemporaryTableIfNotExists(load.stage(table))
                    .as(DSL.selectFrom(table).limit(0))
                    .execute();
        }
        return load;
    }

    /** A sink into the staging tables, for one worker on its own connection ({@code connection.duplicate()}). */
    public AppenderSink sink(DuckDBConnection own) {
        return temporary ? new AppenderSink(own, TEMP_CATALOG, prefix) : new AppenderSink(own, prefix);
    }

    /**
     * Empties temporary staging tables (rows a load rolled back left there); call it in the transaction, before the
     * rows are appended.
     */
    public void clear() {
        DSLContext db = db();
        for (Table<?> table : tables) {
            db.deleteFrom(stage(table)).execute();
        }
    }

    /**
     * Moves the staged rows into the store's tables and runs {@code alsoInTheTransaction} (the pre-aggregations
     * refreshed from them), all in one transaction; then drops the staging tables.
     */
    public void commit(Consumer<DSLContext> alsoInTheTransaction) {
        db().transaction(tx -> {
            for (Table<?> table : tables) {
                tx.dsl().insertInto(table).select(DSL.selectFrom(stage(table))).execute();
            }
            alsoInTheTransaction.accept(tx.dsl());
        });
        drop(db());
    }

    /**
     * Moves the staged rows into the store's tables and drops the staging tables, in the transaction open on the
     * connection (opened before {@link #open}, so that the staging tables, the rows and the move are all one
     * transaction: a crash or a rollback leaves neither staged rows nor staging tables behind). For a writer that
     * commits other rows with the same transaction (a batch of imports: its files' records, the originals).
     */
    public void move() {
        DSLContext db = db();
        for (Table<?> table : tables) {
            db.insertInto(table).select(DSL.selectFrom(stage(table))).execute();
        }
        if (!temporary) {
            drop(db); // temporary ones are emptied by the next load's clear(): a statement per table saved
        }
    }

    /**
     * Updates the rows of {@code table} that a staged row matches on {@code keys}: their {@code columns} set to the
     * staged row's, in one statement of the connection's transaction. One Appender and one {@code UPDATE … FROM} cost
     * DuckDB a twentieth of a prepared {@code UPDATE} per row (0.05 against 0.9–1.2 ms a row, measured on 2,000 rows).
     */
    @SuppressWarnings("unchecked")
    public void update(Table<?> table, List<? extends Field<?>> keys, List<? extends Field<?>> columns) {
        Table<?> staged = stage(table);
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        for (Field<?> column : columns) {
            set.put(column, staged(staged, column));
        }
        db().update(table)
                .set(set)
                .from(staged)
                .where(keys.stream()
                        .map(key -> ((Field<Object>) key).eq((Field<Object>) staged(staged, key)))
                        .toList())
                .execute();
    }

    private static Field<?> staged(Table<?> staged, Field<?> column) {
        return DSL.field(staged.getQualifiedName().append(column.getUnqualifiedName()), column.getDataType());
    }

    /** Drops the staging tables, whatever they hold: a load given up leaves nothing in the store. */
    public void abandon() {
        drop(db());
    }

    private void drop(DSLContext db) {
        for (Table<?> table : tables) {
            db.dropTableIfExists(stage(table)).execute();
        }
    }

    private Table<?> stage(Table<?> table) {
        return temporary
                ? DSL.table(DSL.name(TEMP_CATALOG, "main", prefix + table.getName()))
                : DSL.table(DSL.name(prefix + table.getName()));
    }

    private DSLContext db() {
        return DSL.using(connection, SQLDialect.DUCKDB);
    }
}
