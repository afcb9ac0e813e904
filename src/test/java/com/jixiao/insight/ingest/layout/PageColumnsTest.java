package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table going on over a page break without its header, in pdftotext -layout text: -layout counts each page's
 * positions afresh, so the next page's columns stand elsewhere and are found again from its own rows.
 */
class PageColumnsTest {

    /** A line with each word at its character position: {@code at(0, "一级指标", 10, "二级指标")}. */
    private static String at(Object... positionsAndWords) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < positionsAndWords.length; i += 2) {
            int pos = (Integer) positionsAndWords[i];
            while (line.codePointCount(0, line.length()) < pos) {
                line.append(' ');
            }
            line.append((String) positionsAndWords[i + 1]);
        }
        return line.toString();
    }

    /** The first line of a page: pdftotext puts a form feed before it (in place of its first space here). */
    private static String newPage(String line) {
        return "\f" + line.substring(1);
    }

    private static final String HEADER =
            at(0, "一级指标", 10, "二级指标", 20, "三级指标", 34, "年度指标值", 46, "实际完成值", 58, "分值", 64, "得分");

    private static final List<String> FIRST_PAGE = List.of(
            "                项目支出绩效自评表",
            HEADER,
            at(0, "产出指标", 10, "数量指标", 20, "培训保洁员人数", 34, "≥300人", 46, "312人", 58, "10", 64, "10"),
            at(20, "保洁次数", 34, "≥12次", 46, "12次", 58, "10", 64, "9"));

    private static List<Row> read(List<String> lines, Diagnostics diag) {
        String text = String.join("\n", lines) + "\n";
        return PositionedLines.read(SourceText.of("form.txt", text.getBytes(StandardCharsets.UTF_8), text), diag);
    }

    private static List<String> codes(Diagnostics diag) {
        return diag.warnings().stream().map(i -> i.code() + "@" + i.line()).toList();
    }

    @Test
    void aPageWhoseColumnsStandElsewhereIsReadInItsOwnColumns() {
        List<String> lines = new ArrayList<>(FIRST_PAGE);
        // the same columns three quarters as wide: 一级 0, 二级 7, 三级 15, targets 25, actuals 34, 分值 43, 得分 48
        lines.add(newPage(at(15, "覆盖村数", 25, "≥20个", 34, "21个", 43, "10", 48, "10")));
        lines.add(at(0, "效益指标", 7, "社会效益指标", 15, "群众满意度", 25, "≥90%", 34, "92%", 43, "10", 48, "8"));
        lines.add(at(15, "总分", 43, "40", 48, "37"));
        Diagnostics diag = new Diagnostics("form.txt");
        List<Row> rows = read(lines, diag);
        assertThat(rows)
                .extracting(Row::cells)
                .containsSubsequence(
                        List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
                        List.of("产出指标", "数量指标", "培训保洁员人数", "≥300人", "312人", "10", "10"),
                        List.of("", "", "保洁次数", "≥12次", "12次", "10", "9"),
                        List.of("", "", "覆盖村数", "≥20个", "21个", "10", "10"),
                        List.of("效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", "10", "8"));
        Row village =
                rows.stream().filter(r -> r.cell(2).equals("覆盖村数")).findFirst().orElseThrow();
        assertThat(village.first()).isEqualTo(5);
        assertThat(codes(diag)).contains("positionedPageRefitted@5").doesNotContain("positionedPageBreak@5");
    }

    @Test
    void aPageNoScaleAndShiftFitsIsKeptAsTextAndWarned() {
        List<String> lines = new ArrayList<>(FIRST_PAGE);
        // more cells on each line than the table has columns: no fit places them one to a column
        for (int k = 0; k < 3; k++) {
            String figures = at(1, "1", 5, "2", 9, "3", 13, "4", 17, "5", 21, "6", 25, "7", 29, "8", 33, "9", 37, "10");
            lines.add(k == 0 ? newPage(figures) : figures);
        }
        Diagnostics diag = new Diagnostics("form.txt");
        List<Row> rows = read(lines, diag);
        assertThat(codes(diag)).contains("positionedPageBreak@5").doesNotContain("positionedPageRefitted@5");
        assertThat(rows.stream().filter(r -> r.first() >= 5))
                .allMatch(Row::isText)
                .hasSize(3);
        assertThat(rows).extracting(Row::cells).contains(List.of("", "", "保洁次数", "≥12次", "12次", "10", "9"));
    }

    @Test
    void aCellCutByThePageBreakEndsOnTheRowBeforeIt() throws IOException {
        // seed 004, the 服务平台支撑能力 row's 偏差原因: lines 308–314 on one page, 315–331 on the next
        SourceText layout = PositionedLinesTest.source("/forms/004-pdftotext-layout.txt");
        Diagnostics diag = new Diagnostics(layout.fileName());
        List<Row> rows = PositionedLines.read(layout, diag);
        Row platform = rows.stream()
                .filter(r -> r.cells().stream().anyMatch(c -> c.startsWith("指标6: 服务平台支撑能力")))
                .findFirst()
                .orElseThrow();
        assertThat(platform.cells().getLast())
                .startsWith("原因: 一体化政务服务平台支撑能力有待提升。")
                .contains("跨系统的政务数据还未完全实现互联互通和共享交换。")
                .endsWith("服务事项网上可办。");
        assertThat(platform.first()).isEqualTo(308);
        assertThat(platform.last()).isEqualTo(331);
        Row next = rows.get(rows.indexOf(platform) + 1);
        assertThat(next.cells()).contains("指标1: 工作完成及时性").endsWith("无偏差");
        assertThat(codes(diag)).contains("positionedPageRefitted@315");
    }

    @Test
    void everyPageOfTheSeedsTablesIsRead() throws IOException {
        SourceText layout = PositionedLinesTest.source("/forms/004-pdftotext-layout.txt");
        Diagnostics diag = new Diagnostics(layout.fileName());
        PositionedLines.read(layout, diag);
        assertThat(diag.warnings()).extracting(ImportIssue::code).doesNotContain("positionedPageBreak");
        assertThat(codes(diag))
                .contains(
                        "positionedPageRefitted@68",
                        "positionedPageRefitted@195",
                        "positionedPageRefitted@315",
                        "positionedPageRefitted@413");
    }

    @Test
    void theLevelColumnsOfAPageWithoutTheHeaderAreFoundFromAllItsLines() throws IOException {
        // v6 (made to try the readers on a form they were not written against): page 2's 一级 words stand at 0, its 二级
        // words at 4–5, where page 1's stood at 6 and 13 (its first row carries 时效指标 down); a target date and an
        // actual date one space apart are warned
        SourceText layout = PositionedLinesTest.source("/forms/variants/v6-hexi-roads-pdftotext-layout.txt");
        Diagnostics diag = new Diagnostics(layout.fileName());
        List<Row> rows = PositionedLines.read(layout, diag);
        assertThat(rows)
                .extracting(Row::cells)
                .contains(
                        List.of("", "", "", "路面病害处置时限", "≤72小时", "48小时", "3", "3", ""),
                        List.of("", "成本指标", "经济成本指标", "县道大中修每公里成本", "≤85万元", "82.4万元", "5", "5", ""),
                        List.of("", "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.8%", "6", "6", ""));
        assertThat(codes(diag)).contains("positionedPageRefitted@67", "positionedFigureSplit@65");
    }
}
