package com.jixiao.insight.chart;

import com.jixiao.insight.chart.Thresholds.Level;
import java.awt.Color;

/**
 * The red / amber / green bands of a metric on a colour scale that colour-blind readers can tell apart: red
 * to orange, yellow, then teal (ColorBrewer's diverging red–yellow and blue–green ends, not red against
 * green), each band shaded lighter towards its boundary, so 93% and 99% differ at a glance. Values run from
 * {@code worst} to {@code best}; {@code best} may be below {@code worst} (an unmet share: lower is better).
 * Colour is never the only signal: the charts print the value and the legend names the band.
 *
 * @param amber the edge between red and amber
 * @param green the edge between amber and green
 */
public record Bands(double worst, double amber, double green, double best) {

    private static final Color RED_WORST = new Color(0xA5, 0x00, 0x26);
    private static final Color RED_EDGE = new Color(0xD7, 0x30, 0x27);
    private static final Color AMBER_LOW = new Color(0xFD, 0xAE, 0x61);
    private static final Color AMBER_HIGH = new Color(0xFE, 0xE0, 0x8B);
    private static final Color GREEN_EDGE = new Color(0xC7, 0xEA, 0xE5);
    private static final Color GREEN_BEST = new Color(0x01, 0x66, 0x5E);
    /** A cell without a figure. */
    public static final Color MISSING = new Color(0xF3, 0xF3, 0xF3);

    /** Higher is better, from 0 to {@code best}, with the thresholds of a rate or a score. */
    public static Bands of(Thresholds thresholds, double best) {
        return new Bands(
                0, thresholds.amberFrom().doubleValue(), thresholds.greenFrom().doubleValue(), best);
    }

    public boolean higherIsBetter() {
        return best >= worst;
    }

    /**
     * Red, amber or green. Higher is better: from {@code green} up green, from {@code amber} up amber. Lower is
     * better: below {@code green} green, below {@code amber} amber (an unmet share: amber from 5%, red from 15%).
     */
    public Level level(double v) {
        if (higherIsBetter()) {
            return v >= green ? Level.GREEN : v >= amber ? Level.AMBER : Level.RED;
        }
        return v < green ? Level.GREEN : v < amber ? Level.AMBER : Level.RED;
    }

    /** The fill for a value: its band's colour, darker the further it lies from the band's lower edge. */
    public Color color(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        double q = position(v);
        return switch (level(v)) {
            case RED -> mix(RED_WORST, RED_EDGE, share(q, 0, position(amber)));
            case AMBER -> mix(AMBER_LOW, AMBER_HIGH, share(q, position(amber), position(green)));
            case GREEN -> mix(GREEN_EDGE, GREEN_BEST, share(q, position(green), 1));
        };
    }

    /** Dark text on light fills, white on dark ones: whichever contrasts more (WCAG relative luminance). */
    public static Color textOn(Color fill) {
        return luminance(fill) > 0.18 ? new Color(0x21, 0x21, 0x21) : Color.WHITE;
    }

    /** 0 at worst, 1 at best, clamped. */
    private double position(double v) {
        double q = (v - worst) / (best - worst);
        return Math.max(0, Math.min(1, q));
    }

    private static double share(double q, double from, double to) {
        return to <= from ? 1 : Math.max(0, Math.min(1, (q - from) / (to - from)));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
