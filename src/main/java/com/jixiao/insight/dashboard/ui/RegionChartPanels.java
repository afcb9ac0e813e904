package com.jixiao.insight.dashboard.ui;

import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.chart.region.HeatMapChart;
import com.jixiao.insight.chart.region.Measure;
import com.jixiao.insight.chart.region.SpreadChart;
import com.jixiao.insight.chart.region.TrendChart;
import com.jixiao.insight.chart.ui.ChartPanel;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.RegionCharts;
import com.jixiao.insight.dashboard.RegionMetric;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.targets.TargetRoutes;
import java.util.Optional;
import java.util.function.Function;

/**
 * The overview's three region charts of one metric: the heat map (region × year), the trend lines and the
 * spread of each region's units. Each cell, point and box links to the list behind it: the projects of that
 * region and year, or, for the unmet share, its unmet targets.
 */
final class RegionChartPanels {

    /** Trend lines drawn at most; more regions become a grey band with the weakest regions' lines. */
    static final int TREND_LINES = 8;

    static final int HEAT_MAP_WIDTH = 680;
    static final int SIDE_WIDTH = 560;

    private final RegionCharts charts;
    private final Scope scope;
    private final Measure measure;
    private final Function<String, String> t;

    RegionChartPanels(RegionCharts charts, Scope scope, DashboardProperties settings, Function<String, String> t) {
        this.charts = charts;
        this.scope = scope;
        this.t = t;
        RegionMetric metric = charts.metric();
        this.measure = new Measure(
                t.apply("chart.metric." + metric.code()),
                metric.fraction(),
                settings.bands(metric),
                metric == RegionMetric.EXECUTION_RATE ? settings.targetRate() : null);
    }

    ChartPanel heatMap() {
        var cells = charts.cells().stream()
                .map(c -> new HeatMapChart.Cell(c.regionPath(), c.regionLabel(), c.fiscalYear(), c.value(), c.units()))
                .toList();
        long rows = cells.stream().map(HeatMapChart.Cell::key).distinct().count();
        String code = charts.metric().code();
        return new ChartPanel(
                () -> HeatMapChart.build(
                        cells,
                        measure,
                        t.apply("chart.heatmap.title." + code),
                        t.apply(
                                charts.metric() == RegionMetric.UNMET_SHARE
                                        ? "chart.heatmap.hint.unmet"
                                        : "chart.heatmap.hint.projects"),
                        t,
                        c -> link(c.key(), c.year())),
                HEAT_MAP_WIDTH,
                HeatMapChart.height((int) rows),
                "heat-map-" + code + ".png",
                t.apply("chart.downloadPng"));
    }

    ChartPanel trend() {
        var points = charts.cells().stream()
                .map(c -> new TrendChart.Point(c.regionPath(), c.regionLabel(), c.fiscalYear(), c.value()))
                .toList();
        String code = charts.metric().code();
        return new ChartPanel(
                () -> TrendChart.build(
                        points,
                        measure,
                        t.apply("chart.trend.title." + code),
                        TREND_LINES,
                        t,
                        p -> link(p.key(), p.year())),
                SIDE_WIDTH,
                360,
                "trend-" + code + ".png",
                t.apply("chart.downloadPng"));
    }

    ChartPanel spread() {
        int year = charts.spreadYear().orElseThrow();
        var boxes = charts.spreads().stream()
                .map(s -> new SpreadChart.Box(
                        s.regionPath(),
                        s.regionLabel(),
                        s.units(),
                        s.min(),
                        s.lowWhisker(),
                        s.q1(),
                        s.median(),
                        s.q3(),
                        s.highWhisker(),
                        s.max(),
                        s.mean(),
                        s.weak()))
                .toList();
        String title = t.apply("chart.spread.title")
                .replace("{0}", String.valueOf(year))
                .replace("{1}", measure.name());
        return new ChartPanel(
                () -> SpreadChart.build(boxes, measure, title, t, b -> link(b.key(), year)),
                SIDE_WIDTH,
                SpreadChart.height(boxes.size()),
                "spread-" + charts.metric().code() + "-" + year + ".png",
                t.apply("chart.downloadPng"));
    }

    /** The list behind a region in a year: its projects, or its unmet targets when the unmet share is shown. */
    private String link(String regionPath, int year) {
        String route = charts.metric() == RegionMetric.UNMET_SHARE ? TargetRoutes.UNMET : ProjectRoutes.LIST;
        return Links.href(
                route,
                scope.withRegion(Optional.of(regionPath))
                        .withYears(Optional.of(year), Optional.of(year))
                        .toParameters());
    }
}
