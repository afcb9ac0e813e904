package com.jixiao.insight.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.read.ReportReader;
import org.junit.jupiter.api.Test;

/**
 * The 偏差原因 / 改进措施 cells printed once below a table, for the whole table, that no indicator takes (seed 002:
 * the reason says 无, the measures say what the unit will do): kept as printed in the evaluation's note, never lost.
 */
class SharedRemarksTest {

    private final ParsedFile seed002 = new ReportReader(ImportLimits.DEFAULT)
            .parse("002.txt", TestStores.resource("/data/sources/002_bebbd21fe7875fcc.txt"));

    private EvaluationReport report(String name) {
        return seed002.document().reports().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void measuresForTheWholeTableAreKeptInTheEvaluationsNote() {
        assertThat(report("深圳特发公司第三方费用").note())
                .isEqualTo("偏差大或目标未完成原因分析：无\n改进措施及结果应用方案：2023 年预算执行力高，若下个年度目标不变，项目经费保持不变");
        assertThat(report("现政务大厅互联网专线业务服务费").note()).endsWith("改进措施及结果应用方案：2023 年预算执行率高，若下个年度目标保持不变，项目经费可保持不变");
        assertThat(report("建设政府采购市区一体化交易平台场所租赁费用").note()).endsWith("改进措施及结果应用方案：2023 年预算执行率高，若下个年度目标保持不变，项目经费可保持不变");
    }

    @Test
    void eachKeptRemarkIsSaidAtItsLine() {
        assertThat(seed002.warnings())
                .filteredOn(w -> w.code().equals("sharedMeasuresNoted"))
                .extracting(ImportIssue::line)
                .contains(1282, 1833, 2106);
    }
}
