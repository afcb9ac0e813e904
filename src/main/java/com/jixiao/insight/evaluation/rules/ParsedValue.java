package com.jixiao.insight.evaluation.rules;

import java.math.BigDecimal;

/** A target or actual text as the parser understood it; never a guess. */
public sealed interface ParsedValue {

    String text();

    /**
     * A number with its comparator, in base units: magnitudes (万, 亿, 千) are applied and removed
     * from the unit, so "≥7万件" is GE 70000 件. {@code upper} is set for ranges only.
     */
    record Quantity(String text, String label, Comparator comparator, BigDecimal value, BigDecimal upper, String unit)
            implements ParsedValue {

        public boolean isPercent() {
            return "%".equals(unit);
        }
    }

    /** Words without a figure: 提高, 保障, 优, 有待提升 … */
    record Qualitative(String text) implements ParsedValue {}

    /** Nothing printed. */
    record Missing(String text) implements ParsedValue {}

    /** Text with figures the parser cannot read as one value; kept as text, with the reason. */
    record Unreadable(String text, Reason reason) implements ParsedValue {}
}
