package com.jixiao.insight.base.store.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A consistent snapshot of the whole store (DuckDB EXPORT DATABASE: schema, sequences and every
 * table as Parquet) and its restore into an empty store.
 */
public final class Backups {

    private Backups() {}

    /** Writes the snapshot into {@code dir}, which must not exist yet. */
    public static void export(DSLContext db, Path dir) {
        if (Files.exists(dir)) {
            throw new IllegalArgumentException("backup folder " + dir + " exists already");
        }
        // The path goes in as an escaped literal: EXPORT DATABASE takes no bind values.
        db.query(
                        "EXPORT DATABASE {0} (FORMAT parquet)",
                        DSL.inline(dir.toAbsolutePath().toString()))
                .execute();
    }

    /** Creates a new store at {@code store} from a snapshot; refuses to write over an existing store. */
    public static void restore(Path dir, Path store) {
        if (!Files.isRegularFile(dir.resolve("schema.sql")) || !Files.isRegularFile(dir.resolve("load.sql"))) {
            throw new IllegalArgumentException(dir + " is not a backup: schema.sql and load.sql are missing");
        }
        if (Files.exists(store)) {
            throw new IllegalArgumentException("restore goes into an empty store, but " + store + " exists");
        }
        Path partial = store.resolveSibling(store.getFileName() + ".restoring");
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + partial)) {
                DSL.using(c, SQLDialect.DUCKDB)
                        .query(
                                "IMPORT DATABASE {0}",
                                DSL.inline(dir.toAbsolutePath().toString()))
                        .execute();
                c.createStatement().execute("CHECKPOINT");
            }
            Files.move(partial, store);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
