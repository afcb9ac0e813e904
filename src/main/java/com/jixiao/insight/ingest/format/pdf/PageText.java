package com.jixiao.insight.ingest.format.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper used only for its glyph positions: it decodes the fonts, places each glyph and drops the
 * copies some writers print twice for a bold effect; its own line and word building is skipped. Pages are handed on
 * one at a time, so that only the rows read so far stay in memory.
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
