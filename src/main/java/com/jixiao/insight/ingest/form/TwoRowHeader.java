package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.IndicatorColumns.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An indicator header printed on two rows, as many units' forms have it: the upper row names the value columns
 * (年度指标值, 实际完成值, 分值, 得分 …, merged down both rows) and puts one word such as 绩效指标 over the level
 * columns, which the lower row names (一级指标, 二级指标, 三级指标).
 */
final class TwoRowHeader {

    private TwoRowHeader() {}

    /**
     * A header printed on two rows: the upper names the value columns (年度指标值, 实际完成值 …) and puts one word such as
     * 绩效指标 over the level columns, which the lower names (一级指标, 二级指标, 三级指标). Neither row is a header alone,
     * both together are: each column's words from the lower row where it has any, else from the upper.
     */
    static Optional<Header> of(List<String> upper, List<String> lower, boolean ruled) {
        if (IndicatorColumns.header(lower).isPresent() || !hasValueWord(upper)) {
            return Optional.empty();
        }
        return IndicatorColumns.header(twoRows(upper, lower, ruled));
    }

    /**
     * The cells of a header on two rows as one row. Ruled (the cells in their columns): column by column. Else (text,
     * the cells apart by spaces): the words in reading order, put in column order ({@link #inColumnOrder}).
     */
    static List<String> twoRows(List<String> upper, List<String> lower, boolean ruled) {
        List<String> cells = new ArrayList<>();
        if (!ruled) {
            upper.stream().filter(c -> !c.isEmpty()).forEach(cells::add);
            lower.stream().filter(c -> !c.isEmpty()).forEach(cells::add);
            return inColumnOrder(cells);
        }
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String low = c < lower.size() ? lower.get(c) : "";
            cells.add(!low.isEmpty() ? low : c < upper.size() ? upper.get(c) : "");
        }
        return cells;
    }

    /**
     * The words of a header as read row after row, in the order of its columns: where the level words (一级指标,
     * 二级指标, 三级指标) come after the value words (年度指标值 …), the header was printed on two rows, the levels
     * under a word such as 绩效指标 that stands before the value columns: they are put back there, after it.
     */
    static List<String> inColumnOrder(List<String> words) {
        int firstValue = -1;
        for (int i = 0; i < words.size() && firstValue < 0; i++) {
            Role r = IndicatorColumns.role(words.get(i), i);
            if (!r.isLabel() && r != Role.FRAME && r != Role.OTHER) {
                firstValue = i;
            }
        }
        List<String> levels = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = Math.max(firstValue, 0); i < words.size(); i++) {
            (IndicatorColumns.role(words.get(i), i).isLabel() ? levels : rest).add(words.get(i));
        }
        if (firstValue < 0 || levels.isEmpty()) {
            return words;
        }
        List<String> out = new ArrayList<>(words.subList(0, firstValue));
        out.addAll(levels);
        out.addAll(rest);
        return out;
    }

    private static boolean hasValueWord(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Role r = IndicatorColumns.role(cells.get(i), i);
            if (r == Role.TARGET || r == Role.ACTUAL) {
                return true;
            }
        }
        return false;
    }
}
