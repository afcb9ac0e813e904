package com.jixiao.insight.chart.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.ChartRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static List<TrendChart.Point> regions(int n) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            for (int year = 2020; year <= 2024; year++) {
                // Region r's last year is 0.80 + r / 100: region 1 is the weakest.
                BigDecimal v =
                        BigDecimal.valueOf(80 + r + (year == 2024 ? 0 : 5)).movePointLeft(2);
                points.add(new TrendChart.Point("p" + r, "合成" + r + "市", year, v));
            }
        }
        return points;
    }

    @Test
    void aFewRegionsAreEachALineWithTheTargetLine() {
        JFreeChart chart = TrendChart.build(regions(5), HeatMapChartTest.RATE, "t", 8, HeatMapChartTest.T, null);
        var lines = (XYSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(lines.getSeriesCount()).isEqualTo(5);
        assertThat(lines.getSeries(0).getItemCount()).isEqualTo(5);
        assertThat(chart.getXYPlot().getDataset(1)).isNull();
        assertThat(chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(0.9));
        // Colour-blind-safe colours, one per line.
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(TrendChart.PALETTE[0]);
    }

    @Test
    void manyRegionsBecomeAGreyBandWithLinesForTheWeakest() {
        JFreeChart chart = TrendChart.build(regions(20), HeatMapChartTest.RATE, "t", 8, HeatMapChartTest.T, null);
        var lines = (XYSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(lines.getSeriesCount()).isEqualTo(8);
        assertThat(lines.getSeries(0).getKey()).isEqualTo("合成1市");
        assertThat(lines.getSeries(7).getKey()).isEqualTo("合成8市");
        var band = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(1);
        assertThat(band.getItemCount(0)).isEqualTo(5);
        assertThat(band.getStartYValue(0, 4)).isEqualTo(0.81, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(band.getEndYValue(0, 4)).isEqualTo(1.00, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aYearWithoutAFigureIsAGapAndPointsLinkToTheirLists() {
        List<TrendChart.Point> points = new ArrayList<>(regions(2));
        points.set(2, new TrendChart.Point("p1", "合成1市", 2022, null));
        JFreeChart chart = TrendChart.build(
                points, HeatMapChartTest.RATE, "t", 8, HeatMapChartTest.T, p -> "projects?from=" + p.year());
        var lines = (XYSeriesCollection) chart.getXYPlot().getDataset(0);
        assertThat(lines.getSeries(0).getItemCount()).isEqualTo(4);
        String svg = ChartRenderer.svg(chart, 560, 360);
        assertThat(svg).contains("href='projects?from=2023'").contains("<title>合成1市 2024：执行率 81.00%</title>");
    }
}
