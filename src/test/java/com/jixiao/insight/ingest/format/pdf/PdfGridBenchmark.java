package com.jixiao.insight.ingest.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.grid.GridRow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long reading a typical 3-page form takes once the JVM is warm (the goal: at most 100 ms). Prints the figures and
 * asserts nothing about time, since a shared build machine is no stopwatch; the CPU time of the reading thread is
 * printed beside the wall-clock time because it does not grow when other processes take the cores.
 *
 * <p>{@code ./mvnw -B test -Pbench -Dtest=PdfGridBenchmark}
 */
@Tag("bench")
class PdfGridBenchmark {

    private static final int WARM_UP = 30;
    private static final int READS = 20;

    @Test
    void readsAThreePageForm() {
        byte[] pdf = PdfFixtures.file("project-form.pdf");
        for (int i = 0; i < WARM_UP; i++) {
            PdfGrid.read(pdf, PdfLimits.DEFAULT); // class loading, JIT
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[READS];
        long[] cpu = new long[READS];
        List<GridRow> rows = List.of();
        for (int i = 0; i < READS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            rows = PdfGrid.read(pdf, PdfLimits.DEFAULT);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "PdfGrid.read project-form.pdf (3 pages, %,d bytes, %d rows), %d reads after %d warm-up:"
                        + " wall median %.1f ms (fastest %.1f, slowest %.1f), CPU median %.1f ms%n",
                pdf.length,
                rows.size(),
                READS,
                WARM_UP,
                wall[READS / 2] / 1e6,
                wall[0] / 1e6,
                wall[READS - 1] / 1e6,
                cpu[READS / 2] / 1e6);
        assertThat(rows).hasSize(40);
    }
}
