package com.jixiao.insight.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** Everything the leaders' overview shows, for one scope. Money in 万元, rates as fractions. */
public record Overview(Kpis kpis, List<UnitYear> unitYears, List<RegionYear> regionYears, List<ScorePoint> scores,
        List<UnmetCount> unmet) {

    /**
     * A region (district, or city where a unit has no district) in one year, summed over its units:
     * money summed, execution rate weighted by funding (Σ executed / Σ adjusted of the units that state both).
     */
    public record RegionYear(String regionName, int fiscalYear, BigDecimal initialBudget, BigDecimal adjustedBudget,
            BigDecimal executed, BigDecimal executionRate) {}

    /** The units with the most unmet targets, for a chart that stays readable at province scale. */
    public List<String> unitsWithMostUnmet(int limit) {
        var totals = new java.util.HashMap<String, Integer>();
        unmet.forEach(u -> totals.merge(u.unitName(), u.count(), Integer::sum));
        return totals.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(limit).map(java.util.Map.Entry::getKey).toList();
    }

    /** The headline figures. Null where nothing in scope states the figure. */
    public record Kpis(int units, int reports, BigDecimal adjustedBudget, BigDecimal executed,
            BigDecimal weightedExecutionRate, BigDecimal meanReportedScore, BigDecimal meanRecomputedScore,
            int unmetTargets, int auditFlags) {}

    /** One unit in one year (see the view unit_year_metrics). */
    public record UnitYear(long unitId, String unitName, String regionName, String regionPath, int fiscalYear,
            BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal executed, BigDecimal executionRate,
            BigDecimal reportedScore, BigDecimal recomputedScore, int unmetTargets, int auditFlags) {}

    /** One evaluation's reported and recomputed total. */
    public record ScorePoint(long evaluationId, String unitName, String evaluationName, int fiscalYear,
            BigDecimal reported, BigDecimal recomputed) {

        public BigDecimal gap() {
            return reported.subtract(recomputed);
        }
    }

    /** Unmet indicators of a unit in one indicator category. */
    public record UnmetCount(String unitName, String category, int count) {}

    /** The five lowest execution rates. */
    public List<UnitYear> lowestExecution() {
        return unitYears.stream().filter(u -> u.executionRate() != null)
                .sorted(java.util.Comparator.comparing(UnitYear::executionRate)).limit(5).toList();
    }

    /** The five largest gaps between reported and recomputed score ("too good to be true"). */
    public List<ScorePoint> largestScoreGaps() {
        return scores.stream().filter(s -> s.gap().signum() > 0)
                .sorted(java.util.Comparator.comparing(ScorePoint::gap).reversed()).limit(5).toList();
    }
}
