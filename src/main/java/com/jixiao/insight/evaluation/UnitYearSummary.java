package com.jixiao.insight.evaluation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One unit in one fiscal year: the overall evaluation's reported figures (absent where the unit
 * published no overall evaluation that year) and its project evaluations' count and totals.
 */
public record UnitYearSummary(
        long unitId,
        String unitName,
        String regionPath,
        int fiscalYear,
        Optional<BigDecimal> overallAdjustedBudget,
        Optional<BigDecimal> overallExecuted,
        Optional<BigDecimal> overallExecutionRate,
        Optional<BigDecimal> overallTotalScore,
        int projectCount,
        Optional<BigDecimal> projectsAdjustedBudget,
        Optional<BigDecimal> projectsExecuted) {

    public boolean hasOverallEvaluation() {
        return overallAdjustedBudget.isPresent() || overallTotalScore.isPresent();
    }
}
