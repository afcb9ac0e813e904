package com.jixiao.insight.ingest.form.words;

import com.jixiao.insight.ingest.grid.CellText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The goal rows of an evaluation: 预期目标 / 年初设定目标 / 年度绩效目标 beside 实际完成情况 / 全年实际完成情况 /
 * 目标完成情况.
 */
public final class Goals {

    private static final Pattern GOAL = Pattern.compile("(年初)?(预期|设定)目标|年度(总体)?(绩效)?目标|总体目标");
    private static final Pattern OUTCOME = Pattern.compile("(全年|年度)?(目标)?实际完成情况|完成情况|(年度)?(总体)?(绩效)?目标(实际)?完成情况");

    private Goals() {}

    public static boolean isHeader(List<String> cells) {
        // A goal is a …目标, an outcome a …完成情况.
        if (!CellText.anyHolds(cells, "目") || !CellText.anyHolds(cells, "完")) {
            return false;
        }
        boolean goal = false;
        boolean outcome = false;
        for (String c : cells) {
            String s = CellText.squeeze(c);
            if (s.length() > 14) {
                continue;
            }
            if (GOAL.matcher(s).matches()) {
                goal = true;
            } else if (OUTCOME.matcher(s).matches()) {
                outcome = true;
            }
        }
        return goal && outcome;
    }

    public static int outcomeColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (OUTCOME.matcher(CellText.squeeze(header.get(i))).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern GOAL_ROW = Pattern.compile("年度(总体)?(绩效)?目标|(年度)?绩效目标|总体目标");
    private static final Pattern OUTCOME_ROW =
            Pattern.compile("(年度|全年)?(总体)?(绩效)?目标(实际)?完成情况|(全年)?实际完成情况|(年度)?(总体)?目标完成情况");

    /** The label of a goal or outcome row of its own: 年度绩效目标 | text, 目标完成情况 | text. */
    public static boolean isRowLabel(String cell) {
        return isGoalRow(cell) || isOutcomeRow(cell);
    }

    public static boolean isGoalRow(String cell) {
        return GOAL_ROW.matcher(CellText.squeeze(cell)).matches();
    }

    public static boolean isOutcomeRow(String cell) {
        return OUTCOME_ROW.matcher(CellText.squeeze(cell)).matches();
    }

    /** A label cell among goal texts ("年度总体目标", "年度总体绩效目标完成情况"). */
    public static boolean isLabel(String text) {
        String s = CellText.squeeze(text);
        return s.length() <= 14 && (s.contains("目标") || s.contains("完成情况"));
    }
}
