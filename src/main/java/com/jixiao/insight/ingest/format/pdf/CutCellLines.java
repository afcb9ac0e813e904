package com.jixiao.insight.ingest.format.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a merged cell that a page break cut, printed outside the rulings of the table's part on a page:
 * LibreOffice Calc prints such a cell's text on both pages, clipped, past the last ruling above the break and before the
 * first one below it ("成本指标" under the table on page 1, "经济成本指" above it on page 2). Such lines are taken into
 * the table ({@link PageLayout.Table#absorb}) only when each is a short run of Chinese characters standing within one
 * cell of the table's last (or first) row, close to it: a title, a unit line or a page number never is.
 */
final class CutCellLines {

    /** Most lines a cut cell leaves outside the table. */
    private static final int MOST = 4;
    /** A fragment's text: a few Chinese characters, as a level word or a name's piece. */
    private static final Pattern TEXT = Pattern.compile("^\\p{IsHan}{1,10}$");
    /** A form's title ("项目支出绩效自评表" alone above the next form's table) is never a fragment. */
    private static final Pattern TITLE = Pattern.compile(".*(表|自评|评价|报告)$");
    /** The farthest a fragment stands from the table or the fragment before it, in ems. */
    private static final float GAP = 2f;

    private CutCellLines() {}

    /** The lines (all of them, in order) if they are fragments of cells in the table's last row; else none. */
    static List<PageLayout.Text> below(PageLayout.Table table, List<PageLayout.Item> lines) {
        List<PageLayout.Text> out = new ArrayList<>();
        float edge = table.grid().bottom();
        for (PageLayout.Item item : lines) {
            if (!(item instanceof PageLayout.Text line) || !fragment(table, line, true, item.y() - edge)) {
                return List.of();
            }
            out.add(line);
            edge = line.bottom();
        }
        return out.size() <= MOST ? out : List.of();
    }

    /** The lines (all of them, in order) if they are fragments of cells in the table's first row; else none. */
    static List<PageLayout.Text> above(PageLayout.Table table, List<PageLayout.Item> lines) {
        List<PageLayout.Text> out = new ArrayList<>();
        float edge = table.grid().top();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!(lines.get(i) instanceof PageLayout.Text line)
                    || !fragment(table, line, false, edge - line.bottom())) {
                return List.of();
            }
            out.addFirst(line);
            edge = line.y();
        }
        return out.size() <= MOST ? out : List.of();
    }

    private static boolean fragment(PageLayout.Table table, PageLayout.Text line, boolean below, float gap) {
        float em = 0;
        for (Glyph g : line.glyphs()) {
            em = Math.max(em, g.em());
        }
        String text = line.text().replace(" ", "");
        return TEXT.matcher(text).matches()
                && !TITLE.matcher(text).matches()
                && gap <= GAP * em
                && table.cellHolding(line, below) >= 0;
    }
}
