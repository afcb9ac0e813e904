package com.jixiao.insight.ingest.grid;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a report: money in 万元 ("441.8", "1923.78 万元", "150万", "1,234.5", "3, 825. 75",
 * "182755.15 元" → 18.275515), rates as fractions ("99.51%" → 0.9951), points ("5.73", "20分").
 * A placeholder (—, -, /) or an empty cell is absent, never 0; a cell that prints 0 is 0.
 */
public final class Figures {

    /** What a numeric cell held: its value, or nothing (absent), or text that is not a figure. */
    public record Reading(Optional<BigDecimal> value, boolean isFigure, String note) {
        static final Reading ABSENT = new Reading(Optional.empty(), true, null);

        static Reading notAFigure() {
            return new Reading(Optional.empty(), false, null);
        }

        static Reading of(BigDecimal value, String note) {
            return new Reading(Optional.of(value), true, note);
        }

        public BigDecimal orNull() {
            return value.orElse(null);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern MONEY = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|万|元|亿元|亿|千元)?");
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)%");
    private static final Pattern POINTS = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)分?");

    // Compiled once: these run for every figure cell.
    private static final Pattern PLACEHOLDER = Pattern.compile("[—–\\-－/／]+|\\\\");
    private static final Pattern SEPARATOR_SPACES = Pattern.compile("(?<=\\d)\\s*([.,])\\s*(?=\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HASHES = Pattern.compile("[#＃]{2,}");
    /** The same hashes at the end of a label's cell ("其中：当年财政拨款 ###"), a text layout having put them beside it. */
    public static final Pattern HIDDEN_AT_END = Pattern.compile("\\s*" + HASHES.pattern() + "$");

    private Figures() {}

    /**
     * A figure a spreadsheet could not show: "###", what Excel and Calc print (and export to PDF) where the column is
     * too narrow for the number. The figure is not in the document.
     */
    public static boolean isHidden(String cell) {
        return HASHES.matcher(CellText.squeeze(cell)).matches();
    }

    public static boolean isPlaceholder(String cell) {
        String s = CellText.squeeze(cell);
        return s.isEmpty() || PLACEHOLDER.matcher(s).matches();
    }

    /** Full-width digits and signs as ASCII; separators and stray spaces between digits dropped. */
    static String normalise(String cell) {
        if (isNormal(cell)) {
            return cell; // what the mapping and the three patterns below would give back unchanged
        }
        StringBuilder b = new StringBuilder(cell.length());
        for (char ch : cell.toCharArray()) {
            if (ch >= '０' && ch <= '９') {
                b.append((char) (ch - '０' + '0'));
            } else {
                b.append(
                        switch (ch) {
                            case '．' -> '.';
                            case '，' -> ',';
                            case '％' -> '%';
                            case '－' -> '-';
                            case '＋' -> '+';
                            default -> ch;
                        });
            }
        }
        String s = SEPARATOR_SPACES.matcher(b).replaceAll("$1");
        s = THOUSANDS.matcher(s).replaceAll("");
        return WHITESPACE.matcher(s).replaceAll("");
    }

    /** No full-width figure character to map, no comma and no whitespace for the patterns to act on. */
    private static boolean isNormal(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch >= '０' && ch <= '９'
                    || ch == '．'
                    || ch == '，'
                    || ch == '％'
                    || ch == '－'
                    || ch == '＋'
                    || ch == ','
                    || ch == ' '
                    || ch == '\t'
                    || ch == '\n'
                    || ch == '\u000B'
                    || ch == '\f'
                    || ch == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Money in 万元. */
    public static Reading money(String cell) {
        if (isPlaceholder(cell)) {
            return Reading.ABSENT;
        }
        Matcher m = MONEY.matcher(normalise(cell));
        if (!m.matches()) {
            return Reading.notAFigure();
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String unit = m.group(2);
        if (unit == null || unit.equals("万元") || unit.equals("万")) {
            return Reading.of(v, null);
        }
        return switch (unit) {
            case "元" -> Reading.of(v.movePointLeft(4), "yuan");
            case "千元" -> Reading.of(v.movePointLeft(1), "thousand");
            default -> Reading.of(v.movePointRight(4), "yi");
        };
    }

    /** A rate as a fraction: "99.51%" → 0.9951; a bare number up to 1.5 is taken as a fraction already. */
    public static Reading rate(String cell) {
        if (isPlaceholder(cell)) {
            return Reading.ABSENT;
        }
        String s = normalise(cell);
        Matcher p = PERCENT.matcher(s);
        if (p.matches()) {
            return Reading.of(new BigDecimal(p.group(1)).movePointLeft(2), null);
        }
        if (NUMBER.matcher(s).matches()) {
            BigDecimal v = new BigDecimal(s);
            return v.compareTo(new BigDecimal("1.5")) <= 0
                    ? Reading.of(v, null)
                    : Reading.of(v.movePointLeft(2), "percent");
        }
        return Reading.notAFigure();
    }

    /** Points (分值, 得分, 总分). */
    public static Reading points(String cell) {
        if (isPlaceholder(cell)) {
            return Reading.ABSENT;
        }
        Matcher m = POINTS.matcher(normalise(cell));
        return m.matches() ? Reading.of(new BigDecimal(m.group(1)), null) : Reading.notAFigure();
    }

    public static boolean isPlainNumber(String cell) {
        return NUMBER.matcher(normalise(cell)).matches();
    }

    public static boolean isPercent(String cell) {
        return PERCENT.matcher(normalise(cell)).matches();
    }

    public static boolean isMoney(String cell) {
        return !isPlaceholder(cell) && MONEY.matcher(normalise(cell)).matches();
    }
}
