package com.jixiao.insight.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.form.IndicatorColumns.Alignment;
import com.jixiao.insight.ingest.form.IndicatorColumns.Header;
import com.jixiao.insight.ingest.form.IndicatorColumns.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's cells aligned with the indicator header by content, when the row lacks its merged level cells. */
class IndicatorColumnsTest {

    private static final Header HEADER = IndicatorColumns.header(
                    List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"))
            .orElseThrow();

    private static String cell(List<String> cells, Role role) {
        Alignment a = IndicatorColumns.align(cells, HEADER);
        return a.get(cells, HEADER.index(role));
    }

    @Test
    void aBareLevelWordAloneBeforeItsValuesIsTheName() {
        // the older frameworks name third levels as level words elsewhere: 效果 / 履职效益 / 可持续影响
        List<String> row = List.of("可持续影响", "持续", "持续", "5", "5");
        assertThat(cell(row, Role.NAME)).isEqualTo("可持续影响");
        assertThat(cell(row, Role.SUBCATEGORY)).isEmpty();
        assertThat(cell(row, Role.TARGET)).isEqualTo("持续");
    }

    @Test
    void aLevelWordBesideANameIsStillTheLevel() {
        List<String> row = List.of("社会效益", "就业困难人员帮扶", "≥200人", "236人", "5", "5");
        assertThat(cell(row, Role.SUBCATEGORY)).isEqualTo("社会效益");
        assertThat(cell(row, Role.NAME)).isEqualTo("就业困难人员帮扶");
        // a level word ending in 指标 alone is a level repeated, never a name
        List<String> repeated = List.of("数量指标", "≥200人", "236人", "5", "5");
        assertThat(cell(repeated, Role.NAME)).isNotEqualTo("数量指标");
    }
}
