package com.jixiao.insight.projects;

import java.math.BigDecimal;

/** One evaluation as the explorer lists it: reported figures beside the recomputed ones. */
public record ProjectRow(
        long id,
        String unitName,
        String regionPath,
        int fiscalYear,
        String kind,
        String name,
        BigDecimal adjustedBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal totalScore,
        BigDecimal recomputedTotalScore,
        String grade,
        int unmetIndicators,
        int flags) {}
