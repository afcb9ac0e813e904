package com.jixiao.insight.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the region charts compare: the execution rate (Σ executed / Σ adjusted budget), the mean reported score of
 * the unit-years, or the unmet share (unmet indicators / indicators the rules could assess). Its code is the URL's.
 */
public enum RegionMetric {
    EXECUTION_RATE("rate"),
    REPORTED_SCORE("score"),
    UNMET_SHARE("unmet");

    private final String code;

    RegionMetric(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether its values are fractions (written 95.31%) rather than scores. */
    public boolean fraction() {
        return this != REPORTED_SCORE;
    }

    public static Optional<RegionMetric> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
