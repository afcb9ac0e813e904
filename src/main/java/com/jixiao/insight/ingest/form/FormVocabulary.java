package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.IndicatorColumns.Role;
import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.form.words.UnitLabels;
import com.jixiao.insight.ingest.grid.CellText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of the standard 自评表 form, for the readers that must find its rows again in text that lost them (one
 * cell per line, rows flattened onto lines): titles, the labels that open a row, the header words of the budget, goal
 * and indicator tables, and how well a run of cells fits the indicator header. The form reader uses the same words,
 * so what cuts a stream into rows is what reads the rows.
 */
public final class FormVocabulary {

    // Compiled once: String.matches/replaceAll/split compile their pattern on every call (README "Many files at once").
    private static final Pattern UNIT_WORD =
            Pattern.compile(UnitLabels.SUPERVISING + "|中央主管部门|(部门|单位|部门（单位）|部门\\(单位\\))名称|预算单位|项目单位");
    private static final Pattern FUNDING_LABEL =
            Pattern.compile("^(其中[：:])?[\\p{IsHan}（）()]{0,10}(资金|拨款|补助|收入|结转|结余)$");
    private static final Pattern GOAL_WORD = Pattern.compile("(年度)?(总体|绩效|总体绩效)?目标|年度目标|年度总体目标");

    private FormVocabulary() {}

    /** A title that opens an evaluation (…绩效自评表) or a summary table. */
    public static boolean isTitle(String cell) {
        return !cell.isEmpty() && Blocks.titleKind(cell) != null;
    }

    /** A label that opens a row of its own: 项目名称, 主管部门, 部门（单位）名称, 总分, 自评等级, 年度绩效目标, 说明 … */
    public static boolean isRowLabel(String cell) {
        String s = CellText.squeeze(cell);
        return LabelledRows.isNameLabel(s)
                || UNIT_WORD.matcher(s).matches()
                || isTotalLabel(s)
                || LabelledRows.NOTE_LABEL.matcher(s).matches()
                || LabelledRows.GRADE_LABEL.matcher(s).matches() && s.length() <= 5
                || Goals.isRowLabel(s);
    }

    /** A grade as a total row prints it after the score: 优, 良, 中, 差 (or 优秀, 良好, 合格 …). */
    public static boolean isGradeWord(String cell) {
        return LabelledRows.GRADE_WORD.matcher(CellText.squeeze(cell)).matches();
    }

    public static boolean isTotalLabel(String cell) {
        return LabelledRows.TOTAL_LABEL.matcher(CellText.squeeze(cell)).matches();
    }

    /** A column header of the budget table: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 … */
    public static boolean isBudgetHeaderWord(String cell) {
        return Budget.column(cell) != Budget.Column.LABEL;
    }

    /** A label a budget row may carry: 年度资金总额, 其中：当年财政拨款, 上年结转资金, 基本支出 … (not a figure). */
    public static boolean isBudgetHeader(List<String> cells) {
        return Budget.header(cells).isPresent();
    }

    /** The label of a funding row: 其他资金, 上年结转资金, 其中：当年财政拨款, 地方资金, 中央补助, 自筹资金 … */
    public static boolean isFundingLabel(String cell) {
        return FUNDING_LABEL.matcher(CellText.squeeze(cell)).matches();
    }

    /** 预期目标 / 实际完成情况: a column header of the goal rows. */
    public static boolean isGoalHeaderWord(String cell) {
        return Goals.isHeader(List.of(cell, "实际完成情况")) || Goals.isHeader(List.of("预期目标", cell));
    }

    /** 年度总体目标, 年度绩效目标: the label that opens the goal rows. */
    public static boolean isGoalLabel(String cell) {
        String s = CellText.squeeze(cell);
        return GOAL_WORD.matcher(s).matches();
    }

    /** A word of an indicator header (一级指标 … 偏差原因分析及改进措施) or its frame (绩效指标). */
    public static boolean isIndicatorHeaderWord(String cell) {
        return !CellText.squeeze(cell).isEmpty() && IndicatorColumns.role(cell, 1) != Role.OTHER;
    }

    /** A header's words as read row after row, in the order of its columns (a header on two rows: see there). */
    public static List<String> inColumnOrder(List<String> words) {
        return TwoRowHeader.inColumnOrder(words);
    }

    /** The indicator header these cells make, if they make one. */
    public static Optional<IndicatorShape> indicatorHeader(List<String> cells) {
        return IndicatorColumns.header(cells).map(IndicatorShape::new);
    }

    /** An indicator header: its columns, how many of them come before the indicator's own name (merged ones). */
    public static final class IndicatorShape {
        private final Header header;

        private IndicatorShape(Header header) {
            this.header = header;
        }

        public int columns() {
            return header.roles().size();
        }

        /** The role of each column, by name: FRAME, CATEGORY, SUBCATEGORY, NAME, CLASS, TARGET, ACTUAL … */
        public List<String> roles() {
            return header.roles().stream().map(Enum::name).toList();
        }

        /** The columns before 三级指标 (绩效指标, 一级指标, 二级指标): cells a merge may leave out of a row. */
        public int leading() {
            int name = header.index(Role.NAME);
            return name >= 0 ? name : Math.max(0, header.index(Role.TARGET) - 1);
        }

        /** How badly a row of cells (placed in the header's columns) fits them: 0 is a perfect fit. */
        public double misfit(List<String> cells) {
            return IndicatorColumns.align(new ArrayList<>(cells), header).cost();
        }
    }
}
