package com.jixiao.insight.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;

/** One look for every chart: the shipped font everywhere, white background, light grid lines. */
public final class ChartStyle {

    private static final StandardChartTheme THEME = theme();

    private ChartStyle() {}

    public static JFreeChart apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setOutlineVisible(false);
        } else if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setOutlineVisible(false);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("jixiao");
        t.setExtraLargeFont(ChartFonts.bold(16f));
        t.setLargeFont(ChartFonts.bold(13f));
        t.setRegularFont(ChartFonts.plain(12f));
        t.setSmallFont(ChartFonts.plain(10f));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        return t;
    }
}
