package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.format.text.TextRows;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pdftotext -layout text of a ruled form (src/test/resources/forms/variants, made by make_variant_forms.sh). */
class PositionedLinesTest {

    private static SourceText source(String file) throws IOException {
        try (InputStream in = PositionedLinesTest.class.getResourceAsStream("/forms/variants/" + file)) {
            byte[] bytes = in.readAllBytes();
            return SourceText.of(file, bytes, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static List<Row> rows(SourceText source) {
        return TextRows.read(source, new Diagnostics(source.fileName()), ImportLimits.DEFAULT);
    }

    @Test
    void appliesToLayoutTextOnlyNotToFlattenedRowsOrRawText() throws IOException {
        SourceText layout = source("v4-jiangyuan-project-pdftotext-layout.txt");
        SourceText flat = source("v4-jiangyuan-project-flat.txt");
        SourceText raw = source("v4-jiangyuan-project-pdftotext-raw.txt");
        assertThat(PositionedLines.applies(layout, rows(layout))).isTrue();
        assertThat(PositionedLines.applies(flat, rows(flat))).isFalse();
        assertThat(PositionedLines.applies(raw, rows(raw))).isFalse();
    }

    @Test
    void aWrappedCellAboveAndBelowItsRowsValuesAndAMergedLevelWordAreRowsOfTheirColumns() throws IOException {
        SourceText layout = source("v4-jiangyuan-project-pdftotext-layout.txt");
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
}
