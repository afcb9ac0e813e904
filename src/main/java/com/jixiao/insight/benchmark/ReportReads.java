package com.jixiao.insight.benchmark;

import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.SeedReports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CPU time of reading one report, file by file: {@link ReportReader#parse} from the bytes to the report, nothing
 * stored, on one thread, after a warm-up. A batch import reads its files on one thread per core and is bound by this
 * reading (the profile in README "Many files at once"): {@code 2 × 1000 / ms} reports a second is what two cores can
 * read at most, before anything is written.
 *
 * <p>The files are the verbatim sources of the five seeds ({@code data/sources}, as the batch benchmark derives its
 * reports from 001, 003 and 004) and the 3-page PDF form of {@link PdfFormRead}. The reads go round the files in turn
 * (the JIT sees the mix a batch gives it); the CPU time is the reading thread's, not the wall clock, which on a shared
 * machine also counts the time other processes held the cores.
 */
public final class ReportReads {

    /** Rounds over all the files before the timed ones: class loading, JIT. */
    static final int WARM_UP = 30;

    /** The seeds {@link BatchThroughput} derives its reports from, as {@link ImportThroughput#sources} picks them. */
    static final List<String> BATCH_SEEDS = List.of("001_", "003_", "004_");

    /** A file to read and its label. */
    public record Source(String label, String fileName, byte[] bytes) {}

    /**
     * One file's figures: how many evaluations and indicators it read to, or the code it was refused with (a refusal
     * costs reading time too), and the CPU time of a read in ms: median, mean and p95.
     */
    public record Result(
            String label,
            String fileName,
            long bytes,
            int evaluations,
            int indicators,
            String refusal,
            int reads,
            double cpuMedianMs,
            double cpuMeanMs,
            double cpuP95Ms) {}

    private ReportReads() {}

    /** The seeds' sources and the 3-page PDF form, each read {@code reads} times after the warm-up. */
    public static List<Result> measure(int reads) {
        return measure(sources(), reads, WARM_UP);
    }

    /** Each of {@code sources} read {@code warmUp} times (not timed), then {@code reads} times, in turn. */
    public static List<Result> measure(List<Source> sources, int reads, int warmUp) {
        ReportReader reader = new ReportReader(ImportLimits.DEFAULT);
        for (int i = 0; i < warmUp; i++) {
            for (Source s : sources) {
                readOnce(reader, s);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[sources.size()][reads];
        for (int i = 0; i < reads; i++) {
            for (int k = 0; k < sources.size(); k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                readOnce(reader, sources.get(k));
                cpu[k][i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            Source s = sources.get(k);
            Object first = readOnce(reader, s);
            double[] times = cpu[k];
            double mean = Arrays.stream(times).average().orElse(0);
            Arrays.sort(times);
            results.add(new Result(
                    s.label(),
                    s.fileName(),
                    s.bytes().length,
                    first instanceof ParsedFile p ? p.document().reports().size() : 0,
                    first instanceof ParsedFile p ? p.indicatorCount() : 0,
                    first instanceof String code ? code : null,
                    reads,
                    CallTimer.percentile(times, 50),
                    mean,
                    CallTimer.percentile(times, 95)));
        }
        return results;
    }

    /**
     * The mean CPU ms of a report of the batch benchmark's mix: the mean over the seeds it derives its reports from,
     * which it takes in turn.
     */
    public static double batchMixMs(List<Result> results) {
        return results.stream()
                .filter(r -> BATCH_SEEDS.stream().anyMatch(r.fileName()::startsWith))
                .mapToDouble(Result::cpuMeanMs)
                .average()
                .orElse(Double.NaN);
    }

    /** The parsed file, or the code it was refused with. */
    private static Object readOnce(ReportReader reader, Source s) {
        try {
            return reader.parse(s.fileName(), s.bytes());
        } catch (ImportRejected e) {
            return e.issue().code();
        }
    }

    /** The five seeds' sources in name order, and the 3-page PDF form. */
    static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (SeedReports.Seed seed : SeedReports.all()) {
            String name = seed.document().source();
            sources.add(new Source("seed " + name.substring(0, 3) + " text", name, resource("data/sources/" + name)));
        }
        sources.add(new Source("3-page PDF form", "form-3-pages.pdf", resource(PdfFormRead.RESOURCE)));
        return sources;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportReads.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
