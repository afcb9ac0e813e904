package com.jixiao.insight.ingest.format.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper used only for its glyph positions: it decodes the fonts, places each glyph and drops the
 * copies some writers print twice for a bold effect; its own line and word building is skipped. Pages are handed on
 * one at a time, so that only the rows read so far stay in memory.
 *
 * <p>A glyph whose font does not say which character it stands for (a composite font without a ToUnicode map for its
 * code, as some converters write) is kept where it was printed as {@link Glyph#UNDECODABLE}: PDFBox's stripper, as
 * Acrobat, drops it, and a cell would read short without a sign ("15" for "1?5").
 */
final class PageText extends PDFTextStripper {

    /** Receives each page with content, in order. */
    interface PageConsumer {
        void page(int number, PDPage page, List<Glyph> glyphs) throws IOException;
    }

    private final PageConsumer consumer;
    private PDPage current;

    private PageText(PageConsumer consumer) {
        this.consumer = consumer;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
    }

    static void read(PDDocument document, PageConsumer consumer) throws IOException {
        PageText text = new PageText(consumer);
        text.writeText(document, Writer.nullWriter());
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        current = page;
        super.processPage(page);
    }

    @Override
    protected void showGlyph(Matrix rendering, PDFont font, int code, Vector displacement) throws IOException {
        if (font instanceof PDSimpleFont || font.toUnicode(code) != null) {
            // a simple font's code without a map is taken as its character, as Acrobat and PDFBox do
            super.showGlyph(rendering, font, code, displacement);
            return;
        }
        PDRectangle box = current.getCropBox();
        float x = rendering.getTranslateX() - box.getLowerLeftX();
        float y = rendering.getTranslateY() - box.getLowerLeftY();
        Matrix at = new Matrix(
                rendering.getValue(0, 0),
                rendering.getValue(0, 1),
                rendering.getValue(1, 0),
                rendering.getValue(1, 1),
                x,
                y);
        // where the next glyph starts, in the direction the text runs (a rotated page, a vertical font)
        java.awt.geom.Point2D.Float end = rendering.transformPoint(displacement.getX(), displacement.getY());
        float endX = end.x - box.getLowerLeftX();
        float endY = end.y - box.getLowerLeftY();
        float advance = (float) Math.hypot(endX - x, endY - y);
        float size = rendering.getScalingFactorY();
        processTextPosition(new TextPosition(
                current.getRotation(),
                box.getWidth(),
                box.getHeight(),
                at,
                endX,
                endY,
                size,
                advance,
                size / 4,
                Glyph.UNDECODABLE,
                new int[] {code},
                font,
                getGraphicsState().getTextState().getFontSize(),
                Math.round(size)));
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition position : article) {
                Glyph g = Glyph.of(position);
                if (g != null) {
                    glyphs.add(g);
                }
            }
        }
        consumer.page(getCurrentPageNo(), current, glyphs);
    }
}
