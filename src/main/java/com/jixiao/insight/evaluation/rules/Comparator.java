package com.jixiao.insight.evaluation.rules;

/** How a target or actual bounds its number: ≥, >, ≤, <, =, a range, or nothing written. */
public enum Comparator {
    GE,
    GT,
    LE,
    LT,
    EQ,
    RANGE,
    NONE
}
