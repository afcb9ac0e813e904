package com.jixiao.insight.chart.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.Bands;
import com.jixiao.insight.chart.ChartRenderer;
import com.jixiao.insight.chart.Thresholds;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

public class HeatMapChartTest {

    /** The zh-CN bundle, as the app's default (the other chart tests use it too). */
    public static final Function<String, String> T = ResourceBundle.getBundle(
            "vaadin-i18n/translations",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))::getString;

    static final Measure RATE = new Measure(
            "执行率",
            true,
            Bands.of(new Thresholds(new BigDecimal("0.60"), new BigDecimal("0.90")), 1),
            new BigDecimal("0.90"),
            "缺预算/执行数");

    static final Measure SCORE = new Measure(
            "自评得分", false, Bands.of(new Thresholds(new BigDecimal("60"), new BigDecimal("80")), 100), null, "缺自评得分");

    /** The seeds: five regions, one year each, one without an executed figure. */
    static List<HeatMapChart.Cell> seeds() {
        return List.of(
                new HeatMapChart.Cell("山东省/淄博市/张店区", "张店区", 2024, new BigDecimal("0.898702"), 1),
                new HeatMapChart.Cell("湖北省/武汉市/江汉区", "江汉区", 2024, BigDecimal.ONE, 1),
                new HeatMapChart.Cell("湖北省/武汉市/洪山区", "洪山区", 2024, new BigDecimal("0.990146"), 1),
                new HeatMapChart.Cell("湖北省/鄂州市/葛店经开区", "葛店经开区", 2023, new BigDecimal("0.720690"), 1),
                new HeatMapChart.Cell("甘肃省/武威市", "武威市", 2022, null, 1));
    }

    @Test
    void everyRegionAndYearHasACellAndAMissingYearIsNoReportNotZero() {
        JFreeChart chart = HeatMapChart.build(seeds(), RATE, "title", "hint", T, c -> "projects?region=" + c.key());
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(5 * 3); // five regions × 2022..2024
        int missing = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (Double.isNaN(data.getZValue(0, i))) {
                missing++;
            }
        }
        assertThat(missing).isEqualTo(11); // 10 years without a report and Wuwei's rate without an executed figure
        SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getRangeAxis();
        assertThat(rows.getSymbols()).containsExactly("张店区", "江汉区", "洪山区", "葛店经开区", "武威市");
        assertThat(chart.getXYPlot().getFixedLegendItems().getItemCount()).isEqualTo(4);
        assertThat(chart.getXYPlot().getFixedLegendItems().get(0).getLabel()).isEqualTo("较差 <60%");
        assertThat(chart.getXYPlot().getFixedLegendItems().get(2).getLabel()).isEqualTo("良好 ≥90%");
    }

    @Test
    void valuesArePrintedInTheCellsAndEachReportedCellLinksToItsList() throws Exception {
        String svg = ChartRenderer.svg(
                HeatMapChart.build(
                        seeds(), RATE, "title", "hint", T, c -> "projects?region=" + c.key() + "&from=" + c.year()),
                680,
                HeatMapChart.height(5));
        assertThat(svg).contains(">89.87%<", ">99.01%<", ">100.00%<", ">72.07%<", ">缺预算/执行数<", ">无报告<");
        // Five reported cells link to their lists (ampersands escaped); the ten without a report link nowhere.
        assertThat(Pattern.compile("<a href=").matcher(svg).results().count()).isEqualTo(5);
        assertThat(svg).contains("href='projects?region=湖北省/鄂州市/葛店经开区&amp;from=2023'");
        assertThat(svg).contains("<title>葛店经开区 2023：执行率 72.07%（1 个单位）</title>");
        assertThat(svg).contains("<title>武威市 2024：无报告</title>");
        assertThat(svg).contains("<title>武威市 2022：执行率 缺预算/执行数（1 个单位）</title>");
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
    }

    @Test
    void aProvinceOfTwelveCitiesOverTenYearsPrintsEveryValueAndStaysSmall() {
        List<HeatMapChart.Cell> cells = new ArrayList<>();
        for (int city = 1; city <= 12; city++) {
            for (int year = 2015; year <= 2024; year++) {
                cells.add(new HeatMapChart.Cell(
                        "合成省/合成" + city + "市", "合成" + city + "市", year, new BigDecimal("0.9312"), 600));
            }
        }
        String svg = ChartRenderer.svg(
                HeatMapChart.build(cells, RATE, "t", null, T, c -> "p"), 680, HeatMapChart.height(12));
        assertThat(Pattern.compile(">93\\.12%<").matcher(svg).results().count()).isEqualTo(120);
        assertThat(svg).contains("（600 个单位）");
        assertThat(svg.length()).isLessThan(150_000);
    }

    @Test
    void cellsTooSmallForTheirValueLeaveItToTheTooltip() {
        List<HeatMapChart.Cell> cells = new ArrayList<>();
        for (int region = 1; region <= 24; region++) {
            for (int year = 1995; year <= 2024; year++) {
                cells.add(new HeatMapChart.Cell("r" + region, "区" + region, year, new BigDecimal("0.9312"), 1));
            }
        }
        // 30 years in 680 pixels: no room for "93.12%" nor "93.1%".
        String svg =
                ChartRenderer.svg(HeatMapChart.build(cells, RATE, "t", null, T, null), 680, HeatMapChart.height(24));
        assertThat(svg).doesNotContain(">93.12%<").doesNotContain(">93.1%<");
        assertThat(Pattern.compile("<title>区\\d+ \\d{4}：执行率 93.12%")
                        .matcher(svg)
                        .results()
                        .count())
                .isEqualTo(24 * 30);
        // The year axis is thinned: far fewer labels than thirty.
        assertThat(Pattern.compile(">(199\\d|20[0-2]\\d)<")
                        .matcher(svg)
                        .results()
                        .count())
                .isLessThan(30);
    }
}
