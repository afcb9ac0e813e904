package com.jixiao.insight.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The statements a service call ran (captured with their values inlined), run again over plain DuckDB JDBC with
 * every result read to the last row: what the query costs without jOOQ's mapping or the service around it.
 */
final class RawReplay {

    private final DataSource ds;
    private final int rounds;

    RawReplay(DataSource ds, int rounds) {
        this.ds = ds;
        this.rounds = rounds;
    }

    /** The statements once over plain JDBC, results read to the last row, on a connection of {@code ds}; ms. */
    static double onceMs(DataSource ds, List<String> statements) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            run(s, statements);
            return (System.nanoTime() - t0) / 1e6;
        } catch (SQLException e) {
            throw new IllegalStateException("raw replay failed: " + e.getMessage(), e);
        }
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

    /** The same statements over plain JDBC, results read to the last row; median of the rounds. */
    double medianMs(List<String> statements) {
        double[] times = new double[rounds];
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (int i = -2; i < rounds; i++) {
                long t0 = System.nanoTime();
                run(s, statements);
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw replay failed: " + e.getMessage(), e);
        }
        Arrays.sort(times);
        return CallTimer.percentile(times, 50);
    }
}
