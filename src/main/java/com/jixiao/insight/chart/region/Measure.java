package com.jixiao.insight.chart.region;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.chart.Bands;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What a region chart shows: the metric's name (translated), whether its values are fractions (written
 * 95.31%) or scores (95.3), its colour bands, the target line if it has one, and what a region-year that reported
 * but has no figure lacks (translated: "缺预算/执行数" for the funding-weighted rate, which needs both).
 */
public record Measure(String name, boolean fraction, Bands bands, BigDecimal target, String missing) {

    /** The value as the screens write it. */
    public String format(BigDecimal value) {
        return fraction ? Formats.rate(value) : Formats.score(value);
    }

    /** Axis ticks: 95% or 95. */
    NumberFormat tickFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        return fraction ? new DecimalFormat("0.#%", symbols) : new DecimalFormat("0.#", symbols);
    }
}
