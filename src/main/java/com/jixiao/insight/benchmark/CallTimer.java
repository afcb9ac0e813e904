package com.jixiao.insight.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times calls as the views make them, each {@code rounds} times after a warm-up until the JIT is done compiling (a
 * server's steady state). Rounds before, not timed, record the SQL the call runs and each statement's time in the app
 * ({@link SqlCapture}: rendering every statement with its values inlined costs time the call itself does not spend);
 * each timed round is followed by a replay of those statements over plain JDBC ({@link RawReplay}), the figure to
 * compare with.
 */
final class CallTimer {

    /**
     * Warm-up: the call again for at least {@value #WARM_UP_MS} ms, then until the JIT has been quiet for a second (it
     * compiled for less than {@value #QUIET_COMPILE_MS} ms of it), at most {@value #WARM_UP_MAX_MS} ms in all: a
     * server's steady state. Two calls, and then a fixed 40 calls, left the JIT compiling during the timed rounds: on 2
     * cores, a C2 thread busy for 100–600 ms took a core from DuckDB, and the same statements ran up to 1.4 times as
     * long in the app as in the raw replay that came after (JFR: jdk.Compilation events of over 100 ms every second
     * until the end of the rounds).
     */
    private static void warmUp(Supplier<?> call) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long quietFrom = start;
        long compiledAt = measurable ? jit.getTotalCompilationTime() : 0;
        while (true) {
            call.get();
            long now = System.nanoTime();
            if (now - start > WARM_UP_MAX_MS * 1_000_000L) {
                return;
            }
            if (now - quietFrom < 1_000_000_000L) {
                continue;
            }
            long compiled = measurable ? jit.getTotalCompilationTime() : compiledAt;
            boolean quiet = compiled - compiledAt < QUIET_COMPILE_MS;
            if (quiet && now - start >= WARM_UP_MS * 1_000_000L) {
                return;
            }
            quietFrom = now;
            compiledAt = compiled;
        }
    }

    private static final long WARM_UP_MS = 4_000;
    private static final long WARM_UP_MAX_MS = 30_000;
    private static final long QUIET_COMPILE_MS = 20;

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

    /**
     * Times {@code call}; with {@code replay}, also the SQL it ran, over plain JDBC. Each timed round of the call is
     * followed by one replay of its statements, so that both see the machine in the same state: timed one after the
     * other, a run's medians of the app and of the replay differed by up to a third from the next run's.
     */
    <T> void measure(String name, Supplier<T> call, Function<T, Integer> rows, boolean replay) {
        if (!selected(name)) {
            return;
        }
        T warm = call.get(); // warm-up: JIT, caches
        warmUp(call);
        Captured captured = replay ? captured(call) : Captured.NONE;
        boolean replays = !captured.statements().isEmpty();
        if (replays) {
            this.replay.once(captured.statements()); // warm-up of the plain JDBC path
        }
        double[] times = new double[rounds];
        List<double[]> raw = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (replays) {
                raw.add(this.replay.once(captured.statements()));
            }
        }
        RawReplay.Replay replayed = replays
                ? RawReplay.summary(captured.statements(), captured.appMs(), raw)
                : new RawReplay.Replay(0, List.of());
        Arrays.sort(times);
        measurements.add(new Measurement(
                name,
                rows.apply(warm),
                percentile(times, 50),
                percentile(times, 95),
                replayed.medianMs(),
                replayed.statements()));
    }

    /** The statements of a call in order, and each one's median time in the app. */
    private record Captured(List<String> statements, List<Double> appMs) {
        static final Captured NONE = new Captured(List.of(), List.of());
    }

    /** The call run {@value #CAPTURES} more times with its statements recorded: each statement's median in the app. */
    private static Captured captured(Supplier<?> call) {
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
        return new Captured(first.stream().map(SqlCapture.Captured::sql).toList(), app);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
