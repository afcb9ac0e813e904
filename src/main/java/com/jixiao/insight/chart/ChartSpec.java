package com.jixiao.insight.chart;

import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a page shows it: how to build it (from rows already fetched, so building runs no query), its size in
 * pixels and the name of its PNG download. The view turns it into a panel; the benchmark renders it as the view does.
 */
public record ChartSpec(Supplier<JFreeChart> chart, int width, int height, String fileName) {

    /** The chart as inline SVG, as a page shows it. */
    public String svg() {
        return ChartRenderer.svg(chart.get(), width, height);
    }
}
