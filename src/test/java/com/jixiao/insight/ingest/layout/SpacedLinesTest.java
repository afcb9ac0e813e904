package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacedLinesTest {

    @Test
    void aCjkCharacterIsTwoColumnsWideAndOneSpaceJoinsWords() {
        List<String> words = SpacedLines.words("年度资金总额  441.8  2024 年").stream()
                .map(w -> w.text() + "@" + w.start())
                .toList();
        assertThat(words).containsExactly("年度资金总额@0", "441.8@14", "2024 年@21");
    }

    @Test
    void anIndentedRowFallsIntoItsHeadersColumnsAndAnEmptyCellStaysEmpty() {
        String text = String.join(
                "\n",
                "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分",
                "    年度资金总额  361.95      494.39                  10    100%    10",
                "绩效指标  一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
                "          产出指标  数量指标  办件量    ≥80000      69.76万件   5     5");
        SourceText source = SourceText.of("t.txt", text.getBytes(StandardCharsets.UTF_8), text);
        List<Row> rows = SpacedLines.read(source);
        assertThat(rows.get(1).cells()).containsExactly("年度资金总额", "361.95", "494.39", "", "10", "100%", "10");
        assertThat(rows.get(3).cells()).containsExactly("", "产出指标", "数量指标", "办件量", "≥80000", "69.76万件", "5", "5", "");
        assertThat(rows).extracting(Row::form).containsOnly(Row.Form.SPACED);
    }

    @Test
    void aHeaderOnTwoRowsFlattenedOntoTwoLinesIsOneHeaderWhoseColumnsPlaceTheBody() {
        String text = String.join(
                "\n",
                "绩效指标                      年度指标值  实际完成值  分值  得分",
                "一级指标  二级指标  三级指标",
                "产出指标  数量指标  资助人次  ≥1900人次   1932人次    15    15",
                "          质量指标  准确率    100%        99.74%      15    14.96");
        List<Row> rows = SpacedLines.read(source(text));
        assertThat(rows.getFirst().cells()).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
        assertThat(rows.getFirst().last()).isEqualTo(2);
        assertThat(rows.get(2).cells()).containsExactly("", "质量指标", "准确率", "100%", "99.74%", "15", "14.96");
        assertThat(SpacedLines.applies(source(text), List.of())).isTrue();
    }

    @Test
    void appliesOnlyWhereAnIndicatorHeaderIsSpreadByBlanks() {
        String spaced = "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分";
        String prose = "本单位  全年完成  各项工作任务";
        assertThat(SpacedLines.applies(source(spaced), List.of(new Row(1, 1, List.of(spaced), Row.Form.TEXT))))
                .isTrue();
        assertThat(SpacedLines.applies(source(prose), List.of(new Row(1, 1, List.of(prose), Row.Form.TEXT))))
                .isFalse();
    }

    @Test
    void aNameRunningPastItsColumnPushesTheCellsAfterItBackIntoTheirOwn() {
        // rows flattened with only their leading columns padded: the long name pushes the target and actual right
        String text = String.join(
                "\n",
                "绩效指标  一级指标  二级指标  三级指标  指标值  全年实际完成值  未完成原因和改进措施",
                "          产出指标  数量指标  农村危房改造户数  ≥320户  326户",
                "                              户数  12  12");
        List<Row> rows = SpacedLines.read(source(text));
        assertThat(rows.get(1).cells()).containsExactly("", "产出指标", "数量指标", "农村危房改造户数", "≥320户", "326户", "");
        // a name within its column pushes nothing
        assertThat(rows.get(2).cells()).containsExactly("", "", "", "户数", "12", "12", "");
        // a form without 分值 and 得分 flattened so is read as such, not as a layout with wrapped cells
        assertThat(PositionedLines.applies(source(text), List.of())).isFalse();
    }

    @Test
    void aCellStandingApartAfterALongNameKeepsItsColumnAndTheEmptyCellBeforeIt() {
        // the name ends where the target's column starts; the actual stands in its own column, the target is empty
        String text =
                String.join("\n", "三级指标            指标值    实际完成值  分值  得分", "  群众满意度调查结果          95%         10    8");
        List<Row> rows = SpacedLines.read(source(text));
        assertThat(rows.get(1).cells()).containsExactly("群众满意度调查结果", "", "95%", "10", "8");
    }

    private static SourceText source(String text) {
        return SourceText.of("t.txt", text.getBytes(StandardCharsets.UTF_8), text);
    }
}
