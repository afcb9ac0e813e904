package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.FundingLineRow;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.read.ReportReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A project form of an invented unit as {@code pdftotext -raw} gives it (content order: the cells that share a
 * baseline on one line, apart by single spaces; a wrapped cell on lines of its own; the budget header and the level
 * words wrapped; 分值 and 得分 side by side on every indicator row): read back cell by cell.
 */
class AnchoredTableTest {

    private final ParsedFile f = new ReportReader(ImportLimits.DEFAULT)
            .parse("pdf-raw-text.txt", TestStores.resource("/import/good/pdf-raw-text.txt"));

    private EvaluationReport report() {
        return f.document().reports().getFirst();
    }

    @Test
    void theIndicatorRowsAreCutAtTheirScoresAndTheirWrappedCellsJoined() {
        assertThat(report().indicators())
                .extracting(
                        IndicatorRow::category,
                        IndicatorRow::subcategory,
                        IndicatorRow::name,
                        IndicatorRow::target,
                        IndicatorRow::actual)
                .containsExactly(
                        tuple("产出指标", "数量指标", "高龄老人补贴发放人数", "≥800人", "812人"),
                        tuple("产出指标", "数量指标", "助餐服务人次", "≥2万人次", "1.86万人次"),
                        // A target met is printed twice: the two halves read alike.
                        tuple("产出指标", "时效指标", "补贴发放时间", "12月31日前", "12月31日前"),
                        // A level word the form's vocabulary does not know, on its line of its own; a numbered name.
                        tuple("产出指标", "服务保障", "指标1: 助餐点覆盖社区数", "18个", "18个"),
                        tuple("效益指标", "社会效益指标", "老人生活质量", "有所提高", "有所提高"),
                        tuple("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "93.5%"));
        assertThat(report().indicators())
                .extracting(i -> i.weight().toPlainString(), i -> i.score().toPlainString())
                .containsExactly(
                        tuple("20", "20"),
                        tuple("20", "18.6"),
                        tuple("10", "10"),
                        tuple("10", "10"),
                        tuple("10", "10"),
                        tuple("20", "19"));
    }

    @Test
    void theTextAfterTheScoreIsTheReasonAndTheMeasures() {
        IndicatorRow meals = report().indicators().get(1);
        assertThat(meals.deviationReason()).isEqualTo("部分社区助餐点装修停业。");
        assertThat(meals.improvementMeasures()).isEqualTo("增设流动助餐车。");
        IndicatorRow time = report().indicators().get(2);
        assertThat(time.deviationReason()).isEqualTo("无");
        assertThat(time.improvementMeasures()).isEqualTo("无");
        assertThat(report().indicators().getFirst().deviationReason()).isNull();
        // Lines: from the wrapped 一级指标 (line 20) to the row's 得分 (line 25); the next row to its measures (30).
        assertThat(report().indicators().getFirst().sourceLines()).isEqualTo(new LineRange(20, 25));
        assertThat(meals.sourceLines()).isEqualTo(new LineRange(20, 30));
    }

    @Test
    void theFormAboveTheTableIsCutByItsLabelsAndFigures() {
        EvaluationReport p = report();
        assertThat(p.name()).isEqualTo("社区养老服务补贴项目");
        assertThat(p.supervisingDepartment()).isEqualTo("东湖区民政局");
        assertThat(p.implementingUnit()).isEqualTo("东湖区养老服务中心");
        assertThat(p.initialBudget()).isEqualByComparingTo("120");
        assertThat(p.adjustedBudget()).isEqualByComparingTo("118.5");
        assertThat(p.executed()).isEqualByComparingTo("110.2");
        assertThat(p.executionRate()).isEqualByComparingTo("0.93");
        assertThat(p.executionWeight()).isEqualByComparingTo("10");
        assertThat(p.executionScore()).isEqualByComparingTo("9.3");
        assertThat(p.fundingLines())
                .extracting(FundingLineRow::source, l -> l.executed().toPlainString())
                .containsExactly(tuple("当年财政拨款", "110.2"));
        assertThat(p.annualGoal()).isEqualTo("为辖区800名高龄老人发放养老服务补贴，全年开展助餐服务2万人次。");
        assertThat(p.goalOutcome()).isEqualTo("发放补贴812人，助餐服务1.86万人次。");
        assertThat(p.totalScore()).isEqualByComparingTo("96.9");
        assertThat(p.grade()).isEqualTo("优");
        assertThat(f.warnings()).extracting(ImportIssue::code).contains("layoutWrapped");
    }

    @Test
    void aRemarkLabelWithItsTextOnOneLineEndsTheTable() {
        // A line starting with 偏差 and holding more words once made the remarks below a table loop until the heap
        // was full (the fork dies: the build fails).
        EvaluationReport p = changed("总分 100 96.9", "偏差原因分析 部分社区助餐点装修停业 无\n总分 100 96.9");
        assertThat(p.indicators()).hasSize(6);
        assertThat(p.totalScore()).isEqualByComparingTo("96.9");
    }

    @Test
    void aCellsOwnLabelAtALineStartInsideTheTableDoesNotEndIt() {
        // seed 004's 偏差原因分析及改进措施 cells hold "原因: …" and "改进措施: …" on lines of their own; a row follows
        EvaluationReport p = changed("增设流动助餐\n车。", "改进措施: 增设流\n动助餐车。");
        assertThat(p.indicators()).extracting(IndicatorRow::name).hasSize(6).endsWith("老人满意度");
        assertThat(p.indicators().get(1).improvementMeasures()).isEqualTo("改进措施: 增设流动助餐车。");
        assertThat(p.totalScore()).isEqualByComparingTo("96.9");
    }

    /** An indicator's levels, name, target, actual and deviation reason. */
    private static Tuple levelsAndValues(IndicatorRow i) {
        return tuple(i.category(), i.subcategory(), i.name(), i.target(), i.actual(), i.deviationReason());
    }

    /** The indicators of the one form a text holds. */
    private static List<IndicatorRow> indicators(String file, String text) {
        return new ReportReader(ImportLimits.DEFAULT)
                .parse(file, text.getBytes(StandardCharsets.UTF_8))
                .document()
                .reports()
                .getFirst()
                .indicators();
    }

    /** The form read with one piece of its text replaced. */
    private static EvaluationReport changed(String from, String to) {
        String text = new String(TestStores.resource("/import/good/pdf-raw-text.txt"), StandardCharsets.UTF_8)
                .replace(from, to);
        assertThat(text).contains(to);
        return new ReportReader(ImportLimits.DEFAULT)
                .parse("changed.txt", text.getBytes(StandardCharsets.UTF_8))
                .document()
                .reports()
                .getFirst();
    }

    @Test
    void aFormWithoutScoresIsCutAtEachRowsTargetAndActualSideBySide() {
        // the 转移支付区域绩效自评表 as pdftotext -raw gives it: no 分值 / 得分, so the target and the actual on one line
        // are each row's anchor; a name wrapped above it or beside it on its line, a reason after it
        String text = String.join(
                "\n",
                "中央对地方转移支付区域绩效自评表",
                "（2024 年度）",
                "转移支付（项目）名称 农村危房改造补助资金",
                "地方主管部门 云溪县住房和城乡建设局 资金使用单位 云溪县村镇建设服务中心",
                "一级指标 二级指标 三级指标 指标值 全年实际完成值 未完成原因和改进措施",
                "产出指标",
                "数量指标",
                "农房抗震改造",
                "户数",
                "≥60 户 52 户",
                "部分农户外出务工未能按期开工，8 户顺延至",
                "2025 年实施；已逐户落实责任人跟踪督办。",
                "成本指标",
                "经济成本指",
                "标",
                "户均补助标准 ≤1.6 万元/户 1.52 万元/户",
                "效益指标",
                "可持续影响",
                "指标",
                "农房质量安全",
                "长效机制",
                "逐步完善 已建立",
                "");
        assertThat(indicators("transfer-raw.txt", text))
                .extracting(
                        IndicatorRow::category,
                        IndicatorRow::subcategory,
                        IndicatorRow::name,
                        IndicatorRow::target,
                        IndicatorRow::actual,
                        IndicatorRow::score,
                        IndicatorRow::deviationReason)
                .containsExactly(
                        tuple(
                                "产出指标",
                                "数量指标",
                                "农房抗震改造户数",
                                "≥60户",
                                "52户",
                                null,
                                "部分农户外出务工未能按期开工，8户顺延至2025年实施；已逐户落实责任人跟踪督办。"),
                        tuple("成本指标", "经济成本指标", "户均补助标准", "≤1.6万元/户", "1.52万元/户", null, null),
                        tuple("效益指标", "可持续影响指标", "农房质量安全长效机制", "逐步完善", "已建立", null, null));
    }

    @Test
    void aBareLevelWordBeforeItsValuesIsTheRowsName() {
        // 部门整体支出 in the older framework (财预〔2013〕53号): 效果 / 履职效益 over third levels named as level words
        // elsewhere (社会效益, 可持续影响); a wrapped second level of the vocabulary (社会公众或服务对象满意度)
        String text = String.join(
                "\n",
                "2024年度部门整体支出绩效自评表",
                "部门（单位）名称 柳塘县人力资源和社会保障局",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
                "效果",
                "履职效益",
                "社会效益 显著 较显著 10 9",
                "农村劳动力转移就业",
                "培训覆盖面仍不足；",
                "扩大订单式培训。",
                "可持续影响 持续 持续 5 5",
                "社会公众",
                "或服务对",
                "象满意度",
                "服务对象满意度 ≥90% 94.5% 10 10",
                "");
        assertThat(indicators("overall-raw.txt", text))
                .extracting(AnchoredTableTest::levelsAndValues)
                .containsExactly(
                        tuple("效果", "履职效益", "社会效益", "显著", "较显著", "农村劳动力转移就业培训覆盖面仍不足；扩大订单式培训。"),
                        tuple("效果", "履职效益", "可持续影响", "持续", "持续", null),
                        tuple("效果", "社会公众或服务对象满意度", "服务对象满意度", "≥90%", "94.5%", null));
    }

    @Test
    void theHeaderRepeatedOnTheNextPageIsLeftOutAndTheTableGoesOn() {
        // a Word table whose header row repeats on every page, as pdftotext -raw gives it (v11-shimen-split); and a
        // value whose words stand one space before its figure, as PDF text spaces them ("下降 4.2 个" / "百分点")
        String text = String.join(
                "\n",
                "项目支出绩效自评表",
                "（2024 年度）",
                "项目名称 城乡医疗救助资金项目",
                "主管部门 石门县医疗保障局 实施单位 石门县医疗保障事务中心",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
                "偏差原因分析及改进措",
                "施",
                "产出指标",
                "时效指标 救助资金拨付时限 ≤20 个工作",
                "日",
                "15 个工作日 4 4",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
                "偏差原因分析及改进措",
                "施",
                "“一站式”即时结算率 ≥95% 97.8% 3 3",
                "效益指标",
                "社会效益指",
                "标",
                "因病致贫返贫发生数 0 起 0 起 5 5",
                "救助对象住院费用个人负担下",
                "降",
                "有所下降",
                "下降 4.2 个",
                "百分点",
                "4 4",
                "");
        assertThat(indicators("repeated-header-raw.txt", text))
                .extracting(AnchoredTableTest::levelsAndValues)
                .containsExactly(
                        tuple("产出指标", "时效指标", "救助资金拨付时限", "≤20个工作日", "15个工作日", null),
                        tuple("产出指标", "时效指标", "“一站式”即时结算率", "≥95%", "97.8%", null),
                        tuple("效益指标", "社会效益指标", "因病致贫返贫发生数", "0起", "0起", null),
                        tuple("效益指标", "社会效益指标", "救助对象住院费用个人负担下降", "有所下降", "下降4.2个百分点", null));
    }

    /** A project form's head and its indicator header, as -raw text gives them, before the rows given. */
    private static List<IndicatorRow> projectRows(String header, String... rows) {
        List<String> lines = new ArrayList<>(
                List.of("2024年度项目支出绩效自评表", "项目名称 农房抗震改造项目", "主管部门 安平县住房和城乡建设局 实施单位 安平县住房和城乡建设局", header));
        lines.addAll(List.of(rows));
        lines.add("");
        return indicators("project-raw.txt", String.join("\n", lines));
    }

    @Test
    void aReasonWrappedWithoutPunctuationIsOneCellWhenTheMeasuresAreEmpty() {
        // 偏差原因分析 | 改进措施 as two columns, the measures left empty: the reason's two lines are one cell, not a
        // reason and a measure
        assertThat(projectRows(
                        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析 改进措施",
                        "产出指标",
                        "数量指标 农房抗震改造户数 ≥60户 52户 10 8",
                        "部分农户外出务工",
                        "未能按期开工",
                        "质量指标 竣工验收合格率 100% 100% 10 10"))
                .extracting(IndicatorRow::name, IndicatorRow::deviationReason, IndicatorRow::improvementMeasures)
                .containsExactly(tuple("农房抗震改造户数", "部分农户外出务工未能按期开工", null), tuple("竣工验收合格率", null, null));
    }

    @Test
    void aNameWrappedBeforeAFirstLevelWordOfTheOlderFrameworksKeepsIt() {
        // "宣传培训" / "效果": 效果 is a first level in the older frameworks, here the end of a name after a reason
        assertThat(projectRows(
                        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
                        "产出指标",
                        "数量指标 培训场次 ≥12场 10场 10 8",
                        "两个乡镇场地未落实，",
                        "培训推迟。",
                        "效益指标",
                        "社会效益指标",
                        "宣传培训",
                        "效果 显著 显著 10 10"))
                .extracting(AnchoredTableTest::levelsAndValues)
                .containsExactly(
                        tuple("产出指标", "数量指标", "培训场次", "≥12场", "10场", "两个乡镇场地未落实，培训推迟。"),
                        tuple("效益指标", "社会效益指标", "宣传培训效果", "显著", "显著", null));
    }
}
