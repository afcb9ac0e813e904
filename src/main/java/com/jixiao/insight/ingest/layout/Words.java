package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.grid.CellText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of a line whose cells are separated by single spaces: the words, a figure kept with its unit ("2 人",
 * "121926.11 元", "4 小时/次") and a qualifier with its figure ("不足 12 次"), as a cell prints them.
 */
final class Words {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern GAPS = Pattern.compile("[ \\u3000\\u00A0\\t]+");

    private static final Pattern FIGURE = Pattern.compile("^[≥≤≧≦<>=＜＞]?[+-]?\\d[\\d.,]*(%|％)?$");
    /** A unit after a figure: up to three characters, no digit or comparator, maybe "/户" after it ("万元/公里"). */
    static final Pattern UNIT = Pattern.compile("^[^\\d\\s≥≤≧≦<>=＝＜＞%％,，。；;:：]{1,3}(/[^\\d\\s]{1,3})?$");

    private static final Pattern QUALIFIER = Pattern.compile("^(不足|约|超过|低于|高于|少于|大于|小于|不少于|不低于|不超过|不高于|达到)$");

    private Words() {}

    /** A line's words at every space, a figure and its unit apart ("2 无偏差" is two words). */
    static List<String> plain(String line) {
        return List.of(GAPS.split(line.strip()));
    }

    static List<String> split(String line) {
        String[] raw = GAPS.split(line.strip());
        List<String> words = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (QUALIFIER.matcher(w).matches()
                    && i + 1 < raw.length
                    && FIGURE.matcher(raw[i + 1]).matches()) {
                w = w + " " + raw[++i];
            }
            String figure = w.contains(" ") ? w.substring(w.indexOf(' ') + 1) : w;
            if (FIGURE.matcher(figure).matches()
                    && i + 1 < raw.length
                    && UNIT.matcher(raw[i + 1]).matches()) {
                w = w + " " + raw[++i];
            }
            words.add(CellText.clean(w));
        }
        return words;
    }

    /** Display width: two for East Asian wide and full-width characters and the curly quotes, one for the rest. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += cp == '“' || cp == '”' || cp == '‘' || cp == '’' ? 2 : SpacedLines.width(cp);
        }
        return w;
    }
}
