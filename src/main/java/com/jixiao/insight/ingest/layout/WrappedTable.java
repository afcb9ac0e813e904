package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.WrappedLines.Line;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of one indicator table in wrapped plain text ({@link WrappedLines}): its lines cut into cells, the cells
 * into rows, each row padded to the header's columns.
 */
final class WrappedTable {

    /** 指标分类 values: 绩效基本型, 核心型, 定量, 共性指标 … */
    private static final Pattern CLASS_WORD = Pattern.compile("^[\\p{IsHan}]{1,6}型$|^(定性|定量|共性|个性)(指标)?$");

    /** A cell: its text, its first and last line, the display width of its first line, its lines if wrapped. */
    private record Cell(String text, int first, int last, int width, List<Cell> parts) {
        static Cell of(String text, int line) {
            return new Cell(text, line, line, Words.width(text), List.of());
        }
    }

    private final IndicatorShape shape;
    private final List<String> roles;
    private final Diagnostics diag;
    private final List<Integer> valueColumns = new ArrayList<>();
    private final List<Cell> run = new ArrayList<>();
    private final List<Cell> pending = new ArrayList<>();
    private final List<Row> out = new ArrayList<>();
    /** The last row read (its index in {@link #out}), where a lone continuation line below it belongs. */
    private int lastRow = -1;

    WrappedTable(IndicatorShape shape, Diagnostics diag) {
        this.shape = shape;
        this.roles = shape.roles();
        this.diag = diag;
        int name = roles.indexOf("NAME");
        for (int c = Math.max(0, name + 1); c < roles.size(); c++) {
            if (!roles.get(c).equals("CLASS") && !roles.get(c).equals("OTHER")) {
                valueColumns.add(c);
            }
        }
    }

    void line(Line line) {
        if (line.words().size() == 1) {
            String w = line.words().getFirst();
            run.add(Cell.of(w, line.no()));
            return;
        }
        List<Cell> words = line.words().stream().map(w -> Cell.of(w, line.no())).toList();
        if (!tails(words)) {
            flushRun();
            for (int i = 0; i < words.size(); i++) {
                add(words.get(i), i == 0);
            }
        }
        complete();
    }

    List<Row> finish() {
        flushRun();
        settle();
        return out;
    }

    // ---- cells ------------------------------------------------------------------------------------------

    /**
     * The last lines of two wrapped cells that read alike printed on one line ("办” 办”") after both cells' other
     * lines: the run ends with the same fragments twice, each half takes one of the words.
     */
    private boolean tails(List<Cell> words) {
        if (words.size() != 2
                || run.size() < 2
                || !words.get(0).text().equals(words.get(1).text())) {
            return false;
        }
        int n = run.size();
        for (int g = n / 2; g >= 1; g--) {
            if (texts(run.subList(n - 2 * g, n - g)).equals(texts(run.subList(n - g, n)))
                    && words.getFirst().width() < run.getLast().width()) {
                List<Cell> halves = List.of(
                        join(run.subList(n - 2 * g, n - g), words.get(0)), join(run.subList(n - g, n), words.get(1)));
                List<Cell> before = new ArrayList<>(run.subList(0, n - 2 * g));
                run.clear();
                segment(before).forEach(c -> add(c, true));
                halves.forEach(c -> add(c, true));
                return true;
            }
        }
        return false;
    }

    private void flushRun() {
        if (run.isEmpty()) {
            return;
        }
        List<Cell> fragments = new ArrayList<>(run);
        run.clear();
        for (Cell c : segment(fragments)) {
            add(c, true);
            complete();
        }
    }

    /**
     * A run of one-fragment lines as cells: cut after the same text twice (a target and an actual that read alike),
     * and otherwise by the fragments' widths, level words and 指标分类 words (see {@link WrappedLines}).
     */
    private List<Cell> segment(List<Cell> fragments) {
        List<Cell> cells = new ArrayList<>();
        int s = 0;
        for (int end = 1; end <= fragments.size(); end++) {
            for (int g = (end - s) / 2; g >= 1; g--) {
                List<Cell> a = fragments.subList(end - 2 * g, end - g);
                List<Cell> b = fragments.subList(end - g, end);
                if (texts(a).equals(texts(b)) && !isLevel(texts(a)) && !isClass(texts(a))) {
                    cells.addAll(byWidth(fragments.subList(s, end - 2 * g)));
                    cells.add(join(a, null));
                    cells.add(join(b, null));
                    s = end;
                    break;
                }
            }
        }
        cells.addAll(byWidth(fragments.subList(s, fragments.size())));
        return cells;
    }

    private List<Cell> byWidth(List<Cell> fragments) {
        List<Cell> cells = new ArrayList<>();
        List<Cell> cell = new ArrayList<>();
        int n = fragments.size();
        for (int i = 0; i < n; i++) {
            Cell f = fragments.get(i);
            boolean own = roles.contains("CLASS") && isClass(f.text());
            if (!cell.isEmpty()
                    && (own
                            || f.width() > cell.getFirst().width()
                            || startsLevel(List.of(), fragments, i) && !startsLevel(cell, fragments, i))) {
                cells.add(join(cell, null));
                cell.clear();
            }
            cell.add(f);
            String text = texts(cell);
            boolean shortLine = cell.size() > 1 && f.width() <= cell.getFirst().width() - 4;
            boolean level = isLevel(text)
                    && (i + 1 >= n
                            || !isLevel(
                                    text + CellText.squeeze(fragments.get(i + 1).text())));
            if (own || shortLine || level) {
                cells.add(join(cell, null));
                cell.clear();
            }
        }
        if (!cell.isEmpty()) {
            cells.add(join(cell, null));
        }
        return cells;
    }

    /** Whether {@code before} and the fragments from {@code i} on make a level word (满意 / 度指 / 标). */
    private static boolean startsLevel(List<Cell> before, List<Cell> fragments, int i) {
        StringBuilder b = new StringBuilder();
        before.forEach(c -> b.append(CellText.squeeze(c.text())));
        for (int k = i; k < fragments.size() && k < i + 3; k++) {
            b.append(CellText.squeeze(fragments.get(k).text()));
            if (isLevel(b.toString())) {
                return true;
            }
        }
        return false;
    }

    private static Cell join(List<Cell> fragments, Cell tail) {
        StringBuilder b = new StringBuilder();
        fragments.forEach(f -> b.append(f.text()));
        int last = fragments.getLast().last();
        List<Cell> parts = new ArrayList<>(fragments);
        if (tail != null) {
            b.append(tail.text());
            last = tail.last();
            parts.add(tail);
        }
        return new Cell(
                CellText.clean(b.toString()),
                fragments.getFirst().first(),
                last,
                fragments.getFirst().width(),
                parts.size() > 1 ? List.copyOf(parts) : List.of());
    }

    private static String texts(List<Cell> cells) {
        return String.join("\u0001", cells.stream().map(Cell::text).toList());
    }

    private static boolean isLevel(String text) {
        String s = CellText.squeeze(text.replace("\u0001", ""));
        return IndicatorWords.isCategoryWord(s) || IndicatorWords.isSubcategoryWord(s);
    }

    // ---- rows -------------------------------------------------------------------------------------------

    /** A cell joins the row being read; a level word at the start of a line first ends a row left incomplete. */
    private void add(Cell c, boolean startsLine) {
        if (startsLine && !pending.isEmpty()) {
            boolean category = IndicatorWords.isCategoryWord(c.text());
            boolean sub = IndicatorWords.isSubcategoryWord(c.text())
                    && pending.stream().anyMatch(p -> !IndicatorWords.isCategoryWord(p.text()));
            if (category || sub) {
                settle();
            }
        }
        pending.add(c);
    }

    /**
     * Ends a row whose end the next row's level word (or the table's end) shows, though its values were not seen
     * complete: a lone line after a row is the wrapped end of that row's last cell; a row short of cells has its
     * first wrapped cell cut after its first line (a one-line name before a wrapped value of the same width).
     * Either is warned.
     */
    private void settle() {
        if (pending.isEmpty()) {
            return;
        }
        Cell only = pending.getFirst();
        if (pending.size() == 1 && lastRow >= 0 && !isLevel(only.text()) && !isClass(only.text())) {
            Row above = out.get(lastRow);
            List<String> cells = new ArrayList<>(above.cells());
            int col = valueColumns.isEmpty() ? cells.size() - 1 : valueColumns.getLast();
            cells.set(col, cells.get(col) + only.text());
            out.set(lastRow, new Row(above.first(), Math.max(above.last(), only.last()), cells, Form.PLACED));
            diag.warn("wrappedJoinedAbove", only.first(), null, only.text(), cells.get(col));
            pending.clear();
            return;
        }
        int needed = valueColumns.size() + 1;
        while (pending.stream().filter(c -> !isLevel(c.text())).count() < needed) {
            int k = 0;
            while (k < pending.size()
                    && (isLevel(pending.get(k).text()) || pending.get(k).parts().isEmpty())) {
                k++;
            }
            if (k == pending.size()) {
                break;
            }
            Cell wrapped = pending.get(k);
            Cell head = wrapped.parts().getFirst();
            Cell rest = join(wrapped.parts().subList(1, wrapped.parts().size()), null);
            pending.set(k, head);
            pending.add(k + 1, rest);
            diag.warn("wrappedCellSplit", head.first(), null, head.text(), rest.text());
        }
        if (pending.stream().filter(c -> !isLevel(c.text())).count() < needed) {
            diag.warn("wrappedRowIncomplete", pending.getFirst().first(), null);
        }
        emit(new ArrayList<>(pending));
        pending.clear();
    }

    /** Ends the row if its value columns are filled. */
    private void complete() {
        int n = valueColumns.size();
        int size = pending.size();
        if (n == 0 || size < n + 1) {
            return;
        }
        List<Cell> values = pending.subList(size - n, size);
        boolean classBefore = roles.contains("CLASS")
                && size - n - 2 >= 0
                && isClass(pending.get(size - n - 1).text());
        boolean shaped = values.stream().allMatch(v -> valueLike(v.text()));
        boolean alike = n >= 2
                && values.get(0).text().equals(values.get(1).text())
                && !isLevel(values.get(0).text());
        if (classBefore || shaped || alike) {
            emit(new ArrayList<>(pending));
            pending.clear();
        }
    }

    /** A value by its shape: "≥95%", "不涉及", or a short cell with a figure in it ("不足 12 次", "4 台打印机"). */
    private static boolean valueLike(String text) {
        return IndicatorWords.isValue(text) || text.matches(".*\\d.*") && Words.width(text) <= 16 && !isLevel(text);
    }

    private static boolean isClass(String text) {
        return CLASS_WORD.matcher(CellText.squeeze(text)).matches();
    }

    /**
     * The row's cells in the header's columns: the values last, the 指标分类 before them, the name before that, then
     * (from the right) 二级指标 and a 一级指标 category word; cells left between them are indicators without values.
     */
    private void emit(List<Cell> cells) {
        int n = Math.min(valueColumns.size(), Math.max(0, cells.size() - 1));
        int idx = cells.size() - n;
        String[] row = new String[roles.size()];
        Arrays.fill(row, "");
        for (int v = 0; v < n; v++) {
            row[valueColumns.get(v)] = cells.get(idx + v).text();
        }
        if (roles.contains("CLASS")
                && idx - 2 >= 0
                && isClass(cells.get(idx - 1).text())) {
            row[roles.indexOf("CLASS")] = cells.get(--idx).text();
        }
        List<Cell> heads = cells.subList(0, idx);
        if (n >= 1
                && idx == cells.size() - n
                && heads.size() >= 2
                && valueLike(heads.getLast().text())) {
            // More value-shaped cells than value columns ("≧5 台 1 台电脑 4 台打印机"): the name is the last cell
            // before them; the extra ones join the last value column, as the cell printed them.
            int j = heads.size() - 1;
            while (j > 0 && valueLike(cells.get(j - 1).text())) {
                j--;
            }
            if (j >= 1 && !isLevel(cells.get(j - 1).text())) {
                List<String> values =
                        cells.subList(j, cells.size()).stream().map(Cell::text).toList();
                for (int v = 0; v < n - 1; v++) {
                    row[valueColumns.get(v)] = values.get(v);
                }
                row[valueColumns.get(n - 1)] = String.join(" ", values.subList(n - 1, values.size()));
                diag.warn("wrappedValuesJoined", cells.get(j).first(), null, row[valueColumns.get(n - 1)]);
                heads = cells.subList(0, j);
            }
        }
        if (!heads.isEmpty()) {
            row[roles.indexOf("NAME") < 0 ? 0 : roles.indexOf("NAME")] =
                    heads.getLast().text();
        }
        List<Cell> levels = heads.isEmpty() ? List.of() : heads.subList(0, heads.size() - 1);
        List<Integer> leading = new ArrayList<>();
        for (String r : List.of("CATEGORY", "SUBCATEGORY")) {
            if (roles.contains(r)) {
                leading.add(roles.indexOf(r));
            }
        }
        List<Cell> valueless = new ArrayList<>();
        if (levels.size() <= leading.size()) {
            for (int k = 0; k < levels.size(); k++) {
                row[leading.get(leading.size() - levels.size() + k)] =
                        levels.get(k).text();
            }
        } else {
            int k = 0;
            if (roles.contains("CATEGORY")
                    && IndicatorWords.isCategoryWord(levels.getFirst().text())) {
                row[roles.indexOf("CATEGORY")] = levels.get(k++).text();
            }
            if (roles.contains("SUBCATEGORY")) {
                row[roles.indexOf("SUBCATEGORY")] = levels.get(k++).text();
            }
            valueless.addAll(levels.subList(k, levels.size()));
        }
        List<Cell> own = new ArrayList<>(cells);
        own.removeAll(valueless);
        int first = own.stream().mapToInt(Cell::first).min().orElseThrow();
        int last = own.stream().mapToInt(Cell::last).max().orElseThrow();
        if (!valueless.isEmpty()) {
            // The levels stand on the first row; each indicator without values is a row of its own name.
            String[] levelRow = row.clone();
            for (int c : valueColumns) {
                levelRow[c] = "";
            }
            for (Cell v : valueless) {
                String[] r = new String[roles.size()];
                Arrays.fill(r, "");
                if (v == valueless.getFirst()) {
                    leading.forEach(c -> r[c] = levelRow[c]);
                }
                r[roles.indexOf("NAME")] = v.text();
                diag.warn("wrappedRowWithoutValues", v.first(), null, v.text());
                out.add(new Row(v == valueless.getFirst() ? first : v.first(), v.last(), List.of(r), Form.PLACED));
            }
            leading.forEach(c -> row[c] = "");
            first = cells.get(heads.size() - 1).first();
        }
        out.add(new Row(first, last, List.of(row), Form.PLACED));
        lastRow = out.size() - 1;
    }
}
