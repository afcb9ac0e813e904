package com.jixiao.insight.benchmark;

import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.read.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Reading a typical 3-page PDF form, as an import reads it before anything is stored: {@link ReportReader#parse}
 * from the bytes to the report (PDFBox's text and ruling lines, the lattice of cells, the form reader), after a
 * warm-up of {@link #WARM_UP} reads (class loading, JIT). The target is at most 100 ms (issue 12).
 *
 * <p>The PDF is {@value #RESOURCE}: pages 1–3 of the form fixture {@code src/test/resources/forms/001-forms.pdf}
 * (seed 001 as a unit publishes it: written in Word, exported to PDF by LibreOffice), cut by
 * tools/benchmark/make_bench_pdf.sh. It holds a whole report as units send them: title lines and 单位名称, the
 * 部门整体支出绩效自评表 with its table running over pages 1–2 (merged 一级/二级指标 cells, wrapped cells, the funding
 * block) and one 项目支出绩效自评表 on page 3. It is in the main resources, not generated at run time, because
 * {@code bench} runs from the jar and a PDF as Word exports it cannot be made without LibreOffice; 130 KB.
 */
public final class PdfFormRead {

    static final String RESOURCE = "benchmark/form-3-pages.pdf";

    private static final int WARM_UP = 30;

    /**
     * The figures: reads timed, evaluations and indicators read, the file's size, median and p95 of the wall clock
     * and of the reading thread's CPU time in ms. The CPU time is given beside the wall clock because on a shared
     * machine the wall clock also counts the time other processes held the cores.
     */
    public record Result(
            int reads,
            int evaluations,
            int indicators,
            long bytes,
            double medianMs,
            double p95Ms,
            double cpuMedianMs,
            double cpuP95Ms) {}

    private PdfFormRead() {}

    /** Reads the form {@code reads} times after the warm-up. */
    public static Result measure(int reads) {
        byte[] pdf = bytes();
        ReportReader reader = new ReportReader(ImportLimits.DEFAULT);
        ParsedFile first = reader.parse("form-3-pages.pdf", pdf);
        int evaluations = first.document().reports().size();
        int indicators = first.indicatorCount();
        if (evaluations == 0 || indicators == 0) {
            throw new IllegalStateException(RESOURCE + " read to " + evaluations + " evaluations and " + indicators
                    + " indicators: the reader is broken, the time would mean nothing");
        }
        for (int i = 1; i < WARM_UP; i++) {
            reader.parse("form-3-pages.pdf", pdf);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] times = new double[reads];
        double[] cpu = new double[reads];
        for (int i = 0; i < reads; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            reader.parse("form-3-pages.pdf", pdf);
            times[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new Result(
                reads,
                evaluations,
                indicators,
                pdf.length,
                CallTimer.percentile(times, 50),
                CallTimer.percentile(times, 95),
                CallTimer.percentile(cpu, 50),
                CallTimer.percentile(cpu, 95));
    }

    private static byte[] bytes() {
        try (InputStream in = PdfFormRead.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
