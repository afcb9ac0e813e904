package com.jixiao.insight.evaluation.rules;

import java.util.Locale;

/** Which way an indicator points: more is better, less is better, exactly, within a range, or words. */
public enum Direction {
    POSITIVE,
    NEGATIVE,
    EXACT,
    RANGE,
    QUALITATIVE,
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
