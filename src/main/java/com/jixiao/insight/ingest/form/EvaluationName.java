package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.words.DocumentFacts;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.model.Diagnostics;

/**
 * What an evaluation is called. An overall one by the label of its budget row, else 部门整体支出. A project by
 * its 项目名称 row; by a lone short row at the top of its table where it has none (or the row names the unit
 * instead); else by its title without the frame words. A name not printed as one is warned.
 */
final class EvaluationName {

    private String printed;
    private Integer printedLine;
    private boolean printedRowHadMoreValues;
    private String loneRow;

    boolean isPrinted() {
        return printed != null;
    }

    /** The 项目名称 row; {@code rowHadMoreValues} if the row printed more than the label and one value. */
    void printed(String name, int line, boolean rowHadMoreValues) {
        this.printed = name;
        this.printedLine = line;
        this.printedRowHadMoreValues = rowHadMoreValues;
    }

    /** A lone short row at the top of a project table: its name, if the table names the project nowhere else. */
    void loneRow(String text) {
        this.loneRow = text;
    }

    /**
     * The name an overall table prints: its budget row's label ("部门(单位)整体支出 (万元)" → 部门(单位)整体支出), else its
     * title's ("2022年度部门(单位)整体支出绩效自评表" → 部门(单位)整体支出), else 部门整体支出.
     */
    static String overall(String budgetLabel, String title) {
        if (budgetLabel != null) {
            String n = budgetLabel
                    .replaceAll("\\s*[（(]\\s*万元\\s*[)）]", "")
                    .replaceFirst("总额$", "")
                    .strip();
            if (n.contains("整体支出")) {
                return n;
            }
        }
        String t = CellText.squeeze(DocumentFacts.heading(title))
                .replaceFirst("^.*?((19|20)\\d{2}年度?)", "")
                .replaceFirst("(绩效)?自评(结果)?表.*$", "");
        if (t.matches("[^，。；,;]{0,20}整体支出")) {
            return t;
        }
        return "部门整体支出";
    }

    String project(String supervising, String implementing, String title, int titleLine, Diagnostics diag) {
        boolean organisation = printed != null && (printed.equals(supervising) || printed.equals(implementing));
        if ((printed == null || organisation && printedRowHadMoreValues) && loneRow != null) {
            diag.warn("nameFromLoneRow", printedLine == null ? titleLine : printedLine, null, loneRow);
            return loneRow;
        }
        if (printed != null) {
            return printed;
        }
        String fromTitle = CellText.squeeze(DocumentFacts.heading(title))
                .replaceFirst("^(19|20)\\d{2}年度?", "")
                .replaceFirst("(预算)?(项目)?(支出)?(绩效)?自评(结果)?表.*$", "");
        diag.warn("nameFromTitle", titleLine, null, fromTitle);
        return fromTitle.isEmpty() ? DocumentFacts.heading(title) : fromTitle;
    }
}
