package com.jixiao.insight.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.ingest.store.SeedsAndImports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds store as a lake: every dataset's files in province=/year= folders, read back row for row. */
class LakeExportTest {

    @TempDir
    Path dir;

    @Test
    void theLakeHoldsEveryRowOfTheStorePartitionedByProvinceAndYear() throws Exception {
        Path store = dir.resolve("store.duckdb");
        SeedsAndImports.build(store);
        Path lake = dir.resolve("lake");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            List<LakeExport.Written> written = LakeExport.export(db, lake);
            assertThat(written)
                    .extracting(LakeExport.Written::dataset)
                    .containsExactly("unit_year", "evaluation", "indicator", "audit_flag", "document");
            for (LakeDataset d : LakeDataset.values()) {
                var w = written.get(d.ordinal());
                // Rows per province and year in the store, and as the lake's files give them back.
                Map<List<Object>, Long> inStore = perPartition(db, db.renderInlined(d.select(false)));
                long storeRows = db.fetchCount(d.select(false));
                Map<List<Object>, Long> inLake = perPartition(
                        db,
                        "SELECT * FROM read_parquet('" + lake.resolve(d.folder()) + "/*/*/*.parquet',"
                                + " hive_partitioning = true)");
                System.out.printf(
                        "LakeExportTest: %s %d rows in %d files (%d partitions), %d bytes%n",
                        d.folder(), w.rows(), w.files(), inLake.size(), w.bytes());
                assertThat(storeRows).as(d.folder()).isPositive();
                assertThat(w.rows()).as(d.folder()).isEqualTo(storeRows);
                assertThat(inLake).as(d.folder()).isEqualTo(inStore);
                // One folder per province and year that has rows, each with its Parquet files.
                List<Path> files = LakeExport.files(lake.resolve(d.folder()));
                assertThat(files).hasSize(w.files());
                Set<List<String>> folders = new HashSet<>();
                for (Path f : files) {
                    Path year = lake.resolve(d.folder()).relativize(f).getParent();
                    assertThat(year.getNameCount()).isEqualTo(2);
                    assertThat(year.getName(0).toString()).startsWith("province=");
                    assertThat(year.getName(1).toString()).matches("year=\\d{4}");
                    folders.add(
                            List.of(year.getName(0).toString(), year.getName(1).toString()));
                }
                assertThat(folders).hasSameSizeAs(inStore.keySet());
            }
            // The files hold no partition column; the folders do.
            var columns = db.fetch("DESCRIBE SELECT * FROM read_parquet('" + lake.resolve("evaluation")
                            + "/*/*/*.parquet', hive_partitioning = false)")
                    .getValues(0, String.class);
            assertThat(columns).contains("id", "unit_name", "region_path", "total_score", "synthetic");
            assertThat(columns).doesNotContain("province", "year", "fiscal_year");
            // A national query as docs/lake.md writes it.
            var rates = db.fetch("SELECT province, year, sum(executed) / sum(adjusted_budget) AS execution_rate"
                    + " FROM read_parquet('" + lake.resolve("unit_year") + "/*/*/*.parquet', hive_partitioning = true)"
                    + " WHERE executed IS NOT NULL AND adjusted_budget IS NOT NULL GROUP BY ALL ORDER BY ALL");
            assertThat(rates).isNotEmpty();
            assertThat(rates.getValues("province", String.class))
                    .allSatisfy(p -> assertThat(p).doesNotContain("/"));
        }
        assertThatThrownBy(() -> {
                    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
                        LakeExport.export(DSL.using(c, SQLDialect.DUCKDB), lake);
                    }
                })
                .hasMessageContaining("holds files");
        assertThat(Files.exists(dir.resolve("lake.part"))).isFalse();
    }

    private static Map<List<Object>, Long> perPartition(DSLContext db, String rows) {
        return db.fetch("SELECT province, CAST(year AS INTEGER) AS year, count(*) AS n FROM (" + rows
                        + ") GROUP BY ALL")
                .intoMap(r -> List.of(r.get(0, String.class), r.get(1, Integer.class)), r -> r.get(2, Long.class));
    }
}
