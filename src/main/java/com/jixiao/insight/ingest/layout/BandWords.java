package com.jixiao.insight.ingest.layout;

import static com.jixiao.insight.ingest.layout.BandTable.FIGURE;

import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.layout.BandTable.Band;
import com.jixiao.insight.ingest.layout.BandTable.Kind;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.layout.PositionedLines.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which band of a {@link BandTable} each word of its body falls into: the one it overlaps most, a word on the fence
 * where the words starting at its position go, and words {@code pdftotext -layout} pushed left of their column put
 * back by what they are (a name's word in a level column, a target's figure across the name column's edge). A figure
 * and its unit one space apart that still fall into two columns are noted, for a warning at their line.
 */
final class BandWords {

    private final List<Band> bands;
    private final int outerLimit;
    private final boolean budget;

    /** The band of the indicator's name: the one right of the level bands (-1 in a budget table). */
    private final int nameBand;

    /** A figure, with its comparator if any ("≥1260", "≤9.35"): a value, never a name's word on its own. */
    private static final Pattern PUSHED_VALUE = Pattern.compile("^[≥≤<>≧≦＞＜=＝]*[+-]?\\d[\\d.,]*(%|％)?$");

    /** A figure alone, without a comparator or a unit ("2025", "38.5"). */
    private static final Pattern FIGURE_ONLY = Pattern.compile("^\\d+(\\.\\d+)?$");

    /** A name's number after 指标 ("1:"). */
    private static final Pattern NUMBER_MARK = Pattern.compile("^\\d+[:：]$");

    /** The text of each body line in each band (null where the line has none). */
    private final String[][] cells;

    /** The outer label's words (left of the table's first column). */
    private final List<String> outer = new ArrayList<>();

    /** The lines where a figure and the word after it one space apart fell into two columns. */
    private final List<Integer> split = new ArrayList<>();

    BandWords(List<Band> bands, List<Line> body, int outerLimit, boolean budget) {
        this.bands = bands;
        this.outerLimit = outerLimit;
        this.budget = budget;
        this.cells = new String[body.size()][bands.size()];
        int lastLevel = -1;
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).kind() == Kind.LEVEL) {
                lastLevel = b;
            }
        }
        this.nameBand = lastLevel >= 0 && lastLevel + 1 < bands.size() ? lastLevel + 1 : -1;
        // a word that overlaps two bands about equally goes where the words starting at its position clearly go
        // (a column's text is left-aligned)
        Map<Integer, int[]> aligned = new HashMap<>();
        for (Line line : body) {
            for (Token t : line.tokens()) {
                int[] c = candidates(t);
                if (c[0] >= 0 && (c[1] < 0 || c[2] >= 2 || pushedLeft(t, c))) {
                    aligned.computeIfAbsent(t.start(), k -> new int[bands.size()])[pushedLeft(t, c) ? c[1] : c[0]]++;
                }
            }
        }
        for (int j = 0; j < body.size(); j++) {
            int previous = -1;
            int previousEnd = Integer.MIN_VALUE / 2;
            String previousText = null;
            List<Token> tokens = body.get(j).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int[] c = candidates(t);
                int b = c[0];
                int[] votes = aligned.get(t.start());
                if (b >= 0 && c[1] >= 0 && c[2] < 2 && votes != null && votes[c[1]] > votes[b]) {
                    b = c[1];
                }
                int numbered = numbering(tokens, i);
                if (b >= 0 && numbered > b && bands.get(b).kind() == Kind.LEVEL) {
                    // "指标 1: 群众满意": a name's numbering, pushed left into a level column
                    b = numbered;
                }
                if (b == nameBand
                        && PUSHED_VALUE.matcher(t.text()).matches()
                        && (c[1] == b + 1 || unitAfter(tokens, i) == b + 1)) {
                    // a figure across the name column's right edge, or before its unit in the next column: the
                    // target's, pushed left of its column ("≤9.35 万元")
                    b = b + 1;
                } else if (pushedLeft(t, c)) {
                    b = c[1];
                } else if (b >= 0
                        && b + 1 < bands.size()
                        && votes != null
                        && inLevelBand(t, b)
                        && votes[b + 1] > votes[b]) {
                    // the last line of such a name, inside the level column, where the name's other lines start
                    b = b + 1;
                } else if (b >= 0
                        && b == previous
                        && t.start() - previousEnd >= 2
                        && b + 1 < bands.size()
                        && bands.get(b).kind() == Kind.LEVEL
                        && bands.get(b + 1).kind() != Kind.LEVEL) {
                    // a second cell of the line in a level band: the text's beside it ("标  意度")
                    b = b + 1;
                } else if (b >= 0
                        && b == previous
                        && b + 1 < bands.size()
                        && bands.get(b).kind() == Kind.LEVEL
                        && isLevelWord(cells[j][b])
                        && !isLevelWord(cells[j][b] + t.text())) {
                    // a whole level word, then a word one space on that makes it none: the next column's ("数量指标 指标
                    // 1: 保安保洁" where -layout pushed the name left)
                    b = b + 1;
                }
                if (b > 0
                        && b == previous + 1
                        && t.start() - previousEnd < 2
                        && (FIGURE_ONLY.matcher(previousText).matches()
                                        && !FIGURE.matcher(t.text()).matches()
                                || betweenValues(previous, b))) {
                    // a figure and its unit, or the target's and the actual's words, one space apart in two columns:
                    // where one ends and the other begins is uncertain ("12 月 31 日前 12 月 31 日前")
                    split.add(body.get(j).no());
                }
                previous = b;
                previousEnd = t.end();
                previousText = t.text();
                if (b < 0) {
                    outer.add(CellText.squeeze(t.text()));
                } else {
                    cells[j][b] = cells[j][b] == null ? t.text() : cells[j][b] + " " + t.text();
                }
            }
        }
    }

    /**
     * A word across a level column's right edge that is no piece of a level word: the text's beside it, a name -layout
     * pushed left of its column.
     */
    private boolean pushedLeft(Token t, int[] c) {
        return c[0] >= 0
                && c[1] == c[0] + 1
                && inLevelBand(t, c[0])
                && bands.get(c[1]).kind() != Kind.LEVEL;
    }

    /** A word in a level band that is no piece of a level word. */
    private boolean inLevelBand(Token t, int b) {
        return bands.get(b).kind() == Kind.LEVEL
                && bands.get(b + 1 < bands.size() ? b + 1 : b).kind() != Kind.LEVEL
                && !IndicatorWords.isLevelPiece(t.text());
    }

    /**
     * Where word i stands if it begins a name's numbering ("指标" one space before "1:"): the band of the number; -1
     * otherwise.
     */
    private int numbering(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()
                || !tokens.get(i).text().equals("指标")
                || tokens.get(i + 1).start() - tokens.get(i).end() >= 2
                || !NUMBER_MARK.matcher(tokens.get(i + 1).text()).matches()) {
            return -1;
        }
        return candidates(tokens.get(i + 1))[0];
    }

    /** Whether bands a and b are two value columns (the target's and the actual's, 分值 and 得分 aside). */
    private boolean betweenValues(int a, int b) {
        return nameBand >= 0
                && a > nameBand
                && bands.get(a).kind() == Kind.TEXT
                && bands.get(b).kind() == Kind.TEXT
                && b + 1 < bands.size()
                && bands.get(b + 1).kind() == Kind.ANCHOR;
    }

    /** The band of the word one space after word i when that word is no figure (a unit: "万元"); -1 otherwise. */
    private int unitAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()
                || tokens.get(i + 1).start() - tokens.get(i).end() >= 2
                || FIGURE.matcher(tokens.get(i + 1).text()).matches()) {
            return -1;
        }
        return candidates(tokens.get(i + 1))[0];
    }

    private static boolean isLevelWord(String s) {
        return IndicatorWords.isCategoryWord(s) || IndicatorWords.isSubcategoryWord(s);
    }

    String[][] cells() {
        return cells;
    }

    List<String> outer() {
        return outer;
    }

    List<Integer> split() {
        return split;
    }

    /** The band a word falls into: the one it overlaps most; -1 for a word left of the table (its outer label). */
    int band(Token t) {
        return candidates(t)[0];
    }

    /**
     * The bands a word overlaps most and next most, and by how much more (in characters): {best, second, margin}; best
     * -1 for a word left of the table (its outer label: ending before the first column, or starting well before it).
     */
    private int[] candidates(Token t) {
        if (t.end() <= outerLimit || !budget && t.end() <= outerLimit + 2 && t.start() < outerLimit - 1) {
            return new int[] {-1, -1, 0};
        }
        boolean figure = FIGURE.matcher(t.text()).matches();
        int best = -1;
        int second = -1;
        double most = -1;
        double next = -1;
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            if (budget && (band.kind() == Kind.ANCHOR) != figure) {
                continue;
            }
            double overlap = Math.min(t.end(), band.right()) - Math.max(t.start(), band.left());
            if (overlap > most) {
                second = best;
                next = most;
                most = overlap;
                best = b;
            } else if (overlap > next) {
                next = overlap;
                second = b;
            }
        }
        return new int[] {best, next > 0 ? second : -1, (int) Math.round(most - Math.max(next, 0))};
    }
}
