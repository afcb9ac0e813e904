package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.layout.PositionedLines.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header of a table in {@code pdftotext -layout} text, put together from its lines: a line with three or more
 * header words, and up to two lines above and below it made of header words or their pieces ("实际完成指" / "标值",
 * "年初预" / "算数", "（A）", a word such as 绩效指标 over the level columns). The lines are stacked column by column: a
 * piece joins the column it overlaps (a word wrapped in its cell), a whole word under another replaces it (a header on
 * two rows: the lower row names the column, the upper is its frame). {@code wrapped}: a piece of a word stands on a
 * line of its own ("年初预" / "算数"), which a table flattened one row a line never has.
 */
record HeaderColumns(int first, int end, List<Column> columns, boolean wrapped) {

    /** A column of the header: its words and the character positions they cover. */
    record Column(String text, int start, int end) {}

    private static final Pattern PARENTHESIS = Pattern.compile("^[（(][^）)]{0,6}[）)]$");

    /** Header words besides WrappedLines'; their pieces may stand on lines of their own. */
    static final List<String> MORE_WORDS = List.of(
            "实际完成指标值",
            "预期指标值",
            "全年指标值",
            "指标值",
            "年初设定目标",
            "偏差原因分析及改进措施",
            "原因分析及改进措施",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "执行数",
            "执行率",
            "预算数",
            "权重",
            "度量单位");

    /** The header starting at line {@code k} (its first line, the main line at most two lines below). */
    static Optional<HeaderColumns> at(List<Line> lines, int k) {
        for (int main = k; main < Math.min(lines.size(), k + 3); main++) {
            if (lines.get(main).isBlank() || headerWords(lines.get(main)) < 3) {
                if (!isPieces(lines.get(main))) {
                    return Optional.empty();
                }
                continue;
            }
            int end = main + 1;
            while (end < lines.size() && end <= main + 2 && isPieces(lines.get(end))) {
                end++;
            }
            int mainLine = main;
            boolean wrapped = java.util.stream.IntStream.range(k, end)
                    .filter(i -> i != mainLine)
                    .mapToObj(lines::get)
                    .flatMap(l -> l.tokens().stream())
                    .anyMatch(t ->
                            !isWord(t.text()) && !PARENTHESIS.matcher(t.text()).matches());
            HeaderColumns h = new HeaderColumns(k, end, stack(lines.subList(k, end)), wrapped);
            return h.indicator().isPresent() || h.isBudget() ? Optional.of(h) : Optional.empty();
        }
        return fewColumns(lines, k);
    }

    /**
     * A header of few wide columns, none of its lines with three words: "全年执行数" / "全年预算数（A） 执行率（B/A）" /
     * "（B）" (a header word wrapped over the line of its neighbours). Its three lines of words and pieces, stacked.
     */
    private static Optional<HeaderColumns> fewColumns(List<Line> lines, int k) {
        int end = k;
        while (end < lines.size() && end < k + 3 && isPieces(lines.get(end))) {
            end++;
        }
        if (end == k) {
            return Optional.empty();
        }
        HeaderColumns h = new HeaderColumns(k, end, stack(lines.subList(k, end)), false);
        return h.columns().size() >= 3 && (h.indicator().isPresent() || h.isBudget())
                ? Optional.of(h)
                : Optional.empty();
    }

    List<String> texts() {
        return columns.stream().map(Column::text).toList();
    }

    Optional<IndicatorShape> indicator() {
        return FormVocabulary.indicatorHeader(texts());
    }

    boolean isBudget() {
        return FormVocabulary.isBudgetHeader(texts());
    }

    private static int headerWords(Line line) {
        int n = 0;
        for (Token t : line.tokens()) {
            if (isWord(t.text())) {
                n++;
            }
        }
        return n;
    }

    private static boolean isWord(String s) {
        return FormVocabulary.isIndicatorHeaderWord(s) || FormVocabulary.isBudgetHeaderWord(s);
    }

    /** A line of header words or pieces of them only. */
    private static boolean isPieces(Line line) {
        return !line.isBlank() && line.tokens().stream().allMatch(t -> isPiece(t.text()));
    }

    private static boolean isPiece(String s) {
        String w = CellText.squeeze(s);
        if (w.isEmpty() || isWord(w) || PARENTHESIS.matcher(w).matches()) {
            return !w.isEmpty();
        }
        for (String word : WrappedLines.HEADER_WORDS) {
            if (word.contains(w)) {
                return true;
            }
        }
        for (String word : MORE_WORDS) {
            if (word.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The lines' words stacked into columns, top to bottom, the columns in order of position. */
    private static List<Column> stack(List<Line> lines) {
        List<Column> columns = new ArrayList<>();
        for (Line line : lines) {
            for (Token t : line.tokens()) {
                int at = -1;
                for (int c = 0; c < columns.size(); c++) {
                    Column col = columns.get(c);
                    if (t.start() < col.end() && col.start() < t.end()) {
                        at = c;
                        break;
                    }
                }
                String w = CellText.squeeze(t.text());
                if (at < 0) {
                    columns.add(new Column(w, t.start(), t.end()));
                    continue;
                }
                Column col = columns.get(at);
                boolean replaces = isWord(col.text()) && isWord(w) && !isWord(col.text() + w);
                columns.set(
                        at,
                        new Column(
                                replaces ? w : col.text() + w,
                                Math.min(col.start(), t.start()),
                                Math.max(col.end(), t.end())));
            }
        }
        columns.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return columns;
    }
}
