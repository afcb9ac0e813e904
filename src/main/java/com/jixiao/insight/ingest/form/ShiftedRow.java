package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.IndicatorColumns.Alignment;
import com.jixiao.insight.ingest.form.IndicatorColumns.Role;
import com.jixiao.insight.ingest.grid.CellText;
import java.util.ArrayList;
import java.util.List;

/** How an indicator row that was not read column by column was read, said in the words of its header. */
final class ShiftedRow {

    private ShiftedRow() {}

    /** "#6“100%”×, 分值←#7": the cells left over, and the columns filled from another cell than their own. */
    static String describe(List<String> cells, Alignment a, List<Role> roles) {
        List<String> parts = new ArrayList<>();
        for (int k : a.extra()) {
            if (!cells.get(k).isEmpty()) {
                parts.add("#" + (k + 1) + "“" + CellText.shorten(cells.get(k)) + "”×");
            }
        }
        for (int j = 0; j < roles.size(); j++) {
            int c = a.cellOf()[j];
            Role role = roles.get(j);
            if (c >= 0 && c != j && !cells.get(c).isEmpty() && role != Role.FRAME && role != Role.OTHER) {
                parts.add(label(role) + "←#" + (c + 1));
            }
        }
        return String.join(", ", parts);
    }

    /** The column's name as a header prints it. */
    static String label(Role role) {
        return switch (role) {
            case CATEGORY -> "一级指标";
            case SUBCATEGORY -> "二级指标";
            case NAME -> "三级指标";
            case CLASS -> "指标类型";
            case NATURE -> "指标性质";
            case UNIT -> "度量单位";
            case TARGET -> "年度指标值";
            case ACTUAL -> "实际完成值";
            case WEIGHT -> "分值";
            case SCORE -> "得分";
            case REASON -> "偏差原因";
            case MEASURES -> "改进措施";
            default -> role.name();
        };
    }
}
