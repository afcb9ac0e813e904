package com.jixiao.insight.ingest.format.pdf;

import com.jixiao.insight.ingest.grid.GridRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one table, from its parts on one or more consecutive pages.
 *
 * <p>Columns are the union of all parts' column boundaries (a part drawn without a boundary that another part has
 * spans it). A merged cell writes its text in its top-left grid cell, empty strings in the cells it covers below, and
 * empty strings listed as spanned in the cells it covers to the right of its top row, exactly as {@code SourceRows}
 * reads HTML rowspan and colspan.
 *
 * <p>A row that Word or WPS let break across the page (the default for table rows) is one row again: when the first
 * row of a part has text only in cells whose counterparts above were filled to the bottom of the page, and either
 * another cell of that last row ended with room to spare or each of those counterparts ends in a line that runs
 * across its cell (it wrapped), its texts are appended to the row above instead of making a row of their own. A
 * fresh row is never taken for a broken one when its cells hold text where the row above had room or had none.
 */
final class TableRows {

    /** Cell edges this close (points) on two pages are the same column boundary. */
    private static final float SAME_EDGE = 3f;

    private TableRows() {}

    static void write(List<PageLayout.Table> parts, List<Integer> pages, List<GridRow> out) {
        float[] columns = unitedColumns(parts);
        int[] previousRowOf = null;
        int[] previousColumnOf = null;
        for (int p = 0; p < parts.size(); p++) {
            PageLayout.Table part = parts.get(p);
            Lattice.Grid grid = part.grid();
            int[] boundary = new int[grid.xs().length];
            for (int i = 0; i < boundary.length; i++) {
                boundary[i] = nearest(columns, grid.xs()[i]);
            }
            int[] partner = p > 0 ? brokenRowPartners(parts.get(p - 1), part, previousRowOf) : null;
            int[] rowOf = new int[grid.cells().size()];
            int[] columnOf = new int[grid.cells().size()];
            for (int r = 0; r < grid.rows(); r++) {
                if (r == 0 && partner != null) {
                    for (int i = 0;
                            i < grid.cells().size() && grid.cells().get(i).row() == 0;
                            i++) {
                        rowOf[i] = partner[i] < 0 ? -1 : previousRowOf[partner[i]];
                        columnOf[i] = partner[i] < 0 ? -1 : previousColumnOf[partner[i]];
                        String text = part.contents().get(i).text();
                        if (!text.isEmpty()) {
                            append(out, rowOf[i], columnOf[i], text);
                        }
                    }
                    continue;
                }
                String[] cells = new String[columns.length - 1];
                Arrays.fill(cells, "");
                Set<Integer> spanned = new HashSet<>();
                for (int i = 0; i < grid.cells().size(); i++) {
                    Lattice.Cell cell = grid.cells().get(i);
                    if (cell.row() != r) {
                        continue;
                    }
                    int from = boundary[cell.col()];
                    int to = boundary[cell.lastCol() + 1];
                    cells[from] = part.contents().get(i).text();
                    for (int k = from + 1; k < to; k++) {
                        spanned.add(k);
                    }
                    rowOf[i] = out.size();
                    columnOf[i] = from;
                }
                out.add(GridRow.table(Arrays.asList(cells), spanned, PdfGrid.location(pages.get(p), grid.ys()[r])));
            }
            previousRowOf = rowOf;
            previousColumnOf = columnOf;
        }
    }

    /**
     * For each cell of {@code next}'s first row: the cell of {@code above}'s last row whose text it continues, or -1;
     * null when the first row is a row of its own.
     */
    private static int[] brokenRowPartners(PageLayout.Table above, PageLayout.Table next, int[] rowOfAbove) {
        Lattice.Grid upper = above.grid();
        Lattice.Grid lower = next.grid();
        int last = upper.rows() - 1;
        int[] partner = new int[lower.cells().size()];
        Arrays.fill(partner, -1);
        Set<Integer> continued = new HashSet<>();
        for (int i = 0; i < lower.cells().size() && lower.cells().get(i).row() == 0; i++) {
            Lattice.Cell cell = lower.cells().get(i);
            int a = cellAbove(upper, last, lower.xs()[cell.col()], lower.xs()[cell.lastCol() + 1]);
            partner[i] = a >= 0 && rowOfAbove[a] >= 0 ? a : -1;
            if (next.contents().get(i).isEmpty()) {
                continue;
            }
            if (partner[i] < 0) {
                return null; // text under no cell of the row above
            }
            PageLayout.Content content = above.contents().get(a);
            if (content.isEmpty() || !filledToBottom(upper, content)) {
                return null;
            }
            continued.add(a);
        }
        if (continued.isEmpty()) {
            return null;
        }
        boolean allWrapped = true;
        for (int a = 0; a < upper.cells().size(); a++) {
            Lattice.Cell cell = upper.cells().get(a);
            PageLayout.Content content = above.contents().get(a);
            if (cell.row() == last && !continued.contains(a) && !content.isEmpty() && !filledToBottom(upper, content)) {
                return partner; // a cell of the same row that ended with room to spare: the row was cut by the page
            }
            if (continued.contains(a)) {
                allWrapped &= wrapped(upper, cell, content);
            }
        }
        return allWrapped ? partner : null; // a single-line fragment: only text that wrapped says it runs on
    }

    private static boolean filledToBottom(Lattice.Grid grid, PageLayout.Content content) {
        return grid.bottom() - content.bottom() < content.em();
    }

    /** Whether the cell's last line runs across it, within the padding and the glyph that no longer fitted. */
    private static boolean wrapped(Lattice.Grid grid, Lattice.Cell cell, PageLayout.Content content) {
        float width = grid.xs()[cell.lastCol() + 1] - grid.xs()[cell.col()];
        return content.lastLineWidth() >= width - 2.5f * content.em();
    }

    /** The merged cell covering the last grid row between the given edges, or -1. */
    private static int cellAbove(Lattice.Grid grid, int row, float left, float right) {
        for (int c = 0; c < grid.columns(); c++) {
            int index = grid.owner()[row][c];
            Lattice.Cell cell = grid.cells().get(index);
            if (Math.abs(grid.xs()[cell.col()] - left) <= SAME_EDGE
                    && Math.abs(grid.xs()[cell.lastCol() + 1] - right) <= SAME_EDGE) {
                return index;
            }
        }
        return -1;
    }

    private static void append(List<GridRow> out, int row, int column, String text) {
        GridRow above = out.get(row);
        List<String> cells = new ArrayList<>(above.cells());
        String before = cells.get(column);
        boolean space = !before.isEmpty()
                && TextLines.lineBreakIsSpace(before.codePointBefore(before.length()), text.codePointAt(0));
        cells.set(column, before + (space ? " " : "") + text);
        out.set(row, GridRow.table(cells, above.spanned(), above.location()));
    }

    /** The column boundaries of all parts; boundaries closer than a cell can be are one. */
    private static float[] unitedColumns(List<PageLayout.Table> parts) {
        List<Float> all = new ArrayList<>();
        for (PageLayout.Table part : parts) {
            for (float x : part.grid().xs()) {
                all.add(x);
            }
        }
        all.sort(null);
        List<Float> united = new ArrayList<>();
        float sum = 0;
        int n = 0;
        float last = Float.NaN;
        for (float x : all) {
            if (n > 0 && x - last >= Lattice.MIN_CELL) {
                united.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += x;
            n++;
            last = x;
        }
        united.add(sum / n);
        float[] out = new float[united.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = united.get(i);
        }
        return out;
    }

    private static int nearest(float[] sorted, float x) {
        int best = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (Math.abs(sorted[i] - x) < Math.abs(sorted[best] - x)) {
                best = i;
            }
        }
        return best;
    }
}
