package com.jixiao.insight.ingest.read;

import com.jixiao.insight.ingest.form.FormReader;
import com.jixiao.insight.ingest.format.pdf.PdfGrid;
import com.jixiao.insight.ingest.format.pdf.PdfLimits;
import com.jixiao.insight.ingest.format.sheet.SheetGrid;
import com.jixiao.insight.ingest.format.template.TemplateReader;
import com.jixiao.insight.ingest.format.template.TemplateSheets;
import com.jixiao.insight.ingest.format.text.TextDecoding;
import com.jixiao.insight.ingest.format.text.TextRows;
import com.jixiao.insight.ingest.format.text.TruncationCheck;
import com.jixiao.insight.ingest.format.word.OfficeContainer;
import com.jixiao.insight.ingest.format.word.OfficeLimits;
import com.jixiao.insight.ingest.format.word.WordGrid;
import com.jixiao.insight.ingest.grid.Grid;
import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import com.jixiao.insight.ingest.layout.TextLayouts;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads one uploaded file into a {@link ParsedFile}, or refuses it with an {@link ImportRejected} that says
 * where and why. Decides the format from the content, not from the name: a PDF, a Word document (DOCX or DOC), an
 * Excel workbook (the import template, or a 自评表 form as units fill it, XLSX or XLS), a CSV of the template's
 * columns, or a text report (UTF-8 or GB18030; tab, pipe or HTML tables, one cell per line, rows flattened onto
 * lines). Every format but the template becomes a {@link Grid} of located cells that one {@link FormReader} reads.
 * The file name is only a label.
 */
public final class ReportReader {

    /** The file names an upload offers to choose (the reader itself goes by content, not by name). */
    public static final String[] FILE_TYPES = {
        ".txt", ".text", ".tsv", ".md", ".htm", ".html", ".csv", ".xlsx", ".xls", ".docx", ".docm", ".doc", ".pdf"
    };

    private final ImportLimits limits;

    public ReportReader(ImportLimits limits) {
        this.limits = limits;
    }

    public ParsedFile parse(String fileName, byte[] bytes) {
        String name = FileNames.displayName(fileName);
        Diagnostics diag = new Diagnostics(name);
        if (bytes.length > limits.maxBytes()) {
            throw diag.reject("tooLarge", null, null, megabytes(bytes.length), megabytes(limits.maxBytes()));
        }
        if (isBlank(bytes)) {
            throw diag.reject("empty", null, null);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return form(name, bytes, () -> PdfGrid.read(bytes, PdfLimits.DEFAULT), Form.PDF, "pdf", diag);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)
                || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)
                || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return office(name, bytes, diag);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, diag);
        SourceText source = SourceText.of(name, bytes, decoded.text());
        if (TemplateReader.looksLikeCsv(name, source)) {
            return TemplateReader.csv(name, bytes, source, decoded.charset(), diag, limits);
        }
        List<Row> rows = TextLayouts.recover(source, TextRows.read(source, diag, limits), diag);
        FormReader parser = new FormReader(source, rows, diag, limits);
        ReportDocument doc = parser.parse();
        TruncationCheck.check(bytes, rows, parser.lastIncompleteRow(), diag);
        return new ParsedFile(doc, source, diag.warnings(), "text", decoded.charset(), doc.region() != null);
    }

    /** A Word document, a filled-in 自评表 workbook, or the import template (by its sheet and columns). */
    private ParsedFile office(String name, byte[] bytes, Diagnostics diag) {
        OfficeContainer.Kind kind;
        try {
            kind = OfficeContainer.sniff(bytes, OfficeLimits.DEFAULT, "Word/Excel");
        } catch (UnreadableFile e) {
            throw rejected(e, diag);
        }
        return switch (kind) {
            case DOCX, DOC ->
                form(
                        name,
                        bytes,
                        () -> WordGrid.read(bytes, OfficeLimits.DEFAULT),
                        Form.WORD,
                        kind.label.toLowerCase(Locale.ROOT),
                        diag);
            case XLSX ->
                TemplateSheets.isTemplate(bytes)
                        ? TemplateReader.xlsx(name, bytes, diag, limits)
                        : form(
                                name,
                                bytes,
                                () -> SheetGrid.read(bytes, OfficeLimits.DEFAULT),
                                Form.SHEET,
                                "xlsx",
                                diag);
            case XLS -> form(name, bytes, () -> SheetGrid.read(bytes, OfficeLimits.DEFAULT), Form.SHEET, "xls", diag);
            default -> throw diag.reject("officeWrongKind", null, null, kind.label, "PDF/Word/Excel");
        };
    }

    /** A file whose format reader gives a grid of located cells, read as a 自评表 form. */
    private ParsedFile form(
            String name, byte[] bytes, Supplier<List<GridRow>> reader, Form form, String format, Diagnostics diag) {
        List<GridRow> rows;
        try {
            rows = reader.get();
        } catch (UnreadableFile e) {
            throw rejected(e, diag);
        }
        Grid grid = Grid.of(name, SourceText.sha256(bytes), rows, form);
        ReportDocument doc;
        try {
            doc = new FormReader(grid.source(), grid.rows(), diag, limits).parse();
        } catch (ImportRejected e) {
            throw new ImportRejected(IssuePlaces.placed(e.issue(), grid.source()));
        }
        List<ImportIssue> warnings = diag.warnings().stream()
                .map(w -> IssuePlaces.placed(w, grid.source()))
                .toList();
        return new ParsedFile(doc, grid.source(), warnings, format, null, doc.region() != null);
    }

    private static ImportRejected rejected(UnreadableFile e, Diagnostics diag) {
        return e.location() == null
                ? diag.reject(e.code(), null, null, e.args().toArray())
                : diag.rejectCell(e.code(), e.location(), e.args().toArray());
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' '
                    && b != '\t'
                    && b != '\n'
                    && b != '\r'
                    && b != (byte) 0xEF
                    && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
