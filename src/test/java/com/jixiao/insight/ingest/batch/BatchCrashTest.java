package com.jixiao.insight.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.batch.BatchFixtures.Report;
import com.jixiao.insight.ingest.store.BatchRecords;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
import com.jixiao.insight.ingest.store.FileOutcome;
import com.jixiao.insight.ingest.store.PartialDocuments;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM with SIGKILL while it imports a batch of 120 reports (and a few bad files), 10 times at random moments.
 * After each kill the store opens, the next start marks the batch interrupted, and the batch's record says exactly
 * which files went in: each of those is in the store whole, every other file of the batch is absent, and no document
 * anywhere is partial.
 */
class BatchCrashTest {

    static final int KILLS = 10;
    static final int REPORTS = 120;

    @TempDir
    Path dir;

    @Test
    void aKilledBatchLeavesEveryFileWholeOrAbsentAndItsRecordSaysWhich() throws Exception {
        Path store = TestStores.seededCopy(dir);
        Random random = new Random(20261130);
        int in = 0;
        int out = 0;
        StringBuilder runs = new StringBuilder();
        for (int run = 0; run < KILLS; run++) {
            Path folder = Files.createDirectories(dir.resolve("run-" + run));
            for (int k = 0; k < REPORTS; k++) {
                Report r = BatchFixtures.derived("k" + run, k);
                Files.write(folder.resolve(String.format("%03d-%s", k, r.name())), r.bytes());
            }
            Files.write(folder.resolve("zz-binary.png"), BatchFixtures.binary(run));
            Files.write(
                    folder.resolve("zz-cut.txt"), BatchFixtures.truncated(BatchFixtures.derived("k" + run, REPORTS)));

            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            System.getProperty("java.class.path"),
                            BatchChild.class.getName(),
                            store.toString(),
                            folder.toString())
                    .redirectErrorStream(true)
                    .start();
            var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            long id = -1;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("STARTED ")) {
                    id = Long.parseLong(line.substring("STARTED ".length()));
                    break;
                }
            }
            assertThat(id).as("the child started its batch").isPositive();
            // A moment spread over the batch whatever the machine's speed: once a random number of its files are
            // done (0: before the first chunk), then a random wait that lands between chunks or inside one.
            int target = random.nextInt(REPORTS + 2);
            int done = 0;
            while (done < target && (line = lines.readLine()) != null && !line.startsWith("DONE")) {
                if (line.startsWith("FILES ")) {
                    done = Integer.parseInt(line.substring("FILES ".length()));
                }
            }
            int wait = random.nextInt(1500);
            Thread.sleep(wait);
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (HikariDataSource pool = BatchStores.pool(store)) {
                DSLContext db = DSL.using(pool, SQLDialect.DUCKDB);
                BatchImportService restarted = BatchStores.service(pool, store); // recover(), as a start does
                restarted.shutdown();
                BatchState state = BatchRecords.batch(db, id).orElseThrow().state();
                assertThat(state).isIn(BatchState.INTERRUPTED, BatchState.DONE);
                int stored = 0;
                for (FileRow f : BatchRecords.files(db, id)) {
                    if (f.outcome() == FileOutcome.NEW) {
                        BatchStores.assertWhole(db, f);
                        stored++;
                    } else {
                        // the bad files are refused; the others were not reached (none is left pending)
                        assertThat(f.outcome())
                                .isIn(
                                        state == BatchState.DONE
                                                ? new FileOutcome[] {FileOutcome.REFUSED}
                                                : new FileOutcome[] {FileOutcome.REFUSED, FileOutcome.INTERRUPTED});
                        BatchStores.assertAbsent(db, f);
                    }
                }
                assertThat(PartialDocuments.count(db).total()).isZero();
                BatchStores.assertNoPartialDocuments(db);
                in += stored;
                out += REPORTS - stored;
                runs.append(String.format(" [%d done + %d ms: %s, %d in]", done, wait, state.code(), stored));
            }
        }
        System.out.printf("BatchCrashTest: %d kills, %d reports in, %d absent;%s%n", KILLS, in, out, runs);
    }
}
