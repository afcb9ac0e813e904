package com.jixiao.insight.dashboard;

import com.jixiao.insight.chart.Thresholds;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable thresholds: the execution-rate target line, and where amber and green begin for rates
 * ({@code jixiao.dashboard.*}; defaults 90%, 60%, 90%) and scores (60, 80).
 */
@ConfigurationProperties(prefix = "jixiao.dashboard")
public record DashboardProperties(
        BigDecimal targetRate,
        BigDecimal rateAmberFrom,
        BigDecimal rateGreenFrom,
        BigDecimal scoreAmberFrom,
        BigDecimal scoreGreenFrom) {

    public DashboardProperties {
        targetRate = targetRate == null ? new BigDecimal("0.90") : targetRate;
        rateAmberFrom = rateAmberFrom == null ? new BigDecimal("0.60") : rateAmberFrom;
        rateGreenFrom = rateGreenFrom == null ? new BigDecimal("0.90") : rateGreenFrom;
        scoreAmberFrom = scoreAmberFrom == null ? new BigDecimal("60") : scoreAmberFrom;
        scoreGreenFrom = scoreGreenFrom == null ? new BigDecimal("80") : scoreGreenFrom;
    }

    public Thresholds rateThresholds() {
        return new Thresholds(rateAmberFrom, rateGreenFrom);
    }

    public Thresholds scoreThresholds() {
        return new Thresholds(scoreAmberFrom, scoreGreenFrom);
    }
}
