package com.jixiao.insight.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's figures as files: a Markdown table to read, CSV to compare runs, and every statement each call
 * ran with its own raw time (where a call's time goes; the statement to {@code EXPLAIN ANALYZE}).
 */
final class BenchmarkReport {

    private BenchmarkReport() {}

    /** Each replayed call's statements in the order it ran them, with the median of each over raw DuckDB. */
    static String statements(List<Measurement> lines) {
        StringBuilder md = new StringBuilder(
                "### The statements of each call: median in the app (executed and read into records) and over raw DuckDB\n");
        for (Measurement l : lines) {
            if (l.statements().isEmpty()) {
                continue;
            }
            md.append(String.format(
                    Locale.ROOT, "%n#### %s: app %.1f ms, raw %.1f ms%n%n", l.name(), l.medianMs(), l.rawMedianMs()));
            int k = 1;
            for (RawReplay.StatementTime st : l.statements()) {
                md.append(String.format(
                        Locale.ROOT,
                        "%d. app %.1f ms, raw %.1f ms%n%n    %s%n%n",
                        k++,
                        st.appMs(),
                        st.medianMs(),
                        st.sql()));
            }
        }
        return md.toString();
    }

    /** The table (and the import throughput, if measured) as Markdown and CSV under {@code dir}; returns the Markdown. */
    static String write(
            List<Measurement> lines,
            Optional<ImportThroughput.Result> imports,
            Optional<PdfFormRead.Result> pdfRead,
            List<ReportReads.Result> reads,
            Optional<BatchThroughput.Result> batch,
            String title,
            Path dir) {
        StringBuilder md =
                new StringBuilder("### " + title + "\n\n| call | rows | median ms | p95 ms | raw DuckDB ms | ratio |\n"
                        + "|---|---:|---:|---:|---:|---:|\n");
        StringBuilder csv = new StringBuilder("call,rows,median_ms,p95_ms,raw_ms,ratio\n");
        for (Measurement l : lines) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %s | %s |%n",
                    l.name(),
                    l.rows(),
                    l.medianMs(),
                    l.p95Ms(),
                    l.rawMedianMs() > 0 ? String.format(Locale.ROOT, "%.1f", l.rawMedianMs()) : "–",
                    l.rawMedianMs() > 0 ? String.format(Locale.ROOT, "%.2f", l.ratio()) : "–"));
            csv.append(String.format(
                    Locale.ROOT,
                    "\"%s\",%d,%.2f,%.2f,%.2f,%.3f%n",
                    l.name(),
                    l.rows(),
                    l.medianMs(),
                    l.p95Ms(),
                    l.rawMedianMs(),
                    l.ratio()));
        }
        pdfRead.ifPresent(r -> md.append(String.format(
                Locale.ROOT,
                "%nReading a typical 3-page PDF form (%.0f KB: %d evaluations, %d indicators; PDF → grid → form → report,"
                        + " nothing stored), %d reads after warm-up: median %.1f ms, p95 %.1f ms (target ≤ 100 ms);"
                        + " CPU time of the reading thread: median %.1f ms, p95 %.1f ms.%n",
                r.bytes() / 1024.0,
                r.evaluations(),
                r.indicators(),
                r.reads(),
                r.medianMs(),
                r.p95Ms(),
                r.cpuMedianMs(),
                r.cpuP95Ms())));
        if (!reads.isEmpty()) {
            double mix = ReportReads.batchMixMs(reads);
            md.append(String.format(
                    Locale.ROOT,
                    "%nReading a report (ReportReader.parse, nothing stored), CPU time of one thread, %d reads of each file"
                            + " after warm-up: the batch benchmark's mix (seeds 001/003/004 in turn) %.1f ms a report on"
                            + " average, so reading alone bounds a batch at %.0f reports/s on 2 cores.%n",
                    reads.getFirst().reads(),
                    mix,
                    2000 / mix));
        }
        try {
            Files.createDirectories(dir);
            if (imports.isPresent()) {
                ImportThroughput.Result r = imports.get();
                md.append(String.format(
                        Locale.ROOT,
                        "%nImport throughput: %d seed-sized reports (%.0f KB each on average)"
                                + " imported one after another, each a new document in its own transaction, into a temporary"
                                + " store:%n%n| reports | indicators | s | ms per report | reports/s | indicators/s |%n"
                                + "|---:|---:|---:|---:|---:|---:|%n| %d | %d | %.1f | %.1f | %.1f | %.0f |%n",
                        r.reports(),
                        r.bytes() / 1024.0 / r.reports(),
                        r.reports(),
                        r.indicators(),
                        r.seconds(),
                        r.msPerReport(),
                        r.reportsPerSecond(),
                        r.indicatorsPerSecond()));
                Files.writeString(
                        dir.resolve("benchmark-import.csv"),
                        String.format(
                                Locale.ROOT,
                                "reports,indicators,bytes,seconds,ms_per_report,median_ms,p95_ms,reports_per_s,indicators_per_s%n"
                                        + "%d,%d,%d,%.3f,%.2f,%.2f,%.2f,%.2f,%.1f%n",
                                r.reports(),
                                r.indicators(),
                                r.bytes(),
                                r.seconds(),
                                r.msPerReport(),
                                r.medianMs(),
                                r.p95Ms(),
                                r.reportsPerSecond(),
                                r.indicatorsPerSecond()));
            }
            if (batch.isPresent()) {
                BatchThroughput.Result b = batch.get();
                md.append(String.format(
                        Locale.ROOT,
                        "%nBatch import: %d files (%d good seed-sized reports, one in %d bad) sent as one batch into a copy"
                                + " of the store, timed with no reader running; the overview's SQL is replayed back to back"
                                + " during a warm-up batch of %d files before it (\"during\"):%n%n| files | stored | refused"
                                + " (as made) | unexplained | partial | receive s | batch s | reports/s | files/s | CPU s"
                                + " (ms a report) | overview SQL ms idle | during a batch (reads) |%n"
                                + "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"
                                + "| %d | %d | %d %s | %d | %d | %.1f | %.1f | **%.1f** | %.1f | %.1f (%.1f) | %.1f | %.1f (%d)"
                                + " |%n",
                        b.files(),
                        b.good(),
                        BatchThroughput.BAD_EVERY,
                        b.warmUpFiles(),
                        b.files(),
                        b.stored(),
                        b.refused(),
                        b.expectedRefusals(),
                        b.unexplained(),
                        b.partial().total(),
                        b.receiveSeconds(),
                        b.seconds(),
                        b.reportsPerSecond(),
                        b.filesPerSecond(),
                        b.cpuSeconds(),
                        b.cpuMsPerReport(),
                        b.overviewIdleMs(),
                        b.overviewDuringMs(),
                        b.overviewReads()));
                Files.writeString(
                        dir.resolve("benchmark-batch.csv"),
                        String.format(
                                Locale.ROOT,
                                "files,good,stored,refused,unexplained,partial,receive_s,batch_s,reports_per_s,files_per_s,"
                                        + "cpu_s,overview_idle_ms,overview_during_ms%n"
                                        + "%d,%d,%d,%d,%d,%d,%.3f,%.3f,%.2f,%.2f,%.3f,%.2f,%.2f%n",
                                b.files(),
                                b.good(),
                                b.stored(),
                                b.refused(),
                                b.unexplained(),
                                b.partial().total(),
                                b.receiveSeconds(),
                                b.seconds(),
                                b.reportsPerSecond(),
                                b.filesPerSecond(),
                                b.cpuSeconds(),
                                b.overviewIdleMs(),
                                b.overviewDuringMs()));
            }
            Files.writeString(dir.resolve("benchmark.md"), md);
            Files.writeString(dir.resolve("benchmark-statements.md"), statements(lines));
            Files.writeString(dir.resolve("benchmark.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md.toString();
    }
}
