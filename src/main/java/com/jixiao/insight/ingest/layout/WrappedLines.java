package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator table as plain PDF text extraction ({@code pdftotext} without {@code -layout}) gives it: the cells that
 * share a baseline on one line separated by single spaces, a cell wrapped inside its column on lines of its own, one
 * fragment a line, and the header itself wrapped ("一级" / "指标"). The header is put together again from the form's
 * header words; the body is cut into cells and rows by the structure of the form only:
 *
 * <ul>
 *   <li>a run of one-fragment lines is cut into cells where a fragment is clearly shorter than the first of its cell
 *       (a wrapped cell's last line), where a fragment is wider than the first (a new column), where the fragments
 *       make a level word (产出指标, 社会效益指标 …), and where the run ends with the same text twice (a target and an
 *       actual that read alike);
 *   <li>a row ends when its value columns are filled: after the 指标分类 cell, the values that follow it; or values
 *       that have the shape of values ("≥95%", "2 人", "不涉及"); or a target and an actual that read alike;
 *   <li>the cells before the values are, from the right, the indicator's name, its 二级指标 and (a category word)
 *       its 一级指标; a cell left between the 二级指标 and the name is an indicator printed without values, read so
 *       and warned.
 * </ul>
 *
 * Rows come out padded to the header's columns (form {@link Form#CELLS}), and the table-level 偏差原因 and 改进措施
 * cells below the table as rows of a label and its text; every other line stays as it was.
 */
final class WrappedLines {

    private static final Pattern END = Pattern.compile("^(偏差|改进措施|备注|说明|注[:：]|附件|其他需要说明|总分|合计).*");
    /** How a header word ends: one cut short by its cell's width ("实际完成指", "偏差原因分析及改进") does not. */
    private static final Pattern WORD_END = Pattern.compile(".*(值|措施|分析|指标|情况|得分|分值|权重|名称|目标|原因|单位|类型|性质|[）)])$");

    /** Fewest header words for a header on one line of its own (wrapped headers take two lines at least). */
    private static final int SINGLE_LINE_HEADER = 6;

    private static final Pattern PARENTHESIS = Pattern.compile("^[（(][^）)]{0,6}[）)]$");
    /** The form's header words, whose first characters may stand on a line of their own ("一级" / "指标"). */
    static final List<String> HEADER_WORDS = List.of(
            "一级指标",
            "二级指标",
            "三级指标",
            "指标名称",
            "绩效指标",
            "年度绩效指标",
            "年度绩效目标",
            "项目绩效指标",
            "年初目标值",
            "年度目标值",
            "年度指标值",
            "实际完成值",
            "全年实际值",
            "实际完成情况",
            "指标分类",
            "指标类型",
            "指标类别",
            "指标性质",
            "指标方向",
            "计量单位",
            "度量单位",
            "指标单位",
            "分值",
            "权重",
            "指标分值",
            "权重分值",
            "得分",
            "自评得分",
            "指标得分",
            "偏差原因分析",
            "未完成原因分析",
            "改进措施",
            "指标值",
            "全年指标值",
            "预期指标值",
            "实际完成指标值",
            "绩效指标名称",
            "三级指标名称",
            "偏差原因分析及改进措施",
            "原因分析及改进措施");

    /** A line of the table: its cells (by single spaces) and its line number. */
    record Line(List<String> words, int no) {}

    /** A header found at a line: its cells and the index of the first line after it. */
    record Header(List<String> cells, IndicatorShape shape, int end) {}

    private WrappedLines() {}

    /** Whether the rows are plain lines only, among them an indicator header wrapped over several lines. */
    static boolean applies(SourceText source, List<Row> rows) {
        if (!rows.stream().allMatch(r -> r.isText() || r.isBlank())) {
            return false;
        }
        List<Line> lines = lines(source);
        for (int k = 0; k < lines.size(); k++) {
            if (header(lines, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static List<Row> read(SourceText source, List<Row> rows, Diagnostics diag) {
        List<Line> lines = lines(source);
        List<Row> out = new ArrayList<>();
        int nextRow = 0;
        int k = 0;
        while (k < lines.size()) {
            Optional<Header> h = header(lines, k);
            if (h.isEmpty()) {
                k++;
                continue;
            }
            int headerFirst = lines.get(k).no();
            int from = nextRow;
            while (nextRow < rows.size() && rows.get(nextRow).first() < headerFirst) {
                nextRow++;
            }
            out.addAll(HeadLines.recut(source, rows.subList(from, nextRow)));
            out.add(new Row(
                    headerFirst, lines.get(h.get().end() - 1).no(), h.get().cells(), Form.CELLS));
            k = h.get().end();
            List<Line> body = new ArrayList<>();
            while (k < lines.size()) {
                Optional<Header> again = mayStartHeader(lines.get(k)) ? header(lines, k) : Optional.empty();
                if (again.isPresent()) {
                    if (!again.get().cells().equals(h.get().cells())) {
                        break; // another table's header
                    }
                    k = again.get().end(); // the header repeated at the top of the next page
                    continue;
                }
                if (endsTable(lines.get(k)) && !insideCell(lines, k)) {
                    break;
                }
                body.add(lines.get(k++));
            }
            out.addAll(table(h.get().shape(), body, diag));
            k = remarks(lines, k, out);
            int last = out.getLast().last();
            while (nextRow < rows.size() && rows.get(nextRow).first() <= last) {
                nextRow++;
            }
        }
        out.addAll(HeadLines.recut(source, rows.subList(nextRow, rows.size())));
        return out;
    }

    /**
     * The rows of one table's body: by the anchors of its 分值 and 得分 where the form has them ({@link
     * AnchoredTable}); where it has none, by each row's target and actual side by side or by the form's structure
     * ({@link WrappedTable}), whichever reading needed fewer warnings; else by the structure.
     */
    private static List<Row> table(IndicatorShape shape, List<Line> body, Diagnostics diag) {
        Optional<AnchoredTable> anchored = AnchoredTable.of(shape, diag).filter(t -> t.anchored(body));
        if (anchored.isPresent() && !anchored.get().paired()) {
            body.forEach(anchored.get()::line);
            return anchored.get().finish();
        }
        if (anchored.isPresent()) {
            // No 分值 / 得分: each row's target and actual side by side, or the form's structure, whichever reading
            // had to guess less (fewer warnings; the structure's on a tie, so one without a warning is kept at once).
            Diagnostics byStructure = diag.fork();
            List<Row> structured = structure(shape, body, byStructure);
            if (byStructure.warnings().isEmpty()) {
                return structured;
            }
            Diagnostics byPairs = diag.fork();
            AnchoredTable pairs = AnchoredTable.of(shape, byPairs).orElseThrow();
            body.forEach(pairs::line);
            List<Row> paired = pairs.finish();
            boolean pairsRead =
                    byPairs.warnings().size() < byStructure.warnings().size();
            diag.adopt(pairsRead ? byPairs : byStructure);
            return pairsRead ? paired : structured;
        }
        return structure(shape, body, diag);
    }

    private static List<Row> structure(IndicatorShape shape, List<Line> body, Diagnostics diag) {
        WrappedTable table = new WrappedTable(shape, diag);
        body.forEach(table::line);
        return table.finish();
    }

    /** The non-blank lines of the source, each cut at its spaces (cells keep the unit after a figure: "2 人"). */
    static List<Line> lines(SourceText source) {
        List<Line> lines = new ArrayList<>();
        List<String> raw = source.lines();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i).strip();
            if (!s.isEmpty()) {
                lines.add(new Line(Words.split(s), i + 1));
            }
        }
        return lines;
    }

    /** A cell's own label ("改进措施: 全面提升…" inside a 偏差原因分析及改进措施 cell), not a table-level remark's. */
    private static final Pattern CELL_LABEL = Pattern.compile("^(偏差原因|改进措施)[:：].*");

    /**
     * Whether line {@code k}, which would end the table, starts with a cell's own label: a row of the table (its
     * anchor) still follows it before a total, a title or a table-level label.
     */
    private static boolean insideCell(List<Line> lines, int k) {
        if (!CELL_LABEL
                .matcher(CellText.squeeze(lines.get(k).words().getFirst()))
                .matches()) {
            return false;
        }
        for (int j = k + 1; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (AnchoredTable.words(line).anchor() >= 0) {
                return true;
            }
            if (endsTable(line)
                    && !CELL_LABEL
                            .matcher(CellText.squeeze(line.words().getFirst()))
                            .matches()) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsTable(Line line) {
        String first = CellText.squeeze(line.words().getFirst());
        return END.matcher(first).matches() || FormVocabulary.isTitle(String.join("", line.words()));
    }

    /**
     * The header starting at line {@code k}: lines whose words are header words, a word wrapped over lines ("一级" /
     * "指标", "年初目标值" / "（A）") put together; empty unless they make an indicator header.
     */
    static Optional<Header> header(List<Line> lines, int k) {
        List<String> cells = new ArrayList<>();
        String partial = "";
        int j = k;
        for (; j < lines.size() && j < k + 16; j++) {
            List<String> words = lines.get(j).words();
            if (words.size() == 1) {
                String w = CellText.squeeze(words.getFirst());
                if (PARENTHESIS.matcher(w).matches() && !cells.isEmpty() && partial.isEmpty()) {
                    cells.set(cells.size() - 1, cells.getLast() + w);
                } else if (partial.isEmpty()
                        && j > k
                        && lines.get(j - 1).words().size() == 1
                        && endsHeaderWord(cells, w)) {
                    cells.set(cells.size() - 1, cells.getLast() + w);
                } else if (FormVocabulary.isIndicatorHeaderWord(partial + w)) {
                    cells.add(partial + w);
                    partial = "";
                } else if (couldStartHeaderWord(partial + w)) {
                    partial = partial + w;
                } else {
                    break;
                }
            } else if (partial.isEmpty()
                    && words.stream().allMatch(w -> FormVocabulary.isIndicatorHeaderWord(CellText.squeeze(w)))) {
                words.forEach(w -> cells.add(CellText.squeeze(w)));
            } else {
                break;
            }
        }
        if ((j - k < 2 && cells.size() < SINGLE_LINE_HEADER) || cells.size() < 4) {
            return Optional.empty();
        }
        int end = j;
        List<String> columns = FormVocabulary.inColumnOrder(cells);
        return FormVocabulary.indicatorHeader(columns).map(shape -> new Header(columns, shape, end));
    }

    /**
     * Whether a line's only word is the end of the header word before it, wrapped in its cell ("实际完成指" / "标值"):
     * not a header word itself, but one with the word before it.
     */
    private static boolean endsHeaderWord(List<String> cells, String w) {
        return !cells.isEmpty()
                && !FormVocabulary.isIndicatorHeaderWord(w)
                && !IndicatorWords.looksLikeSubcategory(w)
                && !WORD_END.matcher(cells.getLast()).matches()
                && WORD_END.matcher(cells.getLast() + w).matches()
                && FormVocabulary.isIndicatorHeaderWord(cells.getLast() + w);
    }

    /** Whether a header could start at a line: its first word is a header word or the start of one ("一级"). */
    private static boolean mayStartHeader(Line line) {
        String first = CellText.squeeze(line.words().getFirst());
        return FormVocabulary.isIndicatorHeaderWord(first) || couldStartHeaderWord(first);
    }

    static boolean couldStartHeaderWord(String s) {
        return HEADER_WORDS.stream().anyMatch(w -> w.startsWith(s) && w.length() > s.length());
    }

    /**
     * The table-level 偏差大或目标未完成原因分析 and 改进措施及结果应用方案 cells below the table: each label (wrapped
     * over lines) and the text after it up to the next label, as a row of two cells. Returns the next line's index.
     */
    private static int remarks(List<Line> lines, int k, List<Row> out) {
        while (k < lines.size()) {
            String first = CellText.squeeze(lines.get(k).words().getFirst());
            if (!first.startsWith("偏差") && !first.startsWith("改进措施")) {
                return k;
            }
            int labelLine = lines.get(k).no();
            StringBuilder label = new StringBuilder();
            StringBuilder text = new StringBuilder();
            int j = k;
            List<String> words = lines.get(k).words();
            if (words.size() > 1) {
                // The label and the first of its text on one line.
                label.append(CellText.squeeze(words.getFirst()));
                text.append(CellText.clean(String.join(" ", words.subList(1, words.size()))));
                j = k + 1;
            }
            while (j == k
                    || (j < lines.size() && j < k + 4 && lines.get(j).words().size() == 1 && text.isEmpty())) {
                label.append(CellText.squeeze(lines.get(j).words().getFirst()));
                j++;
                if (label.toString().matches(".*(原因分析|原因|措施|方案)")) {
                    break;
                }
            }
            int last = lines.get(j - 1).no();
            while (j < lines.size() && !isRemarkEnd(lines.get(j))) {
                text.append(CellText.clean(String.join(" ", lines.get(j).words())));
                last = lines.get(j).no();
                j++;
            }
            out.add(new Row(labelLine, last, List.of(label.toString(), text.toString()), Form.CELLS));
            k = j;
        }
        return k;
    }

    private static boolean isRemarkEnd(Line line) {
        String first = CellText.squeeze(line.words().getFirst());
        return first.startsWith("偏差")
                || first.startsWith("改进措施")
                || END.matcher(first).matches()
                || FormVocabulary.isTitle(String.join("", line.words()));
    }
}
