package com.jixiao.insight.chart.region;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.chart.ChartFonts;
import com.jixiao.insight.chart.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric per region over the years, one line per region, with the target line. More regions than a reader
 * can follow become a grey band (the lowest to the highest region each year) with lines for the weakest regions
 * of the last year only; each line has its own marker shape, so colour is not the only way to tell them apart.
 * A year without a figure is a gap in the line, never a zero.
 */
public final class TrendChart {

    /** One region's figure in one year; {@code key} tells regions apart (a region path), for the link. */
    public record Point(String key, String region, int year, BigDecimal value) {}

    /** Lines a reader can follow; Paul Tol's and Okabe–Ito's colour-blind-safe colours, one per line. */
    static final Color[] PALETTE = {
        new Color(0x33, 0x22, 0x88), new Color(0xE6, 0x9F, 0x00), new Color(0x44, 0xAA, 0x99),
        new Color(0xCC, 0x66, 0x77), new Color(0x00, 0x72, 0xB2), new Color(0x99, 0x99, 0x33),
        new Color(0x88, 0x22, 0x55), new Color(0x56, 0xB4, 0xE9), new Color(0x11, 0x77, 0x33),
        new Color(0xAA, 0x44, 0x99), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x00, 0x00)
    };

    private static final Color BAND = new Color(0xC8, 0xC8, 0xC8);

    private TrendChart() {}

    /**
     * @param maxLines at most this many lines (at most 12); beyond that, the band and the weakest regions' lines
     * @param link the address of the list behind a point, or null for none
     */
    public static JFreeChart build(
            List<Point> points,
            Measure measure,
            String title,
            int maxLines,
            Function<String, String> t,
            Function<Point, String> link) {
        int lines = Math.min(maxLines, PALETTE.length);
        Map<String, List<Point>> byRegion = new LinkedHashMap<>();
        points.stream()
                .filter(p -> p.value() != null)
                .forEach(p -> byRegion.computeIfAbsent(p.key(), k -> new ArrayList<>())
                        .add(p));
        List<String> drawn = new ArrayList<>(byRegion.keySet());
        boolean banded = drawn.size() > lines;
        if (banded) {
            drawn = weakest(byRegion, measure, lines);
        }

        XYSeriesCollection lineData = new XYSeriesCollection();
        List<Point[]> pointsOf = new ArrayList<>();
        for (String key : drawn) {
            List<Point> ps = byRegion.get(key);
            ps.sort(Comparator.comparingInt(Point::year));
            String name = ps.getFirst().region();
            // Two regions of one name (districts of two cities) stay two lines.
            XYSeries s = new XYSeries(lineData.getSeriesIndex(name) < 0 ? name : name + " · " + key, false, false);
            ps.forEach(p -> s.add(p.year(), p.value().doubleValue()));
            lineData.addSeries(s);
            pointsOf.add(ps.toArray(Point[]::new));
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setDefaultToolTipGenerator((d, s, item) -> {
            Point p = pointsOf.get(s)[item];
            return p.region() + " " + p.year() + "：" + measure.name() + " " + measure.format(p.value());
        });
        lineRenderer.setURLGenerator((d, s, item) -> link == null ? null : link.apply(pointsOf.get(s)[item]));

        NumberAxis years = new NumberAxis(null);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        NumberAxis values = new NumberAxis(measure.name());
        values.setNumberFormatOverride(measure.tickFormat());
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(lineData, years, values, lineRenderer);
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        if (banded) {
            plot.setDataset(1, band(byRegion, t));
            plot.setRenderer(1, bandRenderer); // drawn first: under the lines
        }
        int firstYear = points.stream().mapToInt(Point::year).min().orElse(0);
        int lastYear = points.stream().mapToInt(Point::year).max().orElse(0);
        years.setRange(firstYear - 0.3, lastYear + 0.3);
        values.setRange(range(points, measure));

        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(14f), plot, true);
        if (banded) {
            chart.addSubtitle(new TextTitle(
                    t.apply("chart.trend.banded")
                            .replace("{0}", Formats.count(byRegion.size()))
                            .replace("{1}", Formats.count(drawn.size())),
                    ChartFonts.plain(10f)));
        }
        ChartStyle.apply(chart); // first: the theme resets series paints
        for (int i = 0; i < drawn.size(); i++) {
            lineRenderer.setSeriesPaint(i, PALETTE[i]);
            lineRenderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        lineRenderer.setDrawOutlines(false);
        bandRenderer.setSeriesFillPaint(0, BAND);
        bandRenderer.setSeriesPaint(0, BAND);
        bandRenderer.setAlpha(0.5f);
        bandRenderer.setSeriesVisibleInLegend(0, false); // the subtitle says what the band is
        if (measure.target() != null) {
            plot.addRangeMarker(target(measure, t));
        }
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(ChartFonts.plain(10f));
        return chart;
    }

    /** The regions whose last figure is worst (lowest rate, highest unmet share), worst first. */
    static List<String> weakest(Map<String, List<Point>> byRegion, Measure measure, int n) {
        Comparator<BigDecimal> worstFirst =
                measure.bands().higherIsBetter() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return byRegion.entrySet().stream()
                .sorted(Comparator.comparing(
                        (Map.Entry<String, List<Point>> e) -> e.getValue().stream()
                                .max(Comparator.comparingInt(Point::year))
                                .orElseThrow()
                                .value(),
                        worstFirst))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Per year, the lowest and the highest region. */
    private static YIntervalSeriesCollection band(Map<String, List<Point>> byRegion, Function<String, String> t) {
        TreeMap<Integer, double[]> perYear = new TreeMap<>();
        byRegion.values().stream()
                .flatMap(List::stream)
                .forEach(p -> perYear.merge(
                        p.year(),
                        new double[] {p.value().doubleValue(), p.value().doubleValue()},
                        (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}));
        YIntervalSeries s = new YIntervalSeries(
                t.apply("chart.trend.band").replace("{0}", Formats.count(byRegion.size())), false, false);
        perYear.forEach((year, lowHigh) -> s.add(year, (lowHigh[0] + lowHigh[1]) / 2, lowHigh[0], lowHigh[1]));
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    /** From a little below the lowest figure (or the target) to a little above the highest. */
    private static Range range(List<Point> points, Measure measure) {
        double lo = points.stream()
                .filter(p -> p.value() != null)
                .mapToDouble(p -> p.value().doubleValue())
                .min()
                .orElse(0);
        double hi = points.stream()
                .filter(p -> p.value() != null)
                .mapToDouble(p -> p.value().doubleValue())
                .max()
                .orElse(1);
        if (measure.target() != null) {
            lo = Math.min(lo, measure.target().doubleValue());
            hi = Math.max(hi, measure.target().doubleValue());
        }
        double pad = Math.max((hi - lo) * 0.08, measure.fraction() ? 0.005 : 0.5);
        return new Range(Math.max(0, lo - pad), hi + pad);
    }

    static ValueMarker target(Measure measure, Function<String, String> t) {
        ValueMarker line = new ValueMarker(
                measure.target().doubleValue(),
                new Color(0x1A, 0x39, 0x7A),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        line.setLabel(t.apply("chart.executionRate.target") + " "
                + measure.tickFormat().format(measure.target()));
        line.setLabelFont(ChartFonts.plain(10f));
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return line;
    }
}
