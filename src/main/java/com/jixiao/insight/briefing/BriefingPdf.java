package com.jixiao.insight.briefing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The briefing for printing: A4 portrait, the same sections as the DOCX, text as text (selectable, searchable) in
 * the bundled CJK font embedded as a subset, never taken from the machine, so the file looks the same everywhere.
 */
final class BriefingPdf {

    private static final String FONT = "/fonts/WenQuanYiMicroHei.ttf";
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color WARNING = new Color(0x9C, 0x00, 0x06);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private BriefingPdf() {}

    static void write(Briefing b, BriefingText t, List<BriefingCharts.Image> charts, OutputStream out)
            throws IOException {
        BaseFont base = BaseFont.createFont(
                "WenQuanYiMicroHei.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FontBytes.TTF, null);
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 8.5f, Font.NORMAL, MUTED);
        Font warning = new Font(base, 10.5f, Font.BOLD, WARNING);
        Font cell = new Font(base, 8);
        Font head = new Font(base, 8, Font.BOLD);

        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out).setCloseStream(false); // the caller owns the stream
            document.addTitle(t.title());
            document.addCreator("Jixiao Insight");
            document.addCreationDate();
            document.open();
            Paragraph p = new Paragraph(t.title(), title);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(6);
            document.add(p);
            for (String line : t.preamble()) {
                document.add(new Paragraph(line, small));
            }
            t.syntheticNote().ifPresent(note -> document.add(new Paragraph(note, warning)));

            document.add(heading(t.text("briefing.section.summary"), heading));
            for (String sentence : t.sentences()) {
                Paragraph s = new Paragraph(sentence, body);
                s.setLeading(16);
                s.setSpacingAfter(3);
                document.add(s);
            }

            document.add(heading(t.text("briefing.section.kpis"), heading));
            document.add(table(
                    List.of(t.text("briefing.col.kpi"), t.text("briefing.col.value")),
                    t.kpis().stream().map(l -> List.of(l.label(), l.value())).toList(),
                    1,
                    new float[] {3, 2},
                    head,
                    cell,
                    60));

            if (!charts.isEmpty()) {
                document.add(heading(t.text("briefing.section.charts"), heading));
                float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
                for (BriefingCharts.Image chart : charts) {
                    Image image = Image.getInstance(chart.png());
                    image.scaleToFit(width * 0.85f, width * 0.85f * chart.height() / chart.width());
                    image.setAlignment(Element.ALIGN_CENTER);
                    document.add(image);
                }
            }

            document.add(heading(t.text("briefing.section.units"), heading));
            float[] unitWidths = {2.2f, 9, 8, 3, 5, 5, 4, 3, 3};
            if (!b.ranked().isEmpty()) {
                document.add(new Paragraph(
                        t.text("briefing.units.all", String.valueOf(b.ranked().size())), body));
                document.add(table(t.unitHeaders(), t.unitRows(b.ranked()), 4, unitWidths, head, cell, 100));
            } else if (!b.top().isEmpty()) {
                document.add(new Paragraph(
                        t.text("briefing.units.top", String.valueOf(b.top().size())), body));
                document.add(table(t.unitHeaders(), t.unitRows(b.top()), 4, unitWidths, head, cell, 100));
                document.add(new Paragraph(
                        t.text(
                                "briefing.units.bottom",
                                String.valueOf(b.bottom().size())),
                        body));
                document.add(table(t.unitHeaders(), t.unitRows(b.bottom()), 4, unitWidths, head, cell, 100));
            } else {
                document.add(new Paragraph(t.text("briefing.units.none"), body));
            }

            document.add(heading(t.text("briefing.section.reasons"), heading));
            if (t.reasonRows().isEmpty()) {
                document.add(new Paragraph(t.text("briefing.sentence.reasons.empty"), body));
            } else {
                document.add(table(
                        List.of(
                                t.text("briefing.col.reason"),
                                t.text("briefing.col.count"),
                                t.text("briefing.col.share")),
                        t.reasonRows(),
                        1,
                        new float[] {4, 1.5f, 1.5f},
                        head,
                        cell,
                        70));
                document.add(new Paragraph(t.text("briefing.reasons.method"), small));
            }

            document.add(heading(t.text("briefing.section.flags"), heading));
            if (t.flagRows().isEmpty()) {
                document.add(new Paragraph(t.text("briefing.sentence.flags.none"), body));
            } else {
                document.add(table(
                        List.of(t.text("briefing.col.flag"), t.text("briefing.col.count")),
                        t.flagRows(),
                        1,
                        new float[] {4, 1.5f},
                        head,
                        cell,
                        60));
            }
            document.add(heading(t.text("briefing.section.method"), heading));
            document.add(new Paragraph(t.text("briefing.method"), small));
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the briefing: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static Paragraph heading(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(
            List<String> headers,
            List<List<String>> rows,
            int firstNumber,
            float[] widths,
            Font head,
            Font cell,
            float widthPercent) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(widthPercent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingAfter(6);
        for (int c = 0; c < headers.size(); c++) {
            PdfPCell h = new PdfPCell(new Phrase(headers.get(c), head));
            h.setBackgroundColor(HEADER_FILL);
            h.setHorizontalAlignment(c >= firstNumber ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            h.setPadding(3);
            table.addCell(h);
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell x = new PdfPCell(new Phrase(row.get(c), cell));
                x.setHorizontalAlignment(c >= firstNumber ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                x.setPadding(3);
                x.setBorderColor(Color.LIGHT_GRAY);
                table.addCell(x);
            }
        }
        return table;
    }

    /** Read once, on first use: 4.6 MB that every PDF needs. */
    private static final class FontBytes {
        static final byte[] TTF = read();

        private static byte[] read() {
            try (InputStream in = BriefingPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the PDF font " + FONT + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the PDF font " + FONT, e);
            }
        }
    }
}
