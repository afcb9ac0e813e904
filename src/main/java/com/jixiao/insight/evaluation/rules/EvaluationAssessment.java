package com.jixiao.insight.evaluation.rules;

import java.math.BigDecimal;
import java.util.List;

/** What the rules say about one evaluation as a whole, beside its reported figures. */
public record EvaluationAssessment(
        BigDecimal recomputedExecutionRate,
        BigDecimal recomputedExecutionScore,
        BigDecimal recomputedTotalScore,
        String gradeOfReportedScore,
        String recomputedGrade,
        List<IndicatorAssessment> indicators,
        List<AuditFlag> flags) {

    public EvaluationAssessment {
        indicators = List.copyOf(indicators);
        flags = List.copyOf(flags);
    }

    public long count(Status status) {
        return indicators.stream().filter(i -> i.status() == status).count();
    }

    /** Every flag: the evaluation's own and its indicators'. */
    public long flagCount() {
        return flags.size()
                + indicators.stream().mapToLong(i -> i.flags().size()).sum();
    }
}
