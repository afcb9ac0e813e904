package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.HeaderColumns.Column;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.layout.PositionedLines.Token;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of a table in {@code pdftotext -layout} text cut into rows. Every word falls into the band of the header
 * column it overlaps most (words left of the first column belong to a label printed beside the whole table, such as
 * 项目资金（万元） or 绩效指标). A row's values never wrap (分值 and 得分, a budget's figures): the lines holding them
 * are the rows' middle lines, the anchors. A wrapped cell stands on the lines above and below its row's anchor, so in
 * each band and between two anchors, a run of lines next to one anchor belongs to its row; a run touching both is split
 * as the upper row's cell stands (as many lines below its anchor as above it); a run touching neither is placed at the
 * nearest anchor and warned. The level columns (一级指标, 二级指标) are merged over several rows and print their word at
 * the middle of the merge: their words are given to consecutive groups of rows whose middles fit the words' best.
 */
final class BandTable {

    static final Pattern FIGURE = Pattern.compile("^([—–\\-/／]|[≥≤<>]?[+-]?\\d[\\d.,]*(%|％)?)$");

    enum Kind {
        LEVEL,
        TEXT,
        ANCHOR
    }

    /** A column's band: its header and the positions where its words start to count as its own. */
    record Band(String header, double left, double right, Kind kind) {}

    private final List<Band> bands;
    private final List<Line> body;
    private final int outerLimit;
    private final boolean budget;

    private final BandWords words;

    private final String outerHeader;

    /** The text of each body line in each band (null where the line has none). */
    private final String[][] cells;

    /** After {@link #rows}: the text on the page's top lines that ends the cells of the row before, or null. */
    private Row carried;

    private BandTable(List<Band> bands, List<Line> body, int outerLimit, boolean budget) {
        this.bands = bands;
        this.body = body;
        this.outerLimit = outerLimit;
        this.budget = budget;
        this.words = new BandWords(bands, body, outerLimit, budget);
        this.cells = words.cells();
        this.outerHeader = String.join("", words.outer());
    }

    /** An indicator table: its header's columns, the level columns before the name, 分值 and 得分 as anchors. */
    static BandTable indicator(HeaderColumns header, List<Line> body) {
        IndicatorShape shape = header.indicator().orElseThrow();
        List<String> roles = shape.roles();
        boolean weights = roles.contains("WEIGHT") || roles.contains("SCORE");
        List<Column> cols = header.columns();
        double[] at = boundaries(cols, body);
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            String role = i < roles.size() ? roles.get(i) : "OTHER";
            Kind kind = role.equals("FRAME") || role.equals("CATEGORY") || role.equals("SUBCATEGORY")
                    ? Kind.LEVEL
                    : (weights
                                    ? role.equals("WEIGHT") || role.equals("SCORE")
                                    : role.equals("TARGET") || role.equals("ACTUAL"))
                            ? Kind.ANCHOR
                            : Kind.TEXT;
            bands.add(new Band(cols.get(i).text(), at[i], at[i + 1], kind));
        }
        return new BandTable(bands, body, cols.getFirst().start() - 1, false);
    }

    /**
     * A budget table: its row labels (the words before a line's figures) in a band of their own, left of the header's
     * columns; every figure column an anchor (a budget row is one line).
     */
    static BandTable budget(HeaderColumns header, List<Line> body) {
        int labelStart = Integer.MAX_VALUE;
        int labelEnd = 0;
        for (Line line : body) {
            List<Token> label = label(line);
            if (!label.isEmpty()) {
                labelStart = Math.min(labelStart, label.getFirst().start());
                labelEnd = Math.max(labelEnd, label.getLast().end());
            }
        }
        List<Column> cols = header.columns();
        double[] at = figureBoundaries(cols.size(), body).orElseGet(() -> boundaries(cols, body));
        List<Band> bands = new ArrayList<>();
        double firstValue = labelEnd;
        bands.add(new Band("", labelStart - 0.5, firstValue, Kind.TEXT));
        for (int i = 0; i < cols.size(); i++) {
            bands.add(new Band(cols.get(i).text(), i == 0 ? firstValue : at[i], at[i + 1], Kind.ANCHOR));
        }
        return new BandTable(bands, body, labelStart == Integer.MAX_VALUE ? -1 : labelStart - 1, true);
    }

    /**
     * The lines of a budget table below its header: lines with figures, and between and after them lines of labels
     * only (a wrapped row label, the outer label 项目资金（万元）); up to the first other line.
     */
    static List<Line> budgetBody(HeaderColumns header, List<Line> lines, int from) {
        int k = from;
        int lastFigures = from;
        int firstValue = header.columns().getFirst().start();
        while (k < lines.size()) {
            Line line = lines.get(k);
            if (figures(line) >= 2) {
                lastFigures = k + 1;
            } else if (!line.isBlank()
                    && (line.tokens().getLast().end() > firstValue || lastFigures > from && k > lastFigures)) {
                break;
            }
            k++;
        }
        return lines.subList(from, lastFigures);
    }

    /**
     * The budget's columns from a row that fills them all (年度资金总额 usually does): between the middles of its
     * figures. A header word is centred over its column by its width on the page, which -layout does not keep.
     */
    private static Optional<double[]> figureBoundaries(int columns, List<Line> body) {
        for (Line line : body) {
            List<Token> figures = line.tokens().stream()
                    .filter(t -> FIGURE.matcher(t.text()).matches())
                    .toList();
            if (figures.size() == columns) {
                double[] at = new double[columns + 1];
                at[0] = Double.NEGATIVE_INFINITY;
                at[columns] = Double.POSITIVE_INFINITY;
                for (int i = 1; i < columns; i++) {
                    at[i] = (figures.get(i - 1).end() + figures.get(i).start()) / 2.0;
                }
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** How many figures end the line, nothing but figures after the first (0 when words follow a figure). */
    private static int figures(Line line) {
        int n = 0;
        for (Token t : line.tokens()) {
            if (FIGURE.matcher(t.text()).matches()) {
                n++;
            } else if (n > 0) {
                return 0;
            }
        }
        return n;
    }

    /** A budget line's row label: its words before the first figure, from the last run of two spaces or more. */
    private static List<Token> label(Line line) {
        if (figures(line) < 2) {
            return List.of();
        }
        List<Token> label = new ArrayList<>();
        for (Token t : line.tokens()) {
            if (FIGURE.matcher(t.text()).matches()) {
                break;
            }
            if (!label.isEmpty() && t.start() - label.getLast().end() >= 2) {
                label.clear();
            }
            label.add(t);
        }
        return label;
    }

    /**
     * Where the columns part: between two header words, the position the fewest of the body's words cross, the
     * rightmost among equals (a header word is centred in its column, a cell's text starts at its left edge).
     */
    private static double[] boundaries(List<Column> cols, List<Line> body) {
        double[] at = new double[cols.size() + 1];
        at[0] = Double.NEGATIVE_INFINITY;
        at[cols.size()] = Double.POSITIVE_INFINITY;
        for (int i = 1; i < cols.size(); i++) {
            int from = Math.min(cols.get(i - 1).end(), cols.get(i).start());
            int to = Math.max(cols.get(i - 1).end(), cols.get(i).start());
            int[] crossing = new int[to - from + 1];
            // and among equals the fewest cells (words one space apart: "≥1260 公里" is one)
            int[] cellsCrossing = new int[to - from + 1];
            for (Line line : body) {
                for (List<Token> cell : line.cells()) {
                    for (Token t : cell) {
                        for (int p = Math.max(from, t.start() + 1); p <= Math.min(to, t.end() - 1); p++) {
                            crossing[p - from]++;
                        }
                    }
                    int start = cell.getFirst().start();
                    int end = cell.getLast().end();
                    for (int p = Math.max(from, start + 1); p <= Math.min(to, end - 1); p++) {
                        cellsCrossing[p - from]++;
                    }
                }
            }
            int best = from;
            for (int p = from; p <= to; p++) {
                int c = crossing[p - from];
                int b = crossing[best - from];
                if (c < b || c == b && cellsCrossing[p - from] <= cellsCrossing[best - from]) {
                    best = p;
                }
            }
            at[i] = best;
        }
        return at;
    }

    List<Band> bands() {
        return bands;
    }

    List<Line> body() {
        return body;
    }

    /** This table's columns over another page's lines. */
    BandTable onPage(List<Line> page) {
        return new BandTable(bands, page, outerLimit, budget);
    }

    /** This table's columns on a page whose positions differ ({@link PageColumns}): at[b] is band b's left boundary. */
    BandTable onPage(double[] at, List<Line> page) {
        List<Band> moved = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            moved.add(new Band(band.header(), at[b], at[b + 1], band.kind()));
        }
        // no outer label on the page: its leftmost words are the first column's, whatever the fit makes of the margin
        return new BandTable(moved, page, Integer.MIN_VALUE / 2, budget);
    }

    /** The band a word falls into: the one it overlaps most; -1 for a word left of the table (its outer label). */
    int band(Token t) {
        return words.band(t);
    }

    /**
     * Whether lines (a new page's) hold their values where this table's do: the last figures of each of their first
     * lines with two figures or more fall in the anchor bands (分值 and 得分).
     */
    boolean fits(List<Line> lines) {
        int seen = 0;
        int fit = 0;
        for (Line line : lines) {
            List<Token> figures = line.tokens().stream()
                    .filter(t -> FIGURE.matcher(t.text()).matches())
                    .toList();
            if (figures.size() < 2) {
                continue;
            }
            if (isAnchorBand(band(figures.getLast()))
                    && (anchorBands() < 2 || isAnchorBand(band(figures.get(figures.size() - 2))))) {
                fit++;
            }
            if (++seen == 5) {
                break;
            }
        }
        return fit * 2 > seen || seen == 0;
    }

    private boolean isAnchorBand(int b) {
        return b >= 0 && bands.get(b).kind() == Kind.ANCHOR;
    }

    private long anchorBands() {
        return bands.stream().filter(b -> b.kind() == Kind.ANCHOR).count();
    }

    private boolean isAnchor(int j) {
        for (int b = 0; b < bands.size(); b++) {
            if (cells[j][b] != null && bands.get(b).kind() == Kind.ANCHOR) {
                return true;
            }
        }
        return false;
    }

    /** The text on a continued page's top lines that ends the cells of the page before's last row (null if none). */
    Row carried() {
        return carried;
    }

    /** The header row and the body's rows, placed in the header's columns (an outer label in a column before them). */
    List<Row> rows(int headerFirst, int headerLast, boolean openStart, boolean openEnd, Diagnostics diag) {
        List<Integer> anchors = new ArrayList<>();
        for (int j = 0; j < body.size(); j++) {
            if (isAnchor(j)) {
                anchors.add(j);
            }
        }
        boolean withOuter = !outerHeader.isEmpty();
        List<Row> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        if (withOuter) {
            head.add(outerHeader);
        }
        bands.forEach(b -> head.add(b.header()));
        out.add(new Row(headerFirst, headerLast, head, Form.PLACED));
        if (anchors.isEmpty()) {
            return out;
        }
        words.split().forEach(line -> diag.warn("positionedFigureSplit", line, null));
        RowAssignment rows = new RowAssignment(body, bands, cells, anchors, openStart, openEnd, diag);
        int[] carriedLines = rows.carriedLines();
        if (carriedLines != null) {
            List<String> c = new ArrayList<>();
            if (withOuter) {
                c.add("");
            }
            for (int b = 0; b < bands.size(); b++) {
                c.add(rows.carried(b));
            }
            carried = new Row(carriedLines[0], carriedLines[1], c, Form.PLACED);
        }
        for (int r = 0; r < anchors.size(); r++) {
            List<String> row = new ArrayList<>();
            if (withOuter) {
                row.add("");
            }
            for (int b = 0; b < bands.size(); b++) {
                row.add(rows.text(r, b));
            }
            out.add(new Row(rows.first(r), rows.last(r), row, Form.PLACED));
        }
        return out;
    }
}
