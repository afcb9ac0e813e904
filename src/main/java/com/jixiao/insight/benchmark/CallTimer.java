package com.jixiao.insight.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times calls as the views make them, each {@code rounds} times after two warm-ups, while {@link SqlCapture}
 * records the SQL they run; that SQL then goes to {@link RawReplay} for the figure to compare with.
 */
final class CallTimer {

    private final int rounds;
    private final RawReplay replay;
    private final List<Measurement> measurements = new ArrayList<>();
    private final String only;

    CallTimer(int rounds, RawReplay replay) {
        this(rounds, replay, "");
    }

    /** Measures only the calls whose name contains {@code only} (all when it is empty). */
    CallTimer(int rounds, RawReplay replay, String only) {
        this.rounds = rounds;
        this.replay = replay;
        this.only = only;
    }

    /** What was measured so far, in order. */
    List<Measurement> measurements() {
        return measurements;
    }

    /** Adds a figure measured elsewhere (the import throughput). */
    void add(Measurement measurement) {
        measurements.add(measurement);
    }

    <T> void measure(String name, Supplier<T> call, Function<T, Integer> rows) {
        measure(name, call, rows, true);
    }

    /** Times {@code call}; with {@code replay}, also the SQL it ran, over plain JDBC. */
    <T> void measure(String name, Supplier<T> call, Function<T, Integer> rows, boolean replay) {
        if (!name.contains(only)) {
            return;
        }
        T warm = call.get(); // warm-up: JIT, caches
        call.get();
        double[] times = new double[rounds];
        List<String> sql = List.of();
        for (int i = 0; i < rounds; i++) {
            SqlCapture.start();
            long t0 = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
            sql = SqlCapture.stop();
        }
        double raw = !replay || sql.isEmpty() ? 0 : this.replay.medianMs(sql);
        Arrays.sort(times);
        measurements.add(new Measurement(name, rows.apply(warm), percentile(times, 50), percentile(times, 95), raw));
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
