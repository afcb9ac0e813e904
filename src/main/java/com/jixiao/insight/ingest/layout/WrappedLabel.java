package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.layout.PositionedLines.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A labelled row whose label is wrapped in its narrow cell, as {@code pdftotext -layout} prints it: the label's pieces
 * at the margin on the first and last of two or three lines, the value right of it on any of them ("转移支付（项目）" /
 * "农村危房改造补助资金" / "名称"). Put together when the pieces make a label of the form and the first alone does not.
 */
final class WrappedLabel {

    /** How far from the margin a label's piece may start (a short piece is centred in its cell). */
    private static final int MARGIN = 4;

    private WrappedLabel() {}

    /** The row the lines from {@code k} make, and how many lines it takes (2 or 3), if they make one. */
    static Optional<Row> at(List<Line> lines, int k, int[] taken) {
        Token first = marginToken(lines.get(k));
        if (first == null || FormVocabulary.isRowLabel(CellText.squeeze(first.text()))) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder(CellText.squeeze(first.text()));
        List<String> values = new ArrayList<>(values(lines.get(k), first));
        for (int end = k + 1; end < Math.min(lines.size(), k + 3); end++) {
            Line line = lines.get(end);
            if (line.isBlank()) {
                return Optional.empty();
            }
            Token piece = marginToken(line);
            if (piece != null) {
                label.append(CellText.squeeze(piece.text()));
            }
            values.addAll(values(line, piece));
            if (piece != null && FormVocabulary.isRowLabel(label.toString())) {
                if (values.size() != 1) {
                    return Optional.empty();
                }
                taken[0] = end - k + 1;
                return Optional.of(new Row(
                        lines.get(k).no(), line.no(), List.of(label.toString(), values.getFirst()), Form.SPACED));
            }
            if (piece != null) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Token marginToken(Line line) {
        if (line.isBlank() || line.tokens().getFirst().start() > MARGIN) {
            return null;
        }
        Token t = line.tokens().getFirst();
        return line.tokens().size() == 1 || line.tokens().get(1).start() - t.end() >= 2 ? t : null;
    }

    /**
     * The line's cells right of its margin piece, each as one text (a value's words stand one space apart); a line of
     * several ("[101]北川县水利局  实施单位  北川县水务服务中心") makes no wrapped label: more than one value.
     */
    private static List<String> values(Line line, Token piece) {
        List<String> values = new ArrayList<>();
        for (List<Token> cell : line.cells()) {
            List<Token> rest = cell.stream().filter(t -> t != piece).toList();
            if (!rest.isEmpty()) {
                values.add(PositionedLines.unspaced(
                        String.join(" ", rest.stream().map(Token::text).toList())));
            }
        }
        return values;
    }
}
