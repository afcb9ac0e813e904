package com.jixiao.insight.chart.ui;

import com.jixiao.insight.chart.ChartRenderer;
import com.jixiao.insight.chart.ChartSpec;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn by JFreeChart as inline SVG, with a link that downloads it as PNG. Neither stays in the
 * session: the SVG (megabytes for a scatter of thousands of points) is rendered when the panel is attached
 * and sent to the browser once, the PNG is rendered when asked for. Only the chart's rows stay, in
 * {@code chart}.
 */
public class ChartPanel extends Div {

    public ChartPanel(Supplier<JFreeChart> chart, int width, int height, String fileName, String downloadLabel) {
        this(new ChartSpec(chart, width, height, fileName), downloadLabel);
    }

    public ChartPanel(ChartSpec spec, String downloadLabel) {
        Supplier<JFreeChart> chart = spec.chart();
        int width = spec.width();
        int height = spec.height();
        String fileName = spec.fileName();
        addClassName("chart-panel");
        Div svg = new Div();
        svg.addClassName("chart-svg");
        // Not an Html component: that would keep the SVG text in the session for as long as the view is open.
        svg.addAttachListener(e -> svg.getElement().executeJs("this.innerHTML = $0", spec.svg()));
        add(svg);
        Anchor png = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = ChartRenderer.png(chart.get(), width * 2, height * 2);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "image/png", bytes.length);
                }),
                "");
        png.add(VaadinIcon.DOWNLOAD.create());
        png.add(" " + downloadLabel);
        png.addClassName("chart-download");
        add(png);
    }
}
