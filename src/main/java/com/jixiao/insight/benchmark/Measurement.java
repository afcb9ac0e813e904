package com.jixiao.insight.benchmark;

import java.util.List;

/**
 * One measured call: its rows, median and p95 in ms, the median of its SQL over raw DuckDB (0: not replayed) and
 * that of each statement it ran (empty: not replayed).
 */
public record Measurement(
        String name,
        int rows,
        double medianMs,
        double p95Ms,
        double rawMedianMs,
        List<RawReplay.StatementTime> statements) {

    Measurement(String name, int rows, double medianMs, double p95Ms, double rawMedianMs) {
        this(name, rows, medianMs, p95Ms, rawMedianMs, List.of());
    }

    double ratio() {
        return rawMedianMs <= 0 ? Double.NaN : medianMs / rawMedianMs;
    }
}
