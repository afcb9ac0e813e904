package com.jixiao.insight.ingest.format.pdf;

/**
 * How much a PDF may hold before {@link PdfGrid} refuses or simplifies it. The file's size in bytes is checked before
 * it gets here (ImportLimits).
 *
 * @param maxPages more pages are refused ({@code pdfTooManyPages}): a self-evaluation report has a few dozen at most
 * @param maxRulingsPerPage a page drawing more line segments is a chart or a drawing, not a form: its rulings are
 *     ignored and its text read as lines (this also bounds the work of matching rulings)
 */
public record PdfLimits(int maxPages, int maxRulingsPerPage) {

    public static final PdfLimits DEFAULT = new PdfLimits(300, 5_000);

    public PdfLimits {
        if (maxPages < 1 || maxRulingsPerPage < 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxPages + ", " + maxRulingsPerPage);
        }
    }
}
