package com.jixiao.insight.dashboard;

import com.jixiao.insight.chart.Bands;
import com.jixiao.insight.chart.Thresholds;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable thresholds: the execution-rate target line, and where amber and green begin for rates
 * ({@code jixiao.dashboard.*}; defaults 90%, 60%, 90%) and scores (60, 80); for the unmet share (unmet
 * indicators / assessed indicators, lower is better) where amber and red begin (5%, 15%).
 */
@ConfigurationProperties(prefix = "jixiao.dashboard")
public record DashboardProperties(
        BigDecimal targetRate,
        BigDecimal rateAmberFrom,
        BigDecimal rateGreenFrom,
        BigDecimal scoreAmberFrom,
        BigDecimal scoreGreenFrom,
        BigDecimal unmetShareAmberFrom,
        BigDecimal unmetShareRedFrom) {

    public DashboardProperties {
        targetRate = targetRate == null ? new BigDecimal("0.90") : targetRate;
        rateAmberFrom = rateAmberFrom == null ? new BigDecimal("0.60") : rateAmberFrom;
        rateGreenFrom = rateGreenFrom == null ? new BigDecimal("0.90") : rateGreenFrom;
        scoreAmberFrom = scoreAmberFrom == null ? new BigDecimal("60") : scoreAmberFrom;
        scoreGreenFrom = scoreGreenFrom == null ? new BigDecimal("80") : scoreGreenFrom;
        unmetShareAmberFrom = unmetShareAmberFrom == null ? new BigDecimal("0.05") : unmetShareAmberFrom;
        unmetShareRedFrom = unmetShareRedFrom == null ? new BigDecimal("0.15") : unmetShareRedFrom;
    }

    public Thresholds rateThresholds() {
        return new Thresholds(rateAmberFrom, rateGreenFrom);
    }

    public Thresholds scoreThresholds() {
        return new Thresholds(scoreAmberFrom, scoreGreenFrom);
    }

    /** The colour bands of a region metric: rates from 0 to 100%, scores to 100, unmet shares (lower is better). */
    public Bands bands(RegionMetric metric) {
        return switch (metric) {
            case EXECUTION_RATE -> Bands.of(rateThresholds(), 1);
            case REPORTED_SCORE -> Bands.of(scoreThresholds(), 100);
            case UNMET_SHARE ->
                new Bands(
                        Math.max(0.3, unmetShareRedFrom.doubleValue() * 2),
                        unmetShareRedFrom.doubleValue(),
                        unmetShareAmberFrom.doubleValue(),
                        0);
        };
    }
}
