package com.jixiao.insight.ingest;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.model.SourceText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM with SIGKILL while it imports a report, 20 times at random moments; after each kill the
 * store opens cleanly and holds either the whole report or nothing of it.
 */
class ImportCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheWholeReportOrNoneOfIt() throws Exception {
        Path store = TestStores.seededCopy(dir);
        String source =
                new String(TestStores.resource("/data/sources/004_0ed4b7e3fbc5b049.txt"), StandardCharsets.UTF_8);
        Random random = new Random(20261122);
        int whole = 0;
        int none = 0;
        for (int run = 0; run < 20; run++) {
            // A revision of 武威 2022 that no run has stored before: its total reads 50 + run.
            String revised = source.replace("合 计\t\t\t\t\t\t\t88", "合 计\t\t\t\t\t\t\t" + (50 + run));
            Path file = dir.resolve("wuwei-" + run + ".txt");
            Files.writeString(file, revised);
            String sha = SourceText.sha256(revised.getBytes(StandardCharsets.UTF_8));

            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ImportChild.class.getName(),
                            store.toString(),
                            file.toString(),
                            "甘肃省/武威市")
                    .redirectErrorStream(true)
                    .start();
            var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("STARTED")) {
                // the JVM starting up
            }
            Thread.sleep(
                    random.nextInt(5000)); // before, inside or after the import (a cold JVM takes a few seconds for it)
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
                DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
                var document =
                        db.selectFrom(DOCUMENT).where(DOCUMENT.SHA256.eq(sha)).fetchOne();
                if (document == null) {
                    none++;
                    assertThat(db.fetchCount(EVALUATION, EVALUATION.TOTAL_SCORE.eq(new BigDecimal(50 + run))))
                            .isZero();
                } else {
                    whole++;
                    var evaluations = db.select(EVALUATION.ID)
                            .from(EVALUATION)
                            .where(EVALUATION.DOCUMENT_ID.eq(document.getId()))
                            .fetch(EVALUATION.ID);
                    assertThat(evaluations).hasSize(4);
                    assertThat(db.fetchCount(INDICATOR, INDICATOR.EVALUATION_ID.in(evaluations)))
                            .isEqualTo(79);
                }
                // The store opens and every table reads.
                assertThat(TestStores.checksums(db)).isNotEmpty();
            }
        }
        System.out.printf("ImportCrashTest: 20 kills, %d whole reports, %d without a trace%n", whole, none);
        assertThat(whole + none).isEqualTo(20);
    }
}
