package com.jixiao.insight.dashboard;

import com.jixiao.insight.store.generated.tables.records.UnitYearMetricsRecord;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the leaders' overview shows, for one scope, already aggregated: its size does not grow with
 * the number of units or evaluations in scope (a session keeps it while the view is open). Money in 万元,
 * rates as fractions.
 *
 * @param scoreBins reported against recomputed score, counted in half-point bins, for the scatter chart
 * @param lowestExecution the five unit-years with the lowest execution rate
 * @param largestScoreGaps the five evaluations whose reported score most exceeds the recomputed one
 * @param mostUnmet unmet targets per category of the units with the most unmet targets
 */
public record Overview(
        Kpis kpis,
        List<ScoreBin> scoreBins,
        List<UnitYear> lowestExecution,
        List<ScorePoint> largestScoreGaps,
        List<UnmetCount> mostUnmet) {

    /** Whether anything in scope was reported. */
    public boolean isEmpty() {
        return kpis.units() == 0;
    }

    /**
     * A region (district, or city where a unit has no district) in one year, for the briefing's execution-rate and
     * budget charts ({@link OverviewService#regionYears}), summed over its units:
     * money summed, execution rate weighted by funding (Σ executed / Σ adjusted of the units that state both).
     */
    public record RegionYear(
            String regionName,
            int fiscalYear,
            BigDecimal initialBudget,
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal executionRate) {}

    /** The headline figures. Null where nothing in scope states the figure. */
    public record Kpis(
            int units,
            int reports,
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal weightedExecutionRate,
            BigDecimal meanReportedScore,
            BigDecimal meanRecomputedScore,
            int unmetTargets,
            int auditFlags) {}

    /** One unit in one year (see the view unit_year_metrics). */
    public record UnitYear(
            long unitId,
            String unitName,
            String regionName,
            String regionPath,
            int fiscalYear,
            BigDecimal initialBudget,
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal executionRate,
            BigDecimal reportedScore,
            BigDecimal recomputedScore,
            int unmetTargets,
            int auditFlags) {

        /** A row of the pre-aggregated unit-year metrics. */
        public static UnitYear of(UnitYearMetricsRecord r) {
            return new UnitYear(
                    r.getUnitId(),
                    r.getUnitName(),
                    r.getRegionName(),
                    r.getRegionPath(),
                    r.getFiscalYear(),
                    r.getInitialBudget(),
                    r.getAdjustedBudget(),
                    r.getExecuted(),
                    r.getExecutionRate(),
                    r.getReportedScore(),
                    r.getRecomputedScore(),
                    r.getUnmetTargets(),
                    r.getAuditFlags());
        }
    }

    /** One evaluation's reported and recomputed total. */
    public record ScorePoint(
            long evaluationId,
            String unitName,
            String evaluationName,
            int fiscalYear,
            BigDecimal reported,
            BigDecimal recomputed) {

        public BigDecimal gap() {
            return reported.subtract(recomputed);
        }
    }

    /**
     * The evaluations whose reported and recomputed totals round to the same half point; {@code tooGood}
     * when the reported total exceeds the recomputed one (decided before rounding).
     */
    public record ScoreBin(BigDecimal reported, BigDecimal recomputed, boolean tooGood, int evaluations) {}

    /** Unmet indicators of a unit in one indicator category. */
    public record UnmetCount(String unitName, String category, int count) {}
}
