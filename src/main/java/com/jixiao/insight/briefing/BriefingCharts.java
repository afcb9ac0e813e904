package com.jixiao.insight.briefing;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.chart.ChartRenderer;
import com.jixiao.insight.chart.Thresholds;
import com.jixiao.insight.chart.evaluation.ReasonChart;
import com.jixiao.insight.chart.evaluation.ScoreScatterChart;
import com.jixiao.insight.chart.evaluation.UnmetByCategoryChart;
import com.jixiao.insight.chart.region.BudgetChart;
import com.jixiao.insight.chart.region.ExecutionRateChart;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.targets.ReasonBreakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A briefing's charts as PNG images, drawn by the same builders as the overview and the unmet-targets page from
 * the briefing's own rows: execution rate and budget by region and year, reported against recomputed scores, unmet
 * targets by category, and the reasons by region and by year. A chart with nothing to draw is left out.
 */
final class BriefingCharts {

    /** One chart: its file name (in a DOCX), the PNG, and its size in pixels (drawn at twice this for print). */
    record Image(String name, byte[] png, int width, int height) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    /** Drawn at twice the size shown, for print. */
    private static final int W = WIDTH * 2;

    private static final int H = HEIGHT * 2;

    private BriefingCharts() {}

    static List<Image> of(Briefing b, Messages messages) {
        Function<String, String> t = messages::get;
        Overview o = b.overview();
        List<Image> images = new ArrayList<>();
        var rates = b.regionYears().stream()
                .filter(r -> r.executionRate() != null)
                .map(r -> new ExecutionRateChart.Bar(r.regionName(), r.fiscalYear(), r.executionRate()))
                .toList();
        if (!rates.isEmpty()) {
            Thresholds thresholds = new Thresholds(b.amberFrom(), b.targetRate());
            images.add(image(
                    "execution-rate",
                    ChartRenderer.png(ExecutionRateChart.build(rates, b.targetRate(), thresholds, t), W, H)));
        }
        var budgets = b.regionYears().stream()
                .map(r -> new BudgetChart.Group(
                        r.regionName(), r.fiscalYear(), r.initialBudget(), r.adjustedBudget(), r.executed()))
                .toList();
        if (!budgets.isEmpty()) {
            images.add(image("budget", ChartRenderer.png(BudgetChart.build(budgets, t), W, H)));
        }
        var points = o.scoreBins().stream()
                .map(s -> new ScoreScatterChart.Point(s.reported(), s.recomputed(), s.tooGood(), s.evaluations()))
                .toList();
        if (!points.isEmpty()) {
            images.add(image("scores", ChartRenderer.png(ScoreScatterChart.build(points, t), W, H)));
        }
        var unmet = o.mostUnmet().stream()
                .map(u -> new UnmetByCategoryChart.Slice(u.unitName(), u.category(), u.count()))
                .toList();
        if (!unmet.isEmpty()) {
            images.add(image("unmet-by-category", ChartRenderer.png(UnmetByCategoryChart.build(unmet, t), W, H)));
        }
        ReasonBreakdown r = b.reasons();
        Function<String, String> label = code -> messages.get("reason." + code);
        if (r.total() > 0) {
            images.add(image(
                    "reasons-by-region",
                    ChartRenderer.png(
                            ReasonChart.build(slices(r.byRegion()), "chart.reasons.byRegion", t, label), W, H)));
            images.add(image(
                    "reasons-by-year",
                    ChartRenderer.png(ReasonChart.build(slices(r.byYear()), "chart.reasons.byYear", t, label), W, H)));
        }
        return images;
    }

    private static Image image(String name, byte[] png) {
        return new Image(name + ".png", png, WIDTH, HEIGHT);
    }

    private static List<ReasonChart.Slice> slices(List<ReasonBreakdown.Count> counts) {
        return counts.stream()
                .map(c -> new ReasonChart.Slice(c.group(), c.reasonClass().code(), c.count()))
                .toList();
    }
}
