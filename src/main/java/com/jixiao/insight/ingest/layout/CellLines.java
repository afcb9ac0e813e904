package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * A table written one cell per line (with or without {@code | … |}), as text extraction of a ruled table often gives:
 * every cell that is not the continuation of a merge on its own line, an empty cell an empty line. The rows are cut
 * again by the form's own words and columns: a labelled row (项目名称, 主管部门 …) runs to the next label; the budget
 * rows have as many figures as the budget header has columns; the goal rows as many texts as the goal header; an
 * indicator row is as long as the header's columns from 三级指标 on, plus the leading cells (一级指标, 二级指标) the
 * merges left in it, as many as fit the header best. Rows come out padded to their header's columns, merged cells
 * empty, as a tab-separated extraction prints them; the form reader reads them as it reads tabs, and warns where a
 * row did not fit its columns.
 */
final class CellLines {

    /** One line's cell and its line number. */
    private record Cell(String text, int line) {}

    private final List<Cell> cells;
    private final List<Row> out = new ArrayList<>();
    /** Whether the cell at an index opens a row: 0 not yet asked, 1 no, 2 yes (asked many times per cell). */
    private final byte[] opens;

    private int i;

    private CellLines(List<Cell> cells) {
        this.cells = cells;
        this.opens = new byte[cells.size() + 1];
    }

    /**
     * Whether the rows are one cell per line: no row has two cells, and the indicator header stands as consecutive
     * lines (一级指标, 二级指标, 三级指标 …).
     */
    static boolean applies(List<Row> rows) {
        int run = 0;
        for (Row r : rows) {
            if (r.cells().size() > 1) {
                return false;
            }
        }
        for (Row r : rows) {
            run = FormVocabulary.isIndicatorHeaderWord(r.firstNonEmpty()) && r.nonEmpty() == 1 ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    static List<Row> regroup(List<Row> rows) {
        List<Cell> cells = new ArrayList<>(rows.size());
        for (Row r : rows) {
            cells.add(new Cell(r.isBlank() ? "" : r.cells().getFirst(), r.first()));
        }
        CellLines c = new CellLines(cells);
        c.read();
        return c.out;
    }

    private void read() {
        while (i < cells.size()) {
            String t = text(i);
            if (t.isEmpty()) {
                emit(i, i + 1, 0); // an empty line outside a table: kept, as a blank row
                i++;
            } else if (FormVocabulary.isTitle(t)) {
                emitText(i++);
            } else if (startsBudget(i)) {
                budget();
            } else if (FormVocabulary.isGoalLabel(t) && i + 1 < cells.size() && isGoalHeader(i + 1)) {
                goals();
            } else if (indicatorHeaderEnd(i).isPresent()) {
                indicators(indicatorHeaderEnd(i).getAsInt());
            } else if (FormVocabulary.isRowLabel(t) || isTableLabel(t)) {
                labelled();
            } else {
                emitText(i++);
            }
        }
    }

    /** 项目名称 | X, 主管部门 | X | 实施单位 | Y, 总分 | 100 | 95.83 | 优: to the next label or title. */
    private void labelled() {
        int start = i++;
        boolean total = FormVocabulary.isTotalLabel(text(start));
        while (i < cells.size() && !opensRow(i) && !(total && text(i).length() > 20)) {
            i++;
        }
        emit(start, i, 0);
    }

    /** A table label that opens a row ("部门（单位）名称", "项目资金（万元）" without a header after it …). */
    private boolean isTableLabel(String t) {
        return t.length() <= 16 && t.matches(".*(名称|单位|部门)") && !t.contains("：") && !t.contains(":");
    }

    /** Whether the cell at {@code k} opens a new row (a label, a title, a table of its own). */
    private boolean opensRow(int k) {
        if (opens[k] == 0) {
            opens[k] = (byte) (decideOpensRow(k) ? 2 : 1);
        }
        return opens[k] == 2;
    }

    private boolean decideOpensRow(int k) {
        String t = text(k);
        return !t.isEmpty()
                && (FormVocabulary.isTitle(t)
                        || FormVocabulary.isRowLabel(t)
                        || startsBudget(k)
                        || FormVocabulary.isGoalLabel(t) && k + 1 < cells.size() && isGoalHeader(k + 1)
                        || indicatorHeaderEnd(k).isPresent());
    }

    // ---- budget ----------------------------------------------------------------------------------------

    /** A budget header: a label, then (after empty cells) at least two budget column words. */
    private boolean startsBudget(int k) {
        if (FormVocabulary.isBudgetHeaderWord(text(k)) || text(k).isEmpty()) {
            return false;
        }
        List<String> row = new ArrayList<>(List.of(text(k)));
        for (int j = k + 1; j < cells.size() && j <= k + 12; j++) {
            if (!text(j).isEmpty() && !FormVocabulary.isBudgetHeaderWord(text(j))) {
                break;
            }
            row.add(text(j));
        }
        return FormVocabulary.isBudgetHeader(row);
    }

    private void budget() {
        int start = i++;
        int words = 0;
        while (i < cells.size() && (text(i).isEmpty() || FormVocabulary.isBudgetHeaderWord(text(i)))) {
            words += text(i).isEmpty() ? 0 : 1;
            i++;
        }
        int width = i - start;
        emit(start, i, 0);
        // Body rows: a label and one cell per header word; the header's own label column is merged down.
        while (i < cells.size() && !text(i).isEmpty() && !opensRow(i) && !FormVocabulary.isBudgetHeaderWord(text(i))) {
            int end = Math.min(cells.size(), i + 1 + words);
            emit(i, end, width - (1 + words));
            i = end;
        }
    }

    // ---- goals -----------------------------------------------------------------------------------------

    private boolean isGoalHeader(int k) {
        return FormVocabulary.isGoalHeaderWord(text(k));
    }

    private void goals() {
        int start = i++;
        int words = 0;
        while (i < cells.size() && isGoalHeader(i)) {
            words++;
            i++;
        }
        emit(start, i, 0);
        while (i < cells.size() && !opensRow(i)) {
            int end = Math.min(cells.size(), i + words);
            emit(i, end, 1);
            i = end;
        }
    }

    // ---- indicators --------------------------------------------------------------------------------------

    /** The end of an indicator header starting at {@code k}: its words (and a frame word before them). */
    private OptionalInt indicatorHeaderEnd(int k) {
        int j = k;
        while (j < cells.size() && FormVocabulary.isIndicatorHeaderWord(text(j))) {
            j++;
        }
        if (j - k < 3) {
            return OptionalInt.empty();
        }
        return FormVocabulary.indicatorHeader(headerWords(k, j)).isPresent() ? OptionalInt.of(j) : OptionalInt.empty();
    }

    /** The header's words in the order of its columns (a header printed on two rows comes as one run of words). */
    private List<String> headerWords(int from, int to) {
        return FormVocabulary.inColumnOrder(texts(from, to));
    }

    private void indicators(int headerEnd) {
        List<String> words = headerWords(i, headerEnd);
        IndicatorShape shape = FormVocabulary.indicatorHeader(words).orElseThrow();
        out.add(new Row(cells.get(i).line(), cells.get(headerEnd - 1).line(), words, Form.CELLS));
        i = headerEnd;
        int lead = shape.leading();
        int tail = shape.columns() - lead;
        while (i < cells.size()) {
            if (text(i).isEmpty() ? i + 1 >= cells.size() || opensRow(i + 1) : opensRow(i)) {
                return; // the table ends (at a blank line before the next row, or at the next label)
            }
            int best = -1;
            double bestMisfit = Double.MAX_VALUE;
            for (int c = 0; c <= lead; c++) {
                int end = i + c + tail;
                if (end > cells.size() || cutsALabel(i, end)) {
                    continue;
                }
                List<String> row = padded(lead - c, texts(i, end));
                double misfit = shape.misfit(row);
                if (misfit < bestMisfit - 1e-9) {
                    bestMisfit = misfit;
                    best = c;
                }
            }
            if (best < 0) { // a cut-off table: what is left is the last row
                emit(i, cells.size(), Math.max(0, shape.columns() - (cells.size() - i)));
                i = cells.size();
                return;
            }
            emit(i, i + best + tail, lead - best);
            i += best + tail;
        }
    }

    /** Whether the cells {@code from..to} would swallow a title or the total row. */
    private boolean cutsALabel(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String t = text(k);
            if (FormVocabulary.isTitle(t) || FormVocabulary.isTotalLabel(t)) {
                return true;
            }
        }
        return false;
    }

    // ---- rows --------------------------------------------------------------------------------------------

    private String text(int k) {
        return k < cells.size() ? cells.get(k).text() : "";
    }

    private List<String> texts(int from, int to) {
        List<String> t = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            t.add(text(k));
        }
        return t;
    }

    private static List<String> padded(int empties, List<String> cells) {
        List<String> row = new ArrayList<>(Collections.nCopies(empties, ""));
        row.addAll(cells);
        return row;
    }

    private void emitText(int k) {
        out.add(new Row(cells.get(k).line(), cells.get(k).line(), List.of(text(k)), Form.TEXT));
    }

    /** The cells {@code from..to} as one row, after {@code empties} cells merged from above. */
    private void emit(int from, int to, int empties) {
        if (to <= from) {
            return;
        }
        int first = cells.get(from).line();
        int last = cells.get(to - 1).line();
        out.add(new Row(
                first,
                last,
                padded(empties, texts(from, to)),
                to - from == 1 && empties == 0 ? Form.TEXT : Form.CELLS));
    }
}
