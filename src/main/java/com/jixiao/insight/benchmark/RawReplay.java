package com.jixiao.insight.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The statements a service call ran (captured with their values inlined), run again over plain DuckDB JDBC with
 * every result read to the last row: what the query costs without jOOQ's mapping or the service around it.
 */
final class RawReplay {

    private final DataSource ds;

    RawReplay(DataSource ds) {
        this.ds = ds;
    }

    /** The statements once over plain JDBC, results read to the last row, on a connection of {@code ds}; ms. */
    static double onceMs(DataSource ds, List<String> statements) {
        return Arrays.stream(new RawReplay(ds).once(statements)).sum();
    }

    private static void run(Statement s, List<String> statements) throws SQLException {
        for (String sql : statements) {
            if (s.execute(sql)) {
                try (ResultSet rs = s.getResultSet()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= n; k++) {
                            rs.getObject(k);
                        }
                    }
                }
            }
        }
    }

    /** One statement of a call, the median of its time in the app and over plain JDBC, ms. */
    record StatementTime(String sql, double appMs, double medianMs) {}

    /** What the replay of a call measured: the median of the whole and of each statement, in the call's order. */
    record Replay(double medianMs, List<StatementTime> statements) {}

    /** The statements once over plain JDBC, results read to the last row: each statement's time, ms. */
    double[] once(List<String> statements) {
        double[] each = new double[statements.size()];
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (int k = 0; k < statements.size(); k++) {
                long s0 = System.nanoTime();
                run(s, List.of(statements.get(k)));
                each[k] = (System.nanoTime() - s0) / 1e6;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw replay failed: " + e.getMessage(), e);
        }
        return each;
    }

    /**
     * The medians of replays ({@link #once}, one row per round): of the whole and of each statement, each beside its
     * median in the app ({@code appMs}, in the same order).
     */
    static Replay summary(List<String> statements, List<Double> appMs, List<double[]> rounds) {
        double[] totals = rounds.stream()
                .mapToDouble(r -> Arrays.stream(r).sum())
                .sorted()
                .toArray();
        List<StatementTime> perStatement = new ArrayList<>();
        for (int k = 0; k < statements.size(); k++) {
            int statement = k;
            double[] ms =
                    rounds.stream().mapToDouble(r -> r[statement]).sorted().toArray();
            perStatement.add(new StatementTime(statements.get(k), appMs.get(k), CallTimer.percentile(ms, 50)));
        }
        return new Replay(CallTimer.percentile(totals, 50), List.copyOf(perStatement));
    }
}
