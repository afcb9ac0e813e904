package com.jixiao.insight.ingest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** First and last source line (1-based, inclusive) of a figure; written as {@code [first, last]}. */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range [" + first + ", " + last + "]");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LineRange of(int[] pair) {
        if (pair == null || pair.length != 2) {
            throw new IllegalArgumentException("a line range is [first, last]");
        }
        return new LineRange(pair[0], pair[1]);
    }

    public static LineRange single(int line) {
        return new LineRange(line, line);
    }

    @JsonValue
    int[] pair() {
        return new int[] {first, last};
    }

    public boolean contains(LineRange other) {
        return first <= other.first && other.last <= last;
    }
}
