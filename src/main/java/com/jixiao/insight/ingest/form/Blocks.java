package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.words.Cells;
import com.jixiao.insight.ingest.form.words.DocumentFacts;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where evaluations open: at each title ending in 自评表 (titles right after each other, with nothing but a
 * year or "单位：万元" between them, are one), and at a 项目名称 row that follows another in the same block
 * (several project tables printed under one title). A title ending in 自评…汇总表 opens a summary table.
 */
final class Blocks {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern YEAR_LINE = Pattern.compile("[（(]?(19|20)\\d{2}年度?[)）]?");
    private static final Pattern UNIT_LINE = Pattern.compile("(金额)?单位[：:]?(万元|元)");
    private static final Pattern PROSE_MARK = Pattern.compile(".*[，。；《》,;].*");
    private static final Pattern SUMMARY_TITLE = Pattern.compile(".*自评.*汇总表([（(].*[)）])?$");
    private static final Pattern FORM_TITLE = Pattern.compile(".*(自评|评价)(结果)?表([（(].*[)）])?$");
    private static final Pattern OVERALL_TITLE = Pattern.compile(".*(整体支出|整体绩效|部门整体|单位整体|（单位）整体|\\(单位\\)整体).*");

    enum Kind {
        OVERALL,
        PROJECT,
        SUMMARY
    }

    /** An evaluation's rows; {@code titled} if it opens at a title line, else at its 项目名称 row. */
    record Block(Kind kind, int start, int end, boolean titled) {

        /** The first row of the evaluation's content: after its title, or its 项目名称 row itself. */
        int firstContentRow() {
            return titled ? start + 1 : start;
        }
    }

    private record Start(int row, Kind kind, boolean titled) {}

    private Blocks() {}

    static List<Block> find(List<Row> rows) {
        List<Start> starts = new ArrayList<>();
        int lastContent = -1;
        boolean nameSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            Kind kind = r.nonEmpty() == 1 ? titleKind(r.firstNonEmpty()) : null;
            if (kind != null) {
                boolean merge = !starts.isEmpty()
                        && lastContent < starts.getLast().row()
                        && starts.getLast().kind() == kind;
                if (!merge) {
                    starts.add(new Start(i, kind, true));
                    nameSeen = false;
                }
                continue;
            }
            if (isNameRow(r)) {
                boolean open = !starts.isEmpty() && starts.getLast().kind() != Kind.SUMMARY;
                if (!open || nameSeen) {
                    starts.add(new Start(i, Kind.PROJECT, false));
                }
                nameSeen = true;
            }
            if (!isPreamble(r)) {
                lastContent = i;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1).row() : rows.size();
            blocks.add(new Block(s.kind(), s.row(), end, s.titled()));
        }
        return blocks;
    }

    /** A 项目名称 row of a project table (not the header of a summary table listing projects). */
    private static boolean isNameRow(Row r) {
        String first = CellText.squeeze(r.firstNonEmpty());
        return LabelledRows.NAME_LABEL.matcher(first).matches()
                && Cells.indexOf(r.cells(), "自评得分") < 0
                && Cells.indexOf(r.cells(), "自评等级") < 0
                && Cells.indexOf(r.cells(), "序号") < 0;
    }

    /** Rows that sit between a title and its table without being content: "(2024年度)", "单位：万元". */
    static boolean isPreamble(Row r) {
        String t = CellText.squeeze(r.text());
        return r.nonEmpty() == 1
                && (YEAR_LINE.matcher(t).matches() || UNIT_LINE.matcher(t).matches());
    }

    /** The kind of evaluation a title opens, or null if the text is no such title. */
    static Kind titleKind(String text) {
        String t = CellText.squeeze(DocumentFacts.heading(text));
        // A title ends with its table's name; prose that mentions a 自评表 (《…自评表》，…) is no title.
        if (t.length() > 80 || t.contains("说明") || PROSE_MARK.matcher(t).matches()) {
            return null;
        }
        if (SUMMARY_TITLE.matcher(t).matches()) {
            return Kind.SUMMARY;
        }
        if (!FORM_TITLE.matcher(t).matches()) {
            return null;
        }
        if (OVERALL_TITLE.matcher(t).matches()) {
            return Kind.OVERALL;
        }
        return Kind.PROJECT;
    }
}
