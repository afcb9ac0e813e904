package com.jixiao.insight.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.Thresholds.Level;
import java.awt.Color;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BandsTest {

    private final Bands rate = Bands.of(new Thresholds(new BigDecimal("0.60"), new BigDecimal("0.90")), 1);
    /** The unmet share: amber from 5%, red from 15%, lower is better. */
    private final Bands unmet = new Bands(0.3, 0.15, 0.05, 0);

    @Test
    void levelsFollowTheThresholdsInEitherDirection() {
        assertThat(rate.level(0.5999)).isEqualTo(Level.RED);
        assertThat(rate.level(0.60)).isEqualTo(Level.AMBER);
        assertThat(rate.level(0.90)).isEqualTo(Level.GREEN);
        assertThat(rate.level(1.2)).isEqualTo(Level.GREEN);
        assertThat(unmet.higherIsBetter()).isFalse();
        assertThat(unmet.level(0.0499)).isEqualTo(Level.GREEN);
        assertThat(unmet.level(0.05)).isEqualTo(Level.AMBER);
        assertThat(unmet.level(0.15)).isEqualTo(Level.RED);
    }

    @Test
    void eachBandHasItsOwnHueAndIsShadedWithinIt() {
        Color low = rate.color(0.30);
        Color amber = rate.color(0.75);
        Color green = rate.color(0.95);
        assertThat(low.getRed()).isGreaterThan(low.getBlue() + 100); // red
        assertThat(amber.getRed()).isGreaterThan(200).isGreaterThan(amber.getBlue()); // orange to yellow
        assertThat(green.getGreen()).isGreaterThan(green.getRed()); // teal, not red-green
        // 93% and 99% differ: darker towards the best.
        assertThat(brightness(rate.color(0.99))).isLessThan(brightness(rate.color(0.93)));
        assertThat(rate.color(Double.NaN)).isEqualTo(Bands.MISSING);
        // Lower is better: a small unmet share is in the good hue.
        assertThat(unmet.color(0.02)).isEqualTo(rate.color(0.9 + 0.1 * (0.05 - 0.02) / 0.05));
    }

    @Test
    void textIsDarkOnLightFillsAndWhiteOnDarkOnes() {
        assertThat(Bands.textOn(rate.color(0.75))).isNotEqualTo(Color.WHITE);
        assertThat(Bands.textOn(rate.color(0.10))).isEqualTo(Color.WHITE);
        assertThat(Bands.textOn(rate.color(1.0))).isEqualTo(Color.WHITE);
        assertThat(Bands.textOn(Bands.MISSING)).isNotEqualTo(Color.WHITE);
    }

    private static int brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
