package com.jixiao.insight.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.grid.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellLinesTest {

    /** One row per line, as TextRows gives a text written one cell per line. */
    private static List<Row> lines(String... cells) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            rows.add(new Row(i + 1, i + 1, List.of(cells[i]), Row.Form.TEXT));
        }
        return rows;
    }

    private static final String[] FORM = {
        "2024年度项目支出绩效自评表",
        "项目名称",
        "行政审批服务工作经费",
        "主管部门",
        "某局",
        "实施单位",
        "某局",
        "项目资金（万元）",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "361.95",
        "494.39",
        "",
        "10",
        "100%",
        "10",
        "其中：当年财政拨款",
        "361.95",
        "494.39",
        "",
        "",
        "",
        "",
        "年度总体目标",
        "预期目标",
        "实际完成情况",
        "目标甲",
        "完成甲",
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
        "产出指标",
        "数量指标",
        "办件量",
        "100",
        "100",
        "4",
        "4",
        "",
        "质量指标",
        "差错率",
        "≤1%",
        "0",
        "4",
        "4",
        "",
        "准确率",
        "100%",
        "99%",
        "4",
        "3.96",
        "人员调整",
        "总分",
        "100",
        "95.83",
        "优"
    };

    @Test
    void theRowsAreCutByTheFormsLabelsAndColumns() {
        List<Row> rows = CellLines.regroup(lines(FORM));
        List<List<String>> cells = rows.stream().map(Row::cells).toList();
        assertThat(cells)
                .containsExactly(
                        List.of("2024年度项目支出绩效自评表"),
                        List.of("项目名称", "行政审批服务工作经费"),
                        List.of("主管部门", "某局", "实施单位", "某局"),
                        List.of("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                        List.of("", "年度资金总额", "361.95", "494.39", "", "10", "100%", "10"),
                        List.of("", "其中：当年财政拨款", "361.95", "494.39", "", "", "", ""),
                        List.of("年度总体目标", "预期目标", "实际完成情况"),
                        List.of("", "目标甲", "完成甲"),
                        List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                        List.of("", "产出指标", "数量指标", "办件量", "100", "100", "4", "4", ""),
                        List.of("", "", "质量指标", "差错率", "≤1%", "0", "4", "4", ""),
                        List.of("", "", "", "准确率", "100%", "99%", "4", "3.96", "人员调整"),
                        List.of("总分", "100", "95.83", "优"));
        assertThat(rows.get(4).first()).isEqualTo(16);
        assertThat(rows.get(4).last()).isEqualTo(22);
    }

    @Test
    void appliesOnlyToOneCellPerLineWithTheIndicatorHeaderOnConsecutiveLines() {
        assertThat(CellLines.applies(lines(FORM))).isTrue();
        assertThat(CellLines.applies(lines("一级指标", "二级指标", "正文"))).isFalse();
        List<Row> tabs = new ArrayList<>(lines(FORM));
        tabs.add(new Row(99, 99, List.of("a", "b"), Row.Form.TABS));
        assertThat(CellLines.applies(tabs)).isFalse();
    }
}
