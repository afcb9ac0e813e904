package com.jixiao.insight.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How figures are shown everywhere: 万元 with two decimals and thousands separators (亿元 where a sum runs to
 * 亿, see {@link #amount}), counts with thousands separators, rates as 99.01%, scores with up to two decimals.
 * Absent figures are never shown as 0.
 */
public final class Formats {

    /** 1 亿元 = 10,000 万元. */
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    /** A sum of money as written: the figure and the i18n key of its unit ({@code unit.wan} or {@code unit.yi}). */
    public record Amount(String figure, String unitKey) {}

    private Formats() {}

    /**
     * A sum of 万元 in the unit its size calls for: below 1 亿元 in 万元 (3,186.46 万元), from 1 亿元 up in 亿元
     * (279,060,702.47 万元 → 27,906.07 亿元), two decimals and thousands separators either way.
     */
    public static Amount amount(BigDecimal wan) {
        return wan.abs().compareTo(WAN_PER_YI) >= 0
                ? new Amount(money(wan.divide(WAN_PER_YI)), "unit.yi")
                : new Amount(money(wan), "unit.wan");
    }

    /** 7200 → 7,200 */
    public static String count(long n) {
        return format("#,##0", BigDecimal.valueOf(n));
    }

    /** 3,186.46 */
    public static String money(BigDecimal value) {
        return format("#,##0.00", value);
    }

    /** 0.9901 → 99.01%; 12.5 → 1,250.00% (a misreported figure) */
    public static String rate(BigDecimal fraction) {
        return fraction == null ? "" : format("#,##0.00", fraction.movePointRight(2)) + "%";
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
