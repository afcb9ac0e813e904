package com.jixiao.insight.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Records the SQL each service call runs (with its values inlined), so the benchmark can run exactly
 * the same statements over plain DuckDB JDBC and compare. Active only while a recording is open; the
 * recording takes statements from every thread (a call may run its queries in parallel), so the benchmark
 * records one call at a time.
 */
public final class SqlCapture implements ExecuteListener {

    private static volatile List<String> recording;

    public static void start() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    public static List<String> stop() {
        List<String> sql = recording;
        recording = null;
        return sql == null ? List.of() : List.copyOf(sql);
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        List<String> sql = recording;
        if (sql != null && ctx.query() != null) {
            sql.add(ctx.dsl().renderInlined(ctx.query()));
        } else if (sql != null && ctx.sql() != null) {
            sql.add(ctx.sql());
        }
    }
}
