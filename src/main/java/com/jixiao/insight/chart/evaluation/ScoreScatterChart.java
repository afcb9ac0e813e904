package com.jixiao.insight.chart.evaluation;

import com.jixiao.insight.chart.ChartStyle;
import com.jixiao.insight.chart.Thresholds;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Reported score (x) against the score the rules give (y), with the diagonal: points below it are
 * self-scores that look too good to be true. A point stands for the evaluations in one half-point bin, so
 * the chart stays the same size for five evaluations or ninety thousand; the legend counts the evaluations.
 */
public final class ScoreScatterChart {

    /** The evaluations of one bin; {@code tooGood} when their reported score exceeds the recomputed one. */
    public record Point(BigDecimal reported, BigDecimal recomputed, boolean tooGood, int evaluations) {}

    private ScoreScatterChart() {}

    public static JFreeChart build(List<Point> points, Function<String, String> t) {
        long consistent = points.stream()
                .filter(p -> !p.tooGood())
                .mapToLong(Point::evaluations)
                .sum();
        long tooGood = points.stream()
                .filter(Point::tooGood)
                .mapToLong(Point::evaluations)
                .sum();
        XYSeries onRule = new XYSeries(
                t.apply("chart.scores.consistent") + String.format(Locale.ROOT, " (%,d)", consistent), false, true);
        XYSeries above = new XYSeries(
                t.apply("chart.scores.tooGood") + String.format(Locale.ROOT, " (%,d)", tooGood), false, true);
        for (Point p : points) {
            (p.tooGood() ? above : onRule)
                    .add(p.reported().doubleValue(), p.recomputed().doubleValue());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(onRule);
        data.addSeries(above);
        JFreeChart chart = ChartFactory.createScatterPlot(
                t.apply("chart.scores.title"),
                t.apply("chart.scores.reported"),
                t.apply("chart.scores.recomputed"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        chart.addSubtitle(new TextTitle(t.apply("chart.scores.binned")));
        ChartStyle.apply(chart);
        XYPlot plot = chart.getXYPlot();
        double lo = points.stream()
                .mapToDouble(
                        p -> Math.min(p.reported().doubleValue(), p.recomputed().doubleValue()))
                .min()
                .orElse(60);
        lo = Math.max(0, Math.floor(Math.min(lo, 80) / 5) * 5 - 5);
        plot.getDomainAxis().setRange(lo, 102);
        plot.getRangeAxis().setRange(lo, 102);
        plot.addAnnotation(new XYLineAnnotation(lo, lo, 102, 102, new BasicStroke(1f), Color.GRAY));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDrawOutlines(false); // filled markers only: each outline doubled the SVG
        r.setSeriesPaint(0, Thresholds.GREEN);
        r.setSeriesPaint(1, Thresholds.RED);
        r.setSeriesShape(
                0, new Rectangle2D.Double(-3, -3, 6, 6)); // a square is four points of path, a circle a dozen curves
        r.setSeriesShape(1, new Polygon(new int[] {0, 5, -5}, new int[] {-5, 5, 5}, 3));
        return chart;
    }
}
