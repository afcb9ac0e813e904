package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.read.ReportReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form of an invented unit as plain PDF text extraction gives it (cells apart by single spaces, long cells wrapped
 * onto lines of their own, the header wrapped too, the 偏差原因 printed once below the table): read back cell by cell.
 */
class WrappedLinesTest {

    private final ParsedFile f = new ReportReader(ImportLimits.DEFAULT)
            .parse("pdf-plain-text.txt", TestStores.resource("/import/good/pdf-plain-text.txt"));

    @Test
    void wrappedCellsAndHeaderAreReadIntoTheirColumns() {
        EvaluationReport p = f.document().reports().getFirst();
        assertThat(p.name()).isEqualTo("食品安全抽检经费");
        assertThat(p.adjustedBudget()).isEqualByComparingTo("40");
        assertThat(p.executed()).isEqualByComparingTo("32");
        assertThat(p.indicators())
                .extracting(IndicatorRow::category, IndicatorRow::subcategory, IndicatorRow::name)
                .containsExactly(
                        tuple("产出指标", "数量指标", "食品抽检批次"),
                        tuple("产出指标", "数量指标", "检测报告出具份数"),
                        tuple("产出指标", "质量指标", "抽检结果录入国家平台及时率"),
                        tuple("效益指标", "社会效益指标", "群众食品安全感"),
                        tuple("满意度指标", "服务对象满意度指标", "经营户满意度"));
        IndicatorRow timely = p.indicators().get(2);
        assertThat(timely.indicatorClass()).isEqualTo("核心型");
        assertThat(timely.target()).isEqualTo("按规定时限及时录入");
        assertThat(timely.actual()).isEqualTo("按规定时限及时录入");
        assertThat(p.indicators().getFirst().target()).isEqualTo("≥800 批");
        assertThat(p.indicators().getFirst().actual()).isEqualTo("620 批");
        // Lines: from the 一级指标 "产出" (line 24) to the row's last wrapped line (35).
        assertThat(timely.sourceLines()).isEqualTo(new LineRange(24, 35));
    }

    @Test
    void theTablesReasonGoesToTheIndicatorsThatFallShortAndIsWarned() {
        List<IndicatorRow> rows = f.document().reports().getFirst().indicators();
        String reason = "部分抽检任务因承检机构调整推迟到次年。";
        assertThat(rows)
                .filteredOn(r -> reason.equals(r.deviationReason()))
                .extracting(IndicatorRow::name)
                .containsExactly("食品抽检批次", "检测报告出具份数", "群众食品安全感");
        assertThat(rows.getFirst().improvementMeasures()).isEqualTo("提前确定承检机构，按季度均衡安排抽检。");
        // An indicator given the table's reason cites the lines down to the reason and measures (line 54).
        assertThat(rows.getFirst().sourceLines()).isEqualTo(new LineRange(24, 54));
        assertThat(f.warnings()).extracting(ImportIssue::code).contains("layoutWrapped", "sharedReasonAttached");
    }
}
