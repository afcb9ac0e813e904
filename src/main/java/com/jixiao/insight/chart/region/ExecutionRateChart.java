package com.jixiao.insight.chart.region;

import com.jixiao.insight.chart.ChartFonts;
import com.jixiao.insight.chart.ChartStyle;
import com.jixiao.insight.chart.Thresholds;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Execution rate by region (categories) and year (bars), coloured by threshold, with the target line.
 * A year without a report has no bar: a gap, never a zero.
 */
public final class ExecutionRateChart {

    /** One bar: a region in a year. */
    public record Bar(String region, int year, BigDecimal rate) {}

    /** Bars are labelled with their rate up to this many. */
    static final int LABELLED_BARS = 40;

    private ExecutionRateChart() {}

    public static JFreeChart build(
            List<Bar> bars, BigDecimal target, Thresholds thresholds, Function<String, String> t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.stream()
                .map(Bar::year)
                .distinct()
                .sorted()
                .forEach(y -> bars.stream().map(Bar::region).distinct().forEach(r -> data.addValue(null, y, r)));
        for (Bar b : bars) {
            data.setValue(b.rate().movePointRight(2), Integer.valueOf(b.year()), b.region());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                t.apply("chart.executionRate.title"),
                null,
                t.apply("chart.executionRate.axis"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number v = data.getValue(row, column);
                return v == null ? Color.LIGHT_GRAY : thresholds.color(new BigDecimal(v.toString()).movePointLeft(2));
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        // The year says which bar is which only when there are several years.
        String label = data.getRowCount() > 1 ? "{0}: {2}%" : "{2}%";
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(label, new DecimalFormat("0.00")));
        renderer.setDefaultItemLabelsVisible(bars.size() <= LABELLED_BARS); // beyond that they overlap
        renderer.setDefaultItemLabelFont(ChartFonts.plain(10f));
        plot.setRenderer(renderer);
        if (data.getColumnCount() > 6) { // side by side they would be cut to "…"
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 110);
        ValueMarker line = new ValueMarker(
                target.movePointRight(2).doubleValue(),
                new Color(0x1A, 0x39, 0x7A),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        line.setLabel(t.apply("chart.executionRate.target") + " "
                + target.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        line.setLabelFont(ChartFonts.plain(10f));
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        plot.addRangeMarker(line);
        chart.removeLegend();
        return chart;
    }
}
