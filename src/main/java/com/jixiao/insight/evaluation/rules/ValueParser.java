package com.jixiao.insight.evaluation.rules;

import com.jixiao.insight.evaluation.rules.ParsedValue.Missing;
import com.jixiao.insight.evaluation.rules.ParsedValue.Qualitative;
import com.jixiao.insight.evaluation.rules.ParsedValue.Quantity;
import com.jixiao.insight.evaluation.rules.ParsedValue.Unreadable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the targets and actuals units write: "≥7万件", "≤800元/件", "=100%", "97%-100%", "12月31日前",
 * "51万余件", "不足12次", "合同签订后10个工作日内", "提高". Full-width characters, ≧/≦/>=/<=, comparator
 * words (不低于, 以上, 以内 …), thousands separators, Chinese numerals and the magnitudes 千/万/亿 are
 * understood. What cannot be read as one value is returned as {@link Unreadable} with its reason.
 */
public final class ValueParser {

    private static final String NUMBER = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二两三四五六七八九十百]+)";
    private static final String MAGNITUDE = "(千|万|亿)?";
    private static final Pattern RANGE = Pattern.compile("^([^\\d]*?)" + NUMBER + MAGNITUDE
            + "([^\\d~～\\-—至到]{0,8}?)[-~～—至到]" + NUMBER + MAGNITUDE + "([^\\d]{0,8})$");
    private static final Pattern DATE = Pattern.compile("^([^\\d]*?)(\\d{1,2})月(\\d{1,2})日(.*)$");
    private static final Pattern VALUE = Pattern.compile("^([^\\d]*?)" + NUMBER + MAGNITUDE + "(余|多)?([^\\d]{0,10})$");

    /** Comparator words, longest first so that 大于等于 wins over 大于. */
    private static final List<Map.Entry<String, Comparator>> PREFIXES = List.of(
            Map.entry("大于等于", Comparator.GE),
            Map.entry("小于等于", Comparator.LE),
            Map.entry("不低于", Comparator.GE),
            Map.entry("不少于", Comparator.GE),
            Map.entry("至少", Comparator.GE),
            Map.entry("不高于", Comparator.LE),
            Map.entry("不超过", Comparator.LE),
            Map.entry("不多于", Comparator.LE),
            Map.entry("不大于", Comparator.LE),
            Map.entry("控制在", Comparator.LE),
            Map.entry("最多", Comparator.LE),
            Map.entry("不足", Comparator.LT),
            Map.entry("少于", Comparator.LT),
            Map.entry("低于", Comparator.LT),
            Map.entry("小于", Comparator.LT),
            Map.entry("大于", Comparator.GT),
            Map.entry("超过", Comparator.GT),
            Map.entry("多于", Comparator.GT),
            Map.entry("高于", Comparator.GT),
            Map.entry("等于", Comparator.EQ),
            Map.entry("≥", Comparator.GE),
            Map.entry("≤", Comparator.LE),
            Map.entry(">", Comparator.GT),
            Map.entry("<", Comparator.LT),
            Map.entry("=", Comparator.EQ));
    /** Qualifiers written after the unit. */
    private static final List<Map.Entry<String, Comparator>> SUFFIXES = List.of(
            Map.entry("及以上", Comparator.GE),
            Map.entry("以上", Comparator.GE),
            Map.entry("及以下", Comparator.LE),
            Map.entry("以下", Comparator.LE),
            Map.entry("以内", Comparator.LE),
            Map.entry("之内", Comparator.LE),
            Map.entry("以前", Comparator.LE),
            Map.entry("之前", Comparator.LE),
            Map.entry("内", Comparator.LE),
            Map.entry("前", Comparator.LE),
            Map.entry("左右", Comparator.EQ));

    /** Units after which a Chinese numeral is read as a number (一小时内, 三个月内). */
    private static final Set<String> COUNTED_IN_WORDS =
            Set.of("小时", "个小时", "个月", "月", "天", "日", "年", "周", "个工作日", "工作日", "分钟", "次", "个", "人", "项");

    private ValueParser() {}

    public static ParsedValue parse(String raw) {
        if (raw == null || normalise(raw).isEmpty() || normalise(raw).equals("/")) {
            return new Missing(raw == null ? "" : raw);
        }
        String s = normalise(raw);
        if (s.equals("无") || s.equals("—") || s.equals("-")) {
            return new Qualitative(raw);
        }
        Matcher date = DATE.matcher(s);
        if (date.matches()) {
            return date(raw, date);
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches() && comparatorOf(range.group(1)) == null) {
            BigDecimal lo = scaled(range.group(2), range.group(3));
            BigDecimal hi = scaled(range.group(5), range.group(6));
            String unit = range.group(7).isEmpty() ? range.group(4) : range.group(7);
            if (!range.group(4).isEmpty()
                    && !range.group(7).isEmpty()
                    && !range.group(4).equals(range.group(7))) {
                return new Unreadable(raw, Reason.UNITS_DIFFER);
            }
            if (lo != null && hi != null && lo.compareTo(hi) <= 0) {
                return new Quantity(raw, range.group(1), Comparator.RANGE, lo, hi, unit);
            }
        }
        Matcher m = VALUE.matcher(s);
        if (m.matches()) {
            return value(raw, m);
        }
        if (s.chars().anyMatch(Character::isDigit)) {
            return new Unreadable(raw, Reason.SEVERAL_FIGURES);
        }
        return new Qualitative(raw);
    }

    private static ParsedValue value(String raw, Matcher m) {
        String prefix = m.group(1);
        Comparator comparator = Comparator.NONE;
        String label = prefix;
        Map.Entry<String, Comparator> found = comparatorOf(prefix);
        if (found != null) {
            comparator = found.getValue();
            label = prefix.substring(0, prefix.lastIndexOf(found.getKey()));
        }
        BigDecimal value = scaled(m.group(2), m.group(3));
        if (value == null) {
            return new Unreadable(raw, Reason.SEVERAL_FIGURES);
        }
        if (m.group(4) != null && comparator == Comparator.NONE) {
            comparator = Comparator.GE; // 51万余件: more than 51万
        }
        String unit = m.group(5);
        for (var suffix : SUFFIXES) {
            if (unit.endsWith(suffix.getKey())) {
                unit = unit.substring(0, unit.length() - suffix.getKey().length());
                if (comparator == Comparator.NONE) {
                    comparator = suffix.getValue();
                }
                break;
            }
        }
        if (!m.group(2).chars().allMatch(c -> c < 128) && !COUNTED_IN_WORDS.contains(unit)) {
            // 一 and 百 occur in ordinary words (一窗受理, 老百姓): a numeral counts only before a unit of time or count.
            return new Qualitative(raw);
        }
        return new Quantity(raw, label, comparator, value, null, unit);
    }

    private static ParsedValue date(String raw, Matcher m) {
        Map.Entry<String, Comparator> found = comparatorOf(m.group(1));
        Comparator comparator = found == null ? Comparator.NONE : found.getValue();
        String rest = m.group(4);
        for (var suffix : SUFFIXES) {
            if (rest.equals(suffix.getKey())) {
                comparator = comparator == Comparator.NONE ? suffix.getValue() : comparator;
                rest = "";
            }
        }
        if (!rest.isEmpty()) {
            return new Unreadable(raw, Reason.SEVERAL_FIGURES);
        }
        // Month and day as one ordered number within the year: 12月31日 → 1231.
        BigDecimal value = BigDecimal.valueOf(Integer.parseInt(m.group(2)) * 100L + Integer.parseInt(m.group(3)));
        String label =
                found == null ? m.group(1) : m.group(1).substring(0, m.group(1).lastIndexOf(found.getKey()));
        return new Quantity(raw, label, comparator, value, null, "月日");
    }

    private static Map.Entry<String, Comparator> comparatorOf(String prefix) {
        Map.Entry<String, Comparator> best = null;
        int at = -1;
        for (var p : PREFIXES) {
            int i = prefix.lastIndexOf(p.getKey());
            if (i >= 0 && i + p.getKey().length() == prefix.length() && (best == null || i < at)) {
                best = p;
                at = i;
            }
        }
        return best;
    }

    /** NFKC (full-width → ASCII), ≧/≦ and two-character comparators folded, whitespace removed. */
    public static String normalise(String raw) {
        if (plain(raw)) {
            // Nothing NFKC or the replacements below would change but ">=", "<=" and whitespace: the common case,
            // taken without the normaliser (at 16 million indicators it was a tenth of generating them).
            return withoutWhitespace(raw.replace(">=", "≥").replace("<=", "≤"));
        }
        // NFKC would turn m² into m2; keep the unit readable first.
        String s = Normalizer.normalize(raw.replace("m²", "平方米").replace("㎡", "平方米"), Normalizer.Form.NFKC)
                .replace('≧', '≥')
                .replace('≦', '≤')
                .replace(">=", "≥")
                .replace("<=", "≤")
                .replace('～', '~')
                .replace('–', '-')
                .replace('－', '-')
                .replace('。', ' ');
        return withoutWhitespace(s);
    }

    /** Only ASCII, CJK unified ideographs and ≥ ≤: characters NFKC leaves as they are. */
    static boolean plain(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF) && c != '≥' && c != '≤') {
                return false;
            }
        }
        return true;
    }

    /** Removes ASCII whitespace and the ideographic space (U+3000). */
    private static String withoutWhitespace(String s) {
        StringBuilder out = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean space =
                    c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, k);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static BigDecimal scaled(String number, String magnitude) {
        BigDecimal n = number.chars().allMatch(c -> c < 128)
                ? new BigDecimal(number.replace(",", ""))
                : chineseNumeral(number);
        if (n == null) {
            return null;
        }
        if (magnitude == null) {
            return n;
        }
        return switch (magnitude) {
            case "千" -> n.movePointRight(3);
            case "万" -> n.movePointRight(4);
            case "亿" -> n.movePointRight(8);
            default -> n;
        };
    }

    /** 一 … 九十九 (and 百 in 一百); anything else is not a numeral we trust. */
    static BigDecimal chineseNumeral(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(total + current);
    }
}
