package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Tables.STORE_META;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Creates a store: the schema from {@code sql/}, then its content ({@link StoreContent}: the curated seeds and
 * every file users imported into the store being replaced), then the accounts and audit log carried over. The new
 * store is built in a side file and moved into place only when complete, so a crash during a build never leaves a
 * half-built store behind, and content that fails (a kept file that no longer imports) stops the build with the old
 * store untouched.
 */
public final class StoreBuilder {

    public static final String SCHEMA_VERSION = "10";
    private static final Logger log = LoggerFactory.getLogger(StoreBuilder.class);

    private StoreBuilder() {}

    /**
     * Builds the store at {@code target} if there is none, or if it was built by a release with another
     * schema: a store of real reports is rebuilt (seeds, kept imports, accounts and audit log carried over,
     * so nothing is lost); a synthetic one must be generated again, which is said. Returns true if it built.
     */
    public static boolean ensure(Path target, StoreContent content) {
        if (Files.exists(target)) {
            Map<String, String> meta = meta(target);
            String version = meta.get("schema_version");
            if (SCHEMA_VERSION.equals(version)) {
                return false;
            }
            if ("synthetic".equals(meta.get("content"))) {
                throw new IllegalStateException("the synthetic store " + target + " has schema version " + version
                        + " but this release reads version " + SCHEMA_VERSION + ": generate it again (generate --scale "
                        + meta.getOrDefault("synthetic_scale", "small") + " --out " + target + ")");
            }
            log.warn(
                    "The store at {} has schema version {}; rebuilding it for version {}",
                    target,
                    version,
                    SCHEMA_VERSION);
        }
        build(target, content);
        return true;
    }

    /** The store's metadata (schema_version, content, …); only read. */
    static Map<String, String> meta(Path target) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target)) {
            return DSL.using(c, SQLDialect.DUCKDB).selectFrom(STORE_META).fetchMap(STORE_META.KEY, STORE_META.VALUE);
        } catch (SQLException | DataAccessException e) {
            throw new IllegalStateException("cannot read the store at " + target + ": " + e.getMessage(), e);
        }
    }

    /** Builds a complete new store and atomically replaces whatever is at {@code target}. */
    public static void build(Path target, StoreContent content) {
        long started = System.nanoTime();
        Path building = target.resolveSibling(target.getFileName() + ".building");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            deleteStore(building);
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + building)) {
                runSchema(connection);
                DSLContext db = DSL.using(connection, SQLDialect.DUCKDB);
                db.transaction(tx -> {
                    content.fill(tx.dsl(), target);
                    tx.dsl()
                            .insertInto(STORE_META, STORE_META.KEY, STORE_META.VALUE)
                            .values("schema_version", SCHEMA_VERSION)
                            .values("content", "real")
                            .execute();
                });
                StoreCarryOver.copy(db, target);
                try (Statement s = connection.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            deleteStore(target);
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the store at " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the store at " + target, e);
        } catch (RuntimeException e) {
            deleteQuietly(building);
            throw e;
        }
        log.info("Built the store at {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs the schema files of {@code sql/} in name order; each file is executed as written. */
    public static void runSchema(Connection connection) throws SQLException, IOException {
        Resource[] files = new PathMatchingResourcePatternResolver(StoreBuilder.class.getClassLoader())
                .getResources("classpath:sql/*.sql");
        if (files.length == 0) {
            throw new IllegalStateException("no schema files found at classpath:sql/*.sql");
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        try (Statement statement = connection.createStatement()) {
            for (Resource file : files) {
                statement.execute(file.getContentAsString(StandardCharsets.UTF_8));
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            deleteStore(file);
        } catch (IOException e) {
            log.warn("could not remove {}", file, e);
        }
    }

    private static void deleteStore(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }
}
