package com.jixiao.insight.chart;

import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Unmet indicators per unit, stacked by indicator category (产出 / 效益 / 满意度 / 成本 …). */
public final class UnmetByCategoryChart {

    /** Unmet indicators of one unit in one category. */
    public record Slice(String unit, String category, int count) {}

    private UnmetByCategoryChart() {}

    public static JFreeChart build(List<Slice> slices, Function<String, String> t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Slice s : slices) {
            data.addValue(s.count(), s.category(), s.unit());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                t.apply("chart.unmet.title"),
                null,
                t.apply("chart.unmet.axis"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        ChartStyle.apply(chart);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(3f);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }
}
