package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.BandTable.Band;
import com.jixiao.insight.ingest.layout.BandTable.Kind;
import java.util.Arrays;
import java.util.List;

/**
 * How tall the rows of a -layout table stand, in text lines, and where each line stands among them ({@link
 * RowAssignment} groups the level columns' cells by it): a row is as tall as its tallest value or text cell, plus its
 * padding.
 */
final class RowHeights {

    private final List<Band> bands;
    /** The row each line's text in each band belongs to ({@link RowAssignment}), -1 for none. */
    private final int[][] owner;

    private final int[] first;
    private final int[] last;
    private final List<Integer> anchors;
    private final int lines;
    /** The lines of each row's tallest cell. */
    private final int[][] tallest;

    RowHeights(List<Band> bands, int[][] owner, int[] first, int[] last, List<Integer> anchors, int lines) {
        this.bands = bands;
        this.owner = owner;
        this.first = first;
        this.last = last;
        this.anchors = anchors;
        this.lines = lines;
        // the value and text bands' owners are settled: each row's tallest cell is found once
        this.tallest = new int[anchors.size()][];
        for (int r = 0; r < anchors.size(); r++) {
            tallest[r] = tallestLines(r);
        }
    }

    /** Each row's top, the rows stacked from 0 (one more: the bottom of the last). */
    double[] top() {
        int rows = anchors.size();
        double[] top = new double[rows + 1];
        for (int r = 0; r < rows; r++) {
            top[r + 1] = top[r] + height(r) + PADDING;
        }
        return top;
    }

    /**
     * A row's padding above and below its text together, in text lines. Measured in v7's PDF (LibreOffice): a one-line
     * row is 17.3 pt for a line pitch of 12.9 pt, 0.34. Every form variant and seed text reads as well from 0.25 to
     * 0.35; from 0.45 on, v6's level cells spill onto the wrong rows.
     */
    private static final double PADDING = 0.3;

    /** A row's height in text lines: its tallest cell's (a value band's lines owned by it). */
    private double height(int r) {
        return tallest[r].length;
    }

    /**
     * Where each line stands, in text lines from the table's top. -layout gives a tall row more lines than its height:
     * its columns' lines interleave, and a level word printed beside it takes lines of its own. So a row's lines are
     * placed by its tallest cell's, one text line apart from the row's top padding on; a line between two of them is
     * interpolated, one before or after them stays within half a line. A line between two rows (a level word's alone)
     * stands in the padding between them, in proportion.
     */
    double[] positions(double[] top) {
        int rows = anchors.size();
        double[] y = new double[lines];
        Arrays.fill(y, Double.NaN);
        for (int r = 0; r < rows; r++) {
            int[] own = tallest[r];
            double base = top[r] + PADDING / 2 + 0.5;
            for (int j = first[r]; j <= last[r]; j++) {
                int k = Arrays.binarySearch(own, j);
                if (k >= 0) {
                    y[j] = base + k;
                } else if (-k - 1 == 0) {
                    y[j] = base - 0.5 * (own[0] - j) / (own[0] - first[r] + 1);
                } else if (-k - 1 == own.length) {
                    y[j] = base
                            + own.length
                            - 1
                            + 0.5 * (j - own[own.length - 1]) / (last[r] - own[own.length - 1] + 1);
                } else {
                    int lo = own[-k - 2];
                    int hi = own[-k - 1];
                    y[j] = base + (-k - 2) + (double) (j - lo) / (hi - lo);
                }
            }
        }
        for (int r = 0; r + 1 < rows; r++) {
            int lo = last[r];
            int hi = first[r + 1];
            for (int j = lo + 1; j < hi; j++) {
                y[j] = top[r + 1] - PADDING / 2 + PADDING * (j - lo) / (hi - lo);
            }
        }
        for (int j = first[0] - 1; j >= 0; j--) {
            y[j] = y[j + 1] - 0.5;
        }
        for (int j = last[rows - 1] + 1; j < lines; j++) {
            y[j] = y[j - 1] + 0.5;
        }
        return y;
    }

    /** The lines of row r's tallest cell (in a value or text band), top to bottom; its anchor if it has none. */
    private int[] tallestLines(int r) {
        int best = -1;
        int most = 0;
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).kind() == Kind.LEVEL) {
                continue;
            }
            int n = 0;
            for (int j = first[r]; j <= last[r]; j++) {
                if (owner[j][b] == r) {
                    n++;
                }
            }
            if (n > most) {
                most = n;
                best = b;
            }
        }
        if (best < 0) {
            return new int[] {anchors.get(r)};
        }
        int[] own = new int[most];
        int k = 0;
        for (int j = first[r]; j <= last[r]; j++) {
            if (owner[j][best] == r) {
                own[k++] = j;
            }
        }
        return own;
    }
}
