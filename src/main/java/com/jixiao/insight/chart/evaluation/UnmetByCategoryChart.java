package com.jixiao.insight.chart.evaluation;

import com.jixiao.insight.chart.ChartStyle;
import com.jixiao.insight.chart.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Unmet indicators per unit, stacked by indicator category (产出 / 效益 / 满意度 / 成本 …). Unit names are cut to
 * {@value #LABEL_CHARS} characters ("鄂州葛店经济…审批局") so fifteen of them stay legible; the full name is the
 * label's tooltip.
 */
public final class UnmetByCategoryChart {

    /** Unmet indicators of one unit in one category. */
    public record Slice(String unit, String category, int count) {}

    static final int LABEL_CHARS = 10;

    private UnmetByCategoryChart() {}

    public static JFreeChart build(List<Slice> slices, Function<String, String> t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Slice s : slices) {
            String label = labels.computeIfAbsent(s.unit(), unit -> unique(Labels.shorten(unit, LABEL_CHARS), labels));
            data.addValue(s.count(), s.category(), label);
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
        labels.forEach((unit, label) -> chart.getCategoryPlot().getDomainAxis().addCategoryLabelToolTip(label, unit));
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** Two long names may shorten alike: the second gets a number, so that neither unit's bars merge. */
    private static String unique(String label, Map<String, String> taken) {
        String candidate = label;
        for (int i = 2; taken.containsValue(candidate); i++) {
            candidate = label + i;
        }
        return candidate;
    }
}
