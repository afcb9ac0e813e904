package com.jixiao.insight.benchmark;

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
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Meanwhile a reader replays the overview's SQL over the same store, to show what a batch costs the dashboards.
 */
final class BatchThroughput {

    /** One file in this many is bad. */
    static final int BAD_EVERY = 20;
    /** Every new unit of the batch lies here: the derived reports do not state a region. */
    static final String REGION = "湖北省/样本市/样本区";

    /** What a bad file must be refused for, by kind. */
    private static final List<String> BAD_KINDS =
            List.of("truncatedRow", "binary", "yearOutOfRange", "duplicateInBatch");

    /**
     * @param expectedRefusals bad files refused for the reason they were made with, by reason
     * @param unexplained files whose outcome is not the one they were made for (a good one refused, a bad one stored)
     * @param partial what half-written documents would leave in the store after the batch (all 0 expected)
     * @param overviewIdleMs median of the overview's SQL before the batch; {@code overviewDuringMs} while it ran
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
            double overviewIdleMs,
            double overviewDuringMs,
            int overviewReads) {

        double reportsPerSecond() {
            return stored / seconds;
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
            HikariConfig config = new HikariConfig();
            config.setDriverClassName("org.duckdb.DuckDBDriver");
            config.setJdbcUrl("jdbc:duckdb:" + copy);
            config.setMaximumPoolSize(4);
            try (HikariDataSource pool = new HikariDataSource(config)) {
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
            List<String> expected = new ArrayList<>();
            List<byte[]> goodBytes = new ArrayList<>();
            long t0 = System.nanoTime();
            BatchFiles received = service.receive();
            Random random = new Random(20261130);
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
                    ImportThroughput.Derived d = ImportThroughput.derive(sources, good++);
                    bytes = d.request().content();
                    goodBytes.add(bytes);
                    name = d.request().fileName();
                    expected.add(null);
                }
                received.add(name, new ByteArrayInputStream(bytes));
            }
            double receiveSeconds = (System.nanoTime() - t0) / 1e9;
            double idle = replayMedian(pool, overviewSql, 7);

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
            long t1 = System.nanoTime();
            Batch batch = service.submit(received, REGION, false);
            while (!batch.finished()) {
                sleep(100);
                batch = service.batch(batch.id()).orElseThrow();
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            running.set(false);
            join(reader);
            if (batch.state() != BatchState.DONE) {
                throw new IllegalStateException(
                        "the benchmark's batch ended " + batch.state() + ": " + batch.message());
            }
            Map<String, Integer> refusals = new TreeMap<>();
            int unexplained = 0;
            int stored = 0;
            for (FileRow f : batch.files()) {
                String kind = expected.get(f.seq() - 1);
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
            double[] times;
            synchronized (during) {
                times = during.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
            }
            return new Result(
                    count,
                    good,
                    stored,
                    refusals,
                    unexplained,
                    PartialDocuments.count(db),
                    receiveSeconds,
                    seconds,
                    idle,
                    times.length == 0 ? 0 : CallTimer.percentile(times, 50),
                    times.length);
        } finally {
            service.shutdown();
        }
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
