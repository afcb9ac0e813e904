package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportRejected;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentOrderTest {

    private static List<Row> lines(String... texts) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            rows.add(new Row(i + 1, i + 1, List.of(texts[i]), Row.Form.TEXT));
        }
        return rows;
    }

    @Test
    void headerWordPiecesBelowTheTotalAreTextOutOfReadingOrder() {
        // pdftotext -raw of a Calc PDF: the one-line cells first, the wrapped ones (header words too) after the table
        List<Row> rows = lines(
                "项目支出绩效自评表",
                "二级指标 三级指标 指标值 实际完成值 权重 偏差原因分析及改进措施",
                "受益群众满意度 ≥ 90 % 94.5 10 10",
                "总分 100 98.54",
                "（2024年度）",
                "年初预算",
                "数",
                "全年预",
                "算数",
                "一级指",
                "标");
        ImportRejected e = catchThrowableOfType(
                ImportRejected.class, () -> ContentOrder.check(rows, new Diagnostics("calc-raw.txt")));
        assertThat(e.issue().code()).isEqualTo("textOutOfOrder");
        assertThat(e.issue().line()).isEqualTo(6);
        assertThat(e.issue().args()).containsExactly("年初预算");
    }

    @Test
    void aNextFormsWrappedHeaderAfterItsTitleIsInOrder() {
        List<Row> rows =
                lines("项目支出绩效自评表", "总分 100 98.54", "2024年度项目支出绩效自评表", "项目资金（万元） 年初预算", "数", "全年预", "算数", "一级指", "标");
        assertThatCode(() -> ContentOrder.check(rows, new Diagnostics("raw.txt")))
                .doesNotThrowAnyException();
    }

    @Test
    void aBudgetsSumFollowedByAWrappedHeaderIsInOrder() {
        // 合计 is a budget's or a summary's sum, not the form's total: what follows it may be the next table's header
        List<Row> rows = lines("合计 100 100 95 95%", "一级指", "标", "二级指", "标", "三级指", "标");
        assertThatCode(() -> ContentOrder.check(rows, new Diagnostics("raw.txt")))
                .doesNotThrowAnyException();
    }
}
