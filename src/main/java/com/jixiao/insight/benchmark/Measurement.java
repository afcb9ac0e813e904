package com.jixiao.insight.benchmark;

/** One measured call: its rows, median and p95 in ms, and the median of its SQL over raw DuckDB (0: not replayed). */
public record Measurement(String name, int rows, double medianMs, double p95Ms, double rawMedianMs) {

    double ratio() {
        return rawMedianMs <= 0 ? Double.NaN : medianMs / rawMedianMs;
    }
}
