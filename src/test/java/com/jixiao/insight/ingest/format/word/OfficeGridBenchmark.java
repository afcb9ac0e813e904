package com.jixiao.insight.ingest.format.word;

import static com.jixiao.insight.ingest.format.word.OfficeFixtures.resource;

import com.jixiao.insight.ingest.format.sheet.SheetGrid;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Read time of the 3-page project form (two forms, 42 table rows, 49 merged regions) in each Office format, after a
 * warm-up: printed, never asserted. Wall clock and the reading thread's CPU time are both printed, because these
 * machines are shared and the wall clock often says more about the neighbours than about the reader. Run it with
 * {@code ./mvnw -B test -Pbench -Dtest=OfficeGridBenchmark}.
 */
@Tag("bench")
class OfficeGridBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 50;

    @Test
    void threePageForm() {
        measure("DOCX", "project_form.docx", b -> WordGrid.read(b, OfficeLimits.DEFAULT));
        measure("DOC", "project_form.doc", b -> WordGrid.read(b, OfficeLimits.DEFAULT));
        measure("XLSX", "project_form.xlsx", b -> SheetGrid.read(b, OfficeLimits.DEFAULT));
        measure("XLS", "project_form.xls", b -> SheetGrid.read(b, OfficeLimits.DEFAULT));
    }

    private static void measure(String format, String file, Function<byte[], ?> read) {
        byte[] bytes = resource(file);
        for (int i = 0; i < WARM_UP; i++) {
            read.apply(bytes);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.apply(bytes);
            wall[i] = System.nanoTime() - start;
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / RUNS;
        Arrays.sort(wall);
        System.out.printf(
                Locale.ROOT,
                "office form read, %-4s %6d bytes: median %6.1f ms, best %6.1f ms, CPU %6.1f ms per read%n",
                format,
                bytes.length,
                wall[RUNS / 2] / 1e6,
                wall[0] / 1e6,
                cpuMs);
    }
}
