package com.jixiao.insight.chart.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.ChartRenderer;
import com.jixiao.insight.chart.Labels;
import com.jixiao.insight.chart.region.HeatMapChartTest;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class UnmetByCategoryChartTest {

    @Test
    void longUnitNamesAreShortenedUniquelyWithTheFullNameInTheTooltip() {
        List<UnmetByCategoryChart.Slice> slices = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            String unit = "鄂州葛店经济技术开发区第" + i + "行政审批局";
            slices.add(new UnmetByCategoryChart.Slice(unit, "产出", i));
            slices.add(new UnmetByCategoryChart.Slice(unit, "效益", 1));
        }
        slices.add(new UnmetByCategoryChart.Slice("武汉市洪山区行政审批局", "产出", 3));
        JFreeChart chart = UnmetByCategoryChart.build(slices, HeatMapChartTest.T);
        List<String> labels = chart.getCategoryPlot().getDataset().getColumnKeys().stream()
                .map(Object::toString)
                .toList();
        assertThat(labels).hasSize(16).doesNotHaveDuplicates();
        assertThat(labels)
                .allSatisfy(l -> assertThat(
                                l.toString().codePointCount(0, l.toString().length()))
                        .isLessThanOrEqualTo(UnmetByCategoryChart.LABEL_CHARS + 2));
        // All fifteen shorten alike: numbered, so that no two units' bars merge.
        assertThat(labels).contains("鄂州葛店经济…审批局", "鄂州葛店经济…审批局2", "武汉市洪山区…审批局");
        assertThat(chart.getCategoryPlot().getDataset().getValue("产出", "鄂州葛店经济…审批局2"))
                .isEqualTo(2.0);
        String svg = ChartRenderer.svg(chart, 560, 340);
        assertThat(svg).contains("<title>鄂州葛店经济技术开发区第2行政审批局</title>");
    }

    @Test
    void shortNamesStayAsTheyAre() {
        assertThat(Labels.shorten("武威市政府政务服务中心", 10)).isEqualTo("武威市政府政…务中心");
        assertThat(Labels.shorten("武威市政府政务服务中心", 11)).isEqualTo("武威市政府政务服务中心");
        assertThat(Labels.shorten("张店区", 10)).isEqualTo("张店区");
    }
}
