package com.jixiao.insight.ingest.grid;

import java.util.List;
import java.util.Set;

/**
 * One row of the grid the form reader reads: its first and last source line, its cells as text (see {@link
 * CellText}), how it was written, and which cells a cell to their left covers (a horizontal merge).
 */
public record Row(int first, int last, List<String> cells, Form form, Set<Integer> spanned) {

    public Row {
        cells = List.copyOf(cells);
        spanned = Set.copyOf(spanned);
    }

    public Row(int first, int last, List<String> cells, Form form) {
        this(first, last, cells, form, Set.of());
    }

    /** Whether cell {@code i} is covered by a cell to its left (HTML colspan). */
    public boolean isSpanned(int i) {
        return spanned.contains(i);
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A line of prose (or a title): one cell, not part of a table. */
    public boolean isText() {
        return form == Form.TEXT;
    }

    public int nonEmpty() {
        int n = 0;
        for (String c : cells) {
            if (!c.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    public String firstNonEmpty() {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return c;
            }
        }
        return "";
    }

    public List<String> nonEmptyCells() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    public String cell(int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    /** The cells joined, for matching titles and labels. */
    public String text() {
        return String.join(" ", nonEmptyCells());
    }

    /** How the row was written: a line of text, or a table row of tabs, pipes, HTML or a binary format. */
    public enum Form {
        TEXT,
        TABS,
        PIPES,
        HTML,
        /** One cell per line, the rows cut again by the form's columns (ingest.layout). */
        CELLS,
        /** Cells separated by runs of spaces, placed in the columns of the line that heads them (ingest.layout). */
        SPACED,
        /**
         * Cells a layout reader put in their header's columns one by one (ingest.layout, plain PDF text whose cells
         * are wrapped): read by position, as a ruled table's.
         */
        PLACED,
        PDF,
        WORD,
        SHEET;

        /**
         * Whether the row comes from a ruled table whose columns its reader found exactly (a PDF's rulings, a Word
         * table's grid, a sheet's columns): its cells stand in their header's columns, merged cells included.
         */
        public boolean ruled() {
            return this == PDF || this == WORD || this == SHEET || this == PLACED;
        }
    }
}
