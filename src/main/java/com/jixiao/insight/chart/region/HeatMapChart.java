package com.jixiao.insight.chart.region;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.chart.Bands;
import com.jixiao.insight.chart.ChartFonts;
import com.jixiao.insight.chart.ChartStyle;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A metric by region (rows) and year (columns): one cell per region and year, coloured by the metric's bands
 * and carrying its value in figures wherever the cell is large enough to print it (so colour is never the only
 * signal; the tooltip always has it). A year without a report is a pale cell saying so, never a zero. A cell
 * with a URL links to the list behind it.
 */
public final class HeatMapChart {

    /**
     * One region in one year.
     *
     * @param key what tells regions apart (a region path), for the link
     * @param region the row's label
     * @param value the figure; null where the region reported that year but not this figure
     * @param units how many unit-years the figure summarises
     */
    public record Cell(String key, String region, int year, BigDecimal value, int units) {}

    /** Rows of this height or more (in pixels) print their values comfortably; see {@link #height}. */
    static final int ROW_HEIGHT = 26;

    private static final Color NO_REPORT_TEXT = new Color(0x75, 0x75, 0x75);

    private HeatMapChart() {}

    /** A chart height that gives each of {@code rows} rows room for its figures. */
    public static int height(int rows) {
        return Math.max(240, 116 + rows * ROW_HEIGHT);
    }

    /**
     * @param cells the regions' cells, regions in the order they should be listed (first row on top)
     * @param link the address of the list behind a cell, or null for none
     */
    public static JFreeChart build(
            List<Cell> cells,
            Measure measure,
            String title,
            String subtitle,
            Function<String, String> t,
            Function<Cell, String> link) {
        Map<String, String> rows = new LinkedHashMap<>();
        cells.forEach(c -> rows.putIfAbsent(c.key(), c.region()));
        List<String> keys = new ArrayList<>(rows.keySet());
        int firstYear = cells.stream().mapToInt(Cell::year).min().orElse(0);
        int lastYear = cells.stream().mapToInt(Cell::year).max().orElse(0);
        Map<String, Cell> byPlace = new LinkedHashMap<>();
        cells.forEach(c -> byPlace.put(c.key() + "\u0000" + c.year(), c));

        // Every region × year, the missing ones too: they are drawn as "no report".
        int n = cells.isEmpty() ? 0 : keys.size() * (lastYear - firstYear + 1);
        double[][] xyz = new double[3][n];
        Cell[] items = new Cell[n];
        int[] rowOf = new int[n];
        int i = 0;
        for (int row = 0; row < keys.size() && n > 0; row++) {
            for (int year = firstYear; year <= lastYear; year++, i++) {
                Cell c = byPlace.get(keys.get(row) + "\u0000" + year);
                items[i] = c;
                rowOf[i] = row;
                xyz[0][i] = year;
                xyz[1][i] = row;
                xyz[2][i] =
                        c == null || c.value() == null ? Double.NaN : c.value().doubleValue();
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", xyz);

        NumberAxis years = new NumberAxis(null);
        // Integer ticks, thinned by JFreeChart when thirty years would not fit; "2024", not "2,024".
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setRange(firstYear - 0.5, lastYear + 0.5);
        years.setTickMarksVisible(false);
        years.setAxisLineVisible(false);
        SymbolAxis regions = new SymbolAxis(null, keys.stream().map(rows::get).toArray(String[]::new));
        regions.setRange(-0.5, Math.max(0.5, keys.size() - 0.5));
        regions.setInverted(true); // the first region on top, as in a table
        regions.setGridBandsVisible(false);
        regions.setTickMarksVisible(false);
        regions.setAxisLineVisible(false);

        String noReport = t.apply("chart.heatmap.noReport");
        String notStated = measure.missing();
        CellRenderer renderer = new CellRenderer(measure, items, noReport, notStated);
        renderer.setDefaultToolTipGenerator((d, s, item) ->
                tooltip(items[item], keys, rows, rowOf[item], (int) xyz[0][item], measure, noReport, notStated, t));
        renderer.setURLGenerator((d, s, item) -> items[item] == null || link == null ? null : link.apply(items[item]));

        XYPlot plot = new XYPlot(data, years, regions, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT); // years as a table's column heads
        plot.setFixedLegendItems(legend(measure, t));
        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(14f), plot, true);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, ChartFonts.plain(10f)));
        }
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        regions.setTickLabelFont(ChartFonts.plain(11f));
        years.setTickLabelFont(ChartFonts.plain(11f));
        LegendTitle legendTitle = chart.getLegend();
        legendTitle.setPosition(RectangleEdge.BOTTOM);
        legendTitle.setItemFont(ChartFonts.plain(10f));
        return chart;
    }

    private static String tooltip(
            Cell c,
            List<String> keys,
            Map<String, String> rows,
            int row,
            int year,
            Measure measure,
            String noReport,
            String notStated,
            Function<String, String> t) {
        String place = rows.get(keys.get(row)) + " " + year + "：";
        if (c == null) {
            return place + noReport;
        }
        String value = c.value() == null ? notStated : measure.format(c.value());
        return place + measure.name() + " " + value + "（"
                + t.apply("chart.units").replace("{0}", Formats.count(c.units())) + "）";
    }

    /** The three bands with their limits in words and figures, and what a pale cell means. */
    static LegendItemCollection legend(Measure measure, Function<String, String> t) {
        Bands b = measure.bands();
        var f = measure.tickFormat();
        String amber = f.format(b.amber());
        String green = f.format(b.green());
        boolean up = b.higherIsBetter();
        LegendItemCollection items = new LegendItemCollection();
        items.add(item(
                t.apply("chart.band.red") + (up ? " <" : " ≥") + amber, b, b.worst() + (b.amber() - b.worst()) / 2));
        items.add(item(
                t.apply("chart.band.amber") + " " + (up ? amber + "–" + green : green + "–" + amber),
                b,
                (b.amber() + b.green()) / 2));
        items.add(item(
                t.apply("chart.band.green") + (up ? " ≥" : " <") + green, b, b.green() + (b.best() - b.green()) / 2));
        String noReport = t.apply("chart.heatmap.noReport");
        items.add(new LegendItem(
                noReport,
                noReport,
                null,
                null,
                new Rectangle2D.Double(-4, -4, 8, 8),
                Bands.MISSING,
                new java.awt.BasicStroke(1f),
                Color.GRAY));
        return items;
    }

    private static LegendItem item(String label, Bands bands, double value) {
        return new LegendItem(label, bands.color(value));
    }

    /** Fills each cell, inset by a pixel so the cells stay apart, and prints its value where it fits. */
    static final class CellRenderer extends XYBlockRenderer {

        private final Measure measure;
        private final Cell[] items;
        private final String noReport;
        private final String notStated;

        CellRenderer(Measure measure, Cell[] items, String noReport, String notStated) {
            this.measure = measure;
            this.items = items;
            this.noReport = noReport;
            this.notStated = notStated;
            Bands b = measure.bands();
            setPaintScale(new PaintScale() {
                @Override
                public double getLowerBound() {
                    return Math.min(b.worst(), b.best());
                }

                @Override
                public double getUpperBound() {
                    return Math.max(b.worst(), b.best());
                }

                @Override
                public Paint getPaint(double value) {
                    return b.color(value);
                }
            });
        }

        @Override
        public void drawItem(
                Graphics2D g2,
                XYItemRendererState state,
                Rectangle2D dataArea,
                PlotRenderingInfo info,
                XYPlot plot,
                ValueAxis domainAxis,
                ValueAxis rangeAxis,
                XYDataset dataset,
                int series,
                int item,
                CrosshairState crosshairState,
                int pass) {
            double x = dataset.getXValue(series, item);
            double y = dataset.getYValue(series, item);
            double z = ((XYZDataset) dataset).getZValue(series, item);
            double x0 = domainAxis.valueToJava2D(x - 0.5, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(x + 0.5, dataArea, plot.getDomainAxisEdge());
            double y0 = rangeAxis.valueToJava2D(y - 0.5, dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(y + 0.5, dataArea, plot.getRangeAxisEdge());
            Rectangle2D block =
                    new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            Rectangle2D inner = new Rectangle2D.Double(
                    block.getX() + 1, block.getY() + 1, block.getWidth() - 2, block.getHeight() - 2);
            Color fill = (Color) getPaintScale().getPaint(z);
            g2.setPaint(fill);
            g2.fill(inner);
            Cell cell = items[item];
            List<String> texts = cell == null
                    ? List.of(noReport)
                    // what the reports lack, or a dash where that does not fit (the tooltip says it)
                    : cell.value() == null
                            ? List.of(notStated, "—")
                            : List.of(measure.format(cell.value()), compact(cell));
            printFitting(g2, inner, texts, cell == null ? NO_REPORT_TEXT : Bands.textOn(fill));
            EntityCollection entities = state.getEntityCollection();
            if (entities != null) {
                addEntity(entities, block, dataset, series, item, block.getCenterX(), block.getCenterY());
            }
        }

        /** The value with one decimal less, for narrow cells: 95.3%, 95.3. */
        private String compact(Cell c) {
            BigDecimal v = measure.fraction() ? c.value().movePointRight(2) : c.value();
            String figure = v.setScale(1, RoundingMode.HALF_UP).toPlainString();
            return measure.fraction() ? figure + "%" : figure;
        }

        /** The first text that fits the cell, centred; nothing if none fits (the tooltip still has it). */
        private static void printFitting(Graphics2D g2, Rectangle2D cell, List<String> texts, Color color) {
            float size = (float) Math.min(12, cell.getHeight() * 0.6);
            if (size < 7) {
                return;
            }
            Font font = ChartFonts.plain(size);
            FontMetrics metrics = g2.getFontMetrics(font);
            for (String text : texts) {
                if (metrics.stringWidth(text) <= cell.getWidth() - 4) {
                    g2.setFont(font);
                    g2.setPaint(color);
                    TextUtils.drawAlignedString(
                            text, g2, (float) cell.getCenterX(), (float) cell.getCenterY(), TextAnchor.CENTER);
                    return;
                }
            }
        }
    }
}
