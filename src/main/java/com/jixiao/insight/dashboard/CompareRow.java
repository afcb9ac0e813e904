package com.jixiao.insight.dashboard;

import java.math.BigDecimal;

/**
 * One unit in one year beside the others compared, with the change against the same unit's previous
 * year (null where that year has no report: a gap, never a zero).
 */
public record CompareRow(
        long unitId,
        String unitName,
        String regionPath,
        int fiscalYear,
        BigDecimal adjustedBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal executionRateChange,
        BigDecimal reportedScore,
        BigDecimal reportedScoreChange,
        BigDecimal recomputedScore,
        Integer unmetTargets,
        Integer unmetTargetsChange,
        Integer auditFlags) {}
