package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget table of an evaluation: a header naming 年初预算数, 全年预算数 (A), 执行数 (B), 执行率 (B/A),
 * 分值, 得分 in any order, then the total row (年度资金总额 / 部门整体支出总额) and its funding rows
 * (其中：当年财政拨款, 上年结转资金, 基本支出 …). Figures are matched to the header's columns by kind
 * (money, percentage, points); a row with a figure fewer than the header is read as missing its later money
 * column, and said so.
 */
public final class Budget {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern MONEY_UNIT_END = Pattern.compile(".*(万元|万|元|亿)$");

    enum Column {
        LABEL,
        INITIAL,
        ADJUSTED,
        EXECUTED,
        RATE,
        WEIGHT,
        SCORE
    }

    record Line(
            String label,
            BigDecimal initial,
            BigDecimal adjusted,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal weight,
            BigDecimal score) {}

    private static final Pattern EXECUTED = Pattern.compile(".*(执行数|实际支出|支出数|决算数)");
    private static final Pattern ADJUSTED = Pattern.compile(".*(全年预算|预算数|调整后预算|预算金额)");
    /**
     * The header of the 年度主要任务 table of an overall form (任务名称 | 主要内容 | 预算数 | 执行数): each task's money,
     * not the evaluation's budget.
     */
    private static final Pattern TASK_HEADER = Pattern.compile("(年度)?主要任务|任务名称|主要内容|任务内容|重点任务");

    private Budget() {}

    static Column column(String header) {
        String h = CellText.headerWords(header);
        if (h.isEmpty() || h.length() > 12) {
            return Column.LABEL;
        }
        if (h.contains("年初预算")) {
            return Column.INITIAL;
        }
        if (h.contains("执行率")) {
            return Column.RATE;
        }
        if (EXECUTED.matcher(h).matches()) {
            return Column.EXECUTED;
        }
        if (ADJUSTED.matcher(h).matches()) {
            return Column.ADJUSTED;
        }
        if (h.equals("分值") || h.equals("权重")) {
            return Column.WEIGHT;
        }
        if (h.equals("得分")) {
            return Column.SCORE;
        }
        return Column.LABEL;
    }

    /** The columns of a budget header row, if it is one: it names at least two of A, B and the rate. */
    static Optional<List<Column>> header(List<String> cells) {
        // Money is a budget (…预算…) or an amount spent (执行数, 实际支出, 支出数, 决算数).
        if (!CellText.anyHolds(cells, "预支数")) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        int core = 0;
        for (String c : cells) {
            Column col = column(c);
            columns.add(col);
            if (col == Column.ADJUSTED || col == Column.EXECUTED || col == Column.RATE) {
                core++;
            }
        }
        boolean money = columns.contains(Column.ADJUSTED) || columns.contains(Column.EXECUTED);
        if (core < 2 || !money || IndicatorColumns.header(cells).isPresent() || isTaskHeader(cells)) {
            return Optional.empty();
        }
        return Optional.of(columns.stream().filter(c -> c != Column.LABEL).toList());
    }

    /** The header of a 年度主要任务 table (see {@link #TASK_HEADER}). */
    static boolean isTaskHeader(List<String> cells) {
        return cells.stream()
                .anyMatch(c -> TASK_HEADER.matcher(CellText.headerWords(c)).matches());
    }

    /**
     * One row under the header: its label (the first text cell) and its figures. Empty if the row holds no
     * label and no figure. A cell among the figures that is not a figure is an error, with its position.
     */
    static Optional<Line> read(List<String> cells, List<Column> columns, int line, Diagnostics diag, String yuan) {
        int k = 0;
        String label = null;
        while (k < cells.size() && !isFigureCell(cells.get(k))) {
            if (label == null && !cells.get(k).isEmpty()) {
                label = cells.get(k);
            }
            k++;
        }
        List<String> values = new ArrayList<>(cells.subList(k, cells.size()));
        while (!values.isEmpty() && values.getLast().isEmpty()) {
            values.removeLast();
        }
        boolean anyFigure = false;
        for (int v = 0; v < values.size(); v++) {
            String cell = values.get(v);
            if (Figures.isHidden(cell)) {
                diag.warn("figureHidden", line, k + v + 1, CellText.shorten(cell));
                values.set(v, "");
                continue;
            }
            if (Figures.isPlaceholder(cell)) {
                continue;
            }
            if (!isFigureCell(cell)) {
                throw diag.reject("budgetNotANumber", line, k + v + 1, CellText.shorten(cell));
            }
            anyFigure = true;
        }
        if (!anyFigure && (label == null || label.length() > 20)) {
            return Optional.empty();
        }
        int[] at = align(values, columns);
        boolean plain = true;
        for (int j = 0; j < columns.size(); j++) {
            if (at[j] >= 0 && at[j] != j || at[j] < 0 && j < values.size()) {
                plain = false;
            }
        }
        if (!plain && anyFigure) {
            diag.warn("budgetShifted", line, null, values.size(), columns.size());
        }
        BigDecimal initial = null;
        BigDecimal adjusted = null;
        BigDecimal executed = null;
        BigDecimal rate = null;
        BigDecimal weight = null;
        BigDecimal score = null;
        for (int j = 0; j < columns.size(); j++) {
            if (at[j] < 0) {
                continue;
            }
            String cell = values.get(at[j]);
            switch (columns.get(j)) {
                case INITIAL -> initial = money(cell, line, diag, yuan);
                case ADJUSTED -> adjusted = money(cell, line, diag, yuan);
                case EXECUTED -> executed = money(cell, line, diag, yuan);
                case RATE -> rate = Figures.rate(cell).orNull();
                case WEIGHT -> weight = Figures.points(cell).orNull();
                case SCORE -> score = Figures.points(cell).orNull();
                default -> {}
            }
        }
        return Optional.of(line(label, initial, adjusted, executed, rate, weight, score, columns, line, diag));
    }

    /**
     * A row of a ruled table under the header {@code positions} (the column of each of the header's cells): each
     * figure in its header's column, the label the first text of the label columns. Empty as {@link #read}.
     */
    static Optional<Line> readPositional(
            List<String> cells, List<Column> positions, int line, Diagnostics diag, String yuan) {
        String label = null;
        BigDecimal[] figures = new BigDecimal[Column.values().length];
        boolean anyFigure = false;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            Column column = i < positions.size() ? positions.get(i) : Column.LABEL;
            if (cell.isEmpty()) {
                continue;
            }
            if (column == Column.LABEL) {
                if (label == null && !isFigureCell(cell)) {
                    label = cell;
                }
                continue;
            }
            if (Figures.isHidden(cell)) {
                diag.warn("figureHidden", line, i + 1, CellText.shorten(cell));
                continue;
            }
            if (Figures.isPlaceholder(cell)) {
                continue;
            }
            if (!isFigureCell(cell)) {
                throw diag.reject("budgetNotANumber", line, i + 1, CellText.shorten(cell));
            }
            anyFigure = true;
            figures[column.ordinal()] = switch (column) {
                case INITIAL, ADJUSTED, EXECUTED -> money(cell, line, diag, yuan);
                case RATE -> Figures.rate(cell).orNull();
                default -> Figures.points(cell).orNull();
            };
        }
        if (!anyFigure && (label == null || label.length() > 20)) {
            return Optional.empty();
        }
        return Optional.of(line(
                label,
                figures[Column.INITIAL.ordinal()],
                figures[Column.ADJUSTED.ordinal()],
                figures[Column.EXECUTED.ordinal()],
                figures[Column.RATE.ordinal()],
                figures[Column.WEIGHT.ordinal()],
                figures[Column.SCORE.ordinal()],
                positions,
                line,
                diag));
    }

    /** The column of each of a budget header's cells, labels included. */
    static List<Column> positions(List<String> headerCells) {
        return headerCells.stream().map(Budget::column).toList();
    }

    private static Line line(
            String label,
            BigDecimal initial,
            BigDecimal adjusted,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal weight,
            BigDecimal score,
            List<Column> columns,
            int line,
            Diagnostics diag) {
        if (executed == null && adjusted != null && rate != null && columns.contains(Column.EXECUTED)) {
            // B is not printed: it stays unknown, whatever the rate says (no figure is inferred), and is said.
            diag.warn(
                    "executedMissing",
                    line,
                    null,
                    rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        if (label != null) {
            // "其中：当年财政拨款 ###": a hidden figure that a text layout put beside the label (pdftotext -layout)
            Matcher hidden = Figures.HIDDEN_AT_END.matcher(label);
            if (hidden.find()) {
                diag.warn("figureHidden", line, null, hidden.group().strip());
                label = label.substring(0, hidden.start());
            }
        }
        return new Line(label, initial, adjusted, executed, rate, weight, score);
    }

    /**
     * A money cell in 万元; {@code yuan} is the heading that says the table's bare figures are in 元 ("项目资金（元）",
     * "金额单位：元"), or null: such a figure is converted (the table's reader says so once, with the heading).
     */
    private static BigDecimal money(String cell, int line, Diagnostics diag, String yuan) {
        Figures.Reading r = Figures.money(cell);
        if (yuan != null && r.note() == null && r.value().isPresent()) {
            return r.value().get().movePointLeft(4);
        }
        if ("yuan".equals(r.note()) || "thousand".equals(r.note()) || "yi".equals(r.note())) {
            diag.warn(
                    "convertedToWan",
                    line,
                    null,
                    cell,
                    r.orNull().stripTrailingZeros().toPlainString());
        }
        return r.orNull();
    }

    static boolean isFigureCell(String cell) {
        return !cell.isEmpty()
                && (Figures.isMoney(cell)
                        || Figures.isPercent(cell)
                        || !CellText.squeeze(cell).isEmpty() && Figures.isPlaceholder(cell));
    }

    /** Which value cell fills each column (or -1): an edit distance by the kind of each figure. */
    private static int[] align(List<String> values, List<Column> columns) {
        int n = values.size();
        int m = columns.size();
        double[][] dp = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                byte how = 0;
                if (i > 0 && j > 0) {
                    best = dp[i - 1][j - 1] + match(values.get(i - 1), columns.get(j - 1));
                    how = 1;
                }
                if (j > 0 && dp[i][j - 1] + skip(columns.get(j - 1), i < n) < best - 1e-9) {
                    best = dp[i][j - 1] + skip(columns.get(j - 1), i < n);
                    how = 2;
                }
                if (i > 0 && dp[i - 1][j] + extra(values.get(i - 1)) < best - 1e-9) {
                    best = dp[i - 1][j] + extra(values.get(i - 1));
                    how = 3;
                }
                dp[i][j] = best;
                move[i][j] = how;
            }
        }
        int[] at = new int[m];
        java.util.Arrays.fill(at, -1);
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (move[i][j]) {
                case 1 -> at[--j] = --i;
                case 2 -> j--;
                default -> i--;
            }
        }
        return at;
    }

    private static double match(String cell, Column column) {
        if (Figures.isPlaceholder(cell)) {
            return 0.1;
        }
        boolean percent = Figures.isPercent(cell);
        boolean withUnit = MONEY_UNIT_END.matcher(CellText.squeeze(cell)).matches();
        return switch (column) {
            case RATE -> percent ? 0 : 2;
            case INITIAL, ADJUSTED, EXECUTED -> percent ? 4 : 0;
            case WEIGHT, SCORE -> percent || withUnit ? 4 : 0;
            case LABEL -> 5;
        };
    }

    /** A later money column is the likelier one to be missing (B beside a 100% rate, say). */
    private static double skip(Column column, boolean inside) {
        double base = switch (column) {
            case EXECUTED -> 0.9;
            case ADJUSTED -> 1.0;
            case INITIAL -> 1.1;
            case RATE -> 1.0;
            default -> 1.2;
        };
        return inside ? base : base / 2;
    }

    private static double extra(String cell) {
        return cell.isEmpty() || Figures.isPlaceholder(cell) ? 0.2 : 3;
    }
}
