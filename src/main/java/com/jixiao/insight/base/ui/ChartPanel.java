package com.jixiao.insight.base.ui;

import com.jixiao.insight.chart.ChartRenderer;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn by JFreeChart as inline SVG, with a link that downloads it as PNG. Only the SVG text
 * stays in the session; the PNG is rendered again when asked for.
 */
public class ChartPanel extends Div {

    public ChartPanel(Supplier<JFreeChart> chart, int width, int height, String fileName, String downloadLabel) {
        addClassName("chart-panel");
        add(new Html("<div class=\"chart-svg\">" + ChartRenderer.svg(chart.get(), width, height) + "</div>"));
        Anchor png = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ChartRenderer.png(chart.get(), width * 2, height * 2);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "image/png", bytes.length);
        }), "");
        png.add(VaadinIcon.DOWNLOAD.create());
        png.add(" " + downloadLabel);
        png.addClassName("chart-download");
        add(png);
    }
}
