package com.jixiao.insight.base.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the DuckDB store lives ({@code jixiao.store.path}, default {@code ./jixiao-store/jixiao.duckdb}
 * under the working directory) and whether to rebuild it on start.
 */
@ConfigurationProperties(prefix = "jixiao.store")
public record StoreProperties(Path path, boolean rebuild, int poolSize) {

    public StoreProperties {
        path = (path == null ? Path.of("jixiao-store", "jixiao.duckdb") : path).toAbsolutePath();
        poolSize = poolSize <= 0 ? 8 : poolSize;
    }
}
