package com.jixiao.insight.benchmark;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT_FILE;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.store.StoreBuilder;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.store.ImportStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Percentage;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports the import benchmark derives from the seeds: distinct, seed-sized, each stored as a new document. */
class ImportThroughputTest {

    /** Two renamed units per source, each over all its years: units and years both repeat. */
    static final int COUNT = 3 * 2 * ImportThroughput.YEARS_PER_UNIT;

    @TempDir
    Path dir;

    @Test
    void derivedReportsAreDistinctAndSeedSized() throws Exception {
        List<ImportThroughput.Source> sources = ImportThroughput.sources();
        Set<String> hashes = new HashSet<>();
        Set<String> unitYears = new HashSet<>();
        for (int k = 0; k < COUNT; k++) {
            ImportThroughput.Derived d = ImportThroughput.derive(sources, k);
            ImportThroughput.Source seed = sources.get(k % sources.size());
            byte[] bytes = d.request().content();
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(hashes.add(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))))
                    .as("report %d is a new document", k)
                    .isTrue();
            assertThat(unitYears.add(d.unit() + " " + d.year())).isTrue();
            assertThat(text.replace(d.unit(), "")).doesNotContain(seed.unit());
            assertThat((double) bytes.length).isCloseTo(seed.bytes().length, Percentage.withPercentage(2));
        }
    }

    @Test
    void derivedReportsImportAsNewDocuments() throws Exception {
        Path store = dir.resolve("empty.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            StoreBuilder.runSchema(c);
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            ImportService service = new ImportService(db);
            List<ImportThroughput.Source> sources = ImportThroughput.sources();
            int indicators = 0;
            for (int k = 0; k < COUNT; k++) {
                ImportOutcome outcome = ImportThroughput.importOne(service, ImportThroughput.derive(sources, k));
                assertThat(outcome.status()).isEqualTo(ImportStatus.NEW);
                indicators += outcome.indicators();
            }
            assertThat(db.fetchCount(DOCUMENT)).isEqualTo(COUNT);
            assertThat(db.fetchCount(DOCUMENT, DOCUMENT.REPLACED_BY.isNull())).isEqualTo(COUNT);
            assertThat(db.fetchCount(DOCUMENT_FILE)).isEqualTo(COUNT);
            assertThat(db.fetchCount(UNIT)).isEqualTo(COUNT / ImportThroughput.YEARS_PER_UNIT);
            // 90, 69 and 79 indicators in seeds 001, 003 and 004: the renamed reports are read as the seeds are.
            assertThat(indicators).isEqualTo(COUNT / 3 * (90 + 69 + 79));
            // The same report again is no new document: the import recognises it.
            ImportThroughput.Derived first = ImportThroughput.derive(sources, 0);
            assertThat(service.store(first.request()).status()).isEqualTo(ImportStatus.UNCHANGED);
        }
    }

    @Test
    void measuresInATemporaryStore() {
        ImportThroughput.Result r = ImportThroughput.measure(3, 0);
        assertThat(r.reports()).isEqualTo(3);
        assertThat(r.indicators()).isEqualTo(90 + 69 + 79);
        assertThat(r.reportsPerSecond()).isPositive();
    }
}
