package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.grid.CellText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template (XLSX sheet 自评表, or the same columns as CSV): one row per
 * indicator, the evaluation's columns on its first row (later rows of the same evaluation may leave them
 * empty or repeat them), an evaluation without indicators on a row of its own. A header cell may be the
 * Chinese name, the key, or both ("单位 unit"); the order of the columns is free.
 */
public enum TemplateColumns {
    UNIT("unit", "单位", Type.TEXT, true),
    REGION("region", "地区", Type.TEXT, false),
    YEAR("year", "年度", Type.YEAR, true),
    KIND("kind", "类型", Type.KIND, true),
    NAME("name", "评价名称", Type.TEXT, true),
    SUPERVISING("supervisingDepartment", "主管部门", Type.TEXT, false),
    IMPLEMENTING("implementingUnit", "实施单位", Type.TEXT, false),
    INITIAL("initialBudget", "年初预算数（万元）", Type.MONEY, false),
    ADJUSTED("adjustedBudget", "全年预算数A（万元）", Type.MONEY, false),
    EXECUTED("executed", "执行数B（万元）", Type.MONEY, false),
    RATE("executionRate", "执行率B/A", Type.RATE, false),
    EXECUTION_WEIGHT("executionWeight", "执行分值", Type.POINTS, false),
    EXECUTION_SCORE("executionScore", "执行得分", Type.POINTS, false),
    TOTAL("totalScore", "自评总分", Type.POINTS, false),
    GRADE("grade", "自评等级", Type.TEXT, false),
    GOAL("annualGoal", "年度总体目标", Type.TEXT, false),
    OUTCOME("goalOutcome", "目标完成情况", Type.TEXT, false),
    NOTE("note", "评价备注", Type.TEXT, false),
    CATEGORY("category", "一级指标", Type.TEXT, false),
    SUBCATEGORY("subcategory", "二级指标", Type.TEXT, false),
    INDICATOR("indicator", "三级指标", Type.TEXT, false),
    CLASS("indicatorClass", "指标类型", Type.TEXT, false),
    NATURE("nature", "指标性质", Type.TEXT, false),
    UNIT_OF_MEASURE("unitOfMeasure", "度量单位", Type.TEXT, false),
    TARGET("target", "年度指标值", Type.TEXT, false),
    ACTUAL("actual", "实际完成值", Type.TEXT, false),
    WEIGHT("weight", "分值", Type.POINTS, false),
    SCORE("score", "得分", Type.POINTS, false),
    REASON("deviationReason", "偏差原因分析", Type.TEXT, false),
    MEASURES("improvementMeasures", "改进措施", Type.TEXT, false),
    INDICATOR_NOTE("indicatorNote", "指标备注", Type.TEXT, false);

    enum Type {
        TEXT,
        YEAR,
        KIND,
        MONEY,
        RATE,
        POINTS
    }

    static final String SHEET = "自评表";
    static final List<TemplateColumns> EVALUATION = List.of(
            SUPERVISING,
            IMPLEMENTING,
            INITIAL,
            ADJUSTED,
            EXECUTED,
            RATE,
            EXECUTION_WEIGHT,
            EXECUTION_SCORE,
            TOTAL,
            GRADE,
            GOAL,
            OUTCOME,
            NOTE);
    static final List<TemplateColumns> INDICATORS = List.of(
            CATEGORY,
            SUBCATEGORY,
            INDICATOR,
            CLASS,
            NATURE,
            UNIT_OF_MEASURE,
            TARGET,
            ACTUAL,
            WEIGHT,
            SCORE,
            REASON,
            MEASURES,
            INDICATOR_NOTE);

    final String key;
    final String chinese;
    final Type type;
    final boolean required;

    TemplateColumns(String key, String chinese, Type type, boolean required) {
        this.key = key;
        this.chinese = chinese;
        this.type = type;
        this.required = required;
    }

    /** The header as the template prints it: "年度 year". */
    String header() {
        return chinese + " " + key;
    }

    static Optional<TemplateColumns> of(String header) {
        String h = CellText.squeeze(header).toLowerCase(Locale.ROOT);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (TemplateColumns c : values()) {
            String zh = CellText.squeeze(c.chinese).toLowerCase(Locale.ROOT);
            String key = c.key.toLowerCase(Locale.ROOT);
            String bare = zh.replaceAll("[（(][^）)]*[）)]", "");
            if (h.equals(zh)
                    || h.equals(key)
                    || h.equals(zh + key)
                    || h.equals(bare)
                    || h.equals(bare + key)
                    || h.equals(zh + "(" + key + ")")
                    || h.equals(zh + "（" + key + "）")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
