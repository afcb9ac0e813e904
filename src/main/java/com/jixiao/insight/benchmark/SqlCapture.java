package com.jixiao.insight.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Records the SQL each service call runs (with its values inlined), so the benchmark can run exactly
 * the same statements over plain DuckDB JDBC and compare, and how long each took inside the app (from its
 * execution to its last row read into jOOQ's records). Active only while a recording is open; the recording
 * takes statements from every thread (a call may run its queries in parallel), so the benchmark records one call
 * at a time.
 */
public final class SqlCapture implements ExecuteListener {

    /** A statement as the app ran it: its SQL with the values inlined, and its time in the app, ms. */
    public record Captured(String sql, double appMs) {}

    private static final String STARTED = SqlCapture.class.getName() + ".started";
    private static final String SQL = SqlCapture.class.getName() + ".sql";

    private static volatile List<Captured> recording;

    public static void start() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    /** The statements recorded since {@link #start}, in the order they ended. */
    public static List<Captured> stop() {
        List<Captured> sql = recording;
        recording = null;
        return sql == null ? List.of() : List.copyOf(sql);
    }

    /** The SQL of the statements recorded since {@link #start}. */
    public static List<String> stopSql() {
        return stop().stream().map(Captured::sql).toList();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (recording != null) {
            String sql = ctx.query() != null ? ctx.dsl().renderInlined(ctx.query()) : ctx.sql();
            if (sql != null) {
                ctx.data(SQL, sql);
                ctx.data(STARTED, System.nanoTime()); // after the rendering above, which the app does not do
            }
        }
    }

    @Override
    public void end(ExecuteContext ctx) {
        List<Captured> sql = recording;
        if (sql != null && ctx.data(STARTED) instanceof Long started) {
            sql.add(new Captured((String) ctx.data(SQL), (System.nanoTime() - started) / 1e6));
        }
    }
}
