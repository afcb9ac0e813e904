package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.AnchoredTable.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words of content-order PDF text cut into cells ({@link AnchoredTable}): the cut that costs least, where a cell
 * wrapped over lines costs for every line but the last that falls short of its widest line, for a last line wider
 * than that, for a sentence that ends short of it and goes on below, for starting or ending beside another cell on a
 * line, and for words sharing a line that it keeps together (unless a figure and the unit after it, or a date's
 * parts: PDF text puts a space where the script changes).
 */
record CellCuts(List<List<Atom>> cells, double cost) {

    static final CellCuts NONE = new CellCuts(List.of(), 0);
    static final CellCuts IMPOSSIBLE = new CellCuts(List.of(), Double.MAX_VALUE / 4);

    private static final Pattern COMPARATOR_START = Pattern.compile("^[≥≤≧≦<>＜＞].*");
    /** The end of a date or time's part: "2024 年", "11 月" (not a duration: "12 个月"). */
    private static final Pattern DATE_PART = Pattern.compile("(^|[^\\d])\\d{1,4}\\s?[年月日时点]$");

    /** The words a value puts before its figure: "下降 4.2 个百分点", "降低约 8%", "不少于 12 次" (PDF text spaces them). */
    private static final Pattern VALUE_PREFIX =
            Pattern.compile("^(下降|降低|提高|提升|增长|增加|减少|不少于|不低于|不高于|不超过|不大于|不小于|低于|高于|达到|控制在)?约?$");

    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;！!]$");
    private static final Pattern FIGURE = Pattern.compile("^[\\d.]+%?$");
    /** Display columns a wrapped line may fall short of its cell's first line (proportional fonts, a space). */
    private static final int TOLERANCE = 3;

    /** Most words a row's name, target and actual are cut from (the cut takes time as their cube). */
    static final int MAX_BODY = 40;

    /** A wrapped target or actual costs a little more than a wrapped name: of two equal cuts, the name wraps. */
    private static final double VALUE_WRAP = 0.05;
    /** A wrapped line that starts with a figure: more often a value's first line than a name going on. */
    private static final double DIGIT_GOES_ON = 0.3;
    /** 偏差原因 / 改进措施 over lines without punctuation: a wrapped name more likely (see post). */
    private static final double UNPUNCTUATED_TEXT = 1.5;

    private static final Pattern PUNCTUATED = Pattern.compile("[，。；：、,;:（）()“”]");

    /** Each cell of 偏差原因 / 改进措施 costs a little: of two equal cuts, the one with fewer cells. */
    private static final double TEXT_CELL = 0.2;

    /** The text cells after the score: up to {@code max} cells (none for no words). */
    static CellCuts post(List<Atom> atoms, int max) {
        if (atoms.isEmpty()) {
            return NONE;
        }
        CellCuts best = IMPOSSIBLE;
        for (int k = 1; k <= max; k++) {
            CellCuts c = cut(atoms, k, false, -1);
            if (c.cost() < best.cost() - 1e-9) {
                best = c;
            }
        }
        if (best != IMPOSSIBLE
                && atoms.getFirst().line() != atoms.getLast().line()
                && !punctuated(atoms, 0, atoms.size())) {
            // 偏差原因 / 改进措施 over lines are sentences: lines without a stop or a comma are more likely the next
            // row's name wrapped. Charged on the words as a whole, so that it weighs what goes to the next row and
            // not how many cells they make (a reason wrapped over two lines is not a reason and a measure).
            best = new CellCuts(best.cells(), best.cost() + UNPUNCTUATED_TEXT);
        }
        return best;
    }

    /**
     * The name, target and actual: exactly {@code k} cells, fewer (at a cost) when there are fewer words. The 分值 after
     * them is on line {@code anchorLine}.
     */
    static CellCuts body(List<Atom> atoms, int k, int anchorLine) {
        if (atoms.size() < k) {
            List<List<Atom>> cells = new ArrayList<>();
            atoms.forEach(a -> cells.add(List.of(a)));
            return new CellCuts(cells, 10);
        }
        if (atoms.size() > MAX_BODY) {
            // More lines than a name, a target and an actual take: the last are cut, the rest join the name.
            List<Atom> head = atoms.subList(0, atoms.size() - MAX_BODY);
            CellCuts tail = body(atoms.subList(atoms.size() - MAX_BODY, atoms.size()), k, anchorLine);
            List<List<Atom>> cells = new ArrayList<>(tail.cells());
            List<Atom> first = new ArrayList<>(head);
            first.addAll(cells.getFirst());
            cells.set(0, first);
            return new CellCuts(cells, tail.cost() + 10);
        }
        CellCuts cut = cut(atoms, k, true, anchorLine);
        return k == 3 && cut.cells().size() == 3 ? alike(cut, anchorLine) : cut;
    }

    /**
     * The target and the actual, of the cuts between them that cost least: where they read alike ("12 月 31 日前 12 月
     * 31 日前": a target met is printed twice), else into halves most alike in length ("12 月 27 日前 12 月 27 日").
     */
    private static CellCuts alike(CellCuts cut, int anchorLine) {
        List<Atom> values = new ArrayList<>(cut.cells().get(1));
        values.addAll(cut.cells().get(2));
        double least = Double.MAX_VALUE;
        double[] costs = new double[values.size()];
        for (int p = 1; p < values.size(); p++) {
            costs[p] = cellCost(values, 0, p, true, false, anchorLine)
                    + cellCost(values, p, values.size(), true, false, anchorLine);
            least = Math.min(least, costs[p]);
        }
        int best = cut.cells().get(1).size();
        int bestGap = Integer.MAX_VALUE;
        for (int p = 1; p < values.size(); p++) {
            if (costs[p] > least + 1e-9) {
                continue;
            }
            String target = text(values.subList(0, p));
            String actual = text(values.subList(p, values.size()));
            if (target.equals(actual)) {
                best = p;
                break;
            }
            int gap = Math.abs(target.length() - actual.length());
            if (gap < bestGap) {
                best = p;
                bestGap = gap;
            }
        }
        if (best == cut.cells().get(1).size()) {
            return cut;
        }
        return new CellCuts(
                List.of(cut.cells().get(0), values.subList(0, best), values.subList(best, values.size())), cut.cost());
    }

    /**
     * Whether two words on one line are two cells: not a figure and its unit ("2.63 万盏"), not Latin and Chinese, not
     * the parts of a date or time ("2024 年 10 月", "11 月 30 日"), not a value's words and its figure ("下降 4.2 个").
     */
    static boolean breaks(Atom left, Atom right) {
        String l = left.text();
        char end = l.charAt(l.length() - 1);
        char start = right.text().charAt(0);
        boolean unitAfterFigure =
                end < 128 && Character.isLetterOrDigit(end) && start >= 128 && Character.isLetter(start);
        boolean dateGoesOn = Character.isDigit(start) && DATE_PART.matcher(l).find();
        boolean figureAfterPrefix =
                Character.isDigit(start) && VALUE_PREFIX.matcher(l).matches();
        return !unitAfterFigure && !dateGoesOn && !figureAfterPrefix;
    }

    /**
     * Whether two words on one line of 偏差原因 / 改进措施 are two cells: two short words ("无 无"), not a sentence
     * with a space where the script changes.
     */
    static boolean breaksText(Atom left, Atom right) {
        return left.text().length() <= 4 && right.text().length() <= 4 && breaks(left, right);
    }

    /**
     * A cell's text: its lines joined as wrapped (a space only between two Latin letters or digits), without the
     * spaces PDF text puts where the script changes ({@link PositionedLines#unspaced}).
     */
    static String text(List<Atom> atoms) {
        StringBuilder sb = new StringBuilder();
        Atom prev = null;
        for (Atom a : atoms) {
            if (prev != null) {
                boolean sameLine = a.line() == prev.line();
                char end = sb.charAt(sb.length() - 1);
                char start = a.text().charAt(0);
                boolean latin =
                        end < 128 && Character.isLetterOrDigit(end) && start < 128 && Character.isLetterOrDigit(start);
                if (sameLine || latin) {
                    sb.append(' ');
                }
            }
            sb.append(a.text());
            prev = a;
        }
        return PositionedLines.unspaced(sb.toString());
    }

    private static CellCuts cut(List<Atom> atoms, int k, boolean body, int anchorLine) {
        int m = atoms.size();
        if (m < k) {
            return IMPOSSIBLE;
        }
        double[][] best = new double[k + 1][m + 1];
        int[][] from = new int[k + 1][m + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        best[0][0] = 0;
        for (int c = 1; c <= k; c++) {
            for (int j = c == k ? m : c; j <= m - (k - c); j++) {
                for (int i = c - 1; i < j; i++) {
                    if (best[c - 1][i] == Double.MAX_VALUE) {
                        continue;
                    }
                    double cost = best[c - 1][i] + cellCost(atoms, i, j, body, c == 1, anchorLine);
                    if (cost < best[c][j] - 1e-9) {
                        best[c][j] = cost;
                        from[c][j] = i;
                    }
                }
            }
        }
        List<List<Atom>> cells = new ArrayList<>();
        int j = m;
        for (int c = k; c >= 1; c--) {
            int i = from[c][j];
            cells.addFirst(atoms.subList(i, j));
            j = i;
        }
        return new CellCuts(cells, best[k][m]);
    }

    /** Whether any of words {@code i} to {@code j} holds a stop, a comma, a colon or a bracket. */
    private static boolean punctuated(List<Atom> atoms, int i, int j) {
        for (int x = i; x < j; x++) {
            if (PUNCTUATED.matcher(atoms.get(x).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** What a cell of words {@code i} to {@code j} costs. */
    private static double cellCost(List<Atom> atoms, int i, int j, boolean body, boolean name, int anchorLine) {
        double cost = body ? 0 : TEXT_CELL;
        List<Integer> widths = new ArrayList<>();
        List<Boolean> sentenceEnds = new ArrayList<>();
        int width = 0;
        for (int x = i; x < j; x++) {
            Atom a = atoms.get(x);
            if (x > i && a.line() == atoms.get(x - 1).line()) {
                cost += body ? (breaks(atoms.get(x - 1), a) ? 2 : 0.1) : (breaksText(atoms.get(x - 1), a) ? 1 : 0.1);
                width += 1 + a.width();
            } else {
                if (x > i) {
                    widths.add(width);
                    sentenceEnds.add(
                            SENTENCE_END.matcher(atoms.get(x - 1).text()).matches());
                    if (body && COMPARATOR_START.matcher(a.text()).matches()) {
                        cost += 1;
                    } else if (body && Character.isDigit(a.text().charAt(0))) {
                        // A figure opens a target or an actual more often than it goes on a wrapped name.
                        cost += DIGIT_GOES_ON;
                    }
                }
                width = a.width();
            }
        }
        widths.add(width);
        if (widths.size() > 1) {
            // The column's width: its widest line but the last (a wrapped line fills it, the last may not).
            int column = widths.subList(0, widths.size() - 1).stream()
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0);
            for (int l = 0; l < widths.size() - 1; l++) {
                int shortfall = column - widths.get(l);
                if (shortfall > TOLERANCE) {
                    cost += 1;
                } else if (shortfall > 1) {
                    // Short by a character: a wrapped line may be (a word kept whole), a cell's own line more likely.
                    cost += 0.25 * (shortfall - 1);
                }
                if (sentenceEnds.get(l) && shortfall > 1) {
                    // A sentence that ends short of the column's width ends its cell: the next would go on beside it.
                    cost += 1;
                }
                if (body && !name) {
                    // Of two cuts alike, the one whose name is wrapped rather than its target or actual.
                    cost += VALUE_WRAP;
                }
            }
            if (widths.getLast() > column + TOLERANCE) {
                cost += 1;
            }
            if (!atoms.get(i).lineStart()) {
                // A cell that starts beside another on its line is a single line there (cells centred in a row).
                cost += 0.5;
            }
            boolean beside = j < atoms.size()
                    ? !atoms.get(j).lineStart()
                    : atoms.get(j - 1).line() == anchorLine;
            if (body && beside) {
                // Nor does a wrapped cell end beside another.
                cost += 0.5;
            }
        }
        if (body && name) {
            String t = atoms.get(i).text();
            if (COMPARATOR_START.matcher(t).matches() || FIGURE.matcher(t).matches()) {
                cost += 1;
            }
        }
        return cost;
    }
}
