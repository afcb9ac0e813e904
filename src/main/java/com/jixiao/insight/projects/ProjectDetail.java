package com.jixiao.insight.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Everything the analyst's project page shows, each figure with the lines it comes from. */
public record ProjectDetail(
        long id,
        long documentId,
        String documentFile,
        String unitName,
        String regionPath,
        int fiscalYear,
        String kind,
        String name,
        String supervisingDepartment,
        String implementingUnit,
        BigDecimal initialBudget,
        BigDecimal adjustedBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal recomputedExecutionRate,
        BigDecimal executionWeight,
        BigDecimal executionScore,
        BigDecimal recomputedExecutionScore,
        BigDecimal totalScore,
        BigDecimal recomputedTotalScore,
        String grade,
        String recomputedGrade,
        String annualGoal,
        String goalOutcome,
        int lineFrom,
        int lineTo,
        Map<String, int[]> figureLines,
        List<IndicatorLine> indicators,
        List<Flag> flags,
        List<UnmetGoal> unmetGoals) {

    /** One indicator with its rules-engine result and flags. */
    public record IndicatorLine(
            long id,
            String category,
            String subcategory,
            String name,
            String target,
            String actual,
            BigDecimal weight,
            BigDecimal score,
            BigDecimal recomputedScore,
            String status,
            String direction,
            String reason,
            String deviationReason,
            int lineFrom,
            int lineTo,
            List<Flag> flags) {}

    /** An audit flag (kind code as in FlagKind) with its figures. */
    public record Flag(String kind, String reported, String recomputed, String detail) {}

    /** A goal the report admits was not reached. */
    public record UnmetGoal(String text, int lineFrom, int lineTo) {}
}
