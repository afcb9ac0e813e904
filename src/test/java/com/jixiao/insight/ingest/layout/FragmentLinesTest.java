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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form of an invented unit as an extraction that cuts cells into fragments gives it (one fragment a line, blank lines
 * between, "≥", "1.5", "万亩"), its indicator columns in two runs: names, actuals and scores first, then the 一级指标
 * words, then the 二级指标 rows with their targets. Read back row by row, every row completed by order warned.
 */
class FragmentLinesTest {

    private final ParsedFile f = new ReportReader(ImportLimits.DEFAULT)
            .parse("fragment-lines.txt", TestStores.resource("/import/good/fragment-lines.txt"));

    @Test
    void fragmentsArePutTogetherAndTheRunsPairedIntoRows() {
        EvaluationReport p = f.document().reports().getFirst();
        assertThat(f.document().year()).isEqualTo(2024);
        assertThat(p.name()).isEqualTo("高标准农田管护经费");
        assertThat(p.adjustedBudget()).isEqualByComparingTo("120");
        assertThat(p.executed()).isEqualByComparingTo("96");
        assertThat(p.totalScore()).isEqualByComparingTo("92.5");
        assertThat(p.indicators())
                .extracting(
                        IndicatorRow::category,
                        IndicatorRow::subcategory,
                        IndicatorRow::name,
                        IndicatorRow::target,
                        IndicatorRow::actual)
                .containsExactly(
                        tuple("产出指标", "数量指标", "管护农田面积", "≥1.5万亩", "1.2万亩"),
                        tuple("产出指标", "数量指标", "巡查次数", "≥24次", "24次"),
                        tuple("产出指标", "质量指标", "设施完好率", "≥90%", "95%"),
                        tuple("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "90%"));
        assertThat(p.indicators()).extracting(r -> r.score().intValue()).containsExactly(18, 20, 9, 10);
        // The name (line 127) to the actual's last fragment (187); the 一级指标 word (159) in between.
        assertThat(p.indicators().get(1).sourceLines()).isEqualTo(new LineRange(127, 187));
        // The table's one 偏差原因 cell goes to the indicator that falls short (1.2 of ≥1.5 万亩).
        assertThat(p.indicators().getFirst().deviationReason()).isEqualTo("部分地块因汛期推迟管护。");
    }

    @Test
    void everyRowCompletedByOrderIsWarnedAtItsLine() {
        assertThat(f.warnings()).extracting(ImportIssue::code).contains("layoutFragments");
        assertThat(f.warnings())
                .filteredOn(w -> w.code().equals("fragmentsPairedByOrder"))
                .extracting(ImportIssue::line)
                .containsExactly(165, 175, 189, 197);
    }

    @Test
    void aRunThatDoesNotFillTheRowsIsNotPairedAndNothingIsInvented() {
        // The run of names loses its last score: it no longer fills the four rows exactly, so no row takes from it.
        String text = new String(TestStores.resource("/import/good/fragment-lines.txt"), StandardCharsets.UTF_8)
                .replace("90%\n\n10\n", "90%\n\n");
        ParsedFile cut = new ReportReader(ImportLimits.DEFAULT)
                .parse("fragment-lines-cut.txt", text.getBytes(StandardCharsets.UTF_8));
        List<IndicatorRow> rows = cut.document().reports().getFirst().indicators();
        assertThat(rows).extracting(IndicatorRow::name).containsOnlyNulls();
        assertThat(rows).extracting(IndicatorRow::score).containsOnlyNulls();
        assertThat(cut.warnings()).extracting(ImportIssue::code).contains("fragmentNoName");
    }
}
