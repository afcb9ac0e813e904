package com.jixiao.insight.chart.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.ChartRenderer;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;

class SpreadChartTest {

    private static SpreadChart.Box box(String region, int units, String min, String median, int weak) {
        BigDecimal m = new BigDecimal(median);
        return new SpreadChart.Box(
                "p/" + region,
                region,
                units,
                new BigDecimal(min),
                m.subtract(new BigDecimal("0.10")),
                m.subtract(new BigDecimal("0.03")),
                m,
                m.add(new BigDecimal("0.02")),
                new BigDecimal("0.9997"),
                new BigDecimal("0.9997"),
                m.subtract(new BigDecimal("0.01")),
                weak);
    }

    @Test
    void eachRegionIsABoxOfItsQuartilesLabelledWithItsUnits() {
        var boxes = List.of(box("合成1市", 600, "0.0045", "0.96", 12), box("鄂州葛店经济技术开发区", 7200, "0.85", "0.95", 0));
        JFreeChart chart = SpreadChart.build(boxes, HeatMapChartTest.RATE, "t", HeatMapChartTest.T, b -> "projects");
        var data = (BoxAndWhiskerCategoryDataset) chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).containsExactly("合成1市 (600)", "鄂州葛店经…发区 (7,200)");
        assertThat(data.getMedianValue(0, 0).doubleValue()).isEqualTo(0.96);
        assertThat(data.getQ1Value(0, 0).doubleValue()).isEqualTo(0.93);
        assertThat(data.getMinRegularValue(0, 0).doubleValue()).isEqualTo(0.86);
        // The lowest unit lies beyond the whisker: an outlier, so an average does not hide it.
        assertThat(data.getOutliers(0, 0)).containsExactly(0.0045);
        String svg = ChartRenderer.svg(chart, 560, SpreadChart.height(2));
        assertThat(svg)
                .contains("<title>合成1市：600 个单位；")
                .contains("较差区间单位 12 个")
                .contains("<title>鄂州葛店经济技术开发区</title>"); // the full name on the shortened label
        assertThat(svg).contains("href='projects'");
    }

    @Test
    void unitsThatAllScoreAlikeStillGetAnAxisAroundTheirScore() {
        BigDecimal same = new BigDecimal("99.8");
        var one = new SpreadChart.Box("湖北省", "湖北省", 1, same, same, same, same, same, same, same, same, 0);
        JFreeChart chart = SpreadChart.build(List.of(one), HeatMapChartTest.SCORE, "t", HeatMapChartTest.T, null);
        var range = chart.getCategoryPlot().getRangeAxis().getRange();
        assertThat(range.getLowerBound()).isLessThan(99.8);
        assertThat(range.getUpperBound()).isGreaterThan(99.8);
        assertThat(ChartRenderer.svg(chart, 560, SpreadChart.height(1))).contains("湖北省 (1)");
    }

    @Test
    void theTargetsLabelStaysInsideThePlotWhereTheTargetIsItsLowestValue() {
        // The seeds: every region's units at or above the 90% target, so the line is at the axis's left edge.
        BigDecimal full = BigDecimal.ONE;
        var box = new SpreadChart.Box("p/江汉区", "江汉区", 1, full, full, full, full, full, full, full, full, 0);
        JFreeChart chart = SpreadChart.build(List.of(box), HeatMapChartTest.RATE, "t", HeatMapChartTest.T, null);
        ValueMarker target = null;
        for (Object m : chart.getCategoryPlot().getRangeMarkers(Layer.FOREGROUND)) { // a raw Collection
            if (m instanceof ValueMarker v && v.getValue() == 0.90 && v.getLabel() != null) {
                target = v;
            }
        }
        assertThat(target).isNotNull();
        assertThat(target.getLabelTextAnchor()).isEqualTo(TextAnchor.TOP_LEFT); // right of the line
    }
}
