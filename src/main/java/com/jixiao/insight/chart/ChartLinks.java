package com.jixiao.insight.chart;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.JFreeChartEntity;
import org.jfree.chart.entity.PlotEntity;
import org.jfree.svg.SVGUtils;

/**
 * The clickable layer of a chart's SVG: for every part of the chart that JFreeChart gave a URL or a tooltip (a
 * heat-map cell, a point of a line, a box, a shortened axis label), a transparent copy of its area on top of the
 * drawing, wrapped in an SVG {@code <a href>} when it has a URL, with its tooltip as an SVG {@code <title>}.
 *
 * <p>Why anchors rather than a click listener on the panel reading coordinates: the chart is SVG text in a
 * {@code Div} ({@code chart.ui.ChartPanel}), not kept on the server, so the server could not map a click back to a
 * cell without drawing the chart again; an anchor carries its own address, so the link works without a round trip,
 * opens in a new tab with a middle click, shows its address and tooltip on hover, is reached by the keyboard, and is
 * the very URL of the filtered list (bookmarkable). JFreeChart's own URL generators give the addresses, as they do
 * for HTML image maps.
 */
final class ChartLinks {

    /** Hover feedback, and the pointer only where there is somewhere to go. */
    private static final String STYLE = "<style>.chart-hit{fill:#000;fill-opacity:0}"
            + "a:hover>.chart-hit,a:focus>.chart-hit{fill-opacity:0.15}</style>";

    private ChartLinks() {}

    /** The layer's SVG, or "" when nothing in the chart has a URL or a tooltip. */
    static String layer(EntityCollection entities) {
        StringBuilder out = new StringBuilder();
        for (Object o : entities.getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof JFreeChartEntity || e instanceof PlotEntity) {
                continue;
            }
            String url = blankToNull(e.getURLText());
            String tip = blankToNull(e.getToolTipText());
            if (url == null && tip == null) {
                continue;
            }
            out.append(url == null ? "<g>" : "<a href='" + SVGUtils.escapeForXML(url) + "'>");
            if (tip != null) {
                out.append("<title>").append(SVGUtils.escapeForXML(tip)).append("</title>");
            }
            out.append(shape(e.getArea()));
            out.append(url == null ? "</g>" : "</a>");
        }
        return out.isEmpty() ? "" : "<g class='chart-links'>" + STYLE + out + "</g>";
    }

    private static String shape(Shape s) {
        if (s instanceof Rectangle2D r) {
            return "<rect class='chart-hit' x='" + ChartRenderer.tenth(r.getX()) + "' y='"
                    + ChartRenderer.tenth(r.getY())
                    + "' width='" + ChartRenderer.tenth(r.getWidth()) + "' height='"
                    + ChartRenderer.tenth(r.getHeight()) + "'/>";
        }
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(c, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(c, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(c, 3));
                default -> d.append('Z');
            }
        }
        return "<path class='chart-hit' d='" + d + "'/>";
    }

    private static String points(double[] c, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n * 2; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(ChartRenderer.tenth(c[i]));
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
