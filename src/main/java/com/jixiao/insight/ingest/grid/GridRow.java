package com.jixiao.insight.ingest.grid;

import java.util.List;
import java.util.Set;

/**
 * One row of a document as its format reader sees it: the cells of a table row, or one line of text outside any
 * table. Every format (text, PDF, Word, sheet) gives the form reader a list of these.
 *
 * <p>Merged cells read as HTML's do: the text stands in the merge's top-left cell; the cells a vertical merge covers
 * below are empty strings; the cells a horizontal merge covers to the right are empty strings whose indexes are in
 * {@code spanned}.
 *
 * @param cells the cells' text, left to right (a text row has one cell)
 * @param spanned indexes of cells covered by a cell to their left
 * @param table whether the row belongs to a table
 * @param location where the row stands in its file, for a person to find it: "第2页 y=341" / "p. 2, y=341", "表1 第3行"
 *     / "table 1, row 3", "自评表!A5:H5"; null for plain text lines (the line number says it)
 */
public record GridRow(List<String> cells, Set<Integer> spanned, boolean table, String location) {

    public GridRow {
        cells = List.copyOf(cells);
        spanned = Set.copyOf(spanned);
    }

    public static GridRow text(String line, String location) {
        return new GridRow(List.of(line), Set.of(), false, location);
    }

    public static GridRow table(List<String> cells, Set<Integer> spanned, String location) {
        return new GridRow(cells, spanned, true, location);
    }
}
