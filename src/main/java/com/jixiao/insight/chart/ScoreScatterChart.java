package com.jixiao.insight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Reported score (x) against the score the rules give (y), one point per evaluation, with the diagonal:
 * points below it are self-scores that look too good to be true.
 */
public final class ScoreScatterChart {

    /** One evaluation. */
    public record Point(String label, BigDecimal reported, BigDecimal recomputed) {}

    private ScoreScatterChart() {}

    public static JFreeChart build(List<Point> points, Function<String, String> t) {
        XYSeries onRule = new XYSeries(t.apply("chart.scores.consistent"));
        XYSeries above = new XYSeries(t.apply("chart.scores.tooGood"));
        for (Point p : points) {
            (p.reported().compareTo(p.recomputed()) > 0 ? above : onRule)
                    .add(p.reported().doubleValue(), p.recomputed().doubleValue());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(onRule);
        data.addSeries(above);
        JFreeChart chart = ChartFactory.createScatterPlot(t.apply("chart.scores.title"), t.apply("chart.scores.reported"),
                t.apply("chart.scores.recomputed"), data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = chart.getXYPlot();
        double lo = points.stream().mapToDouble(p -> Math.min(p.reported().doubleValue(), p.recomputed().doubleValue()))
                .min().orElse(60);
        lo = Math.max(0, Math.floor(Math.min(lo, 80) / 5) * 5 - 5);
        plot.getDomainAxis().setRange(lo, 102);
        plot.getRangeAxis().setRange(lo, 102);
        plot.addAnnotation(new XYLineAnnotation(lo, lo, 102, 102, new BasicStroke(1f), Color.GRAY));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, Thresholds.GREEN);
        r.setSeriesPaint(1, Thresholds.RED);
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesShape(1, new java.awt.Polygon(new int[] {0, 5, -5}, new int[] {-5, 5, 5}, 3));
        return chart;
    }
}
