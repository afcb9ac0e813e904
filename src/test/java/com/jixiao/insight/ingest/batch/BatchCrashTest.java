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
        long calibrationMs = calibrate(store);
        int interrupted = 0;
        int in = 0;
        int out = 0;
        StringBuilder runs = new StringBuilder();
        for (int run = 0; run < KILLS; run++) {
            Path folder = folder("run-" + run, "k" + run);
            Child child = Child.start(store, folder);
            // A moment spread over the batch whatever the machine's speed: a random share of the time an
            // uninterrupted batch of the same size took on this machine (measured first), so that kills land
            // between chunks and inside them, and a few after the end.
            long wait = (long) (random.nextDouble() * calibrationMs * 1.1);
            Thread.sleep(wait);
            long id = child.id();
            int done = child.doneSoFar();
            child.process().destroyForcibly(); // SIGKILL
            assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

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
                if (state == BatchState.INTERRUPTED) {
                    interrupted++;
                }
                in += stored;
                out += REPORTS - stored;
                runs.append(String.format(" [%d ms, %d done: %s, %d in]", wait, done, state.code(), stored));
            }
        }
        System.out.printf(
                "BatchCrashTest: %d kills (an uninterrupted batch took %d ms), %d during the batch, %d reports in, %d"
                        + " absent;%s%n",
                KILLS, calibrationMs, interrupted, in, out, runs);
        assertThat(interrupted).as("kills that landed while the batch ran").isPositive();
    }

    /** Writes a batch's folder: {@link #REPORTS} reports, a binary file and a truncated report. */
    private Path folder(String name, String prefix) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int k = 0; k < REPORTS; k++) {
            Report r = BatchFixtures.derived(prefix, k);
            Files.write(folder.resolve(String.format("%03d-%s", k, r.name())), r.bytes());
        }
        Files.write(folder.resolve("zz-binary.png"), BatchFixtures.binary(prefix.hashCode()));
        Files.write(folder.resolve("zz-cut.txt"), BatchFixtures.truncated(BatchFixtures.derived(prefix, REPORTS)));
        return folder;
    }

    /** How long a whole batch of the same size takes here, from its start to its end, in its own store copy. */
    private long calibrate(Path store) throws Exception {
        Path copy = dir.resolve("calibration.duckdb");
        Files.copy(store, copy);
        Child child = Child.start(copy, folder("calibration", "cal"));
        long started = System.nanoTime();
        child.id();
        child.awaitDone();
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        return ms;
    }

    /** The JVM that runs the batch ({@link BatchChild}), and what it has said. */
    private record Child(Process process, BufferedReader lines, long[] said) {

        static Child start(Path store, Path folder) throws Exception {
            Process p = new ProcessBuilder(
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
            var lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Child child = new Child(p, lines, new long[] {-1, 0, 0});
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("STARTED ")) {
                    child.said[0] = Long.parseLong(line.substring("STARTED ".length()));
                    break;
                }
            }
            assertThat(child.said[0]).as("the child started its batch").isPositive();
            Thread reader = new Thread(child::follow, "batch-child-output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        long id() {
            return said[0];
        }

        /** The files done as the child last said (read by a thread of its own: the kill does not wait on output). */
        synchronized int doneSoFar() {
            return (int) said[1];
        }

        private void follow() {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("FILES ")) {
                        synchronized (this) {
                            said[1] = Integer.parseInt(line.substring("FILES ".length()));
                        }
                    } else if (line.startsWith("DONE")) {
                        synchronized (this) {
                            said[2] = 1;
                            notifyAll();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed: its output ends
            }
        }

        synchronized void awaitDone() throws InterruptedException {
            long until = System.currentTimeMillis() + 300_000;
            while (said[2] == 0 && System.currentTimeMillis() < until) {
                wait(1_000);
            }
            assertThat(said[2]).as("the calibration batch finished").isEqualTo(1);
        }
    }
}
