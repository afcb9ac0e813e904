package com.jixiao.insight.chart.evaluation;

import com.jixiao.insight.chart.ChartStyle;
import java.awt.Color;
import java.awt.Paint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Unmet targets by the class of their reason, one horizontal bar per group (a region or a year) stacked by class,
 * classes in rule order with a fixed colour each, so that the charts of one page and of a briefing agree. Groups
 * are few by construction (the regions one level below the scope, the years), so their labels stay legible.
 */
public final class ReasonChart {

    /** Unmet targets of one group whose reason is of one class ({@code reasonClass} is the class's code). */
    public record Slice(String group, String reasonClass, int count) {}

    /** One colour per class, by position in the rule order; "other" and "unstated" in greys. */
    private static final Map<String, Color> COLOURS = new LinkedHashMap<>();

    static {
        String[] codes = {
            "FORCE_MAJEURE",
            "CROSS_YEAR",
            "FUNDS_LATE",
            "FUNDS_SHORT",
            "PLAN_CHANGE",
            "IMPLEMENTATION_DELAY",
            "DEMAND_SHIFT",
            "STAFFING",
            "TARGET_UNREALISTIC",
            "CAPACITY_WEAK",
            "OTHER",
            "UNSTATED"
        };
        int[] rgb = {
            0x8C564B, 0x9467BD, 0xD62728, 0xFF7F0E, 0x1F77B4, 0x17BECF, 0x2CA02C, 0xBCBD22, 0xE377C2, 0x7F7F7F,
            0xA9A9A9, 0xD9D9D9
        };
        for (int i = 0; i < codes.length; i++) {
            COLOURS.put(codes[i], new Color(rgb[i]));
        }
    }

    private ReasonChart() {}

    /**
     * @param title the chart's title key
     * @param label a class code's label (e.g. through the i18n bundle)
     */
    public static JFreeChart build(
            List<Slice> slices, String title, Function<String, String> t, Function<String, String> label) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Series in rule order (the order of COLOURS), whatever order the slices come in.
        for (String code : COLOURS.keySet()) {
            for (Slice s : slices) {
                if (s.reasonClass().equals(code)) {
                    data.addValue(s.count(), label.apply(code), s.group());
                }
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                t.apply(title),
                null,
                t.apply("chart.reasons.axis"),
                data,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setMaximumBarWidth(0.12);
        for (int row = 0; row < data.getRowCount(); row++) {
            renderer.setSeriesPaint(row, colour(data.getRowKey(row).toString(), label));
        }
        return chart;
    }

    private static Paint colour(String seriesLabel, Function<String, String> label) {
        for (String code : COLOURS.keySet()) {
            if (label.apply(code).equals(seriesLabel)) {
                return COLOURS.get(code);
            }
        }
        return Color.GRAY;
    }
}
