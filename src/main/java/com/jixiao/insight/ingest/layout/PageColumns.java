package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.BandTable.Band;
import com.jixiao.insight.ingest.layout.BandTable.Kind;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.layout.PositionedLines.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A table's columns found again on a page that does not repeat its header. {@code pdftotext -layout} counts each
 * page's positions afresh (a word's x over the page's character width, pushed right past the words left of it), so on
 * the next page a column stands elsewhere, in the same order, narrower or wider. The page's cells (its lines' words,
 * cut at runs of two spaces or more) are fitted to the table's bands scaled and shifted: the scale and shift whose
 * bands hold each line's cells one to a band, no cell across a boundary, and a row's two last figures in the two
 * anchor bands (分值 and 得分), cost least; each boundary then moves to the nearest position no cell crosses. A page that
 * no scale and shift fits is not read (its lines are kept as text and warned).
 */
final class PageColumns {

    /** A cell of a line: words one space apart; {@code figure} when it is one figure alone. */
    private record Cell(int start, int end, boolean figure) {}

    /** What a misplaced cell costs: two cells of a line in one band, a row's figure outside its anchor band. */
    private static final double MISPLACED = 3;

    /** How far a boundary may move from where the fit puts it, to a position no cell crosses. */
    private static final int NUDGE = 3;

    private final List<Band> bands;
    private final double[] typical;
    private final int[] anchorBands;
    private final List<List<Cell>> lines;
    private final int widest;

    private PageColumns(BandTable table, List<Line> page) {
        this.bands = table.bands();
        this.typical = typicalStarts(table);
        this.anchorBands = IntStream.range(0, bands.size())
                .filter(b -> bands.get(b).kind() == Kind.ANCHOR)
                .toArray();
        this.lines = page.stream().map(PageColumns::cells).toList();
        this.widest = lines.stream().mapToInt(List::size).max().orElse(0);
    }

    /**
     * The table on the page: its bands fitted to the page's cells; empty when no fit holds the page's rows (more than
     * one line in ten with a misplaced cell), or the page has no row with its figures.
     */
    static Optional<BandTable> refit(BandTable table, List<Line> page) {
        return new PageColumns(table, page).fit().map(at -> table.onPage(at, page));
    }

    /** The bands' boundaries on the page: at[0] = -∞ … at[n] = +∞. */
    private Optional<double[]> fit() {
        List<List<Cell>> rows = lines.stream().filter(l -> figures(l) >= 2).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // coarse: each scale shifted so that the last anchor band's cells start about where the rows' last figures do
        // (the level columns' words stand on lines of their own: every line counts); then fine around the best
        double[] best = null;
        double least = Double.POSITIVE_INFINITY;
        double lastFigure = lastFigures(rows);
        double lastTypical = anchorBands.length == 2 ? typical[anchorBands[1]] : Double.NaN;
        for (int i = 0; i <= 32; i++) {
            double a = 0.6 + i * 0.025;
            double d = Double.isNaN(lastTypical) ? 0 : lastFigure - a * lastTypical;
            double reach = Double.isNaN(lastTypical) ? 30 : 4;
            double[] found = search(lines, a, a, 1, d - reach, d + reach, 1);
            double c = cost(mapped(found[0], found[1]), found[0], found[1], lines, null);
            if (c < least) {
                least = c;
                best = found;
            }
        }
        best = search(lines, best[0] - 0.025, best[0] + 0.025, 0.005, best[1] - 1, best[1] + 1, 0.25);
        double[] at = nudged(mapped(best[0], best[1]));
        int[] misplaced = new int[1];
        cost(at, Double.NaN, 0, lines, misplaced);
        if (misplaced[0] * 10 > lines.size() && misplaced[0] > 1) {
            return Optional.empty();
        }
        return Optional.of(at);
    }

    /** Where the rows' last figures start: the median over the lines with two figures or more. */
    private static double lastFigures(List<List<Cell>> rows) {
        List<Integer> starts = new ArrayList<>();
        for (List<Cell> line : rows) {
            for (int i = line.size() - 1; i >= 0; i--) {
                if (line.get(i).figure()) {
                    starts.add(line.get(i).start());
                    break;
                }
            }
        }
        starts.sort(null);
        return starts.get(starts.size() / 2);
    }

    /** The scale and shift {a, d} in the ranges given that cost least over the lines. */
    private double[] search(
            List<List<Cell>> over, double aFrom, double aTo, double aStep, double dFrom, double dTo, double dStep) {
        double[] best = null;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; aFrom + i * aStep <= aTo + 1e-9; i++) {
            double a = aFrom + i * aStep;
            for (int j = 0; dFrom + j * dStep <= dTo + 1e-9; j++) {
                double d = dFrom + j * dStep;
                double c = cost(mapped(a, d), a, d, over, null);
                if (c < least) {
                    least = c;
                    best = new double[] {a, d};
                }
            }
        }
        return best;
    }

    /** The bands' boundaries scaled by {@code a} and shifted by {@code d}: at[0] = -∞ … at[n] = +∞. */
    private double[] mapped(double a, double d) {
        double[] at = new double[bands.size() + 1];
        at[0] = Double.NEGATIVE_INFINITY;
        at[bands.size()] = Double.POSITIVE_INFINITY;
        for (int b = 1; b < bands.size(); b++) {
            at[b] = a * bands.get(b).left() + d;
        }
        return at;
    }

    /**
     * Cells across a boundary (by the characters outside their band), and misplaced cells ({@link #MISPLACED}); with
     * a scale and shift (a not NaN), a hundredth for each character a cell starts away from where the table's cells
     * typically start in its band, so that among equal fits the one most like the table's own wins.
     */
    private double cost(double[] at, double a, double d, List<List<Cell>> over, int[] misplaced) {
        double c = 0;
        int[] placed = new int[widest];
        for (List<Cell> line : over) {
            int previous = Integer.MIN_VALUE;
            boolean wrong = false;
            for (int i = 0; i < line.size(); i++) {
                Cell cell = line.get(i);
                int b = band(cell, at);
                placed[i] = b;
                c += Math.max(0, at[b] - cell.start()) + Math.max(0, cell.end() - at[b + 1]);
                if (b == previous) {
                    c += MISPLACED;
                    wrong = true;
                }
                previous = b;
                if (!Double.isNaN(a) && !Double.isNaN(typical[b])) {
                    c += 0.01 * Math.min(10, Math.abs(cell.start() - (a * typical[b] + d)));
                }
            }
            if (anchorBands.length == 2 && figures(line) >= 2) {
                // a row's two last figures: 分值 and 得分
                int seen = 0;
                for (int i = line.size() - 1; i >= 0 && seen < 2; i--) {
                    if (line.get(i).figure()) {
                        if (placed[i] != anchorBands[1 - seen]) {
                            c += MISPLACED;
                            wrong = true;
                        }
                        seen++;
                    }
                }
            }
            if (wrong && misplaced != null) {
                misplaced[0]++;
            }
        }
        return c;
    }

    /** The band a cell overlaps most: among those from the one its start is in to the one its end is in. */
    private static int band(Cell cell, double[] at) {
        int first = in(cell.start(), at);
        int last = in(cell.end() - 1, at);
        if (first == last) {
            return first;
        }
        int best = first;
        double most = Double.NEGATIVE_INFINITY;
        for (int b = first; b <= last; b++) {
            double overlap = Math.min(cell.end(), at[b + 1]) - Math.max(cell.start(), at[b]);
            if (overlap > most) {
                most = overlap;
                best = b;
            }
        }
        return best;
    }

    /** The band position p is in: the last b with at[b] <= p. */
    private static int in(double p, double[] at) {
        int lo = 0;
        int hi = at.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (at[mid] <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Each boundary moved to the nearest position (within {@link #NUDGE}) that no cell of the page crosses. */
    private double[] nudged(double[] at) {
        double[] out = at.clone();
        for (int b = 1; b + 1 < at.length; b++) {
            if (Double.isInfinite(at[b])) {
                continue;
            }
            int from = (int) Math.ceil(at[b] - NUDGE);
            int to = (int) Math.floor(at[b] + NUDGE);
            double best = at[b];
            double nearest = Double.POSITIVE_INFINITY;
            for (int p = from; p <= to; p++) {
                if (p <= out[b - 1] || crossed(p)) {
                    continue;
                }
                if (Math.abs(p - at[b]) < nearest) {
                    nearest = Math.abs(p - at[b]);
                    best = p;
                }
            }
            out[b] = best;
        }
        return out;
    }

    private boolean crossed(int p) {
        for (List<Cell> line : lines) {
            for (Cell cell : line) {
                if (cell.start() < p && p < cell.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int figures(List<Cell> line) {
        int n = 0;
        for (Cell c : line) {
            if (c.figure()) {
                n++;
            }
        }
        return n;
    }

    /** The position where a cell (words after a run of two spaces or more) typically starts in each band: the median. */
    private static double[] typicalStarts(BandTable table) {
        List<List<Integer>> starts = new ArrayList<>();
        table.bands().forEach(b -> starts.add(new ArrayList<>()));
        for (Line line : table.body()) {
            int end = Integer.MIN_VALUE / 2;
            for (Token t : line.tokens()) {
                int b = table.band(t);
                if (t.start() - end >= 2 && b >= 0) {
                    starts.get(b).add(t.start());
                }
                end = t.end();
            }
        }
        double[] typical = new double[starts.size()];
        for (int b = 0; b < typical.length; b++) {
            List<Integer> s = starts.get(b);
            s.sort(null);
            typical[b] = s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
        }
        return typical;
    }

    /** A line's cells ({@link Line#cells()}): where each stands, and whether it is a figure alone. */
    private static List<Cell> cells(Line line) {
        List<Cell> cells = new ArrayList<>();
        for (List<Token> cell : line.cells()) {
            boolean figure = cell.size() == 1
                    && BandTable.FIGURE.matcher(cell.getFirst().text()).matches();
            cells.add(new Cell(cell.getFirst().start(), cell.getLast().end(), figure));
        }
        return cells;
    }
}
