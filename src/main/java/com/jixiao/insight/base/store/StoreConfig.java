package com.jixiao.insight.base.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded DuckDB store: built on first start (or on {@code rebuild}), then pooled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfig {

    @Bean(destroyMethod = "close")
    DataSource dataSource(StoreProperties store, StoreContent content) {
        if (store.rebuild()) {
            StoreBuilder.build(store.path(), content);
        } else {
            StoreBuilder.ensure(store.path(), content);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("jixiao-store");
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + store.path());
        config.setMaximumPoolSize(store.poolSize());
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
