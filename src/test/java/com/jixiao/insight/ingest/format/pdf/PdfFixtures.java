package com.jixiao.insight.ingest.format.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFs for the tests: the committed ones (made from HTML by tools/pdf/make_pdf_fixtures.sh with LibreOffice) and
 * small ones drawn here with PDFBox, where exact coordinates or a special property (a scan, a password) matter.
 */
final class PdfFixtures {

    static final float A4_WIDTH = PDRectangle.A4.getWidth();
    static final float A4_HEIGHT = PDRectangle.A4.getHeight();

    private PdfFixtures() {}

    /** A committed fixture from src/test/resources/pdf/. */
    static byte[] file(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/pdf", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages that are only an image each, as a scanner makes them. */
    static byte[] scan(int pages) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage picture = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.BLACK);
            for (int y = 40; y < 260; y += 20) {
                g.drawLine(20, y, 180, y); // the ruled lines of a scanned form, as pixels
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, A4_WIDTH, A4_HEIGHT);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty pages. */
    static byte[] blank(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF encrypted (AES-128) with the given passwords; an empty user password opens without asking. */
    static byte[] encrypted(byte[] pdf, String userPassword, String ownerPassword) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same pages on landscape media with /Rotate 90 and their content turned the other way, as some scanners and
     * printers-to-PDF write them: a viewer shows exactly the original.
     */
    static byte[] rotated(byte[] pdf) {
        try (PDDocument source = Loader.loadPDF(pdf);
                PDDocument doc = new PDDocument()) {
            LayerUtility layers = new LayerUtility(doc);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getCropBox();
                PDFormXObject form = layers.importPageAsForm(source, i);
                PDPage page = new PDPage(new PDRectangle(box.getHeight(), box.getWidth()));
                page.setRotation(90);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    // shown turned clockwise, (x, y) of the original must be drawn at (height - y, x)
                    cs.transform(new Matrix(0, 1, -1, 0, box.getHeight(), 0));
                    cs.drawForm(form);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two pages with one table running over them, drawn as WPS draws borders (thin filled rectangles), in Helvetica:
     *
     * <pre>
     * page 1:  Report 2024
     *          +--------+-----------+----------+
     *          |        | Quantity  | 12 items |
     *          | Output +-----------+----------+
     *          |        | Quality   | 98%      |
     *          +--------+-----------+----------+
     *          | Total  | 100                  |   (the border between is drawn in white)
     *          +--------+----------------------+
     *          - 1 -
     * page 2:  +--------+-----------+----------+
     *          |        | Timeliness| on time  |
     *          +--------+-----------+----------+
     *          End of table
     * </pre>
     *
     * @param openAtBreak leave the border off where the page break cuts the table (bottom of page 1, top of page 2),
     *     as Word does
     */
    static byte[] drawnTable(boolean openAtBreak) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float[] xs = {50, 150, 300, 450};
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                text(cs, font, 14, 50, 60, "Report 2024");
                for (float y : openAtBreak ? new float[] {100, 160} : new float[] {100, 160, 190}) {
                    horizontal(cs, y, 50, 450);
                }
                horizontal(cs, 130, 150, 450); // none under "Output": it spans two rows
                for (float x : xs) {
                    vertical(cs, x, 100, x == 300 ? 160 : 190);
                }
                cs.setStrokingColor(Color.WHITE); // a hidden border is no border
                cs.setLineWidth(0.5f);
                cs.moveTo(300, A4_HEIGHT - 160);
                cs.lineTo(300, A4_HEIGHT - 190);
                cs.stroke();
                text(cs, font, 10, 55, 134, "Output");
                text(cs, font, 10, 155, 119, "Quantity");
                text(cs, font, 10, 305, 119, "12 items");
                text(cs, font, 10, 155, 149, "Quality");
                text(cs, font, 10, 305, 149, "98%");
                text(cs, font, 10, 55, 179, "Total");
                text(cs, font, 10, 155, 179, "100");
                text(cs, font, 10, 280, 800, "- 1 -");
            }
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                if (!openAtBreak) {
                    horizontal(cs, 40, 50, 450);
                }
                horizontal(cs, 70, 50, 450);
                for (float x : xs) {
                    vertical(cs, x, 40, 70);
                }
                text(cs, font, 10, 155, 59, "Timeliness");
                text(cs, font, 10, 305, 59, "on time");
                text(cs, font, 10, 50, 100, "End of table");
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table over three pages whose rows are one line high, in Helvetica. Page 1 ends in a row Word broke at the
     * page: the indicator wrapped, its last word "year" stands alone at the top of page 2. Page 2 ends in a row that
     * fits, and page 3 starts with a fresh row that has only an indicator.
     *
     * <pre>
     * p.1  | Name | Indicator              | Score |      p.2  |      | year   |   |      p.3  |      | Chairs |   |
     *      | A    | Printers bought in the | 2     |           |      | Desks  | 1 |
     * </pre>
     */
    static byte[] brokenRows() {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float[] xs = {50, 150, 260, 450};
            String[][][] pages = {
                {{"Name", "Indicator", "Score"}, {"A", "Printers bought in the", "2"}},
                {{"", "year", ""}, {"", "Desks", "1"}},
                {{"", "Chairs", ""}}
            };
            for (String[][] rows : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = 40;
                    for (int r = 0; r <= rows.length; r++) {
                        horizontal(cs, top + 20 * r, 50, 450);
                    }
                    for (float x : xs) {
                        vertical(cs, x, top, top + 20 * rows.length);
                    }
                    for (int r = 0; r < rows.length; r++) {
                        for (int c = 0; c < 3; c++) {
                            text(cs, font, 10, xs[c] + 3, top + 20 * r + 14, rows[r][c]);
                        }
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns of text with no ruling lines at all. */
    static byte[] unruledTable() {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 10, 50, 100, "Indicator");
                text(cs, font, 10, 250, 100, "Target");
                text(cs, font, 10, 50, 115, "Output");
                text(cs, font, 10, 250, 115, "12 items");
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal border as a filled rectangle half a point high; y from the top of the page. */
    private static void horizontal(PDPageContentStream cs, float y, float from, float to) throws IOException {
        cs.addRect(from - 0.25f, A4_HEIGHT - y - 0.25f, to - from + 0.5f, 0.5f);
        cs.fill();
    }

    private static void vertical(PDPageContentStream cs, float x, float from, float to) throws IOException {
        cs.addRect(x - 0.25f, A4_HEIGHT - to - 0.25f, 0.5f, to - from + 0.5f);
        cs.fill();
    }

    /** Text with its baseline at {@code baseline} from the top of the page. */
    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float baseline, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, A4_HEIGHT - baseline);
        cs.showText(s);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
