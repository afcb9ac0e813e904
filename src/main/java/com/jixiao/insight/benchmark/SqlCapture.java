package com.jixiao.insight.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Records the SQL each service call runs (with its values inlined), so the benchmark can run exactly
 * the same statements over plain DuckDB JDBC and compare. Active only while a recording is open.
 */
public final class SqlCapture implements ExecuteListener {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    public static void start() {
        RECORDING.set(new ArrayList<>());
    }

    public static List<String> stop() {
        List<String> sql = RECORDING.get();
        RECORDING.remove();
        return sql == null ? List.of() : sql;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        List<String> sql = RECORDING.get();
        if (sql != null && ctx.query() != null) {
            sql.add(ctx.dsl().renderInlined(ctx.query()));
        } else if (sql != null && ctx.sql() != null) {
            sql.add(ctx.sql());
        }
    }
}
