package com.jixiao.insight.base.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Rows into DuckDB's Appender, one appender per table, on one connection (an Appender belongs to its connection
 * and its thread). The rows go into the tables named {@code prefix + table}: constraint-free staging copies, see
 * {@link StagedLoad}. Decimals are brought to their column's scale: the Appender takes them exact.
 */
public final class AppenderSink implements RowSink, AutoCloseable {

    private final DuckDBConnection connection;
    private final String catalog;
    private final String prefix;
    private final Map<String, DuckDBAppender> appenders = new HashMap<>();

    public AppenderSink(DuckDBConnection connection, String prefix) {
        this(connection, null, prefix);
    }

    /** Into the tables {@code prefix + table} of {@code catalog} (null: the connection's default). */
    public AppenderSink(DuckDBConnection connection, String catalog, String prefix) {
        this.connection = connection;
        this.catalog = catalog;
        this.prefix = prefix;
    }

    @Override
    public <R extends TableRecord<R>> void insert(Table<R> table, List<R> rows) {
        append(table, rows, Record::get);
    }

    @Override
    public void insertValues(Table<?> table, List<Object[]> rows) {
        append(table, rows, (row, i) -> row[i]);
    }

    /** The value of column {@code i} of a row. */
    @FunctionalInterface
    private interface Column<T> {
        Object value(T row, int i);
    }

    private <T> void append(Table<?> table, List<T> rows, Column<T> column) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            DuckDBAppender appender = appenders.get(table.getName());
            if (appender == null) {
                appender = catalog == null
                        ? connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, prefix + table.getName())
                        : connection.createAppender(catalog, DuckDBConnection.DEFAULT_SCHEMA, prefix + table.getName());
                appenders.put(table.getName(), appender);
            }
            Field<?>[] fields = table.fields();
            for (T row : rows) {
                appender.beginRow();
                for (int i = 0; i < fields.length; i++) {
                    append(appender, fields[i], column.value(row, i));
                }
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to " + prefix + table.getName() + ": " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender a, Field<?> field, Object value) throws SQLException {
        switch (value) {
            case null -> a.appendNull();
            case Long l -> a.append(l.longValue());
            case Integer i -> a.append(i.intValue());
            case String s -> a.append(s);
            case BigDecimal d -> a.append(d.setScale(field.getDataType().scale(), RoundingMode.HALF_UP));
            case Boolean b -> a.append(b.booleanValue());
            case LocalDateTime t -> a.append(t);
            case byte[] bytes -> a.append(bytes);
            default ->
                throw new IllegalArgumentException("no appender for " + field.getName() + " of type "
                        + value.getClass().getName());
        }
    }

    /** Flushes every appender; the rows are then visible in the connection's transaction. */
    public void flush() {
        try {
            for (DuckDBAppender appender : appenders.values()) {
                appender.flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot flush the appenders: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            for (DuckDBAppender appender : appenders.values()) {
                appender.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the appenders: " + e.getMessage(), e);
        } finally {
            appenders.clear();
        }
    }
}
