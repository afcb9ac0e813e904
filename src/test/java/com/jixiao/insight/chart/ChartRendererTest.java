package com.jixiao.insight.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.evaluation.UnmetByCategoryChart;
import com.jixiao.insight.chart.region.BudgetChart;
import com.jixiao.insight.chart.region.ExecutionRateChart;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private static final Function<String, String> T = key -> key;

    @Test
    void labelsFromReportsAreEscapedTextAndTheSvgIsWellFormed() throws Exception {
        var groups = List.of(new BudgetChart.Group(
                "<script>alert(1)</script>&'\"", 2024, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE));
        String svg = ChartRenderer.svg(BudgetChart.build(groups, T), 620, 320);
        assertThat(svg).doesNotContain("<script").contains("viewBox='0 0 620 320'");
        // Parses as XML: no attribute or element was broken by a quote, an ampersand or the font list.
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getTextContent()).contains("chart.budget.title");
    }

    @Test
    void aChartOfTwelveRegionsOverTenYearsStaysSmall() {
        List<ExecutionRateChart.Bar> bars = new ArrayList<>();
        for (int city = 1; city <= 12; city++) {
            for (int year = 2015; year <= 2024; year++) {
                bars.add(new ExecutionRateChart.Bar("合成" + city + "市", year, new BigDecimal("0.9312")));
            }
        }
        var th = new Thresholds(new BigDecimal("0.6"), new BigDecimal("0.9"));
        String svg = ChartRenderer.svg(ExecutionRateChart.build(bars, new BigDecimal("0.9"), th, T), 620, 320);
        assertThat(svg.length()).isLessThan(150_000);
        assertThat(svg).contains("font-family: WenQuanYi Micro Hei");
    }

    @Test
    void labelsSetAtAnAngleAreSvgTextNotGlyphOutlines() throws Exception {
        List<UnmetByCategoryChart.Slice> slices = new ArrayList<>();
        for (int unit = 1; unit <= 15; unit++) {
            slices.add(new UnmetByCategoryChart.Slice("甘肃省第" + unit + "合成单位", "产出指标", unit));
        }
        String svg = ChartRenderer.svg(UnmetByCategoryChart.build(slices, T), 620, 320);
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        // The fifteen unit labels (shortened to ten characters) are text the browser draws and a reader can select.
        assertThat(words.stream().filter(w -> w.startsWith("甘肃省第")).count()).isEqualTo(15);
        assertThat(svg.length()).isLessThan(60_000);
    }

    @Test
    void coordinatesCarryATenthOfAPixel() {
        assertThat(ChartRenderer.tenth(12.0)).isEqualTo("12");
        assertThat(ChartRenderer.tenth(12.345)).isEqualTo("12.3");
        assertThat(ChartRenderer.tenth(-0.25)).isEqualTo("-0.2");
        assertThat(ChartRenderer.tenth(-3.46)).isEqualTo("-3.5");
        assertThat(ChartRenderer.tenth(0.04)).isEqualTo("0");
    }
}
