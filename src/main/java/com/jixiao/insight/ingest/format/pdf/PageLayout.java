package com.jixiao.insight.ingest.format.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One page as a sequence of text lines and tables, top to bottom: each glyph goes to the merged cell of the table it
 * stands in, or else to the page's text lines. A page number alone on the first or last line of a page is left out
 * (it would otherwise stand between the two halves of a table that runs on).
 */
final class PageLayout {

    /** What a page holds, in the order it is read. */
    sealed interface Item permits Text, Table {
        float y();
    }

    /** A line of text outside tables; {@code y} is its top. */
    record Text(String text, float y, List<Glyph> glyphs) implements Item {

        /** The line's bottom: its lowest glyph's. */
        float bottom() {
            float bottom = y;
            for (Glyph g : glyphs) {
                bottom = Math.max(bottom, g.bottom());
            }
            return bottom;
        }
    }

    /**
     * A table (or the part of one on this page) with what each merged cell holds, in the order of its cells, and the
     * glyphs it was read from.
     */
    record Table(Lattice.Grid grid, List<Content> contents, List<List<Glyph>> glyphs) implements Item {
        @Override
        public float y() {
            return grid.top();
        }

        /**
         * This table with the text of lines just above or below it put in the cells of its first or last row they
         * stand in: a merged cell that a page break cut, whose text the producer printed past the ruling that ends the
         * page's part of the table (LibreOffice Calc does, on both pages).
         */
        Table absorb(List<Text> lines, boolean below) {
            List<List<Glyph>> cells = new ArrayList<>(glyphs);
            float y = below ? grid.bottom() - 0.01f : grid.top() + 0.01f;
            for (Text line : lines) {
                for (Glyph g : line.glyphs()) {
                    int cell = grid.cellAt(Math.clamp(g.centerX(), grid.left(), grid.right()), y);
                    List<Glyph> held = new ArrayList<>(cells.get(cell));
                    held.add(g);
                    cells.set(cell, held);
                }
            }
            List<Content> contents = new ArrayList<>();
            for (List<Glyph> cell : cells) {
                contents.add(Content.of(cell));
            }
            return new Table(grid, List.copyOf(contents), List.copyOf(cells));
        }

        /** This table without its glyphs, once no line can join it any more (a long table keeps one page's only). */
        Table settled() {
            return glyphs.isEmpty() ? this : new Table(grid, contents, List.of());
        }

        /** The cell of this table's first or last row whose columns hold all of a line's glyphs, or -1. */
        int cellHolding(Text line, boolean below) {
            float y = below ? grid.bottom() - 0.01f : grid.top() + 0.01f;
            int cell = -1;
            for (Glyph g : line.glyphs()) {
                if (g.isBlank()) {
                    continue;
                }
                if (g.x() < grid.left() || g.right() > grid.right()) {
                    return -1;
                }
                int c = grid.cellAt(g.centerX(), y);
                if (cell >= 0 && c != cell) {
                    return -1;
                }
                cell = c;
            }
            return cell;
        }
    }

    /**
     * What a merged cell holds: its text and, to tell a cell whose text runs on to the next page, where the text ends
     * (the lowest glyph's bottom, NaN when empty), the width of its last line and its font size.
     */
    record Content(String text, float bottom, float lastLineWidth, float em) {

        static Content of(List<Glyph> glyphs) {
            List<TextLines.Line> lines = TextLines.lines(glyphs);
            float bottom = Float.NaN;
            float width = 0;
            float em = 0;
            for (TextLines.Line line : lines) {
                for (Glyph g : line.glyphs()) {
                    if (!g.isBlank()) {
                        bottom = Float.isNaN(bottom) ? g.bottom() : Math.max(bottom, g.bottom());
                        em = Math.max(em, g.em());
                    }
                }
            }
            if (!lines.isEmpty()) {
                List<Glyph> last = lines.getLast().glyphs();
                width = last.getLast().right() - last.getFirst().x();
            }
            return new Content(TextLines.cellText(lines), bottom, width, em);
        }

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－_\\s]*\\d{1,4}[-—–－_\\s]*"
            + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/、]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|共\\s*\\d{1,4}\\s*页\\s*[,，/、]?\\s*第\\s*\\d{1,4}\\s*页"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?");

    private PageLayout() {}

    static List<Item> lay(List<Glyph> glyphs, List<Lattice.Grid> grids, float width, float height) {
        List<List<List<Glyph>>> inCells = new ArrayList<>();
        for (Lattice.Grid grid : grids) {
            List<List<Glyph>> cells = new ArrayList<>();
            for (int i = 0; i < grid.cells().size(); i++) {
                cells.add(new ArrayList<>());
            }
            inCells.add(cells);
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            float x = g.centerX();
            float y = g.centerY();
            if (x < 0 || x > width || y < 0 || y > height) {
                continue; // off the page: drawn where no one sees it
            }
            int t = 0;
            while (t < grids.size() && !grids.get(t).contains(x, y)) {
                t++;
            }
            if (t < grids.size()) {
                inCells.get(t).get(grids.get(t).cellAt(x, y)).add(g);
            } else {
                outside.add(g);
            }
        }
        List<Item> items = new ArrayList<>();
        for (TextLines.Line line : TextLines.lines(outside)) {
            String text = line.text(false);
            if (!text.isEmpty()) {
                items.add(new Text(text, line.top(), List.copyOf(line.glyphs())));
            }
        }
        for (int t = 0; t < grids.size(); t++) {
            List<Content> contents = new ArrayList<>();
            List<List<Glyph>> held = new ArrayList<>();
            for (List<Glyph> cell : inCells.get(t)) {
                contents.add(Content.of(cell));
                held.add(List.copyOf(cell));
            }
            items.add(new Table(grids.get(t), List.copyOf(contents), List.copyOf(held)));
        }
        items.sort(Comparator.comparingDouble(Item::y));
        dropPageNumber(items, 0);
        dropPageNumber(items, items.size() - 1);
        return items;
    }

    private static void dropPageNumber(List<Item> items, int index) {
        if (index >= 0
                && index < items.size()
                && items.get(index) instanceof Text text
                && PAGE_NUMBER.matcher(text.text()).matches()) {
            items.remove(index);
        }
    }
}
