package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A ruled form as poppler's {@code pdftotext -layout} prints it: each word at its x-position, counted in characters
 * (one position a character, a CJK character too: not display columns), a wrapped cell on lines of its own above and
 * below its row's middle line, the cells of neighbouring columns interleaved, and the header's words wrapped too
 * ("实际完成指" / "标值", "年初预" / "算数", "（A）"). As Tabula's and pdfplumber's stream readers do, the header's words
 * give the columns: the header is put together from its lines column by column ({@link HeaderColumns}), and every word
 * of the table below falls into the column whose band it overlaps most; the rows are cut by {@link BandTable}. The
 * indicator table and the budget table are read so; every other line is cut into cells at runs of spaces.
 */
final class PositionedLines {

    /** A word of a line (text between spaces) and the character positions it covers. */
    record Token(String text, int start, int end) {

        int width() {
            return end - start;
        }
    }

    /** A line: its number (1-based) and its words. */
    record Line(int no, List<Token> tokens, boolean newPage) {

        boolean isBlank() {
            return tokens.isEmpty();
        }

        String text() {
            return String.join(" ", tokens.stream().map(Token::text).toList());
        }

        /**
         * The line's cells: its words cut at runs of two spaces or more (words one space apart are one cell, "≥1260
         * 公里": -layout keeps a cell's own spaces single). The one cut of a line into cells that every reader uses.
         */
        List<List<Token>> cells() {
            List<List<Token>> cells = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                int j = i + 1;
                while (j < tokens.size()
                        && tokens.get(j).start() - tokens.get(j - 1).end() < 2) {
                    j++;
                }
                cells.add(tokens.subList(i, j));
                i = j;
            }
            return cells;
        }
    }

    private static final Pattern TOTAL_OR_GRADE = Pattern.compile("^(总分|合计|总计|自评等级|评价等级|绩效等级|等级|自评结果)[:：]?$");

    private PositionedLines() {}

    /**
     * Whether the rows are plain lines only, among them a table header whose words are wrapped onto several lines
     * ("实际完成指" / "标值") or an indicator table with wrapped cells (lines with words but no value): what -layout gives
     * and a table flattened one row a line does not.
     */
    static boolean applies(SourceText source, List<Row> rows) {
        if (!rows.stream().allMatch(r -> r.isText() || r.isBlank())) {
            return false;
        }
        List<Line> lines = lines(source);
        for (int k = 0; k < lines.size(); k++) {
            Optional<HeaderColumns> h = HeaderColumns.at(lines, k);
            if (h.isEmpty()
                    || !spread(lines.get(h.get().end() - 1))
                            && !spread(lines.get(h.get().first()))) {
                continue;
            }
            if (h.get().wrapped()) {
                return true;
            }
            if (h.get().indicator().isPresent()
                    && wrappedCells(
                            TableBody.below(lines, h.get().end(), h.get()).lines())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line's words stand at positions: indented, or apart by runs of spaces (-raw and plain pdftotext put one
     * space between words and start every line at the margin).
     */
    private static boolean spread(Line line) {
        List<Token> t = line.tokens();
        if (t.isEmpty()) {
            return false;
        }
        if (t.getFirst().start() >= 2) {
            return true;
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).start() - t.get(i - 1).end() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a table's body has wrapped cells: a fifth of its lines or more (two at least) are pieces of cells, with
     * no figure at all and fewer than three cells. A row flattened onto a line holds its 分值 and 得分, or, on a form
     * without them, its name, target and actual at least.
     */
    private static boolean wrappedCells(List<Line> body) {
        int lines = 0;
        int without = 0;
        for (Line line : body) {
            if (!line.isBlank()) {
                lines++;
                if (line.cells().size() < 3
                        && line.tokens().stream()
                                .noneMatch(
                                        t -> BandTable.FIGURE.matcher(t.text()).matches())) {
                    without++;
                }
            }
        }
        return without >= 2 && without * 5 >= lines;
    }

    static List<Row> read(SourceText source, Diagnostics diag) {
        List<Line> lines = lines(source);
        List<Row> out = new ArrayList<>(lines.size());
        int k = 0;
        while (k < lines.size()) {
            Optional<HeaderColumns> h = HeaderColumns.at(lines, k);
            if (h.isPresent() && (h.get().indicator().isPresent() || h.get().isBudget())) {
                HeaderColumns header = h.get();
                if (header.indicator().isPresent()) {
                    TableBody body = TableBody.below(lines, header.end(), header);
                    out.addAll(indicatorRows(header, body.lines(), lines, diag));
                    k = body.end();
                } else {
                    List<Line> body = BandTable.budgetBody(header, lines, header.end());
                    List<Row> rows = new ArrayList<>(BandTable.budget(header, body)
                            .rows(
                                    lines.get(header.first()).no(),
                                    lines.get(header.end() - 1).no(),
                                    false,
                                    false,
                                    diag));
                    k = header.end() + body.size();
                    List<Row> empty = rows.isEmpty() ? List.of() : EmptyFundingRows.after(header, lines, k, rows);
                    out.addAll(rows);
                    out.addAll(empty);
                    if (!empty.isEmpty()) {
                        k = empty.getLast().last(); // the line after it (lines are numbered from 1)
                    }
                }
                continue;
            }
            if (GoalColumns.isHeader(lines.get(k))) {
                int[] end = new int[1];
                out.addAll(GoalColumns.read(lines, k, end, diag));
                k = end[0];
                continue;
            }
            int[] taken = new int[1];
            Optional<Row> labelled = WrappedLabel.at(lines, k, taken);
            if (labelled.isPresent()) {
                out.add(labelled.get());
                k += taken[0];
                continue;
            }
            out.add(spaced(lines.get(k)));
            k++;
        }
        return out;
    }

    /** The lines of the source, each cut into its words at their character positions (a form feed is a space). */
    static List<Line> lines(SourceText source) {
        List<String> raw = source.lines();
        List<Line> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new Line(i + 1, tokens(raw.get(i)), raw.get(i).indexOf('\f') >= 0));
        }
        return lines;
    }

    /**
     * Closing punctuation that pdftotext sets one space apart from the word it closes, where the font's advance widths
     * leave a gap before it ("（A ）", "98% ，"): it belongs to that word, never opens a cell. Not "%": in a form with a
     * 度量单位 column that is a cell of its own one space after the target ("≥ 95 %").
     */
    private static final Pattern CLOSING = Pattern.compile("^[）)\\]】」』，,。、；;：:]+$");

    static List<Token> tokens(String line) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int pos = 0;
        int start = -1;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\u00A0' || cp == '\u3000' || cp == '\r') {
                if (start >= 0) {
                    add(tokens, new Token(word.toString(), start, pos));
                    word.setLength(0);
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = pos;
                }
                word.appendCodePoint(cp);
            }
            pos++;
        }
        if (start >= 0) {
            add(tokens, new Token(word.toString(), start, pos));
        }
        return tokens;
    }

    private static void add(List<Token> tokens, Token token) {
        if (!tokens.isEmpty()
                && token.start() - tokens.getLast().end() == 1
                && CLOSING.matcher(token.text()).matches()) {
            Token last = tokens.removeLast();
            tokens.add(new Token(last.text() + token.text(), last.start(), token.end()));
        } else {
            tokens.add(token);
        }
    }

    /**
     * An indicator table's rows, page by page: -layout counts each page's positions afresh, so where a page's rows do
     * not hold their values in the header's bands, its columns are found again from its own rows ({@link PageColumns},
     * warned at its first line); a page whose columns cannot be found so is kept as text and warned, and so is the rest
     * of the table.
     */
    private static List<Row> indicatorRows(HeaderColumns header, List<Line> body, List<Line> lines, Diagnostics diag) {
        int headerFirst = lines.get(header.first()).no();
        int headerLast = lines.get(header.end() - 1).no();
        List<Row> out = new ArrayList<>();
        Function<List<Line>, BandTable> columns = part -> BandTable.indicator(header, part);
        int s = 0;
        while (true) {
            // a part: pages whose rows hold their values in the same bands
            int e = nextPage(body, s + 1);
            while (e < body.size() && columns.apply(body.subList(s, e)).fits(body.subList(e, body.size()))) {
                e = nextPage(body, e + 1);
            }
            BandTable table = columns.apply(body.subList(s, e));
            List<Row> rows = table.rows(headerFirst, headerLast, s > 0, e < body.size(), diag);
            if (s == 0) {
                out.addAll(rows);
            } else {
                // the first page's columns: an outer label's column before the bands, if it had one
                int width = out.getFirst().cells().size();
                if (table.carried() != null) {
                    // the last row of the page before ends on this page (kept as a row of its own if there is none)
                    Row carried = widened(table.carried(), width);
                    if (out.size() > 1 && out.getLast().form() == Form.PLACED) {
                        out.set(out.size() - 1, continued(out.getLast(), carried));
                    } else {
                        out.add(carried);
                    }
                }
                rows.subList(1, rows.size()).forEach(r -> out.add(widened(r, width)));
            }
            if (e == body.size()) {
                return out;
            }
            Optional<BandTable> found = PageColumns.refit(table, body.subList(e, nextPage(body, e + 1)));
            if (found.isEmpty()) {
                List<Line> rest = body.subList(e, body.size());
                diag.warn(
                        "positionedPageBreak",
                        rest.getFirst().no(),
                        null,
                        rest.getLast().no());
                rest.forEach(l -> out.add(new Row(l.no(), l.no(), List.of(l.text()), Form.TEXT)));
                return out;
            }
            diag.warn("positionedPageRefitted", body.get(e).no(), null);
            BandTable fitted = found.get();
            columns = fitted::onPage;
            s = e;
        }
    }

    /** A row given the first page's columns: an empty outer label's cell before its own where the first page had one. */
    private static Row widened(Row row, int width) {
        if (row.cells().size() >= width) {
            return row;
        }
        List<String> cells =
                new ArrayList<>(Collections.nCopies(width - row.cells().size(), ""));
        cells.addAll(row.cells());
        return new Row(row.first(), row.last(), cells, row.form());
    }

    /** The last row of a page with its cells continued by the text at the next page's top. */
    private static Row continued(Row row, Row more) {
        List<String> cells = new ArrayList<>(row.cells());
        for (int i = 0; i < cells.size() && i < more.cells().size(); i++) {
            StringBuilder s = new StringBuilder(cells.get(i));
            RowAssignment.append(s, more.cells().get(i));
            cells.set(i, s.toString());
        }
        return new Row(row.first(), Math.max(row.last(), more.last()), cells, row.form());
    }

    /** The first line at or after {@code from} that starts a page (the body's size if none). */
    private static int nextPage(List<Line> body, int from) {
        int j = from;
        while (j < body.size() && !body.get(j).newPage()) {
            j++;
        }
        return j;
    }

    /** A line that ends a table: a total, a grade, a title, a row label with its value. */
    static boolean endsTable(Line line) {
        String first = CellText.squeeze(line.tokens().getFirst().text());
        return TOTAL_OR_GRADE.matcher(first).matches()
                || FormVocabulary.isTotalLabel(first)
                || FormVocabulary.isTitle(CellText.squeeze(line.text()))
                || FormVocabulary.isRowLabel(first) && line.tokens().size() > 1;
    }

    /**
     * A cell's text without the spaces -layout puts where the font changes between CJK and Latin text ("2.63 万盏",
     * "LED 节能改造"): the PDF prints none there (its own reader reads "2.63万盏"). Spaces between Latin words stay, and
     * a space after half-width punctuation ("指标1: 保安保洁").
     */
    /** Half-width punctuation a writer puts a space after ("指标1: 保安"): that space is the report's. */
    private static final String PUNCTUATION_THEN_SPACE = ":;,.!?)";

    static String unspaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' '
                    && i > 0
                    && i + 1 < s.length()
                    && wide(s.charAt(i - 1)) != wide(s.charAt(i + 1))
                    && PUNCTUATION_THEN_SPACE.indexOf(s.charAt(i - 1)) < 0) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean wide(char c) {
        return SpacedLines.width(c) == 2;
    }

    /** A line outside the tables: its cells are the text between runs of two or more spaces. */
    private static Row spaced(Line line) {
        List<String> cells = new ArrayList<>();
        for (List<Token> cell : line.cells()) {
            cells.add(CellText.clean(
                    unspaced(String.join(" ", cell.stream().map(Token::text).toList()))));
        }
        if (cells.isEmpty()) {
            cells.add("");
        }
        return new Row(line.no(), line.no(), cells, cells.size() == 1 ? Form.TEXT : Form.SPACED);
    }
}
