package com.jixiao.insight.base.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded DuckDB store: built on first start (or on {@code rebuild}), then pooled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfig {

    /**
     * Run on every pooled connection: DuckDB checkpoints its write-ahead log into the store file once the log passes
     * this size (its default is 16 MB). A checkpoint of a province-scale store costs the writer most of a second, and
     * a batch of 1,000 reports logs several times 16 MB: the batch checkpoints once, when it ends, instead (measured:
     * the commits of 1,000 reports 4.4 → 2.0 s). A crash replays at most this much log on the next start.
     */
    public static final String CHECKPOINT_THRESHOLD = "SET checkpoint_threshold = '256MB'";

    /** The pool of a store's connections, as the app opens it; also for the benchmark's copy of a store. */
    public static HikariConfig pool(Path store, int size) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + store);
        config.setMaximumPoolSize(size);
        config.setConnectionInitSql(CHECKPOINT_THRESHOLD);
        return config;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(StoreProperties store, StoreContent content) {
        if (store.rebuild()) {
            StoreBuilder.build(store.path(), content);
        } else {
            StoreBuilder.ensure(store.path(), content);
        }
        HikariConfig config = pool(store.path(), store.poolSize());
        config.setPoolName("jixiao-store");
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
