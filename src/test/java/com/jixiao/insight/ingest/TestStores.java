package com.jixiao.insight.ingest;

import com.jixiao.insight.base.store.StoreBuilder;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Stores for the import tests: the seed store built once and copied, an empty store, and table checksums. */
public final class TestStores {

    private static Path seeded;

    private TestStores() {}

    /** A fresh copy of a store built from sql/ and data/ (built once per test run). */
    public static synchronized Path seededCopy(Path dir) {
        try {
            if (seeded == null) {
                Path template = Files.createTempDirectory("jixiao-seeded").resolve("seeded.duckdb");
                SeedsAndImports.build(template);
                seeded = template;
            }
            Path copy = dir.resolve("store-" + System.nanoTime() + ".duckdb");
            Files.copy(seeded, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store with the schema and nothing in it. */
    public static Path empty(Path dir) {
        Path store = dir.resolve("empty-" + System.nanoTime() + ".duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            StoreBuilder.runSchema(c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    /** Per table (every base table of the store), a SHA-256 of its whole content in a fixed order. */
    public static Map<String, String> checksums(DSLContext db) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : db.fetch("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1")
                .getValues(0, String.class)) {
            String csv =
                    db.fetch("SELECT * FROM {0} ORDER BY ALL", DSL.name(table)).formatCSV();
            try {
                sums.put(
                        table,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(csv.getBytes(StandardCharsets.UTF_8))));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return sums;
    }

    public static byte[] resource(String path) {
        try (var in = TestStores.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
