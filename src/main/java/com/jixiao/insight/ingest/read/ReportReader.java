package com.jixiao.insight.ingest.read;

import com.jixiao.insight.ingest.form.FormReader;
import com.jixiao.insight.ingest.format.template.TemplateReader;
import com.jixiao.insight.ingest.format.text.TextDecoding;
import com.jixiao.insight.ingest.format.text.TextRows;
import com.jixiao.insight.ingest.format.text.TruncationCheck;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.List;
import java.util.Locale;

/**
 * Reads one uploaded file into a {@link ParsedFile}, or refuses it with an {@link ImportRejected} that says
 * where and why. Decides the format from the content, not from the name: an XLSX workbook (the template),
 * a CSV of the template's columns, or a text report (UTF-8 or GB18030; tab, pipe or HTML tables). Known
 * formats it cannot read (XLS, PDF, Word) are named in the refusal. The file name is only a label.
 */
public final class ReportReader {

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
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return TemplateReader.xlsx(name, bytes, diag, limits);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw diag.reject("xls", null, null);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw diag.reject("pdf", null, null);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, diag);
        SourceText source = SourceText.of(name, bytes, decoded.text());
        if (TemplateReader.looksLikeCsv(name, source)) {
            return TemplateReader.csv(name, bytes, source, decoded.charset(), diag, limits);
        }
        List<Row> rows = TextRows.read(source, diag, limits);
        FormReader parser = new FormReader(source, rows, diag, limits);
        ReportDocument doc = parser.parse();
        TruncationCheck.check(bytes, rows, parser.lastIncompleteRow(), diag);
        return new ParsedFile(doc, source, diag.warnings(), "text", decoded.charset(), doc.region() != null);
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
