package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.layout.BandTable.Band;
import com.jixiao.insight.ingest.layout.BandTable.Kind;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which row each line's text in each band belongs to (see {@link BandTable}): the rows are the anchors, the lines
 * holding a row's values. Linear in the body's lines and bands, but for the level columns' grouping (their words times
 * the rows squared, a table's few dozen rows).
 */
final class RowAssignment {

    private final List<Line> body;
    private final List<Band> bands;
    private final String[][] cells;
    private final List<Integer> anchors;
    private final Diagnostics diag;
    /** The row (index of its anchor) each line's text in each band belongs to, -1 for none. */
    private final int[][] owner;

    /** The owner of a line's text that ends a cell of the page before (see {@link #openStart}). */
    private static final int CARRIED = -2;

    /** Whether the table began before the body (on an earlier page): its first level cell too. */
    private final boolean openStart;

    /** Whether the table goes on past the body (on a later page): its last level cell too. */
    private final boolean openEnd;

    private final int[] first;
    private final int[] last;

    RowAssignment(
            List<Line> body,
            List<Band> bands,
            String[][] cells,
            List<Integer> anchors,
            boolean openStart,
            boolean openEnd,
            Diagnostics diag) {
        this.body = body;
        this.openStart = openStart;
        this.openEnd = openEnd;
        this.bands = bands;
        this.cells = cells;
        this.anchors = anchors;
        this.diag = diag;
        this.owner = new int[body.size()][bands.size()];
        for (int[] o : owner) {
            Arrays.fill(o, -1);
        }
        first = new int[anchors.size()];
        last = new int[anchors.size()];
        for (int r = 0; r < anchors.size(); r++) {
            first[r] = anchors.get(r);
            last[r] = anchors.get(r);
        }
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).kind() != Kind.LEVEL) {
                assignBand(b);
            }
        }
        // right to left: a level's cell starts where a cell of the level right of it starts (二级 within 一级)
        boolean[] starts = null;
        for (int b = bands.size() - 1; b >= 0; b--) {
            if (bands.get(b).kind() == Kind.LEVEL) {
                starts = groupLevels(b, starts);
            }
        }
    }

    int first(int r) {
        return body.get(first[r]).no();
    }

    int last(int r) {
        return body.get(last[r]).no();
    }

    /** A row's text in a band: its lines top to bottom, joined as a wrapped cell's lines are. */
    String text(int r, int b) {
        boolean level = bands.get(b).kind() == Kind.LEVEL;
        return joined(b, r, level ? 0 : first[r], level ? body.size() - 1 : last[r]);
    }

    /** The text of band b's lines from..to owned by {@code r}, joined as a wrapped cell's lines are. */
    private String joined(int b, int r, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int j = from; j <= to; j++) {
            if (owner[j][b] == r) {
                append(s, cells[j][b]);
            }
        }
        return CellText.clean(PositionedLines.unspaced(s.toString()));
    }

    /** A wrapped cell's next line appended: a space only between Latin letters or digits. */
    static void append(StringBuilder s, String t) {
        if (!s.isEmpty() && !t.isEmpty() && ascii(s.charAt(s.length() - 1)) && ascii(t.charAt(0))) {
            s.append(' ');
        }
        s.append(t);
    }

    private static boolean ascii(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * A value or text band: a cell is centred on its row's anchor, as many of its lines below the anchor as above it.
     * So the lines before the first anchor are the first row's; between two anchors, the upper row takes as many as
     * it has above its anchor, the lower row the rest; after the last anchor, all are the last row's. A row given
     * more lines below than it has above (or fewer) was not centred so: warned at the line.
     */
    private void assignBand(int b) {
        int rows = anchors.size();
        int[] above = new int[rows];
        for (int r = 0; r < rows; r++) {
            int a = anchors.get(r);
            if (cells[a][b] != null) {
                own(a, b, r);
            }
        }
        // on a page the table went on to (openStart), the first row's cell has no more lines above its anchor than it
        // can have below: the lines before them end a cell of the page before, cut by the page break
        int carried = openStart
                ? Math.max(
                        0,
                        lines(b, 0, anchors.getFirst())
                                - lines(b, anchors.getFirst() + 1, rows > 1 ? anchors.get(1) : body.size()))
                : 0;
        for (int j = 0; j < anchors.getFirst(); j++) {
            if (cells[j][b] != null) {
                if (carried > 0) {
                    owner[j][b] = CARRIED;
                    carried--;
                    continue;
                }
                own(j, b, 0);
                above[0]++;
            }
        }
        for (int r = 0; r < rows; r++) {
            int lo = anchors.get(r);
            int hi = r + 1 < rows ? anchors.get(r + 1) : body.size();
            int k = 0;
            int below = 0;
            for (int j = lo + 1; j < hi; j++) {
                if (cells[j][b] == null) {
                    continue;
                }
                if (r + 1 == rows || k < above[r]) {
                    own(j, b, r);
                    below++;
                } else {
                    own(j, b, r + 1);
                    above[r + 1]++;
                }
                k++;
            }
            if (below != above[r] && r + 1 < rows) {
                int line = first[r];
                diag.warn("positionedCellUncentred", body.get(line).no(), null, text(r, b));
            }
        }
    }

    /** The lines in [from, to) with text in band b. */
    private int lines(int b, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (cells[j][b] != null) {
                n++;
            }
        }
        return n;
    }

    /** The text at the page's top that goes on band b's cell of the page before (openStart), "" if none. */
    String carried(int b) {
        return joined(b, CARRIED, 0, body.size() - 1);
    }

    /** The source lines of the text carried to the page before: {first, last} line numbers, or null. */
    int[] carriedLines() {
        int[] range = null;
        for (int j = 0; j < body.size(); j++) {
            for (int b = 0; b < bands.size(); b++) {
                if (owner[j][b] == CARRIED) {
                    range = range == null
                            ? new int[] {body.get(j).no(), body.get(j).no()}
                            : new int[] {range[0], body.get(j).no()};
                }
            }
        }
        return range;
    }

    private void own(int j, int b, int r) {
        owner[j][b] = r;
        first[r] = Math.min(first[r], j);
        last[r] = Math.max(last[r], j);
    }

    /**
     * A level band: its words cut into cells (a run of lines, cut after a line shorter than the band's widest, or
     * after a whole level word), each cell given to the first of a group of consecutive rows, the groups chosen so
     * that each cell's middle line is nearest the middle of its rows.
     */
    private boolean[] groupLevels(int b, boolean[] allowed) {
        List<int[]> blocks = blocks(b);
        int rows = anchors.size();
        int m = blocks.size();
        if (m == 0) {
            return allowed;
        }
        if (m > rows) {
            diag.warn(
                    "positionedLevelsUnplaced",
                    body.get(blocks.getFirst()[0]).no(),
                    null,
                    bands.get(b).header());
            return allowed;
        }
        RowHeights heights = new RowHeights(bands, owner, this.first, last, anchors, body.size());
        double[] top = heights.top();
        double[] y = heights.positions(top);
        int[] first = groups(blocks, top, y, allowed);
        if (first == null) {
            first = groups(blocks, top, y, null);
        }
        boolean[] starts = new boolean[rows];
        for (int j = 0; j < m; j++) {
            starts[first[j]] = true;
            for (int line = blocks.get(j)[0]; line <= blocks.get(j)[1]; line++) {
                if (cells[line][b] != null) {
                    owner[line][b] = first[j];
                }
            }
        }
        return starts;
    }

    /**
     * The first row of each cell's group of rows: the grouping whose groups' middles are nearest their cells', each
     * group starting at an allowed row (any where {@code allowed} is null); null if none is possible.
     */
    private int[] groups(List<int[]> blocks, double[] top, double[] y, boolean[] allowed) {
        int rows = anchors.size();
        int m = blocks.size();
        // cost[j][e]: least cost of the first j+1 cells over rows 0..e; from[j][e]: the first row of cell j
        double[][] cost = new double[m][rows];
        int[][] from = new int[m][rows];
        for (double[] c : cost) {
            Arrays.fill(c, Double.POSITIVE_INFINITY);
        }
        for (int j = 0; j < m; j++) {
            double centre = (y[blocks.get(j)[0]] + y[blocks.get(j)[1]]) / 2.0;
            for (int e = j; e < rows - (m - 1 - j); e++) {
                for (int s = j; s <= e; s++) {
                    if (allowed != null && s > 0 && !allowed[s]) {
                        continue;
                    }
                    // the rows above the first cell's group carry the level of the page before (openStart), at a
                    // cost for each: a page rarely begins with many rows of a level cell printed before it
                    double before = j == 0
                            ? (s == 0 ? 0 : openStart ? CARRIED_ROW * s : Double.POSITIVE_INFINITY)
                            : cost[j - 1][s - 1];
                    double middle = (top[s] + top[e + 1]) / 2.0;
                    double off = openEnd && j == m - 1
                            ? Math.max(0, top[s] - centre)
                            : openStart && j == 0 && s == 0 ? Math.max(0, centre - middle) : Math.abs(centre - middle);
                    if (before + off < cost[j][e]) {
                        cost[j][e] = before + off;
                        from[j][e] = s;
                    }
                }
            }
        }
        if (cost[m - 1][rows - 1] == Double.POSITIVE_INFINITY) {
            return null;
        }
        int[] first = new int[m];
        int e = rows - 1;
        for (int j = m - 1; j >= 0; j--) {
            first[j] = from[j][e];
            e = first[j] - 1;
        }
        return first;
    }

    /** What each row at a page's top that carries the level of the page before costs, in text lines. */
    private static final double CARRIED_ROW = 0.5;

    /** A whole level word: 产出指标, 数量指标, and the bare ones (预算管理, 履职效益) that another line does not go on. */
    private static boolean isLevel(String t) {
        return IndicatorWords.isCategoryWord(t) || IndicatorWords.isSubcategoryWord(t);
    }

    /** Whether a level word's next line goes on with it: 经济效益 + 指标, 产出质量 + 指标 (a level of any name). */
    private static boolean goesOn(String t, String next) {
        return isLevel(t + next) || !t.endsWith("指标") && next.equals("指标");
    }

    private List<int[]> blocks(int b) {
        int widest = 0;
        for (int j = 0; j < body.size(); j++) {
            if (cells[j][b] != null) {
                widest = Math.max(widest, Words.width(cells[j][b]));
            }
        }
        List<int[]> blocks = new ArrayList<>();
        int start = -1;
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < body.size(); j++) {
            if (cells[j][b] == null) {
                continue;
            }
            if (start < 0) {
                start = j;
            }
            text.append(CellText.squeeze(cells[j][b]));
            int next = j + 1;
            while (next < body.size() && cells[next][b] == null) {
                next++;
            }
            String t = text.toString();
            boolean whole = isLevel(t) && (next >= body.size() || !goesOn(t, CellText.squeeze(cells[next][b])));
            // a level word's last piece a few lines further down ("经济成本" … "指标") still ends it
            boolean completed = next < body.size() && !isLevel(t) && isLevel(t + CellText.squeeze(cells[next][b]));
            if (next >= body.size() || !completed && (next - j > 3 || Words.width(cells[j][b]) < widest || whole)) {
                blocks.add(new int[] {start, j});
                start = -1;
                text.setLength(0);
            }
        }
        return blocks;
    }
}
