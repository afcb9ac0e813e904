package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.format.text.TextRows;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pdftotext -layout text of a ruled form (src/test/resources/forms/variants, made by make_variant_forms.sh). */
class PositionedLinesTest {

    /** A test resource's text, read as the importer reads a UTF-8 file. */
    static SourceText source(String resource) {
        byte[] bytes = TestStores.resource(resource);
        return SourceText.of(resource, bytes, new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<Row> rows(SourceText source) {
        return TextRows.read(source, new Diagnostics(source.fileName()), ImportLimits.DEFAULT);
    }

    @Test
    void appliesToLayoutTextOnlyNotToFlattenedRowsOrRawText() throws IOException {
        SourceText layout = source("/forms/variants/v4-jiangyuan-project-pdftotext-layout.txt");
        SourceText flat = source("/forms/variants/v4-jiangyuan-project-flat.txt");
        SourceText raw = source("/forms/variants/v4-jiangyuan-project-pdftotext-raw.txt");
        assertThat(PositionedLines.applies(layout, rows(layout))).isTrue();
        assertThat(PositionedLines.applies(flat, rows(flat))).isFalse();
        assertThat(PositionedLines.applies(raw, rows(raw))).isFalse();
    }

    @Test
    void aWrappedCellAboveAndBelowItsRowsValuesAndAMergedLevelWordAreRowsOfTheirColumns() throws IOException {
        SourceText layout = source("/forms/variants/v4-jiangyuan-project-pdftotext-layout.txt");
        Diagnostics diag = new Diagnostics(layout.fileName());
        List<Row> rows = PositionedLines.read(layout, diag);
        assertThat(rows)
                .extracting(Row::cells)
                .contains(
                        List.of("项目资金（万元）", "", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"),
                        List.of("", "其中：当年财政拨款", "315", "298.4", "281.06", "—", "—", "—"),
                        List.of("一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值", "分值", "得分", "偏差原因分析", "改进措施"),
                        List.of("产出指标", "数量指标", "维护路灯数量", "≥2.6万盏", "2.63万盏", "10", "10", "", ""),
                        List.of("", "", "LED节能改造数量", "1200盏", "1150盏", "10", "9.6", "部分路段因道路施工暂缓改造。", "道路施工完成后优先安排改造。"),
                        List.of("成本指标", "经济成本指标", "单盏年均维护费用", "≤110元", "107元", "10", "10", "", ""));
        Row led = rows.stream()
                .filter(r -> r.cell(2).startsWith("LED"))
                .findFirst()
                .orElseThrow();
        assertThat(led.first()).isLessThan(led.last());
    }

    @Test
    void positionsAreCharactersNotDisplayColumns() {
        assertThat(PositionedLines.tokens("  一级指标 LED  10"))
                .extracting(t -> t.text() + "@" + t.start() + "-" + t.end())
                .containsExactly("一级指标@2-6", "LED@7-10", "10@12-14");
    }

    @Test
    void closingPunctuationSetApartFromItsWordBelongsToIt() {
        // a Word font's narrow "A" leaves a gap before "）" that pdftotext prints as a space: the budget header's
        // "全年预算数" over "（A ）" was no 全年预算数 and the budget table was lost
        assertThat(PositionedLines.tokens("  （A ）   （B/A ）  98% ， 故障"))
                .extracting(t -> t.text() + "@" + t.start() + "-" + t.end())
                .containsExactly("（A）@2-6", "（B/A）@9-15", "98%，@17-22", "故障@23-25");
        // a unit in a 度量单位 column of its own, one space after the target, stays a word of its own
        assertThat(PositionedLines.tokens("≥ 95 %"))
                .extracting(PositionedLines.Token::text)
                .containsExactly("≥", "95", "%");
    }

    @Test
    void wordsPushedLeftIntoTheLevelColumnsGoBackToTheName() throws IOException {
        // seed 004: "数量指标 指标 1: 保安保洁" and "指标 1: 群众满意" one space from the level words (-layout pushed the
        // names left where the line had room); seed 003: a name starting two characters left of its column
        SourceText seed004 = source("/forms/004-pdftotext-layout.txt");
        List<Row> rows = PositionedLines.read(seed004, new Diagnostics(seed004.fileName()));
        assertThat(rows)
                .extracting(Row::cells)
                .contains(
                        List.of("", "产出指标", "数量指标", "指标1: 保安保洁人员", "11人", "11人", "3", "3", "无偏差"),
                        List.of("", "满意度指标", "服务对象满意度指标", "指标1: 群众满意度", "≧95%", "≧95%", "5", "5", "无偏差"),
                        List.of("", "", "", "指标2: 企业满意度", "≧95%", "≧95%", "5", "5", "无偏差"),
                        // page 2's first group (质量指标) starts at its second row: only the first carries 数量指标 down
                        List.of("", "", "质量指标", "指标1: 保安保洁服务水平", "优", "优", "3", "3", "无偏差"));
        SourceText seed003 = source("/forms/003-pdftotext-layout.txt");
        Diagnostics diag003 = new Diagnostics(seed003.fileName());
        assertThat(PositionedLines.read(seed003, diag003))
                .extracting(Row::cells)
                .contains(List.of("", "", "可持续发展影响指标", "开展企业经营审批便利化行动，提高公共服务水平", "提高", "提高", "15", "15", ""));
        // "12 月 31 日前 12 月 31 日前": the target's and the actual's words one space apart, where they part is uncertain
        assertThat(diag003.warnings())
                .extracting(w -> w.code() + "@" + w.line())
                .contains("positionedFigureSplit@52");
    }

    @Test
    void aWrappedLabelAFewColumnBudgetHeaderAnEmptyFundingRowAndANoteRowAreRowsOfTheirOwn() {
        // the 转移支付区域绩效自评表 as pdftotext -layout prints it (v8-yunxi-transfer)
        SourceText layout = source("/forms/variants/v8-yunxi-transfer-pdftotext-layout.txt");
        List<Row> rows = PositionedLines.read(layout, new Diagnostics(layout.fileName()));
        // "转移支付（项目）" / "农村危房改造补助资金" / "名称": one labelled row over three lines
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.cells()).containsExactly("转移支付（项目）名称", "农村危房改造补助资金");
            assertThat(r.last() - r.first()).isEqualTo(2);
        });
        // "全年执行数" / "全年预算数（A） 执行率（B/A）" / "（B）": no line with three header words, still the header
        assertThat(rows)
                .anySatisfy(r ->
                        assertThat(r.cells()).containsExactly("资金投入情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"));
        // the funding row left empty under the figures stays a budget row
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsExactly("", "其他资金", "", "", ""));
        // 说明 ends the indicator table: neither the frame column nor the last indicator takes it
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsExactly("说明", "本年度无中央巡视、审计和财政监督发现的问题。"));
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.cells())
                        .containsExactly("", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95.2%", ""));
    }

    @Test
    void twoMergedLevelCellsOneAboveTheOtherAreCutAtTheirWholeWords() {
        // 部门整体支出 in the older framework (v10-liutang-overall): 预算管理 over three rows right above 资产管理 over
        // one, 履职效益 right above a wrapped 社会公众或服务对象满意度, with no line between them in the 二级 column
        SourceText layout = source("/forms/variants/v10-liutang-overall-pdftotext-layout.txt");
        List<Row> rows = PositionedLines.read(layout, new Diagnostics(layout.fileName()));
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsSubsequence("预算管理", "公用经费控制率", "≤100%"));
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsSubsequence("资产管理", "固定资产利用率", "≥90%"));
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsSubsequence("履职效益", "社会效益", "显著"));
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsSubsequence("社会公众或服务对象满意度", "服务对象满意度", "≥90%"));
    }

    @Test
    void theHeaderRepeatedAtThePagesTopIsLeftOutAndTheLevelOfThePageBeforeGoesOn() {
        // a Word table whose header row repeats on every page (v11-shimen-split): the page's first row, under the
        // repeated header, is still in the 时效指标 begun on the page before, not in the 成本指标 below it
        SourceText layout = source("/forms/variants/v11-shimen-split-pdftotext-layout.txt");
        List<Row> rows = PositionedLines.read(layout, new Diagnostics(layout.fileName()));
        assertThat(rows.stream().filter(r -> r.cells().contains("一级指标"))).hasSize(1);
        Row first = rows.stream()
                .filter(r -> r.cells().contains("“一站式”即时结算率"))
                .findFirst()
                .orElseThrow();
        assertThat(first.cells()).doesNotContain("成本指标", "经济成本指标");
        assertThat(rows).anySatisfy(r -> assertThat(r.cells()).containsSubsequence("经济成本指标", "人均资助参保标准"));
    }
}
