package com.jixiao.insight.benchmark;

import com.jixiao.insight.base.store.StoreConfig;
import com.jixiao.insight.ingest.batch.Batch;
import com.jixiao.insight.ingest.batch.BatchFiles;
import com.jixiao.insight.ingest.batch.BatchImportService;
import com.jixiao.insight.ingest.batch.ZipLimits;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
import com.jixiao.insight.ingest.store.FileOutcome;
import com.jixiao.insight.ingest.store.PartialDocuments;
import com.jixiao.insight.ingest.store.StoreWriteLock;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Batch import throughput: {@code files} seed-sized reports, one in twenty of them bad (truncated, binary, of a year
 * no report can be of, a duplicate of an earlier file of the batch, in turn), through {@link BatchImportService} as
 * the import page, {@code import DIR} and {@code POST /api/imports} send them, into a copy of the benchmarked store
 * (deleted afterwards). The good reports are {@link ImportThroughput#derive}'s: each a new document of a seed's size.
 * Two phases: first a warm-up batch of {@link #WARM_UP_FILES} files while a reader replays the overview's SQL back to
 * back over the same store (what a batch costs the dashboards; it also warms the JIT up, as a running service is
 * warm), then the timed batch of {@code files} files with no reader competing for the cores.
 */
final class BatchThroughput {

    /** One file in this many is bad. */
    static final int BAD_EVERY = 20;
    /** Files of the warm-up batch, during which the overview is replayed. */
    static final int WARM_UP_FILES = 300;
    /** The warm-up batch's reports are the derived ones from this number on: none is one of the timed batch's. */
    static final int WARM_UP_FIRST_REPORT = 1_000_000;
    /** Every new unit of the batch lies here: the derived reports do not state a region. */
    static final String REGION = "湖北省/样本市/样本区";

    /** What a bad file must be refused for, by kind. */
    private static final List<String> BAD_KINDS =
            List.of("truncatedRow", "binary", "yearOutOfRange", "duplicateInBatch");

    /**
     * @param expectedRefusals bad files refused for the reason they were made with, by reason
     * @param unexplained files whose outcome is not the one they were made for (a good one refused, a bad one stored)
     * @param partial what half-written documents would leave in the store after the batch (all 0 expected)
     * @param cpuSeconds CPU time of the process (all threads) during the timed batch
     * @param overviewIdleMs median of the overview's SQL before the batches; {@code overviewDuringMs} while the warm-up
     *     batch of {@code warmUpFiles} ran ({@code overviewReads} replays), before the timed one
     */
    record Result(
            int files,
            int good,
            int stored,
            Map<String, Integer> expectedRefusals,
            int unexplained,
            PartialDocuments partial,
            double receiveSeconds,
            double seconds,
            double cpuSeconds,
            double overviewIdleMs,
            int warmUpFiles,
            double overviewDuringMs,
            int overviewReads) {

        double reportsPerSecond() {
            return stored / seconds;
        }

        /** CPU milliseconds the process spent per report stored: what bounds the rate on a machine of shared cores. */
        double cpuMsPerReport() {
            return cpuSeconds * 1000 / stored;
        }

        double filesPerSecond() {
            return files / seconds;
        }

        int refused() {
            return expectedRefusals.values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
    }

    private BatchThroughput() {}

    /**
     * Copies {@code store} (open in {@code source}: checkpointed first), runs the batch into the copy and checks every
     * file's outcome; {@code overviewSql} is replayed during it.
     */
    static Result measure(DataSource source, Path store, int files, List<String> overviewSql) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jixiao-batch-bench");
            Path copy = dir.resolve("batch.duckdb");
            try (Connection c = source.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            Files.copy(store, copy);
            try (HikariDataSource pool = new HikariDataSource(StoreConfig.pool(copy, 4))) {
                return run(pool, copy, files, overviewSql);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the store for the batch benchmark", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checkpoint the store for the batch benchmark", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Result run(HikariDataSource pool, Path store, int count, List<String> overviewSql)
            throws IOException {
        var db = DSL.using(pool, SQLDialect.DUCKDB);
        BatchImportService service =
                new BatchImportService(db, pool, store, new StoreWriteLock(), ImportLimits.DEFAULT, ZipLimits.DEFAULT);
        try {
            service.recover();
            List<ImportThroughput.Source> sources = ImportThroughput.sources();
            double idle = replayMedian(pool, overviewSql, 7);

            // Phase 1: a smaller batch while a reader replays the overview back to back. It measures the readers
            // during a batch, and warms the JIT up as a running service is warm.
            Made warmUp = make(service, sources, WARM_UP_FILES, WARM_UP_FIRST_REPORT);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Double> during = new ArrayList<>();
            Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> {
                while (running.get()) {
                    double ms = replayOnce(pool, overviewSql);
                    synchronized (during) {
                        during.add(ms);
                    }
                }
            });
            Outcomes warm;
            try {
                warm = check(warmUp, runBatch(service, warmUp.files()));
            } finally {
                running.set(false);
                join(reader);
            }
            if (warm.unexplained() > 0 || warm.stored() != warmUp.good()) {
                throw new IllegalStateException("the warm-up batch stored " + warm.stored() + " of " + warmUp.good()
                        + " good reports, " + warm.unexplained() + " outcomes unexplained");
            }

            // Phase 2: the timed batch, with no reader competing for the cores.
            Made timed = make(service, sources, count, 0);
            long t1 = System.nanoTime();
            long cpu0 = processCpuNanos();
            Batch batch = runBatch(service, timed.files());
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            Outcomes outcomes = check(timed, batch);
            double[] times;
            synchronized (during) {
                times = during.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
            }
            return new Result(
                    count,
                    timed.good(),
                    outcomes.stored(),
                    outcomes.refusals(),
                    outcomes.unexplained(),
                    PartialDocuments.count(db),
                    timed.receiveSeconds(),
                    seconds,
                    cpuSeconds,
                    idle,
                    WARM_UP_FILES,
                    times.length == 0 ? 0 : CallTimer.percentile(times, 50),
                    times.length);
        } finally {
            service.shutdown();
        }
    }

    /** The files of a batch received, and what each was made to be (null: a good report). */
    private record Made(BatchFiles files, List<String> expected, int good, double receiveSeconds) {}

    /** What a batch did with the files made for it. */
    private record Outcomes(int stored, Map<String, Integer> refusals, int unexplained) {}

    /**
     * {@code count} files received for a batch, one in {@link #BAD_EVERY} bad; the good ones are the derived reports
     * from number {@code firstReport} on (each a new unit and year: two batches of different numbers never overlap).
     */
    private static Made make(
            BatchImportService service, List<ImportThroughput.Source> sources, int count, int firstReport)
            throws IOException {
        List<String> expected = new ArrayList<>();
        List<byte[]> goodBytes = new ArrayList<>();
        long t0 = System.nanoTime();
        BatchFiles received = service.receive();
        Random random = new Random(20261130L + firstReport);
        int good = 0;
        for (int i = 0; i < count; i++) {
            byte[] bytes;
            String name;
            if (i % BAD_EVERY == BAD_EVERY - 1 && !goodBytes.isEmpty()) {
                String kind = BAD_KINDS.get((i / BAD_EVERY) % BAD_KINDS.size());
                byte[] earlier = goodBytes.get(random.nextInt(goodBytes.size()));
                bytes = switch (kind) {
                    case "truncatedRow" -> truncated(earlier);
                    case "binary" -> binary(random);
                    case "yearOutOfRange" -> wrongYear(earlier);
                    default -> earlier;
                };
                name = "bad-" + i + (kind.equals("binary") ? ".png" : ".txt");
                expected.add(kind);
            } else {
                ImportThroughput.Derived d = ImportThroughput.derive(sources, firstReport + good++);
                bytes = d.request().content();
                goodBytes.add(bytes);
                name = d.request().fileName();
                expected.add(null);
            }
            received.add(name, new ByteArrayInputStream(bytes));
        }
        return new Made(received, expected, good, (System.nanoTime() - t0) / 1e9);
    }

    /** Submits the files as one batch and waits for its end, which must be {@code DONE}. */
    private static Batch runBatch(BatchImportService service, BatchFiles files) {
        Batch batch = service.submit(files, REGION, false);
        while (!batch.finished()) {
            sleep(100);
            batch = service.batch(batch.id()).orElseThrow();
        }
        if (batch.state() != BatchState.DONE) {
            throw new IllegalStateException("the benchmark's batch ended " + batch.state() + ": " + batch.message());
        }
        return batch;
    }

    private static Outcomes check(Made made, Batch batch) {
        Map<String, Integer> refusals = new TreeMap<>();
        int unexplained = 0;
        int stored = 0;
        for (FileRow f : batch.files()) {
            String kind = made.expected().get(f.seq() - 1);
            if (kind == null && f.outcome() == FileOutcome.NEW) {
                stored++;
            } else if (kind != null
                    && f.outcome() == FileOutcome.REFUSED
                    && f.error().code().equals(kind)) {
                refusals.merge(kind, 1, Integer::sum);
            } else {
                unexplained++;
                System.err.println("batch benchmark: " + f.fileName() + " was made "
                        + (kind == null ? "good" : kind) + " but is " + f.outcome()
                        + (f.error() == null ? "" : " " + f.error().code()));
            }
        }
        return new Outcomes(stored, refusals, unexplained);
    }

    /** CPU time of the whole process so far (every thread, DuckDB's own included), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The report cut off in the middle of an indicator row, after a target: a download that broke off. */
    static byte[] truncated(byte[] report) {
        String text = new String(report, StandardCharsets.UTF_8);
        int target = text.indexOf("\t≥", text.length() / 2);
        int end = text.indexOf('\t', target + 1);
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are no text: an image. */
    static byte[] binary(Random random) {
        byte[] b = new byte[4096];
        random.nextBytes(b);
        b[0] = (byte) 0x89;
        b[1] = 0;
        return b;
    }

    /** The report with every "YYYY年" made 2099: a typo no fiscal year can be. */
    static byte[] wrongYear(byte[] report) {
        return Pattern.compile("(?<!\\d)20\\d\\d(?=\\s*年)")
                .matcher(new String(report, StandardCharsets.UTF_8))
                .replaceAll("2099")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static double replayMedian(DataSource ds, List<String> sql, int rounds) {
        replayOnce(ds, sql);
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            times[i] = replayOnce(ds, sql);
        }
        Arrays.sort(times);
        return CallTimer.percentile(times, 50);
    }

    private static double replayOnce(DataSource ds, List<String> sql) {
        return RawReplay.onceMs(ds, sql);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not remove the temporary batch store " + dir + ": " + e.getMessage());
        }
    }
}
