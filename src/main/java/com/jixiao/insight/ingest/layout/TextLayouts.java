package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.List;

/**
 * The rows of a text report whose tables lost their rows in extraction: written one cell per line ({@link CellLines})
 * or flattened onto lines with runs of spaces between the cells ({@link SpacedLines}), plain PDF text with wrapped cells
 * ({@link WrappedLines}), or cells cut into fragments one per line with their columns in separate runs ({@link
 * FragmentLines}). Text whose tables are in tabs,
 * pipes or HTML is returned as it is. The reader says (a warning on the file) when it cut the rows again itself.
 */
public final class TextLayouts {

    private TextLayouts() {}

    public static List<Row> recover(SourceText source, List<Row> rows, Diagnostics diag) {
        if (rows.stream().allMatch(r -> r.isText() || r.isBlank())) {
            ContentOrder.check(rows, diag);
        }
        if (CellLines.applies(rows)) {
            diag.warn("layoutOneCellPerLine", null, null);
            return CellLines.regroup(rows);
        }
        if (PositionedLines.applies(source, rows)) {
            diag.warn("layoutPositioned", null, null);
            return PositionedLines.read(source, diag);
        }
        if (SpacedLines.applies(source, rows)) {
            diag.warn("layoutSpaced", null, null);
            return SpacedLines.read(source);
        }
        if (WrappedLines.applies(source, rows)) {
            diag.warn("layoutWrapped", null, null);
            return WrappedLines.read(source, rows, diag);
        }
        if (FragmentLines.applies(source, rows)) {
            diag.warn("layoutFragments", null, null);
            return FragmentLines.read(source, rows, diag);
        }
        return rows;
    }
}
