package com.jixiao.insight.targets;

import com.jixiao.insight.evaluation.reasons.ReasonClass;
import java.math.BigDecimal;

/**
 * An unmet indicator or a goal the report admits in prose was not reached ({@code source} = indicator
 * | goal), with the reason the unit gave. Shortfall as a fraction of the target where numeric.
 */
public record UnmetTarget(
        String source,
        long evaluationId,
        String unitName,
        int fiscalYear,
        String evaluationName,
        String category,
        String name,
        String target,
        String actual,
        BigDecimal shortfallRate,
        String reason,
        ReasonClass reasonClass,
        String matchedWords) {}
