package com.jixiao.insight.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times calls as the views make them, each {@code rounds} times after two warm-ups; one more round, not timed,
 * records the SQL the call runs ({@link SqlCapture}: rendering every statement with its values inlined costs
 * time the call itself does not spend), which then goes to {@link RawReplay} for the figure to compare with.
 */
final class CallTimer {

    private final int rounds;
    private final RawReplay replay;
    private final List<Measurement> measurements = new ArrayList<>();
    private final String only;

    CallTimer(int rounds, RawReplay replay) {
        this(rounds, replay, "");
    }

    /**
     * Measures only the calls whose name contains {@code only} or one of its comma-separated parts
     * ({@code overview,ranking}); all when it is empty.
     */
    CallTimer(int rounds, RawReplay replay, String only) {
        this.rounds = rounds;
        this.replay = replay;
        this.only = only;
    }

    /** Whether the call named {@code name} is to be measured in this run. */
    boolean selected(String name) {
        return only.isBlank()
                || Arrays.stream(only.split(",")).map(String::strip).anyMatch(w -> !w.isEmpty() && name.contains(w));
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
        if (!selected(name)) {
            return;
        }
        T warm = call.get(); // warm-up: JIT, caches
        call.get();
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        RawReplay.Replay raw = new RawReplay.Replay(0, List.of());
        if (replay) {
            SqlCapture.start();
            try {
                call.get();
            } finally {
                List<String> sql = SqlCapture.stop();
                raw = sql.isEmpty() ? raw : this.replay.replay(sql);
            }
        }
        Arrays.sort(times);
        measurements.add(new Measurement(
                name,
                rows.apply(warm),
                percentile(times, 50),
                percentile(times, 95),
                raw.medianMs(),
                raw.statements()));
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
