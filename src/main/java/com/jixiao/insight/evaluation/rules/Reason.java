package com.jixiao.insight.evaluation.rules;

/** Why an indicator got its status; the UI explains each through the i18n bundle (reason.*). */
public enum Reason {
    /** Target and actual compared as numbers in the same unit. */
    NUMERIC_COMPARISON,
    /** Target and actual are the same text. */
    SAME_TEXT,
    /** Qualitative actual affirms the target (提升, 完成, 保障 …). */
    QUALITATIVE_AFFIRMED,
    /** Qualitative actual qualifies the achievement (基本, 较, 有待, a lower tier …). */
    QUALITATIVE_PARTIAL,
    /** Qualitative actual denies it (未, 无, 不 …). */
    QUALITATIVE_DENIED,
    /** A qualitative target with the actual given as a percentage of completion. */
    PERCENT_OF_COMPLETION,
    /** The actual is only a bound (≥99%, 不足12次) that neither proves nor disproves the target. */
    ACTUAL_ONLY_BOUNDED,
    NO_TARGET,
    NO_ACTUAL,
    NOT_APPLICABLE,
    SEVERAL_FIGURES,
    UNITS_DIFFER,
    QUALITATIVE_NOT_COMPARABLE,
    COUNT_AGAINST_QUALITATIVE,
    QUANTITY_AGAINST_TEXT
}
