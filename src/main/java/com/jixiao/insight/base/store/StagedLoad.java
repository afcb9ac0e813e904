package com.jixiao.insight.base.store;

import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
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

    private final DuckDBConnection connection;
    private final String prefix;
    private final List<Table<?>> tables;

    private StagedLoad(DuckDBConnection connection, String prefix, List<Table<?>> tables) {
        this.connection = connection;
        this.prefix = prefix;
        this.tables = List.copyOf(tables);
    }

    /**
     * Creates an empty staging copy {@code prefix + name} of each table; {@code tables} in dependency order (parents
     * first), as they will be moved.
     */
    public static StagedLoad open(DuckDBConnection connection, String prefix, List<Table<?>> tables) {
        StagedLoad load = new StagedLoad(connection, prefix, tables);
        DSLContext db = load.db();
        load.drop(db);
        for (Table<?> table : tables) {
            db.createTable(load.stage(table)).as(DSL.selectFrom(table).limit(0)).execute();
        }
        return load;
    }

    /** A sink into the staging tables, for one worker on its own connection ({@code connection.duplicate()}). */
    public AppenderSink sink(DuckDBConnection own) {
        return new AppenderSink(own, prefix);
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
        drop(db);
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
        return DSL.table(DSL.name(prefix + table.getName()));
    }

    private DSLContext db() {
        return DSL.using(connection, SQLDialect.DUCKDB);
    }
}
