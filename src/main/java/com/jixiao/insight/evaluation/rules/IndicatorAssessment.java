package com.jixiao.insight.evaluation.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules say about one indicator. Values are in base units (万 applied); the shortfall is a
 * fraction of the target; the recomputed score is {@code null} where the weight or an exact actual is
 * missing.
 */
public record IndicatorAssessment(
        Status status,
        Direction direction,
        boolean directionImplied,
        BigDecimal targetValue,
        BigDecimal targetUpper,
        BigDecimal actualValue,
        String unit,
        BigDecimal shortfallRate,
        BigDecimal recomputedScore,
        Reason reason,
        List<AuditFlag> flags) {

    public IndicatorAssessment {
        flags = List.copyOf(flags);
    }
}
