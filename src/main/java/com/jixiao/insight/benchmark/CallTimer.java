package com.jixiao.insight.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times calls as the views make them, each {@code rounds} times after a warm-up of a few seconds (a server's steady
 * state: the JIT done compiling); more rounds, not timed, record the SQL the call runs and each statement's time in the
 * app ({@link SqlCapture}: rendering every statement with its values inlined costs time the call itself does not
 * spend), which then goes to {@link RawReplay} for the figures to compare with.
 */
final class CallTimer {

    /**
     * Warm-up: the call again until {@value #WARM_UP_MS} ms have passed (at least once, at most {@value
     * #WARM_UP_CALLS} times). Two calls left the JIT compiling the app's code during the timed rounds: on 2 cores, a C2
     * thread busy for hundreds of ms took a core from DuckDB, and the overview's statements ran 1.5 times as long in the
     * app as in the raw replay that came after (JFR: jdk.Compilation events until the end of the rounds).
     */
    private static void warmUp(Supplier<?> call) {
        long until = System.nanoTime() + WARM_UP_MS * 1_000_000L;
        int calls = 0;
        do {
            call.get();
            calls++;
        } while (calls < WARM_UP_CALLS && System.nanoTime() < until);
    }

    private static final long WARM_UP_MS = 4_000;
    private static final int WARM_UP_CALLS = 40;

    /** How many rounds record the statements and their time in the app (not timed as the call). */
    private static final int CAPTURES = 5;

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
        warmUp(call);
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        RawReplay.Replay raw = new RawReplay.Replay(0, List.of());
        if (replay) {
            raw = replayed(call);
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

    /**
     * The call run {@value #CAPTURES} more times with its statements recorded, then the statements replayed over raw
     * JDBC: each statement's median in the app beside its median over raw DuckDB.
     */
    private RawReplay.Replay replayed(Supplier<?> call) {
        List<List<SqlCapture.Captured>> rounds = new ArrayList<>();
        for (int i = 0; i < CAPTURES; i++) {
            SqlCapture.start();
            try {
                call.get();
            } finally {
                rounds.add(SqlCapture.stop());
            }
        }
        List<SqlCapture.Captured> first = rounds.getFirst();
        if (first.isEmpty()) {
            return new RawReplay.Replay(0, List.of());
        }
        List<Double> app = new ArrayList<>();
        for (int k = 0; k < first.size(); k++) {
            int statement = k;
            double[] ms = rounds.stream()
                    .filter(r -> r.size() == first.size())
                    .mapToDouble(r -> r.get(statement).appMs())
                    .sorted()
                    .toArray();
            app.add(percentile(ms, 50));
        }
        return replay.replay(first.stream().map(SqlCapture.Captured::sql).toList(), app);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
