package com.jixiao.insight.ingest.form.words;

import com.jixiao.insight.ingest.grid.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an indicator's printed actual falls short of its printed target, as far as the two cells say it: a figure
 * on the wrong side of the target's bound (no bound: a different figure), an actual that says it was not met (无, 未完成,
 * 不足 12 次), or a lesser degree of the target (较健全 for 健全). Anything else (two different phrasings, several
 * figures in one cell) is not called short: the reader does not guess.
 */
public final class Shortfall {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)*");
    private static final Pattern NOT_MET = Pattern.compile("^(无|否|0|未完成|未达到|未达标|未开展|未实施|不达标|没有)$");
    private static final Pattern SHORT_PREFIX = Pattern.compile("^(不足|未|低于|少于|没有).+");

    private Shortfall() {}

    public static boolean isShort(String target, String actual) {
        if (target == null || actual == null) {
            return false;
        }
        String t = CellText.squeeze(target);
        String a = CellText.squeeze(actual);
        if (t.isEmpty() || a.isEmpty() || t.equals(a) || NOT_MET.matcher(t).matches()) {
            return false;
        }
        if (SHORT_PREFIX.matcher(a).matches() || a.equals("较" + t) || a.equals("基本" + t)) {
            return true;
        }
        List<BigDecimal> tn = numbers(t);
        List<BigDecimal> an = numbers(a);
        if (tn.size() == 1 && an.size() == 1) {
            int c = an.getFirst().compareTo(tn.getFirst());
            return switch (bound(t)) {
                case '≥' -> c < 0;
                case '≤' -> c > 0;
                default -> c != 0;
            };
        }
        return NOT_MET.matcher(a).matches();
    }

    private static char bound(String t) {
        char c = t.charAt(0);
        return c == '≥' || c == '≧' || c == '>' || c == '＞'
                ? '≥'
                : c == '≤' || c == '≦' || c == '<' || c == '＜' ? '≤' : '=';
    }

    private static List<BigDecimal> numbers(String s) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            parse(m.group()).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<BigDecimal> parse(String s) {
        try {
            return Optional.of(new BigDecimal(s.replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
