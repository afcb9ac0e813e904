package com.jixiao.insight.lake;

import static com.jixiao.insight.store.generated.Tables.STORE_META;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * Writes the store as a lake (docs/lake.md): one folder per {@link LakeDataset}, each Parquet files in a hive
 * layout, {@code province=…/year=…/}, so that DuckDB ({@code read_parquet(…, hive_partitioning = true)}), Spark SQL
 * or Trino read many provinces' exports side by side as one table. Written from one snapshot of the store into a
 * folder beside the target, moved into place when complete: a failure leaves no half lake.
 */
public final class LakeExport {

    /** What one dataset came to: rows, files and bytes. */
    public record Written(String dataset, long rows, int files, long bytes) {}

    private LakeExport() {}

    /** Exports the store {@code db} reads into {@code dir}, which must not exist or be empty. */
    public static List<Written> export(DSLContext db, Path dir) {
        Path target = dir.toAbsolutePath();
        if (Files.isRegularFile(target) || Files.isDirectory(target) && !isEmpty(target)) {
            throw new IllegalArgumentException(
                    "the lake goes into a new or empty folder, but " + target + " holds files");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            delete(part);
            Files.createDirectories(part);
            // COPY takes no bind values: every value of the selects is inlined, the paths as escaped literals.
            // The partition columns are only in the folder names: Spark refuses a column both in the files and
            // in the partitions.
            DSLContext inline = DSL.using(
                    db.configuration().derive(db.settings().withStatementType(StatementType.STATIC_STATEMENT)));
            List<Written> written = new ArrayList<>();
            inline.transaction(tx -> {
                boolean synthetic = "synthetic"
                        .equals(tx.dsl()
                                .select(STORE_META.VALUE)
                                .from(STORE_META)
                                .where(STORE_META.KEY.eq("content"))
                                .fetchOne(STORE_META.VALUE));
                for (LakeDataset d : LakeDataset.values()) {
                    Path folder = part.resolve(d.folder());
                    long rows = tx.dsl()
                            .query(
                                    "COPY ({0}) TO {1} (FORMAT parquet, PARTITION_BY ({2}), WRITE_PARTITION_COLUMNS false,"
                                            + " COMPRESSION zstd)",
                                    d.select(synthetic),
                                    DSL.inline(folder.toString()),
                                    DSL.list(LakeDataset.PARTITIONS.stream()
                                            .map(DSL::name)
                                            .toList()))
                            .execute();
                    written.add(new Written(d.folder(), rows, files(folder).size(), bytes(folder)));
                }
            });
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked above
            }
            Files.move(part, target);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lake into " + target, e);
        } finally {
            try {
                delete(part);
            } catch (IOException e) {
                // Nothing more to do: the error that got here is the one to report.
            }
        }
    }

    /** The Parquet files under {@code folder}, in name order. */
    static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
        }
    }

    private static long bytes(Path folder) throws IOException {
        long total = 0;
        for (Path f : files(folder)) {
            total += Files.size(f);
        }
        return total;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
