package com.jixiao.insight.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How figures are shown everywhere: 万元 with two decimals and thousands separators, rates as
 * 99.01%, scores with up to two decimals. Absent figures are never shown as 0.
 */
public final class Formats {

    private Formats() {}

    /** 3,186.46 */
    public static String money(BigDecimal value) {
        return format("#,##0.00", value);
    }

    /** 0.9901 → 99.01% */
    public static String rate(BigDecimal fraction) {
        return fraction == null ? "" : format("0.00", fraction.movePointRight(2)) + "%";
    }

    /** 99.8, 19.80 → 19.8, 5.73 */
    public static String score(BigDecimal value) {
        return format("0.##", value);
    }

    private static String format(String pattern, BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
