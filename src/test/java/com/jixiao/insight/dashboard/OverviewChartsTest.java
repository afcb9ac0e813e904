package com.jixiao.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.chart.ChartSpec;
import com.jixiao.insight.scope.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewChartsTest {

    private static final DashboardProperties SETTINGS =
            new DashboardProperties(null, null, null, null, null, null, null);

    private static final Overview OVERVIEW = new Overview(
            new Overview.Kpis(2, 2, null, null, null, null, null, 3, 0),
            List.of(new Overview.ScoreBin(new BigDecimal("95"), new BigDecimal("90"), true, 2)),
            List.of(),
            List.of(),
            List.of(new Overview.UnmetCount("甲单位", "产出指标", 3)));

    private static RegionCharts.Cell cell(String path, String label, int year, String rate) {
        return new RegionCharts.Cell(path, label, year, new BigDecimal(rate), 1);
    }

    private static RegionCharts.Spread spread(String path, String label) {
        BigDecimal v = new BigDecimal("0.9");
        return new RegionCharts.Spread(path, label, 2024, 1, v, v, v, v, v, v, v, v, 0);
    }

    @Test
    void withoutRegionsTheScoresAndUnmetTargetsAreAllThereIsToDraw() {
        var none = new RegionCharts(RegionMetric.EXECUTION_RATE, List.of(), Optional.empty(), List.of());
        var charts = new OverviewCharts(OVERVIEW, none, Scope.all(), SETTINGS, key -> key);

        assertThat(charts.heatMap()).isEmpty();
        assertThat(charts.all()).extracting(ChartSpec::fileName).containsExactly("scores.png", "unmet-targets.png");
    }

    @Test
    void regionChartsComeFirstAndTheirCellsLinkToTheProjectsOfTheirRegionAndYear() {
        var regions = new RegionCharts(
                RegionMetric.EXECUTION_RATE,
                List.of(
                        cell("湖北省/武汉市/江汉区", "江汉区", 2023, "0.95"),
                        cell("湖北省/武汉市/江汉区", "江汉区", 2024, "0.80"),
                        cell("湖北省/武汉市/洪山区", "洪山区", 2024, "0.70")),
                Optional.of(2024),
                List.of(spread("湖北省/武汉市/江汉区", "江汉区"), spread("湖北省/武汉市/洪山区", "洪山区")));
        var charts = new OverviewCharts(OVERVIEW, regions, Scope.all(), SETTINGS, key -> key);

        assertThat(charts.all())
                .extracting(ChartSpec::fileName)
                .containsExactly(
                        "heat-map-rate.png",
                        "trend-rate.png",
                        "spread-rate-2024.png",
                        "scores.png",
                        "unmet-targets.png");
        String heatMap = charts.heatMap().orElseThrow().svg();
        assertThat(heatMap)
                .contains("projects?")
                .contains("from=2023&amp;to=2023")
                .contains("江汉区");
    }
}
