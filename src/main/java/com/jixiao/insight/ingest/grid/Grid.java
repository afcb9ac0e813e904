package com.jixiao.insight.ingest.grid;

import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A document read by a format reader (PDF, Word, sheet) as the two things the rest of the import needs: the rows of
 * cells the form reader reads, and the source text the store keeps so that every figure can show where it came from.
 * Row N is line N of the source: a table row's cells joined by " | ", a text row as it is, each line with the
 * row's location in the file.
 */
public record Grid(SourceText source, List<Row> rows) {

    /** The separator of cells in a table row's source line. */
    public static final String CELL_SEPARATOR = " | ";

    public Grid {
        rows = List.copyOf(rows);
    }

    /** The grid of {@code rows} read from the file {@code fileName} with content address {@code sha256}. */
    public static Grid of(String fileName, String sha256, List<GridRow> rows, Form form) {
        List<String> lines = new ArrayList<>(rows.size());
        List<String> locations = new ArrayList<>(rows.size());
        List<Row> out = new ArrayList<>(rows.size());
        for (GridRow r : rows) {
            int line = lines.size() + 1;
            List<String> cells = r.cells().stream().map(CellText::plain).toList();
            lines.add(r.table() ? String.join(CELL_SEPARATOR, cells) : cells.getFirst());
            locations.add(r.location());
            out.add(new Row(line, line, cells, r.table() ? form : Form.TEXT, r.spanned()));
        }
        if (lines.isEmpty()) {
            lines.add("");
            locations.add(null);
        }
        return new Grid(new SourceText(fileName, sha256, lines, locations), out);
    }
}
