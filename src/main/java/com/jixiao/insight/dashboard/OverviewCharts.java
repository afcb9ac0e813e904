package com.jixiao.insight.dashboard;

import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.chart.ChartSpec;
import com.jixiao.insight.chart.evaluation.ScoreScatterChart;
import com.jixiao.insight.chart.evaluation.UnmetByCategoryChart;
import com.jixiao.insight.chart.region.HeatMapChart;
import com.jixiao.insight.chart.region.Measure;
import com.jixiao.insight.chart.region.SpreadChart;
import com.jixiao.insight.chart.region.TrendChart;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.targets.TargetRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The overview's charts, built from the rows its services fetched: the three region charts of one metric (the heat
 * map of region × year, the trend lines, the spread of each region's units), the scores against the rules and the
 * unmet targets of the units with most. Each cell, point and box of a region chart links to the list behind it: the
 * projects of that region and year, or, for the unmet share, its unmet targets. The view shows them; the benchmark
 * renders the same ones.
 */
public final class OverviewCharts {

    /** Trend lines drawn at most; more regions become a grey band with the weakest regions' lines. */
    static final int TREND_LINES = 8;

    static final int HEAT_MAP_WIDTH = 680;
    static final int SIDE_WIDTH = 560;

    private final Overview overview;
    private final RegionCharts charts;
    private final Scope scope;
    private final Measure measure;
    private final Function<String, String> t;

    /** The charts of {@code overview} and {@code charts} (both of {@code scope}), labelled through {@code t}. */
    public OverviewCharts(
            Overview overview,
            RegionCharts charts,
            Scope scope,
            DashboardProperties settings,
            Function<String, String> t) {
        this.overview = overview;
        this.charts = charts;
        this.scope = scope;
        this.t = t;
        RegionMetric metric = charts.metric();
        this.measure = new Measure(
                t.apply("chart.metric." + metric.code()),
                metric.fraction(),
                settings.bands(metric),
                metric == RegionMetric.EXECUTION_RATE ? settings.targetRate() : null,
                t.apply("chart.heatmap.notStated." + metric.code()));
    }

    /** The region × year heat map; empty when no region reported. */
    public Optional<ChartSpec> heatMap() {
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        var cells = charts.cells().stream()
                .map(c -> new HeatMapChart.Cell(c.regionPath(), c.regionLabel(), c.fiscalYear(), c.value(), c.units()))
                .toList();
        long rows = cells.stream().map(HeatMapChart.Cell::key).distinct().count();
        String code = charts.metric().code();
        return Optional.of(new ChartSpec(
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
                "heat-map-" + code + ".png"));
    }

    /** The regions' trend lines; empty when no region reported. */
    public Optional<ChartSpec> trend() {
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        var points = charts.cells().stream()
                .map(c -> new TrendChart.Point(c.regionPath(), c.regionLabel(), c.fiscalYear(), c.value()))
                .toList();
        String code = charts.metric().code();
        return Optional.of(new ChartSpec(
                () -> TrendChart.build(
                        points,
                        measure,
                        t.apply("chart.trend.title." + code),
                        TREND_LINES,
                        t,
                        p -> link(p.key(), p.year())),
                SIDE_WIDTH,
                360,
                "trend-" + code + ".png"));
    }

    /** How each region's units spread in the last year with a figure; empty when there is none. */
    public Optional<ChartSpec> spread() {
        if (charts.isEmpty() || charts.spreadYear().isEmpty()) {
            return Optional.empty();
        }
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
        return Optional.of(new ChartSpec(
                () -> SpreadChart.build(boxes, measure, title, t, b -> link(b.key(), year)),
                SIDE_WIDTH,
                SpreadChart.height(boxes.size()),
                "spread-" + charts.metric().code() + "-" + year + ".png"));
    }

    /** The reported scores against the recomputed ones, in half-point bins. */
    public ChartSpec scores() {
        var points = overview.scoreBins().stream()
                .map(b -> new ScoreScatterChart.Point(b.reported(), b.recomputed(), b.tooGood(), b.evaluations()))
                .toList();
        return new ChartSpec(() -> ScoreScatterChart.build(points, t), SIDE_WIDTH, 340, "scores.png");
    }

    /** Unmet targets per category, of the units with the most (readable at any scale). */
    public ChartSpec unmet() {
        var slices = overview.mostUnmet().stream()
                .map(u -> new UnmetByCategoryChart.Slice(u.unitName(), u.category(), u.count()))
                .toList();
        return new ChartSpec(() -> UnmetByCategoryChart.build(slices, t), SIDE_WIDTH, 340, "unmet-targets.png");
    }

    /** Every chart the overview shows, in its order. */
    public List<ChartSpec> all() {
        List<ChartSpec> all = new ArrayList<>();
        heatMap().ifPresent(all::add);
        trend().ifPresent(all::add);
        spread().ifPresent(all::add);
        all.add(scores());
        all.add(unmet());
        return all;
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
