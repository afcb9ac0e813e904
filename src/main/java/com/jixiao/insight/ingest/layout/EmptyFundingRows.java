package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * In {@code pdftotext -layout} text, the funding rows a budget table leaves empty under its figures ("其他资金" with no
 * figure): lines of a label alone, which no figure anchors to the table ({@link BandTable#budgetBody}).
 */
final class EmptyFundingRows {

    private EmptyFundingRows() {}

    /**
     * The funding rows left empty under a budget table's figures ("其他资金" and nothing else), from line {@code from}:
     * each its label alone, left of the first figure column, made a row like the table's last one. A short piece of
     * the table's own wrapped label between them ("）") goes back to the end of that label, in the header row.
     * {@code rows}: the table's rows, its header first.
     */
    static List<Row> after(HeaderColumns header, List<Line> lines, int from, List<Row> rows) {
        List<Row> out = new ArrayList<>();
        Row last = rows.getLast();
        int labelAt = 0;
        while (labelAt < last.cells().size() && !isLabel(last.cells().get(labelAt))) {
            labelAt++;
        }
        int firstValue = header.columns().getFirst().start();
        for (int k = from; k < lines.size() && labelAt < last.cells().size(); k++) {
            Line line = lines.get(k);
            if (isLabelPiece(line, firstValue)
                    && closes(rows.getFirst().cells().getFirst(), line.text())
                    && k + 1 < lines.size()
                    && isLoneFundingLabel(lines.get(k + 1), firstValue)) {
                Row head = rows.getFirst();
                List<String> cells = new ArrayList<>(head.cells());
                cells.set(0, cells.getFirst() + CellText.clean(line.text()));
                rows.set(0, new Row(head.first(), head.last(), cells, head.form()));
                continue;
            }
            if (!isLoneFundingLabel(line, firstValue)) {
                break;
            }
            List<String> cells =
                    new ArrayList<>(java.util.Collections.nCopies(last.cells().size(), ""));
            cells.set(labelAt, CellText.clean(line.tokens().getFirst().text()));
            out.add(new Row(line.no(), line.no(), cells, Form.SPACED));
        }
        return out;
    }

    private static boolean isLoneFundingLabel(Line line, int firstValue) {
        return line.tokens().size() == 1
                && line.tokens().getFirst().end() <= firstValue
                && FormVocabulary.isFundingLabel(line.tokens().getFirst().text());
    }

    /** Whether a piece closes a parenthesis the label left open ("资金投入情况（万元" and "）"). */
    private static boolean closes(String label, String piece) {
        int open = Math.max(label.lastIndexOf('（'), label.lastIndexOf('('));
        int close = Math.max(label.lastIndexOf('）'), label.lastIndexOf(')'));
        return open > close && (piece.contains("）") || piece.contains(")"));
    }

    /** A short piece of a wrapped label at the margin ("元）"), left of the figures. */
    private static boolean isLabelPiece(Line line, int firstValue) {
        return line.tokens().size() == 1
                && line.tokens().getFirst().end() <= firstValue
                && line.tokens().getFirst().text().strip().length() <= 4
                && !FormVocabulary.isFundingLabel(line.tokens().getFirst().text());
    }

    private static boolean isLabel(String cell) {
        return !cell.isEmpty() && !BandTable.FIGURE.matcher(cell).matches();
    }
}
