package com.jixiao.insight.ingest.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One published report (a source document) as recognised: the curated seeds in {@code data/} and
 * imported reports share this shape. Field names follow docs/data-format.md. Money in 万元, rates
 * as fractions, absent figures {@code null}.
 */
public record ReportDocument(
        String source,
        String title,
        String unit,
        List<String> unitAliases,
        String region,
        int year,
        List<EvaluationReport> reports,
        List<ExpenditureLineRow> expenditureLines,
        List<PriorYearFigureRow> priorYearFigures,
        List<ContradictionRow> contradictions) {

    public ReportDocument {
        unitAliases = orEmpty(unitAliases);
        reports = orEmpty(reports);
        expenditureLines = orEmpty(expenditureLines);
        priorYearFigures = orEmpty(priorYearFigures);
        contradictions = orEmpty(contradictions);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An overall (部门整体) or project (项目) self-evaluation. */
    public record EvaluationReport(
            String kind,
            String name,
            String supervisingDepartment,
            String implementingUnit,
            BigDecimal initialBudget,
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal executionRate,
            BigDecimal executionWeight,
            BigDecimal executionScore,
            BigDecimal totalScore,
            String grade,
            String annualGoal,
            String goalOutcome,
            String note,
            LineRange sourceLines,
            Map<String, LineRange> figureLines,
            List<FundingLineRow> fundingLines,
            List<ScoreComponentRow> scoreComponents,
            List<IndicatorRow> indicators,
            List<UnmetGoalRow> unmetGoals) {

        public EvaluationReport {
            figureLines = figureLines == null ? Map.of() : Map.copyOf(figureLines);
            fundingLines = orEmpty(fundingLines);
            scoreComponents = orEmpty(scoreComponents);
            indicators = orEmpty(indicators);
            unmetGoals = orEmpty(unmetGoals);
        }
    }

    public record FundingLineRow(
            String source,
            BigDecimal initialBudget,
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal executionRate,
            LineRange sourceLines) {}

    public record ScoreComponentRow(String criterion, BigDecimal weight, BigDecimal score, LineRange sourceLines) {}

    public record IndicatorRow(
            String category,
            String subcategory,
            String name,
            String indicatorClass,
            String nature,
            String unitOfMeasure,
            String target,
            String actual,
            BigDecimal weight,
            BigDecimal score,
            String deviationReason,
            String improvementMeasures,
            String note,
            LineRange sourceLines) {}

    public record UnmetGoalRow(String text, LineRange sourceLines) {}

    public record ExpenditureLineRow(
            String statement,
            String side,
            String classification,
            String code,
            String name,
            BigDecimal initialBudget,
            BigDecimal finalAmount,
            BigDecimal basic,
            BigDecimal project,
            LineRange sourceLines) {}

    public record PriorYearFigureRow(
            int year,
            String metric,
            BigDecimal currentAmount,
            BigDecimal change,
            BigDecimal changeRate,
            BigDecimal priorAmount,
            String text,
            LineRange sourceLines) {}

    public record ContradictionRow(
            String report,
            String field,
            String keptValue,
            String otherValue,
            String explanation,
            LineRange sourceLines,
            LineRange otherLines) {}
}
