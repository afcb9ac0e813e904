package com.jixiao.insight.ranking;

import java.math.BigDecimal;

/**
 * One ranked unit in one year. {@code value} is the metric ranked by; {@code previousRank} is the
 * unit's rank by the same metric the year before (null where it had no report then). Money in 万元,
 * rates as fractions; null where the reports give no figure.
 */
public record RankingRow(
        int fiscalYear,
        int rank,
        Integer previousRank,
        long unitId,
        String unitName,
        String regionPath,
        BigDecimal value,
        BigDecimal adjustedBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal reportedScore,
        BigDecimal recomputedScore,
        String scoreBasis,
        int unmetTargets,
        int auditFlags) {

    /** Positive when the unit climbed (rank 5 → 3 is +2); null without a previous rank. */
    public Integer rankChange() {
        return previousRank == null ? null : previousRank - rank;
    }
}
