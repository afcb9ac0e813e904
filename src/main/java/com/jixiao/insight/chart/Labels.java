package com.jixiao.insight.chart;

/** Names that must fit an axis: a long unit name keeps its head and its kind ("…审批局"); the full name goes in the tooltip. */
public final class Labels {

    private Labels() {}

    /** {@code name} if it has at most {@code max} characters, else its head, "…" and its last three characters. */
    public static String shorten(String name, int max) {
        int length = name.codePointCount(0, name.length());
        if (length <= max) {
            return name;
        }
        int tail = Math.min(3, (max - 1) / 3);
        int head = max - 1 - tail;
        int headEnd = name.offsetByCodePoints(0, head);
        int tailStart = name.offsetByCodePoints(name.length(), -tail);
        return name.substring(0, headEnd) + "…" + name.substring(tailStart);
    }
}
