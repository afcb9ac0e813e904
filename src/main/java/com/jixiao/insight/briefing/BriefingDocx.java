package com.jixiao.insight.briefing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The briefing as an editable Word document (what officials forward and edit): real paragraphs for the title and
 * every sentence, real tables for the KPIs, units, reasons and flags, and the charts as pictures between them.
 * Text is set in 宋体/SimSun for Chinese (the font Word users expect in official documents) and Arial for Latin.
 */
final class BriefingDocx {

    private static final String EAST_ASIA = "SimSun";
    private static final String LATIN = "Arial";
    private static final String HEADER_FILL = "E6E6E6";

    private BriefingDocx() {}

    static void write(Briefing b, BriefingText t, List<BriefingCharts.Image> charts, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(t.title());
            doc.getProperties().getCoreProperties().setCreator("Jixiao Insight");
            paragraph(doc, t.title(), 18, true, ParagraphAlignment.CENTER);
            for (String line : t.preamble()) {
                paragraph(doc, line, 9, false, ParagraphAlignment.LEFT);
            }
            t.syntheticNote()
                    .ifPresent(note -> paragraph(doc, note, 11, true, ParagraphAlignment.LEFT)
                            .getRuns()
                            .getFirst()
                            .setColor("9C0006"));

            heading(doc, t.text("briefing.section.summary"));
            for (String sentence : t.sentences()) {
                paragraph(doc, sentence, 11, false, ParagraphAlignment.BOTH);
            }

            heading(doc, t.text("briefing.section.kpis"));
            table(
                    doc,
                    List.of(t.text("briefing.col.kpi"), t.text("briefing.col.value")),
                    t.kpis().stream().map(l -> List.of(l.label(), l.value())).toList(),
                    1);

            if (!charts.isEmpty()) {
                heading(doc, t.text("briefing.section.charts"));
                for (BriefingCharts.Image chart : charts) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    try {
                        p.createRun()
                                .addPicture(
                                        new ByteArrayInputStream(chart.png()),
                                        PictureType.PNG,
                                        chart.name(),
                                        Units.toEMU(chart.width() * 0.7),
                                        Units.toEMU(chart.height() * 0.7));
                    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                        throw new IOException("cannot add the chart " + chart.name(), e);
                    }
                }
            }

            heading(doc, t.text("briefing.section.units"));
            if (!b.ranked().isEmpty()) {
                paragraph(
                        doc,
                        t.text("briefing.units.all", String.valueOf(b.ranked().size())),
                        10,
                        true,
                        null);
                table(doc, t.unitHeaders(), t.unitRows(b.ranked()), 4);
            } else if (!b.top().isEmpty()) {
                paragraph(
                        doc, t.text("briefing.units.top", String.valueOf(b.top().size())), 10, true, null);
                table(doc, t.unitHeaders(), t.unitRows(b.top()), 4);
                paragraph(
                        doc,
                        t.text(
                                "briefing.units.bottom",
                                String.valueOf(b.bottom().size())),
                        10,
                        true,
                        null);
                table(doc, t.unitHeaders(), t.unitRows(b.bottom()), 4);
            } else {
                paragraph(doc, t.text("briefing.units.none"), 10, false, null);
            }

            heading(doc, t.text("briefing.section.reasons"));
            if (t.reasonRows().isEmpty()) {
                paragraph(doc, t.text("briefing.sentence.reasons.empty"), 10, false, null);
            } else {
                table(
                        doc,
                        List.of(
                                t.text("briefing.col.reason"),
                                t.text("briefing.col.count"),
                                t.text("briefing.col.share")),
                        t.reasonRows(),
                        1);
                paragraph(doc, t.text("briefing.reasons.method"), 9, false, null);
            }

            heading(doc, t.text("briefing.section.flags"));
            if (t.flagRows().isEmpty()) {
                paragraph(doc, t.text("briefing.sentence.flags.none"), 10, false, null);
            } else {
                table(doc, List.of(t.text("briefing.col.flag"), t.text("briefing.col.count")), t.flagRows(), 1);
            }
            heading(doc, t.text("briefing.section.method"));
            paragraph(doc, t.text("briefing.method"), 9, false, null);
            doc.write(out);
        }
    }

    private static XWPFParagraph heading(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, text, 13, true, null);
        p.setSpacingBefore(240);
        p.setSpacingAfter(80);
        return p;
    }

    private static XWPFParagraph paragraph(
            XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        if (align != null) {
            p.setAlignment(align);
        }
        run(p, text, size, bold);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(EAST_ASIA, XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    /** A table with a shaded header row; columns from {@code firstNumber} on are figures, right-aligned. */
    private static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows, int firstNumber) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        fill(table.getRow(0), headers, firstNumber, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), firstNumber, false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, int firstNumber, boolean header) {
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setAlignment(c >= firstNumber ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            run(p, values.get(c), 9, header);
            if (header) {
                cell.setColor(HEADER_FILL);
            }
        }
    }
}
