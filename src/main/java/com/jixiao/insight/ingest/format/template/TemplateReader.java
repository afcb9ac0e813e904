package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;

/**
 * Reads the import template, as an XLSX workbook (sheet 自评表) or as CSV with the same columns. The template
 * is strict where a text report cannot be: every figure must be a number, every cell plain text (no formula,
 * no markup), one unit and one year per file. Each refusal names the cell. The rows of the sheet become the
 * lines of the stored source text (line N is sheet row N), so that every stored row points at its cells.
 * Two stages: the file's rows of cells ({@link TemplateRows}), then what they say ({@link TemplateForm}).
 */
public final class TemplateReader {

    private TemplateReader() {}

    public static ParsedFile xlsx(String name, byte[] bytes, Diagnostics diag, ImportLimits limits) {
        TemplateRows rows = TemplateRows.xlsx(name, bytes, diag, limits);
        ReportDocument doc = TemplateForm.read(rows, name, diag, limits);
        return new ParsedFile(doc, rows.source(), diag.warnings(), "xlsx", null, doc.region() != null);
    }

    /** A .csv file, or a text whose first line is the template's header (comma, semicolon or tab separated). */
    public static boolean looksLikeCsv(String name, SourceText source) {
        return TemplateRows.looksLikeCsv(name, source);
    }

    public static ParsedFile csv(
            String name, byte[] bytes, SourceText source, String charset, Diagnostics diag, ImportLimits limits) {
        TemplateRows rows = TemplateRows.csv(source, diag, limits);
        ReportDocument doc = TemplateForm.read(rows, name, diag, limits);
        return new ParsedFile(doc, source, diag.warnings(), "csv", charset, doc.region() != null);
    }
}
