package com.jixiao.insight.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font shipped with the app (WenQuanYi Micro Hei, Apache-2.0), used explicitly for every chart so
 * that PNG and SVG output never depend on the fonts of the machine they are rendered on.
 */
public final class ChartFonts {

    public static final String RESOURCE = "/fonts/WenQuanYiMicroHei.ttf";
    private static final Font BASE = load();

    private ChartFonts() {}

    public static Font plain(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    private static Font load() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + RESOURCE + " is not a TrueType font", e);
        }
    }
}
