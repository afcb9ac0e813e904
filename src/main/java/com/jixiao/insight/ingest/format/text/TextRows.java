package com.jixiao.insight.ingest.format.text;

import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a text report, whatever form its tables take: tab-separated lines, pipe tables
 * ({@code | 一级指标 | 二级指标 | … |}) or HTML fragments ({@code <table><tr><td rowspan="3">产出指标</td>…}).
 * A line that is not part of a table is a row of one cell. Every row keeps the source lines it came from;
 * merged HTML cells (rowspan/colspan) leave their text in the first row and empty cells below, exactly as
 * a tab-separated extraction does, so that one reading of merged cells serves all three forms.
 */
public final class TextRows {

    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern PIPE_RULE =
            Pattern.compile("^\\s*\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?\\|?\\s*$");
    private static final Pattern TABLE_OPEN = Pattern.compile("(?i)<table\\b");
    private static final Pattern HTML_TOKEN =
            Pattern.compile("(?i)<(/?)(table|tr|td|th|thead|tbody|tfoot|caption)\\b([^<>]*)>");
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(rowspan|colspan)\\s*=\\s*[\"']?(\\d{1,3})");

    private TextRows() {}

    public static List<Row> read(SourceText source, Diagnostics diag, ImportLimits limits) {
        List<String> lines = source.lines();
        if (lines.size() > limits.maxLines()) {
            throw diag.reject("tooManyLines", null, null, lines.size(), limits.maxLines());
        }
        List<Row> rows = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int lineNo = i + 1;
            CellText.dangerousMarkup(line).ifPresent(tag -> {
                throw diag.reject("markup", lineNo, null, tag);
            });
            if (line.length() > limits.maxCellChars()) {
                throw diag.reject("lineTooLong", lineNo, null, line.length(), limits.maxCellChars());
            }
            Matcher open = TABLE_OPEN.matcher(line);
            if (open.find()) {
                int end = tableEnd(lines, i, open.start());
                for (int k = i + 1; k <= end; k++) {
                    int kNo = k + 1;
                    CellText.dangerousMarkup(lines.get(k)).ifPresent(tag -> {
                        throw diag.reject("markup", kNo, null, tag);
                    });
                }
                rows.addAll(html(lines, i, open.start(), end));
                i = end + 1;
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                rows.add(new Row(lineNo, lineNo, split(line.split("\t", -1)), Form.TABS));
            } else if (PIPE_ROW.matcher(line).matches() && count(line, '|') >= 2) {
                if (PIPE_RULE.matcher(line).matches()) {
                    rows.add(new Row(lineNo, lineNo, List.of(""), Form.PIPES));
                } else {
                    String inner = line.strip();
                    inner = inner.substring(1, inner.length() - 1);
                    rows.add(new Row(lineNo, lineNo, split(inner.split("(?<!\\\\)\\|", -1)), Form.PIPES));
                }
            } else {
                rows.add(new Row(lineNo, lineNo, List.of(CellText.clean(line)), Form.TEXT));
            }
            i++;
        }
        return rows;
    }

    private static List<String> split(String[] raw) {
        List<String> cells = new ArrayList<>(raw.length);
        for (String r : raw) {
            cells.add(CellText.clean(r.replace("\\|", "|")));
        }
        return cells;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The index of the line that closes the table opened on line {@code from}, nested tables counted. */
    private static int tableEnd(List<String> lines, int from, int column) {
        int depth = 0;
        for (int k = from; k < lines.size(); k++) {
            String part = k == from ? lines.get(k).substring(column) : lines.get(k);
            Matcher m = Pattern.compile("(?i)<(/?)table\\b").matcher(part);
            while (m.find()) {
                depth += m.group(1).isEmpty() ? 1 : -1;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return lines.size() - 1; // an unclosed table runs to the end of the file
    }

    /** The rows of the HTML table on lines {@code from..to}, merged cells expanded into the grid. */
    private static List<Row> html(List<String> lines, int from, int column, int to) {
        StringBuilder region = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            starts.add(region.length());
            region.append(k == from ? " ".repeat(column) + lines.get(k).substring(column) : lines.get(k))
                    .append('\n');
        }
        String text = region.toString();
        int stop = text.length();
        int depth = 0;
        Matcher t = HTML_TOKEN.matcher(text);
        List<Row> rows = new ArrayList<>();
        Map<Integer, Map<Integer, Boolean>> occupied = new HashMap<>();
        List<String> cells = null;
        Set<Integer> spanned = new HashSet<>();
        int rowIndex = -1;
        int rowFirst = 0;
        int rowLast = 0;
        int cellStart = -1;
        int rowspan = 1;
        int colspan = 1;
        while (t.find()) {
            if (t.start() >= stop) {
                break;
            }
            boolean closing = !t.group(1).isEmpty();
            String name = t.group(2).toLowerCase(Locale.ROOT);
            int line = lineAt(starts, t.start()) + from + 1;
            if (cellStart >= 0
                    && (name.equals("td")
                            || name.equals("th")
                            || name.equals("tr")
                            || name.equals("table")
                            || name.startsWith("t") && closing)) {
                placeCell(
                        cells,
                        spanned,
                        occupied,
                        rowIndex,
                        CellText.clean(text.substring(cellStart, t.start())),
                        rowspan,
                        colspan);
                cellStart = -1;
                rowLast = line;
            }
            switch (name) {
                case "table" -> {
                    depth += closing ? -1 : 1;
                    if (closing && depth <= 0) {
                        if (cells != null) {
                            rows.add(finish(cells, spanned, occupied, rowIndex, rowFirst, rowLast));
                            cells = null;
                        }
                        stop = t.end();
                    }
                }
                case "tr" -> {
                    if (cells != null) {
                        rows.add(finish(cells, spanned, occupied, rowIndex, rowFirst, Math.max(rowLast, line)));
                        cells = null;
                    }
                    if (!closing) {
                        cells = new ArrayList<>();
                        spanned = new HashSet<>();
                        rowIndex++;
                        rowFirst = line;
                        rowLast = line;
                    }
                }
                case "td", "th" -> {
                    if (!closing) {
                        if (cells == null) {
                            cells = new ArrayList<>();
                            spanned = new HashSet<>();
                            rowIndex++;
                            rowFirst = line;
                        }
                        cellStart = t.end();
                        rowspan = span(t.group(3), "rowspan");
                        colspan = span(t.group(3), "colspan");
                        rowLast = line;
                    }
                }
                default -> {
                    // thead, tbody, tfoot, caption: structure only
                }
            }
        }
        if (cells != null) {
            rows.add(finish(cells, spanned, occupied, rowIndex, rowFirst, rowLast));
        }
        return rows;
    }

    private static int span(String attributes, String which) {
        Matcher m = SPAN.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(which)) {
                return Math.max(1, Math.min(200, Integer.parseInt(m.group(2))));
            }
        }
        return 1;
    }

    private static void placeCell(
            List<String> cells,
            Set<Integer> spanned,
            Map<Integer, Map<Integer, Boolean>> occupied,
            int row,
            String text,
            int rowspan,
            int colspan) {
        Map<Integer, Boolean> taken = occupied.getOrDefault(row, Map.of());
        int col = cells.size();
        while (taken.containsKey(col)) {
            cells.add("");
            col++;
        }
        cells.add(text);
        for (int c = 1; c < colspan; c++) {
            spanned.add(cells.size());
            cells.add("");
        }
        for (int r = 1; r < rowspan; r++) {
            Map<Integer, Boolean> below = occupied.computeIfAbsent(row + r, k -> new HashMap<>());
            for (int c = 0; c < colspan; c++) {
                below.put(col + c, Boolean.TRUE);
            }
        }
    }

    private static Row finish(
            List<String> cells,
            Set<Integer> spanned,
            Map<Integer, Map<Integer, Boolean>> occupied,
            int row,
            int first,
            int last) {
        // Cells merged from above that lie after the last cell of this row.
        Map<Integer, Boolean> taken = occupied.getOrDefault(row, Map.of());
        int max = taken.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        while (cells.size() <= max) {
            cells.add("");
        }
        return new Row(first, Math.max(first, last), cells, Form.HTML, spanned);
    }

    private static int lineAt(List<Integer> starts, int offset) {
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
