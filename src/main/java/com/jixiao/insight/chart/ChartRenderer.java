package com.jixiao.insight.chart;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a chart as inline SVG or as PNG. In the SVG, text is SVG text in the shipped font's family with
 * the usual Chinese system fonts after it, and coordinates carry one decimal (a tenth of a pixel): drawn
 * as glyph outlines with full precision, a province's execution-rate chart was 3.6 MB per page view and
 * per open session; as text it is a few dozen KB. Parts of the chart with a URL or a tooltip become SVG links
 * with titles on top of the drawing ({@link ChartLinks}). The PNG (downloads) uses the shipped font itself.
 */
public final class ChartRenderer {

    /**
     * The CSS font-family of chart text: the shipped font first, then what Chinese desktops have. Unquoted:
     * JFreeSVG writes it inside a single-quoted style attribute.
     */
    static final String FONT_FAMILY =
            "WenQuanYi Micro Hei, Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, " + "PingFang SC, sans-serif";

    static {
        // JFreeChart draws rotated text (the category labels set at an angle) through a TextLayout by default, a
        // workaround for a JDK bug fixed long ago: in SVG every such label became glyph outlines, and shaping them
        // was a fifth of a province overview's time (JFR, decision 0010). Drawn as text, they are SVG text like the
        // rest.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartRenderer() {}

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(family -> FONT_FAMILY);
        g.setGeomDoubleConverter(ChartRenderer::tenth);
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        // A viewBox lets the page scale the chart to its column; the drawing keeps its proportions.
        String svg = g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        String links = ChartLinks.layer(info.getEntityCollection());
        return links.isEmpty() ? svg : svg.substring(0, svg.lastIndexOf("</svg>")) + links + "</svg>";
    }

    /** A coordinate to a tenth of a pixel, without a trailing ".0". */
    static String tenth(double v) {
        long tenths = Math.round(v * 10);
        long whole = tenths / 10;
        long fraction = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return fraction == 0 ? Long.toString(whole) : sign + whole + "." + fraction;
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
