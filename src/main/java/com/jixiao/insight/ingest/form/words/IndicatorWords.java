package com.jixiao.insight.ingest.form.words;

import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of an indicator table's cells: the level names (产出指标, 数量指标 …), the short qualitative values
 * targets and actuals use (达标, 提高 …), the shapes of a value ("≥95%", "12 次", "市级以上") and of the frame
 * (绩效指标). How well a cell fits a column is decided from these (IndicatorColumns).
 */
public final class IndicatorWords {

    private static final Set<String> CATEGORY_WORDS = Set.of(
            "产出指标",
            "效益指标",
            "满意度指标",
            "成本指标",
            "部门管理",
            "履职效果",
            "能力建设",
            "运行成本",
            "管理效率",
            "履职效能",
            "社会效应",
            "可持续发展能力",
            "社会影响",
            "产出",
            "效益",
            "满意度",
            "成本",
            "满意度指标（如有）",
            // The older frameworks' first levels: 部门整体支出 (财预〔2013〕53号) 投入 / 过程 / 产出 / 效果, and the
            // project evaluation's (财预〔2020〕10号) 决策 / 过程 / 产出 / 效益.
            "投入",
            "过程",
            "效果",
            "决策",
            "投入指标",
            "过程指标",
            "效果指标",
            "决策指标");
    private static final Set<String> SUBCATEGORY_WORDS = Set.of(
            "数量指标",
            "质量指标",
            "时效指标",
            "经济成本指标",
            "社会成本指标",
            "生态环境成本指标",
            "经济效益指标",
            "社会效益指标",
            "生态效益指标",
            "可持续影响指标",
            "可持续发展影响指标",
            "服务对象满意度指标",
            "数量",
            "质量",
            "时效",
            "经济效益",
            "社会效益",
            "生态效益",
            "可持续影响",
            "服务对象满意度",
            // 部门整体支出 forms' second levels.
            "资金投入",
            "财务管理",
            "资产管理",
            "重点工作管理",
            "部门履职目标",
            "预算编制",
            "预算执行",
            "预算管理",
            "绩效管理",
            "长效管理",
            // The older frameworks' second levels (财预〔2013〕53号, 财预〔2020〕10号).
            "目标设定",
            "预算配置",
            "职责履行",
            "履职效益",
            "项目立项",
            "资金管理",
            "组织实施",
            "产出数量",
            "产出质量",
            "产出时效",
            "产出成本",
            "项目效益",
            "社会公众或服务对象满意度");
    /** Short qualitative values that targets and actuals use; a cell holding only one of them is a value. */
    private static final Set<String> VALUE_WORDS = Set.of(
            "优", "良", "中", "差", "优秀", "良好", "合格", "达标", "健全", "规范", "完备", "完善", "提升", "提高", "保障", "及时", "正常", "稳定",
            "准确", "合规", "合理", "科学", "相符", "下降", "降低", "减少", "增加", "无", "有", "是", "否", "标准", "优化", "保持", "有效", "有效保障",
            "得到提升", "明显提高", "逐步提升", "较健全", "较规范", "有待提升", "不涉及", "完成", "已完成", "按时", "满意", "基本满意", "显著", "明显", "持续",
            "改善", "较好", "一般", "较差", "符合", "不符合", "全部", "部分", "按时完成", "及时完成");

    private static final Pattern VALUE = Pattern.compile(
            "^[≥≤≧≦><=＝＜＞]?\\s*[+-]?\\d[\\d.,，]*\\s*(%|％|[^\\s\\d]{0,5})?(\\s*[-—~～至]\\s*\\d[\\d.,]*\\s*(%|％|[^\\s\\d]{0,5})?)?$");
    /** A bound in words, a target rather than a name: 市级以上, 省级及以上, 区级以下. */
    private static final Pattern BOUND_PHRASE = Pattern.compile("^[\\p{IsHan}]{1,4}(及)?(以上|以下|以内)$");

    private static final Pattern NUMBERED = Pattern.compile("^指标\\s*\\d+\\s*[:：]");
    /** What "^(项目)?(年度)?(绩效指标|绩效目标)$" matches, spelt out: a set lookup for a test run on nearly every cell. */
    private static final Set<String> FRAME_WORDS =
            Set.of("绩效指标", "绩效目标", "项目绩效指标", "项目绩效目标", "年度绩效指标", "年度绩效目标", "项目年度绩效指标", "项目年度绩效目标");

    private IndicatorWords() {}

    public static boolean isFrameWord(String cell) {
        return FRAME_WORDS.contains(CellText.squeeze(cell));
    }

    public static boolean isNumber(String cell) {
        return Figures.isPlainNumber(cell);
    }

    public static boolean isNumbered(String cell) {
        return NUMBERED.matcher(cell).find();
    }

    /** A cell that states a value: a figure with an optional comparator and unit, or one qualitative word. */
    public static boolean isValue(String cell) {
        String s = CellText.squeeze(cell);
        return VALUE_WORDS.contains(s)
                || VALUE.matcher(s).matches()
                || BOUND_PHRASE.matcher(s).matches();
    }

    /** "产出质量指标", "生态效益指标": a level's name, not an indicator's. */
    public static boolean looksLikeSubcategory(String cell) {
        return cell.length() <= 8 && cell.endsWith("指标") && !isNumbered(cell);
    }

    public static boolean isCategoryWord(String cell) {
        return CATEGORY_WORDS.contains(CellText.squeeze(cell));
    }

    /** A level word or a piece of one as a wrapped cell prints it ("可持续发", "展影响指", "标"). */
    public static boolean isLevelPiece(String cell) {
        String s = CellText.squeeze(cell);
        if (s.isEmpty()) {
            return false;
        }
        for (Set<String> words : List.of(CATEGORY_WORDS, SUBCATEGORY_WORDS)) {
            for (String w : words) {
                if (w.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean isSubcategoryWord(String cell) {
        return SUBCATEGORY_WORDS.contains(CellText.squeeze(cell));
    }
}
