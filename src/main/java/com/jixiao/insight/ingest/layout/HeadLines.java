package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.form.words.UnitLabels;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a form above its indicator table in content-order PDF text ({@link WrappedLines}), whose cells share
 * lines with single spaces between them or are wrapped over lines: cut into cells again by the form's words.
 *
 * <ul>
 *   <li>a line with labels inside it ("主管部门 某局 实施单位 某所") is cut before each label;
 *   <li>a line of a label and three figures or more ("年度资金总额 315 298.4 281.06 10 94.19% 9.42") is a budget row;
 *   <li>the budget header's words, wrapped over lines ("全年执" / "行数", "（A）"), are put together again;
 *   <li>a goal row's label and its text on one line ("年度绩效目标 …") are two cells;
 *   <li>the lines under a goal header (年初设定目标 全年实际完成情况) are the goal's and the outcome's cells, parted where
 *       each column's wrapped lines fill it.
 * </ul>
 */
final class HeadLines {

    private static final Pattern FIGURE = Pattern.compile("^([-—－/／]+|[+-]?[\\d,]+(\\.\\d+)?[%％]?)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern INNER_LABEL =
            Pattern.compile("^(" + UnitLabels.SUPERVISING + "|中央主管部门|(项目)?(实施单位|资金使用单位)|预算单位|项目单位|项目负责人|联系电话)[：:]?$");
    private static final Pattern PARENTHESIS = Pattern.compile("^[（(][^）)]{0,6}[）)]$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;.!！]$");
    /** Display columns a wrapped line may fall short of its column. */
    private static final int TOLERANCE = 4;
    /** Most lines a budget header is wrapped over, and most lines under a goal header. */
    private static final int MAX_HEADER_LINES = 24;

    private static final int MAX_GOAL_LINES = 40;

    /** Longest line a budget header's first line may be (its label, or its column words). */
    private static final int MAX_HEADER_LINE = 60;

    /** One of these is in every budget column's header word (年初预算数, 全年执行数, 分值, 权重, 得分 …). */
    private static final String BUDGET_CHARACTERS = "预执支决分权得算金资";

    private final SourceText source;

    private HeadLines(SourceText source) {
        this.source = source;
    }

    /** The rows cut again; the text of a line is read from the source as printed, its spaces kept. */
    static List<Row> recut(SourceText source, List<Row> rows) {
        return new HeadLines(source).recut(rows);
    }

    private List<Row> recut(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        int i = 0;
        while (i < rows.size()) {
            Row r = rows.get(i);
            if (!r.isText()) {
                out.add(r);
                i++;
                continue;
            }
            int next = budgetHeader(rows, i, out);
            if (next < 0) {
                next = goals(rows, i, out);
            }
            if (next < 0 && !out.isEmpty() && isEmptyFundingRow(r, out.getLast())) {
                // "其他资金" alone under a budget row: a funding row left empty, as wide as the row above
                List<String> cells = new ArrayList<>(
                        java.util.Collections.nCopies(out.getLast().cells().size(), ""));
                cells.set(0, text(r).strip());
                out.add(new Row(r.first(), r.last(), cells, Form.CELLS));
                next = i + 1;
            }
            if (next < 0) {
                out.add(line(r));
                next = i + 1;
            }
            i = next;
        }
        return out;
    }

    /** A line of a funding label alone after a budget row (a label and its figures, {@link #line}). */
    private boolean isEmptyFundingRow(Row r, Row above) {
        List<String> cells = above.cells();
        // the row above first: most lines follow no budget row (figures, or none: the empty funding row before it)
        return above.form() == Form.CELLS
                && cells.size() >= 4
                && cells.subList(1, cells.size()).stream()
                        .allMatch(c -> c.isEmpty() || FIGURE.matcher(c).matches())
                && FormVocabulary.isFundingLabel(cells.getFirst().replace(" ", ""))
                && FormVocabulary.isFundingLabel(text(r))
                && Words.split(text(r)).size() == 1;
    }

    /** One line cut at its labels, or into a label and its figures; else as it was. */
    private Row line(Row r) {
        String text = text(r);
        List<String> plain = Words.plain(text);
        List<String> words = Words.split(text);
        if (words.size() < 2) {
            return r;
        }
        int figures = figuresFrom(plain);
        if (figures == 0 && FormVocabulary.isTotalLabel(plain.getFirst()) && isTotal(plain)) {
            return new Row(r.first(), r.last(), plain, Form.CELLS);
        }
        if (figures > 0) {
            List<String> cells = new ArrayList<>();
            cells.add(String.join(" ", plain.subList(0, figures)));
            cells.addAll(plain.subList(figures, plain.size()));
            return new Row(r.first(), r.last(), cells, Form.CELLS);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean cut = false;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (INNER_LABEL.matcher(CellText.squeeze(w)).matches()) {
                if (!cell.isEmpty()) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    cut = true;
                }
                cells.add(w);
                continue;
            }
            cell.append(cell.isEmpty() ? "" : " ").append(w);
        }
        if (!cell.isEmpty()) {
            cells.add(cell.toString());
        }
        if (cut) {
            return new Row(r.first(), r.last(), cells, Form.CELLS);
        }
        if (Goals.isRowLabel(words.getFirst())) {
            String rest = text.strip()
                    .substring(text.strip().indexOf(words.getFirst())
                            + words.getFirst().length());
            return new Row(
                    r.first(),
                    r.last(),
                    List.of(words.getFirst(), CellText.clean(PositionedLines.unspaced(rest.strip()))),
                    Form.CELLS);
        }
        return r;
    }

    /** A total's words after its label: figures (分值, 得分), a grade word after them at most. */
    private static boolean isTotal(List<String> words) {
        int n = words.size();
        int figures = n - 1 - (n > 2 && FormVocabulary.isGradeWord(words.getLast()) ? 1 : 0);
        return figures >= 1
                && figures <= 3
                && words.subList(1, 1 + figures).stream()
                        .allMatch(w -> FIGURE.matcher(w).matches());
    }

    /** Where the figures of a budget row start (three at least, to the end of the line), or 0. */
    private static int figuresFrom(List<String> words) {
        int f = words.size();
        while (f > 1 && FIGURE.matcher(words.get(f - 1)).matches()) {
            f--;
        }
        return words.size() - f >= 3 && HAN.matcher(words.get(f - 1)).find() ? f : 0;
    }

    /**
     * A budget header wrapped over the lines from {@code i}, followed by a budget row: added as one row; returns the
     * index after it, or -1.
     */
    private int budgetHeader(List<Row> rows, int i, List<Row> out) {
        String start = text(rows.get(i));
        if (start.length() > MAX_HEADER_LINE || !CellText.anyHolds(List.of(start), BUDGET_CHARACTERS)) {
            return -1; // prose, or no word of a budget header's (most lines: nothing more to try)
        }
        List<String> cells = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        List<String> label = new ArrayList<>();
        int j = i;
        for (; j < rows.size() && j < i + MAX_HEADER_LINES; j++) {
            Row r = rows.get(j);
            if (!r.isText()) {
                break;
            }
            List<String> words = Words.split(text(r));
            if (figuresFrom(Words.plain(text(r))) > 0 || words.size() > 8) {
                break;
            }
            int before = cells.size();
            for (String word : words) {
                String w = CellText.squeeze(word);
                if (w.length() > 14) {
                    return -1;
                }
                if (PARENTHESIS.matcher(w).matches() && fragments.isEmpty() && !cells.isEmpty()) {
                    cells.set(cells.size() - 1, cells.getLast() + w);
                    continue;
                }
                fragments.add(w);
                int n = column(fragments);
                if (n > 0) {
                    if (cells.isEmpty()) {
                        label.addAll(fragments.subList(0, fragments.size() - n));
                    }
                    cells.add(String.join("", fragments.subList(fragments.size() - n, fragments.size())));
                    fragments.clear();
                } else if (fragments.size() > 4) {
                    return -1;
                }
            }
            if (cells.isEmpty() && words.size() > 1 && before == cells.size()) {
                return -1; // a header's label is wrapped, one fragment a line, not a line of words
            }
        }
        if (cells.size() < 3
                || !fragments.isEmpty()
                || j >= rows.size()
                || !rows.get(j).isText()
                || figuresFrom(Words.plain(text(rows.get(j)))) == 0) {
            return -1;
        }
        List<String> header = new ArrayList<>();
        if (!label.isEmpty()) {
            header.add(String.join("", label));
        }
        header.addAll(cells);
        if (!FormVocabulary.isBudgetHeader(header)) {
            return -1;
        }
        out.add(new Row(rows.get(i).first(), rows.get(j - 1).last(), header, Form.CELLS));
        return j;
    }

    /** How many of the last fragments (up to three, the fewest) make a budget column's header; 0 if none. */
    private static int column(List<String> fragments) {
        String s = "";
        for (int n = 1; n <= 3 && n <= fragments.size(); n++) {
            s = fragments.get(fragments.size() - n) + s;
            if (CellText.anyHolds(List.of(s), BUDGET_CHARACTERS) && FormVocabulary.isBudgetHeaderWord(s)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * A goal header on a line (年初设定目标 全年实际完成情况) and the goal's and the outcome's text wrapped under it: added
     * as a header row and a row of the two texts; returns the index after them, or -1.
     */
    private int goals(List<Row> rows, int i, List<Row> out) {
        if (!text(rows.get(i)).contains("目标")) {
            return -1; // every goal header names its 目标
        }
        List<String> words = Words.split(text(rows.get(i)));
        if (words.size() != 2 || !Goals.isHeader(words)) {
            return -1;
        }
        int j = i + 1;
        while (j < rows.size() && j < i + 1 + MAX_GOAL_LINES && rows.get(j).isText() && !endsGoals(rows.get(j))) {
            j++;
        }
        List<Row> lines = rows.subList(i + 1, j);
        if (lines.size() < 2) {
            return -1;
        }
        int cut = goalCut(lines);
        out.add(new Row(rows.get(i).first(), rows.get(i).last(), words, Form.CELLS));
        out.add(new Row(
                lines.getFirst().first(),
                lines.getLast().last(),
                List.of(joined(lines.subList(0, cut)), joined(lines.subList(cut, lines.size()))),
                Form.CELLS));
        return j;
    }

    private boolean endsGoals(Row r) {
        String first = Words.split(text(r)).getFirst();
        return FormVocabulary.isRowLabel(first)
                || FormVocabulary.isIndicatorHeaderWord(first)
                || FormVocabulary.isTitle(text(r))
                || figuresFrom(Words.plain(text(r))) > 0;
    }

    /**
     * Where the outcome's lines start: after a line that ends a sentence, at the cut whose two columns' wrapped lines
     * (those not ending a sentence) each fill their column best.
     */
    private int goalCut(List<Row> lines) {
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int c = 1; c < lines.size(); c++) {
            if (!SENTENCE_END.matcher(text(lines.get(c - 1))).matches()) {
                continue;
            }
            int cost = unfilled(lines.subList(0, c)) + unfilled(lines.subList(c, lines.size()));
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best > 0 ? best : lines.size() / 2;
    }

    /** The wrapped lines of a column (not ending a sentence, not its last) narrower than its widest line. */
    private int unfilled(List<Row> column) {
        int widest = column.stream().mapToInt(r -> Words.width(text(r))).max().orElse(0);
        int n = 0;
        for (int k = 0; k < column.size() - 1; k++) {
            String t = text(column.get(k));
            if (!SENTENCE_END.matcher(t).matches() && Words.width(t) < widest - TOLERANCE) {
                n++;
            }
        }
        return n;
    }

    /** Lines of one wrapped cell as one text: a space only between two Latin letters or digits. */
    private String joined(List<Row> lines) {
        StringBuilder sb = new StringBuilder();
        for (Row r : lines) {
            String t = text(r);
            if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(t.charAt(0))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return CellText.clean(PositionedLines.unspaced(sb.toString()));
    }

    /** A line's text as the source prints it (a row of text is one line). */
    private String text(Row r) {
        return r.isText()
                        && r.first() == r.last()
                        && r.first() <= source.lines().size()
                ? source.lines().get(r.first() - 1).strip()
                : r.text();
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
