package com.jixiao.insight.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.read.ReportReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvaluationReaderTest {

    private static ParsedFile parse(String text) {
        return new ReportReader(ImportLimits.DEFAULT).parse("form.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsOfFiguresAfterTheIndicatorTableThatNothingTakesAreWarnedAtTheirLines() {
        // a line of text inside the table ends it: what follows is no table the form knows, and must not vanish
        ParsedFile f = parse(String.join(
                "\n",
                "2024年度项目支出绩效自评表",
                "单位名称：测试县教育局",
                "项目名称\t教师培训项目",
                "主管部门\t测试县教育局\t实施单位\t测试县教师进修学校",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "产出指标\t数量指标\t培训教师人数\t≥300人\t312人\t30\t30\t",
                "产出指标\t质量指标\t培训合格率\t≥95%\t97%\t30\t30\t",
                "下接第2页",
                "效益指标\t社会效益指标\t教学质量提升\t提升\t提升\t20\t20\t",
                "满意度指标\t服务对象满意度指标\t参训教师满意度\t≥90%\t93%\t20\t20\t",
                "总分\t\t\t\t\t100\t100\t",
                ""));

        assertThat(f.document().reports().getFirst().indicators())
                .extracting(IndicatorRow::name)
                .containsExactly("培训教师人数", "培训合格率");
        assertThat(f.warnings())
                .filteredOn(w -> w.code().equals("rowNotRead"))
                .extracting(ImportIssue::line, w -> w.args().getFirst())
                .containsExactly(
                        tuple(9, "效益指标 社会效益指标 教学质量提升 提升 提升 20 20"),
                        tuple(10, "满意度指标 服务对象满意度指标 参训教师满意度 ≥90% 93% 20 20"));
    }

    @Test
    void aTransferPaymentFormWithoutScoresIsReadAndItsRemarkRowKeptAsTheNote() {
        ParsedFile f = parse(String.join(
                "\n",
                "中央对地方转移支付区域绩效自评表",
                "（2024年度）",
                "转移支付（项目）名称\t农村危房改造补助资金",
                "中央主管部门\t住房和城乡建设部",
                "地方主管部门\t云溪县住房和城乡建设局\t资金使用单位\t云溪县村镇建设服务中心",
                "资金投入情况（万元）\t\t全年预算数（A）\t全年执行数（B）\t执行率（B/A）",
                "\t年度资金总额\t606.5\t590.82\t97.41%",
                "一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\t未完成原因和改进措施",
                "产出指标\t数量指标\t农村危房改造户数\t≥320户\t326户\t",
                "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t95.2%\t",
                "说明\t本年度无中央巡视、审计和财政监督发现的问题。",
                ""));

        var report = f.document().reports().getFirst();
        assertThat(f.document().unit()).isEqualTo("云溪县住房和城乡建设局");
        assertThat(report.name()).isEqualTo("农村危房改造补助资金");
        assertThat(report.supervisingDepartment()).isEqualTo("云溪县住房和城乡建设局");
        assertThat(report.implementingUnit()).isEqualTo("云溪县村镇建设服务中心");
        assertThat(report.initialBudget()).isNull();
        assertThat(report.totalScore()).isNull();
        assertThat(report.note()).isEqualTo("说明：本年度无中央巡视、审计和财政监督发现的问题。");
        assertThat(report.indicators())
                .extracting(IndicatorRow::name, IndicatorRow::target, IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(tuple("农村危房改造户数", "≥320户", "326户", null), tuple("受益群众满意度", "≥90%", "95.2%", null));
    }

    @Test
    void aCentralDepartmentBeforeTheLocalOneOnOneRowIsPassedOver() {
        ParsedFile f = parse(String.join(
                "\n",
                "中央对地方转移支付区域绩效自评表",
                "（2024年度）",
                "转移支付（项目）名称\t农村危房改造补助资金",
                "中央主管部门\t住房和城乡建设部\t地方主管部门\t云溪县住房和城乡建设局",
                "资金使用单位\t云溪县村镇建设服务中心",
                "一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\t未完成原因和改进措施",
                "产出指标\t数量指标\t农村危房改造户数\t≥320户\t326户\t",
                ""));

        var report = f.document().reports().getFirst();
        assertThat(report.supervisingDepartment()).isEqualTo("云溪县住房和城乡建设局");
        assertThat(report.implementingUnit()).isEqualTo("云溪县村镇建设服务中心");
    }

    @Test
    void aRemarkRowThatSaysNothingLeavesNoNote() {
        ParsedFile f = parse(String.join(
                "\n",
                "2024年度项目支出绩效自评表",
                "单位名称：测试县教育局",
                "项目名称\t教师培训项目",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "产出指标\t数量指标\t培训教师人数\t≥300人\t312人\t100\t100\t",
                "备注\t无",
                ""));

        assertThat(f.document().reports().getFirst().note()).isNull();
    }
}
