package com.jixiao.insight.ranking.export;

import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.export.RankingLayout.Column;
import com.jixiao.insight.ranking.export.RankingLayout.Kind;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ranking for printing: A4 landscape (fourteen columns do not fit a portrait page at a readable
 * size), title, filters, date and source on top, a section per year whose table repeats its header row
 * on every page, and "page n of m" in the footer. The CJK font is embedded from the classpath, never
 * taken from the machine, so the file looks the same wherever it is opened.
 */
final class RankingPdf {

    private static final String FONT = "/fonts/WenQuanYiMicroHei.ttf";
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color WARNING = new Color(0x9C, 0x00, 0x06);
    private static final float CELL_SIZE = 7.5f;

    private RankingPdf() {}

    static void write(RankingLayout layout, OutputStream out) throws IOException {
        byte[] body = body(layout);
        out.write(numberPages(body, layout));
    }

    private static byte[] body(RankingLayout layout) throws IOException {
        BaseFont base = font();
        Font title = new Font(base, 15, Font.BOLD);
        Font normal = new Font(base, 9);
        Font warning = new Font(base, 10, Font.BOLD, WARNING);
        Font heading = new Font(base, 11, Font.BOLD);
        Font head = new Font(base, CELL_SIZE, Font.BOLD);
        Font cell = new Font(base, CELL_SIZE);
        Font missing = new Font(base, CELL_SIZE, Font.ITALIC, MUTED);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A landscape media box rather than A4.rotate(), whose /Rotate some printers and tools ignore.
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(landscape, 28, 28, 30, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(layout.title());
        document.addCreator("Jixiao Insight");
        document.addCreationDate();
        document.open();
        document.add(new Paragraph(layout.title(), title));
        for (String line : List.of(layout.filters(), layout.generated(), layout.source())) {
            document.add(new Paragraph(line, normal));
        }
        layout.syntheticNote().ifPresent(note -> document.add(new Paragraph(note, warning)));

        List<Column> columns = layout.columns();
        float[] widths = widths(
                columns,
                layout.table().rows(),
                base,
                document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin(),
                layout.notReported());
        for (int year : layout.years()) {
            Paragraph section = new Paragraph(layout.yearHeading(year), heading);
            section.setSpacingBefore(10);
            section.setSpacingAfter(4);
            document.add(section);
            List<RankingRow> rows = layout.rows(year);
            if (rows.isEmpty()) {
                document.add(new Paragraph(layout.noRows(year), normal));
                continue;
            }
            PdfPTable table = new PdfPTable(columns.size());
            table.setWidthPercentage(100);
            table.setWidths(widths);
            table.setHeaderRows(1);
            for (Column column : columns) {
                // A header breaks before its unit: 全年预算数 / （万元）.
                String header = column.header().replaceAll("\\s*(?=[(（])", "\n");
                PdfPCell c = new PdfPCell(new Phrase(header, head));
                c.setBackgroundColor(HEADER_FILL);
                c.setHorizontalAlignment(column.kind() == Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                c.setPadding(3);
                table.addCell(c);
            }
            for (RankingRow row : rows) {
                for (Column column : columns) {
                    String shown =
                            RankingLayout.display(column.kind(), column.value().apply(row));
                    PdfPCell c = new PdfPCell(
                            shown == null ? new Phrase(layout.notReported(), missing) : new Phrase(shown, cell));
                    c.setHorizontalAlignment(column.kind() == Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                    c.setPadding(3);
                    c.setBorderColor(Color.LIGHT_GRAY);
                    table.addCell(c);
                }
            }
            document.add(table);
        }
        document.close();
        return bytes.toByteArray();
    }

    /** Second pass: the page count is known only once the body is laid out. */
    private static byte[] numberPages(byte[] body, RankingLayout layout) throws IOException {
        Font footer = new Font(font(), 8, Font.NORMAL, MUTED);
        String left =
                layout.title() + (layout.table().synthetic() ? " · " + layout.text("export.synthetic.value") : "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReader reader = new PdfReader(body);
                PdfStamper stamper = new PdfStamper(reader, bytes)) {
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                var canvas = stamper.getOverContent(page);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, footer), 28, 18, 0);
                ColumnText.showTextAligned(
                        canvas,
                        Element.ALIGN_RIGHT,
                        new Phrase(layout.page(page, pages), footer),
                        size.getWidth() - 28,
                        18,
                        0);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Column widths measured in the font, the same for every year's table: figures never wrap, a header
     * wraps between words and before its unit but not inside a word, and when the page is too narrow only
     * the text columns (unit, region, basis) give up room and wrap.
     */
    private static float[] widths(
            List<Column> columns, List<RankingRow> rows, BaseFont font, float available, String notReported) {
        float padding = 8;
        float minText = 60;
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Column column = columns.get(i);
            float widest = longestWord(font, column.header()) + 1; // + the simulated bold
            for (RankingRow row : rows) {
                String shown =
                        RankingLayout.display(column.kind(), column.value().apply(row));
                widest = Math.max(widest, shown == null ? longestWord(font, notReported) : measure(font, shown));
            }
            widths[i] = widest + padding;
        }
        float excess = sum(widths) - available;
        float give = 0;
        for (int i = 0; i < widths.length; i++) {
            give += columns.get(i).kind() == Kind.TEXT ? Math.max(0, widths[i] - minText) : 0;
        }
        if (excess > 0 && give > 0) {
            float share = Math.min(1, excess / give);
            for (int i = 0; i < widths.length; i++) {
                if (columns.get(i).kind() == Kind.TEXT && widths[i] > minText) {
                    widths[i] -= (widths[i] - minText) * share;
                }
            }
        }
        return widths;
    }

    private static float longestWord(BaseFont font, String text) {
        float widest = 0;
        for (String word : text.split("\\s+|(?=[(（])|(?<=[：:])")) {
            widest = Math.max(widest, measure(font, word));
        }
        return widest;
    }

    private static float measure(BaseFont font, String text) {
        return font.getWidthPoint(text, CELL_SIZE);
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    /** The bundled font, embedded as a subset with Unicode (Identity-H) encoding. */
    private static BaseFont font() throws IOException {
        return BaseFont.createFont(
                "WenQuanYiMicroHei.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FontBytes.TTF, null);
    }

    /** Read once, on first use: 4.6 MB that every PDF needs. */
    private static final class FontBytes {
        static final byte[] TTF = read();

        private static byte[] read() {
            try (InputStream in = RankingPdf.class.getResourceAsStream(FONT)) {
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
