package com.jixiao.insight.benchmark;

import com.jixiao.insight.base.store.StoreBuilder;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.store.ImportStatus;
import com.jixiao.insight.ingest.store.SeedReports;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Import throughput: how many seed-sized reports a second go into the store, one import after another.
 *
 * <p>The reports are the verbatim sources of the seeds the importer reads (001, 003 and 004: the other two are
 * not in columns, see decision 0003), each with its unit renamed and its year moved (see {@link #derive}), so every
 * import is a new document of a seed's size. They go through {@link ImportService#store}, the path of the import
 * page and the {@code import} command: the uploaded bytes are decoded and parsed, the unit and region settled, and
 * under the import lock, in one transaction, the document and its rows ({@code ReportWriter}), the original bytes,
 * the history link and the rules engine's results are stored. Two things of a real import are left out: the role
 * check of the Spring proxy and the audit-log entry, because the service is made here on a connection to a
 * temporary store, never the store being benchmarked. That store is built from {@code sql/} and the seeds with
 * {@link StoreBuilder} in a temporary directory and deleted afterwards.
 */
public final class ImportThroughput {

    /** Renamed units take this prefix and a number: "样本0007武威市政府政务服务中心". */
    static final String UNIT_PREFIX = "样本";
    /** Each renamed unit reports for this many consecutive years, ending with its seed's year. */
    static final int YEARS_PER_UNIT = 4;

    /** The outcome of importing {@code reports} files: times per import and in all. */
    public record Result(int reports, int indicators, long bytes, double seconds, double medianMs, double p95Ms) {

        public double reportsPerSecond() {
            return reports / seconds;
        }

        public double msPerReport() {
            return seconds * 1000 / reports;
        }

        public double indicatorsPerSecond() {
            return indicators / seconds;
        }
    }

    /** A seed the importer reads, with its source bytes and what the import must recognise in them. */
    record Source(String fileName, byte[] bytes, String unit, String region, int year) {}

    /** One derived report: the upload, and the unit and year it must be stored under. */
    record Derived(ImportRequest request, String unit, int year) {}

    private ImportThroughput() {}

    /**
     * Imports {@code warmUp} reports (not timed: JIT, caches), then times {@code count} more, each a new document,
     * into a fresh temporary store that is deleted afterwards.
     */
    public static Result measure(int count, int warmUp) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jixiao-import-bench");
            Path store = dir.resolve("import.duckdb");
            SeedsAndImports.build(store);
            List<Source> sources = sources();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store)) {
                ImportService service = new ImportService(DSL.using(connection, SQLDialect.DUCKDB));
                for (int k = 0; k < warmUp; k++) {
                    importOne(service, derive(sources, k));
                }
                double[] times = new double[count];
                int indicators = 0;
                long bytes = 0;
                long started = System.nanoTime();
                for (int k = 0; k < count; k++) {
                    Derived report = derive(sources, warmUp + k);
                    long t0 = System.nanoTime();
                    indicators += importOne(service, report).indicators();
                    times[k] = (System.nanoTime() - t0) / 1e6;
                    bytes += report.request().size();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                Arrays.sort(times);
                return new Result(
                        count,
                        indicators,
                        bytes,
                        seconds,
                        CallTimer.percentile(times, 50),
                        CallTimer.percentile(times, 95));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary store for the import benchmark", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the temporary store for the import benchmark", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Stores one derived report; anything but a new document means the derivation is wrong. */
    static ImportOutcome importOne(ImportService service, Derived report) {
        ImportOutcome outcome = service.store(report.request());
        if (outcome.status() != ImportStatus.NEW
                || !outcome.unit().equals(report.unit())
                || outcome.year() != report.year()) {
            throw new IllegalStateException("derived report " + report.request().fileName() + " was stored as "
                    + outcome.status() + " " + outcome.unit() + " " + outcome.year() + ", not as a new report of "
                    + report.unit() + " " + report.year());
        }
        return outcome;
    }

    /** The seeds the importer reads from their source text (tables in columns), in name order. */
    static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (SeedReports.Seed seed : SeedReports.all()) {
            String name = seed.document().source();
            if (name.startsWith("001_") || name.startsWith("003_") || name.startsWith("004_")) {
                sources.add(new Source(
                        name,
                        sourceBytes(name),
                        seed.document().unit(),
                        seed.document().region(),
                        seed.document().year()));
            }
        }
        if (sources.size() != 3) {
            throw new IllegalStateException("expected the sources of seeds 001, 003 and 004, found " + sources.size());
        }
        return sources;
    }

    /**
     * The {@code k}-th derived report: the sources taken in turn; the unit renamed everywhere it is printed
     * ({@link #UNIT_PREFIX} and a number before the seed's name), and every "YYYY年" of the seed's year moved back
     * by 0 to {@link #YEARS_PER_UNIT} − 1 years, so that each renamed unit reports for several years. Every
     * {@code k} gives a different (unit, year) and different bytes, at most 2% longer than
     * the seed (ten bytes more per printed unit name).
     */
    static Derived derive(List<Source> sources, int k) {
        Source s = sources.get(k % sources.size());
        int round = k / sources.size();
        String unit = UNIT_PREFIX + String.format(Locale.ROOT, "%04d", round / YEARS_PER_UNIT) + s.unit();
        int year = s.year() - round % YEARS_PER_UNIT;
        String text = new String(s.bytes(), StandardCharsets.UTF_8).replace(s.unit(), unit);
        text = Pattern.compile("(?<!\\d)" + s.year() + "(?=\\s*年)")
                .matcher(text)
                .replaceAll(Integer.toString(year));
        String fileName = s.fileName().replace(".txt", "-" + k + ".txt");
        return new Derived(new ImportRequest(fileName, text.getBytes(StandardCharsets.UTF_8), s.region()), unit, year);
    }

    private static byte[] sourceBytes(String name) {
        try (InputStream in = ImportThroughput.class.getClassLoader().getResourceAsStream("data/sources/" + name)) {
            if (in == null) {
                throw new IllegalStateException("data/sources/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            System.err.println("could not remove the temporary import store " + dir + ": " + e.getMessage());
        }
    }
}
