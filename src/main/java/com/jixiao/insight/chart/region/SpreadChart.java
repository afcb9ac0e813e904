package com.jixiao.insight.chart.region;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.chart.ChartFonts;
import com.jixiao.insight.chart.ChartStyle;
import com.jixiao.insight.chart.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * How the units of each region spread on a metric in one year, so that a good average does not hide weak
 * units: per region a box from the lower to the upper quartile with the median, whiskers to the furthest units
 * within 1.5 times the box's length, and the lowest and highest unit as dots beyond them. Boxes are coloured by
 * the band of their median; the label gives the number of units, the tooltip every figure. The statistics come
 * computed (in SQL): this draws them.
 */
public final class SpreadChart {

    /**
     * The statistics of one region's units.
     *
     * @param key what tells regions apart (a region path), for the link
     * @param weak units in the red band
     */
    public record Box(
            String key,
            String region,
            int units,
            BigDecimal min,
            BigDecimal lowWhisker,
            BigDecimal q1,
            BigDecimal median,
            BigDecimal q3,
            BigDecimal highWhisker,
            BigDecimal max,
            BigDecimal mean,
            int weak) {}

    private static final Color INK = new Color(0x42, 0x42, 0x42);

    /** Region labels are cut to this many characters (the full name is in the tooltip). */
    static final int LABEL_CHARS = 8;

    private SpreadChart() {}

    /** A chart height that gives each of {@code boxes} boxes room. */
    public static int height(int boxes) {
        return Math.max(240, 96 + boxes * 24);
    }

    public static JFreeChart build(
            List<Box> boxes, Measure measure, String title, Function<String, String> t, Function<Box, String> link) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<String> labels = new ArrayList<>();
        for (Box b : boxes) {
            String label = Labels.shorten(b.region(), LABEL_CHARS) + " (" + Formats.count(b.units()) + ")";
            if (labels.contains(label)) {
                label = label + " " + (labels.size() + 1);
            }
            labels.add(label);
            List<Double> outliers = new ArrayList<>();
            if (b.min().compareTo(b.lowWhisker()) < 0) {
                outliers.add(b.min().doubleValue());
            }
            if (b.max().compareTo(b.highWhisker()) > 0) {
                outliers.add(b.max().doubleValue());
            }
            data.add(
                    new BoxAndWhiskerItem(
                            b.mean(),
                            b.median(),
                            b.q1(),
                            b.q3(),
                            b.lowWhisker(),
                            b.highWhisker(),
                            b.min(),
                            b.max(),
                            outliers),
                    measure.name(),
                    label);
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return measure.bands().color(boxes.get(column).median().doubleValue());
            }

            /** JFreeChart draws no outliers on horizontal boxes: the lowest and highest unit are drawn here. */
            @Override
            public void drawHorizontalItem(
                    Graphics2D g2,
                    CategoryItemRendererState state,
                    Rectangle2D dataArea,
                    CategoryPlot plot,
                    CategoryAxis domainAxis,
                    ValueAxis rangeAxis,
                    CategoryDataset dataset,
                    int row,
                    int column) {
                super.drawHorizontalItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column);
                Box b = boxes.get(column);
                double y = domainAxis.getCategoryMiddle(
                        column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
                g2.setPaint(INK);
                g2.setStroke(new BasicStroke(1f));
                for (BigDecimal extreme : List.of(b.min(), b.max())) {
                    if (extreme.compareTo(b.lowWhisker()) < 0 || extreme.compareTo(b.highWhisker()) > 0) {
                        double x = rangeAxis.valueToJava2D(extreme.doubleValue(), dataArea, plot.getRangeAxisEdge());
                        g2.draw(new Ellipse2D.Double(x - 3, y - 3, 6, 6));
                    }
                }
            }
        };
        renderer.setDefaultToolTipGenerator((d, row, column) -> tooltip(boxes.get(column), measure, t));
        renderer.setDefaultItemURLGenerator((d, row, column) -> link == null ? null : link.apply(boxes.get(column)));

        CategoryAxis regions = new CategoryAxis(null);
        for (int i = 0; i < boxes.size(); i++) {
            regions.addCategoryLabelToolTip(labels.get(i), boxes.get(i).region());
        }
        NumberAxis values = new NumberAxis(measure.name());
        values.setNumberFormatOverride(measure.tickFormat());
        values.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, regions, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL); // region names read across, however many
        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(14f), plot, false);
        chart.addSubtitle(new TextTitle(t.apply("chart.spread.hint"), ChartFonts.plain(10f)));
        ChartStyle.apply(chart); // first: the theme resets the renderer's paints
        renderer.setMeanVisible(false); // the tooltip has the mean; the median line is the box's centre
        renderer.setMaximumBarWidth(0.6);
        renderer.setWhiskerWidth(0.6);
        renderer.setArtifactPaint(INK);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setDefaultOutlinePaint(INK);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        values.setRange(range(boxes, measure));
        regions.setTickLabelFont(ChartFonts.plain(11f));
        for (double edge :
                new double[] {measure.bands().amber(), measure.bands().green()}) {
            plot.addRangeMarker(new ValueMarker(
                    edge,
                    new Color(0x9E, 0x9E, 0x9E),
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f)));
        }
        if (measure.target() != null) {
            ValueMarker target = TrendChart.target(measure, t);
            // Inside the plot: left of the line, or right of it where the line lies in the axis's left third
            // (the seeds: every unit at or above the target), so the label is never cut by the plot's edge.
            Range r = values.getRange();
            boolean nearLeft = measure.target().doubleValue() < r.getLowerBound() + r.getLength() / 3;
            target.setLabelAnchor(nearLeft ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(nearLeft ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(target);
        }
        return chart;
    }

    private static String tooltip(Box b, Measure m, Function<String, String> t) {
        return b.region() + "：" + t.apply("chart.units").replace("{0}", Formats.count(b.units())) + "；"
                + t.apply("chart.spread.median") + " " + m.format(b.median()) + "，"
                + t.apply("chart.spread.quartiles") + " " + m.format(b.q1()) + "–" + m.format(b.q3()) + "，"
                + t.apply("chart.spread.mean") + " " + m.format(b.mean()) + "，"
                + t.apply("chart.spread.range") + " " + m.format(b.min()) + "–" + m.format(b.max()) + "；"
                + t.apply("chart.spread.weak").replace("{0}", Formats.count(b.weak()));
    }

    /** Wide enough for every unit (a region's weakest unit may lie far below the rest) and the target. */
    private static Range range(List<Box> boxes, Measure measure) {
        double lo = boxes.stream().mapToDouble(b -> b.min().doubleValue()).min().orElse(0);
        double hi = boxes.stream().mapToDouble(b -> b.max().doubleValue()).max().orElse(1);
        if (measure.target() != null) {
            lo = Math.min(lo, measure.target().doubleValue());
            hi = Math.max(hi, measure.target().doubleValue());
        }
        // Room for the dot of a unit at 0%; a region whose units all score alike still gets an axis.
        double pad = Math.max((hi - lo) * 0.04, measure.fraction() ? 0.005 : 0.5);
        return new Range(lo - pad, hi + pad);
    }
}
