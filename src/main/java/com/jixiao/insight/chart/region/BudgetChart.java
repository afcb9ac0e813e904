package com.jixiao.insight.chart.region;

import com.jixiao.insight.chart.ChartStyle;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Initial vs adjusted budget vs executed (万元) per region and year. Missing figures are gaps. */
public final class BudgetChart {

    /** One region in one year. */
    public record Group(String region, int year, BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {}

    private BudgetChart() {}

    public static JFreeChart build(List<Group> groups, Function<String, String> t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Group g : groups) {
            String category = g.region() + " " + g.year();
            data.addValue(g.initial(), t.apply("chart.budget.initial"), category);
            data.addValue(g.adjusted(), t.apply("chart.budget.adjusted"), category);
            data.addValue(g.executed(), t.apply("chart.budget.executed"), category);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                t.apply("chart.budget.title"),
                null,
                t.apply("chart.budget.axis"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        ChartStyle.apply(chart);
        var renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, new Color(0x90, 0xA4, 0xAE));
        renderer.setSeriesPaint(1, new Color(0x1E, 0x88, 0xE5));
        renderer.setSeriesPaint(2, new Color(0x2E, 0x7D, 0x32));
        renderer.setItemMargin(0.02);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }
}
