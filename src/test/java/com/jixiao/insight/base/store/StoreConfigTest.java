package com.jixiao.insight.base.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.TestStores;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool opens the store as the app needs it: DuckDB's log checkpointed at 256 MB, not its default 16 MB. */
class StoreConfigTest {

    @TempDir
    Path dir;

    @Test
    void everyPooledConnectionLetsTheLogGrowToTheThreshold() throws SQLException {
        String threshold;
        String defaultThreshold;
        try (Connection plain = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = plain.createStatement()) {
            defaultThreshold = threshold(s);
            s.execute(StoreConfig.CHECKPOINT_THRESHOLD);
            threshold = threshold(s);
        }
        assertThat(threshold).isNotEqualTo(defaultThreshold);
        try (HikariDataSource pool = new HikariDataSource(StoreConfig.pool(TestStores.empty(dir), 2));
                Connection first = pool.getConnection();
                Connection second = pool.getConnection();
                Statement a = first.createStatement();
                Statement b = second.createStatement()) {
            assertThat(threshold(a)).isEqualTo(threshold);
            assertThat(threshold(b)).isEqualTo(threshold);
        }
    }

    private static String threshold(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
            r.next();
            return r.getString(1);
        }
    }
}
