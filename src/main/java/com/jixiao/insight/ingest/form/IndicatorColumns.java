package com.jixiao.insight.ingest.form;

import static com.jixiao.insight.ingest.form.words.IndicatorWords.isCategoryWord;
import static com.jixiao.insight.ingest.form.words.IndicatorWords.isFrameWord;
import static com.jixiao.insight.ingest.form.words.IndicatorWords.isNumber;
import static com.jixiao.insight.ingest.form.words.IndicatorWords.isNumbered;
import static com.jixiao.insight.ingest.form.words.IndicatorWords.isSubcategoryWord;
import static com.jixiao.insight.ingest.form.words.IndicatorWords.isValue;

import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of an indicator table and how a row's cells fall into them. Extracted tables are not always
 * tidy: a row may carry an extra leading cell (a merged "绩效指标" column the header lacks), lack one
 * (a merged 一级指标 cell printed elsewhere), or repeat a value. A row is therefore aligned with the header
 * by content, as an edit distance: each cell either fills the next column, or a column is left empty
 * (its cell was merged away), or a cell is left over; each choice costs by how well the cell fits the
 * column (a number for 分值, a value such as "≥95%" for 年度指标值, a name for 三级指标). The cheapest
 * alignment wins; when it is not the plain column-by-column reading the row gets a warning saying so.
 */
public final class IndicatorColumns {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern NATURE_VALUE = Pattern.compile("[≥≤≧≦><=＝＜＞]|定性|定量|正向|反向|[≥≤≧≦><=]+|大于|小于|等于");
    private static final Pattern DIGIT_LINE = Pattern.compile(".*\\d.*");

    enum Role {
        FRAME,
        CATEGORY,
        SUBCATEGORY,
        NAME,
        CLASS,
        NATURE,
        UNIT,
        TARGET,
        ACTUAL,
        WEIGHT,
        SCORE,
        REASON,
        MEASURES,
        OTHER;

        boolean isLabel() {
            return this == CATEGORY || this == SUBCATEGORY || this == NAME;
        }
    }

    /** The roles of a header row, one per header cell, trailing empty cells dropped. */
    record Header(List<Role> roles) {
        boolean has(Role r) {
            return roles.contains(r);
        }

        int index(Role r) {
            return roles.indexOf(r);
        }
    }

    /** How one row's cells fell into the columns: the cell index per column (or -1), the cells left over. */
    record Alignment(int[] cellOf, List<Integer> extra, double cost, boolean plain) {
        String get(List<String> cells, int roleIndex) {
            int i = cellOf[roleIndex];
            return i < 0 ? "" : cells.get(i);
        }
    }

    private IndicatorColumns() {}

    /** The header's roles, if this row is an indicator-table header. */
    static Optional<Header> header(List<String> cells) {
        // A header names a level (一级指标, 三级指标, 指标名称 …), a target (…目标, …指标值) and an actual (实际…, 完成…).
        if (!CellText.anyHolds(cells, "指") || !CellText.anyHolds(cells, "目值") || !CellText.anyHolds(cells, "实完")) {
            return Optional.empty();
        }
        List<Role> roles = new ArrayList<>();
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        EnumSet<Role> seen = EnumSet.noneOf(Role.class);
        for (int i = 0; i <= last; i++) {
            Role r = role(cells.get(i), i);
            if (r != Role.OTHER && r != Role.FRAME && seen.contains(r)) {
                r = Role.OTHER;
            }
            seen.add(r);
            roles.add(r);
        }
        boolean looks = (seen.contains(Role.NAME) || seen.contains(Role.CATEGORY))
                && seen.contains(Role.TARGET)
                && seen.contains(Role.ACTUAL);
        long known =
                seen.stream().filter(r -> r != Role.OTHER && r != Role.FRAME).count();
        return looks && known >= 3 ? Optional.of(new Header(roles)) : Optional.empty();
    }

    /** The indicator-table columns a header is missing, if it names the indicator levels but not both values. */
    static List<String> missingColumns(List<String> cells) {
        EnumSet<Role> seen = EnumSet.noneOf(Role.class);
        for (int i = 0; i < cells.size(); i++) {
            seen.add(role(cells.get(i), i));
        }
        boolean levels = seen.contains(Role.CATEGORY) && seen.contains(Role.SUBCATEGORY)
                || seen.contains(Role.NAME) && (seen.contains(Role.TARGET) || seen.contains(Role.ACTUAL));
        if (!levels) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (!seen.contains(Role.NAME)) {
            missing.add("三级指标");
        }
        if (!seen.contains(Role.TARGET)) {
            missing.add("年度指标值");
        }
        if (!seen.contains(Role.ACTUAL)) {
            missing.add("实际完成值");
        }
        return missing;
    }

    private static final Pattern CLASS_HEADER = Pattern.compile("指标(类型|分类|类别)");
    private static final Pattern NATURE_HEADER = Pattern.compile("指标(性质|方向)|性质|指标符号");
    private static final Pattern UNIT_HEADER = Pattern.compile("(度量|计量|指标)?单位");

    static Role role(String header, int index) {
        String h = CellText.headerWords(header);
        if (h.isEmpty()) {
            return index == 0 ? Role.FRAME : Role.OTHER;
        }
        if (isFrameWord(h)) {
            return Role.FRAME;
        }
        if (h.equals("一级指标")) {
            return Role.CATEGORY;
        }
        if (h.equals("二级指标")) {
            return Role.SUBCATEGORY;
        }
        if (h.equals("三级指标") || h.equals("指标名称") || h.equals("绩效指标名称") || h.equals("三级指标名称")) {
            return Role.NAME;
        }
        if (CLASS_HEADER.matcher(h).matches()) {
            return Role.CLASS;
        }
        if (NATURE_HEADER.matcher(h).matches()) {
            return Role.NATURE;
        }
        if (UNIT_HEADER.matcher(h).matches()) {
            return Role.UNIT;
        }
        if (h.contains("原因")) {
            return Role.REASON;
        }
        if (h.contains("改进措施") || h.contains("整改措施")) {
            return Role.MEASURES;
        }
        if (h.contains("实际") || h.contains("完成值") || h.equals("完成情况")) {
            return Role.ACTUAL;
        }
        if (h.contains("目标值") || h.contains("指标值") || h.equals("年初目标") || h.equals("预期目标")) {
            return Role.TARGET;
        }
        if (h.equals("分值") || h.equals("权重") || h.equals("指标分值") || h.equals("权重分值")) {
            return Role.WEIGHT;
        }
        if (h.equals("得分") || h.equals("自评得分") || h.equals("评分") || h.equals("指标得分")) {
            return Role.SCORE;
        }
        return Role.OTHER;
    }

    /** Whether a row is the header again (tables repeated on a new page). */
    static boolean isHeaderAgain(List<String> cells) {
        return header(cells).isPresent();
    }

    /**
     * A row of a ruled table read column by column: each cell in its header's column. Empty if the row has a cell
     * with text beyond the header's columns (then its cells are aligned by content, {@link #align}).
     */
    static Optional<Alignment> byPosition(List<String> cells, Header header) {
        int m = header.roles().size();
        List<Integer> extra = new ArrayList<>();
        for (int i = m; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return Optional.empty();
            }
            extra.add(i);
        }
        int[] cellOf = new int[m];
        for (int j = 0; j < m; j++) {
            cellOf[j] = j < cells.size() ? j : -1;
        }
        return Optional.of(new Alignment(cellOf, extra, 0, true));
    }

    static Alignment align(List<String> cells, Header header) {
        List<Role> roles = header.roles();
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        int m = roles.size();
        // Each cell's shape once: the costs below ask the same few questions of a cell for every column.
        double[][] fit = new double[n][m];
        double[] left = new double[n];
        for (int i = 0; i < n; i++) {
            Shape shape = Shape.of(cells.get(i));
            for (int j = 0; j < m; j++) {
                fit[i][j] = match(shape, roles.get(j));
            }
            left[i] = extra(cells, i);
        }
        double[][] dp = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 1 match, 2 skip column, 3 extra cell
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                byte how = 0;
                if (i > 0 && j > 0) {
                    best = dp[i - 1][j - 1] + fit[i - 1][j - 1];
                    how = 1;
                }
                if (j > 0) {
                    // Extraction drops a row's trailing empty cells: a column left empty after its last cell
                    // costs half.
                    double c = dp[i][j - 1] + (i == n ? skip(roles.get(j - 1)) / 2 : skip(roles.get(j - 1)));
                    if (c < best - 1e-9) {
                        best = c;
                        how = 2;
                    }
                }
                if (i > 0) {
                    double c = dp[i - 1][j] + left[i - 1];
                    if (c < best - 1e-9) {
                        best = c;
                        how = 3;
                    }
                }
                dp[i][j] = best;
                move[i][j] = how;
            }
        }
        int[] cellOf = new int[m];
        java.util.Arrays.fill(cellOf, -1);
        List<Integer> extra = new ArrayList<>();
        boolean plain = true;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (move[i][j]) {
                case 1 -> {
                    cellOf[j - 1] = i - 1;
                    if (i != j) {
                        plain = false;
                    }
                    i--;
                    j--;
                }
                case 2 -> {
                    // A column left empty is a plain reading only after the row's last cell (never printed).
                    if (i < n) {
                        plain = false;
                    }
                    j--;
                }
                default -> {
                    extra.add(0, i - 1);
                    plain = false;
                    i--;
                }
            }
        }
        return new Alignment(cellOf, extra, dp[n][m], plain);
    }

    // ---- the costs: how well a cell fits a column -------------------------------------------------------

    /** What the costs ask of a cell, each asked once. */
    record Shape(
            boolean empty,
            boolean number,
            boolean value,
            boolean numbered,
            boolean frame,
            boolean levelName,
            boolean subcategoryWord,
            boolean looksLikeSubcategory,
            boolean nature,
            boolean digit,
            int length,
            boolean placeholder,
            boolean points) {

        static Shape of(String cell) {
            if (cell.isEmpty()) {
                return new Shape(true, false, false, false, false, false, false, false, false, false, 0, true, false);
            }
            boolean subcategoryWord = isSubcategoryWord(cell);
            boolean placeholder = Figures.isPlaceholder(cell);
            return new Shape(
                    false,
                    isNumber(cell),
                    isValue(cell),
                    isNumbered(cell),
                    isFrameWord(cell),
                    subcategoryWord && !isCategoryWord(cell) && cell.endsWith("指标"),
                    subcategoryWord,
                    IndicatorWords.looksLikeSubcategory(cell),
                    NATURE_VALUE.matcher(cell).matches(),
                    DIGIT_LINE.matcher(cell).matches(),
                    cell.length(),
                    placeholder,
                    !placeholder && Figures.points(cell).value().isPresent());
        }
    }

    static double match(Shape c, Role role) {
        boolean empty = c.empty();
        return switch (role) {
            case FRAME -> empty || c.frame() ? 0 : 1.5;
            case CATEGORY -> empty ? 0 : c.number() ? 4 : c.value() || c.numbered() ? 2 : c.levelName() ? 1 : 0;
            case SUBCATEGORY -> empty ? 0 : c.number() ? 4 : c.value() || c.numbered() ? 2 : 0;
            // An indicator named exactly as a level that ends in 指标 (数量指标) is a level repeated, not a name. A bare
            // level word (社会效益, 可持续影响) is both: the older frameworks' third levels are named so. Alone on a row
            // before its values it is the name (cheaper than the 二级 cell and a name left empty).
            case NAME ->
                empty
                        ? 0.5
                        : c.number()
                                ? 4
                                : c.value()
                                        ? 3
                                        : c.levelName()
                                                ? 2
                                                : c.subcategoryWord() ? 0.4 : c.looksLikeSubcategory() ? 0.5 : 0;
            case CLASS -> empty ? 0.2 : c.length() <= 8 && !c.number() ? 0 : 1;
            case NATURE -> empty ? 0.2 : c.nature() ? 0 : 2;
            case UNIT -> empty ? 0.2 : c.length() <= 6 && !c.digit() ? 0 : 2;
            // A bare number is a value too, but less surely than "100%" or "12 次": 分值 and 得分 look the same.
            case TARGET, ACTUAL ->
                empty
                        ? 0.5
                        : c.numbered()
                                ? 3
                                : c.number() ? 0.2 : c.value() ? 0 : c.digit() ? 0.2 : c.length() <= 6 ? 0.3 : 1.0;
            case WEIGHT, SCORE -> empty ? 1 : c.placeholder() ? 0.2 : c.points() ? 0 : 5;
            case REASON, MEASURES -> c.number() ? 1 : 0;
            case OTHER -> 0.3;
        };
    }

    static double skip(Role role) {
        return switch (role) {
            case FRAME -> 0;
            // Nearly free; but a row that ends in one remark (偏差原因分析 | 改进措施, the second empty) has the second
            // left empty after its last cell, at half the cost: the remark is its first column's, not its second's.
            case REASON, MEASURES -> 0.1;
            case CATEGORY, SUBCATEGORY -> 0.5;
            case NAME -> 1;
            case CLASS, NATURE, UNIT, OTHER -> 0.3;
            case TARGET, ACTUAL -> 2;
            case WEIGHT, SCORE -> 3;
        };
    }

    static double extra(List<String> cells, int i) {
        String cell = cells.get(i);
        if (cell.isEmpty()) {
            return 0.3;
        }
        if (isFrameWord(cell)) {
            return 0.1;
        }
        if (i > 0 && cell.equals(cells.get(i - 1))) {
            return 1;
        }
        return 2;
    }
}
