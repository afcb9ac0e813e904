package com.jixiao.insight.evaluation.rules;

import static com.jixiao.insight.evaluation.rules.IndicatorAssessor.close;
import static com.jixiao.insight.evaluation.rules.IndicatorAssessor.plain;
import static com.jixiao.insight.evaluation.rules.IndicatorAssessor.round;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an evaluation against its own rules: execution rate = B/A, execution score = weight × rate
 * (capped), the parts add up to the total, the grade follows from the score; and recomputes the total
 * with every recomputable indicator scored by the rules.
 */
public final class EvaluationAssessor {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvaluationAssessor() {}

    /** The evaluation as printed, with its indicators and the contradictions recorded for it. */
    public record Input(
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal executionRate,
            BigDecimal executionWeight,
            BigDecimal executionScore,
            BigDecimal totalScore,
            String grade,
            List<IndicatorAssessor.Input> indicators,
            List<Contradiction> contradictions) {}

    /** A narrative reading that disagrees with the table. */
    public record Contradiction(String field, String keptValue, String otherValue) {}

    public static EvaluationAssessment assess(Input in) {
        List<IndicatorAssessment> indicators =
                in.indicators().stream().map(IndicatorAssessor::assess).toList();
        List<AuditFlag> flags = new ArrayList<>();

        BigDecimal rate = null;
        if (in.adjustedBudget() != null
                && in.executed() != null
                && in.adjustedBudget().signum() > 0) {
            rate = in.executed().divide(in.adjustedBudget(), MC);
            if (in.executionRate() != null
                    && in.executionRate().subtract(rate).abs().compareTo(rateTolerance(in.executionRate())) > 0) {
                flags.add(new AuditFlag(
                        FlagKind.EXECUTION_RATE_MISMATCH,
                        percent(in.executionRate()),
                        percent(rate),
                        plain(in.executed()) + " / " + plain(in.adjustedBudget())));
            }
        }
        BigDecimal executionScore = null;
        BigDecimal rateForScore = rate != null ? rate : in.executionRate();
        if (in.executionWeight() != null && rateForScore != null) {
            executionScore = round(in.executionWeight().multiply(rateForScore.min(BigDecimal.ONE), MC));
            if (in.executionScore() != null && !close(in.executionScore(), executionScore)) {
                flags.add(new AuditFlag(
                        FlagKind.EXECUTION_SCORE_MISMATCH,
                        plain(in.executionScore()),
                        plain(executionScore),
                        plain(in.executionWeight()) + " × " + percent(rateForScore)));
            }
        }
        totalCheck(in).ifPresent(flags::add);
        String gradeOfReported = Grade.of(in.totalScore());
        if (in.grade() != null && gradeOfReported != null && !in.grade().strip().startsWith(gradeOfReported)) {
            flags.add(new AuditFlag(FlagKind.GRADE_MISMATCH, in.grade(), gradeOfReported, plain(in.totalScore())));
        }
        for (Contradiction c : in.contradictions()) {
            flags.add(new AuditFlag(
                    FlagKind.NARRATIVE_CONTRADICTION, c.keptValue(), null, c.field() + ": " + c.otherValue()));
        }

        BigDecimal total = recomputedTotal(in, indicators, executionScore);
        return new EvaluationAssessment(
                rate, executionScore, total, gradeOfReported, Grade.of(total), indicators, flags);
    }

    /**
     * The parts must add up to the reported total. A sum above the total is always a departure; a sum
     * below it only when the printed weights cover all 100 points (otherwise parts may be unprinted).
     */
    private static Optional<AuditFlag> totalCheck(Input in) {
        if (in.totalScore() == null
                || in.indicators().isEmpty()
                || in.indicators().stream().anyMatch(i -> i.score() == null)) {
            return Optional.empty();
        }
        BigDecimal parts =
                in.indicators().stream().map(IndicatorAssessor.Input::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (in.executionScore() != null) {
            parts = parts.add(in.executionScore());
        }
        boolean complete = in.executionWeight() != null
                && in.indicators().stream().allMatch(i -> i.weight() != null)
                && in.indicators().stream()
                                .map(IndicatorAssessor.Input::weight)
                                .reduce(in.executionWeight(), BigDecimal::add)
                                .compareTo(HUNDRED)
                        == 0;
        boolean departs = parts.compareTo(in.totalScore().add(IndicatorAssessor.TOLERANCE)) > 0
                || (complete && !close(parts, in.totalScore()));
        return departs
                ? Optional.of(new AuditFlag(
                        FlagKind.TOTAL_MISMATCH,
                        plain(in.totalScore()),
                        plain(parts),
                        in.indicators().size() + " indicators" + (in.executionScore() == null ? "" : " + execution")))
                : Optional.empty();
    }

    /** The reported total, with each recomputable part replaced by its recomputed score. */
    private static BigDecimal recomputedTotal(
            Input in, List<IndicatorAssessment> indicators, BigDecimal executionScore) {
        if (in.totalScore() == null) {
            return null;
        }
        BigDecimal total = in.totalScore();
        if (executionScore != null && in.executionScore() != null) {
            total = total.add(executionScore.subtract(in.executionScore()));
        }
        for (int i = 0; i < indicators.size(); i++) {
            BigDecimal reported = in.indicators().get(i).score();
            BigDecimal recomputed = indicators.get(i).recomputedScore();
            if (reported != null && recomputed != null) {
                total = total.add(recomputed.subtract(reported));
            }
        }
        return round(total);
    }

    /** Half a unit of the last printed digit: 100% is ±0.5%, 99.01% is ±0.005%. */
    private static BigDecimal rateTolerance(BigDecimal reported) {
        BigDecimal pct = reported.multiply(HUNDRED).stripTrailingZeros();
        int decimals = Math.max(0, pct.scale());
        return new BigDecimal("0.5").movePointLeft(decimals + 2);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
