package com.jixiao.insight.chart;

import java.awt.Color;
import java.math.BigDecimal;

/**
 * Red / amber / green bands for a value where higher is better (execution rate, score). The bands are
 * configurable ({@code jixiao.thresholds.*}); colour is never the only signal: a level name goes with it.
 */
public record Thresholds(BigDecimal amberFrom, BigDecimal greenFrom) {

    public static final Color RED = new Color(0xC6, 0x28, 0x28);
    public static final Color AMBER = new Color(0xE0, 0x8E, 0x0B);
    public static final Color GREEN = new Color(0x2E, 0x7D, 0x32);

    public enum Level {
        RED,
        AMBER,
        GREEN
    }

    public Level level(BigDecimal value) {
        if (value.compareTo(greenFrom) >= 0) {
            return Level.GREEN;
        }
        return value.compareTo(amberFrom) >= 0 ? Level.AMBER : Level.RED;
    }

    public Color color(BigDecimal value) {
        return switch (level(value)) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
        };
    }
}
