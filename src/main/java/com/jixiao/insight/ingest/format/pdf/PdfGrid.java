package com.jixiao.insight.ingest.format.pdf;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The rows of a text PDF, as units publish their reports: exported from Word or WPS, ruled tables with merged cells,
 * tables running on over pages, several tables per file and prose between them.
 *
 * <p><b>Why PDFBox 3 and our own lattice reader, not Tabula.</b> Tabula-java's last release, 1.0.5 (2021), is built
 * on PDFBox 2.0.24. Maven keeps one {@code org.apache.pdfbox:pdfbox}, ours (3.0.x), so Tabula would run on an API it
 * was not built for: PDFBox 3 removed calls 1.0.5 makes (its table detector reads content streams with
 * {@code PDFStreamParser.getTokens}, gone in 3.0), which fail only at run time. The port to PDFBox 3 is on Tabula's
 * master branch but unreleased (1.0.6-SNAPSHOT). 1.0.5 also brings slf4j-simple as a compile dependency (a second
 * logging binding beside Logback), BouncyCastle 1.69, JTS, Gson, commons-cli and commons-csv, none of which we need.
 * And its {@code Table} does not expose a merged cell's extent (covered positions are just empty), while a 自评表
 * lives on merged cells (一级/二级指标 spanning rows, 项目名称 spanning columns) and the form reader must tell a
 * colspan from an empty cell. The idea (rulings → meeting points → cells, as in Tabula's
 * SpreadsheetExtractionAlgorithm and pdfplumber's table finder) is re-implemented in {@link Lattice} on PDFBox 3 in a
 * few hundred lines, keeping spans.
 *
 * <p>How a PDF is read:
 *
 * <ul>
 *   <li>Each page's ruling lines come from its content stream ({@link PageGraphics}; nothing is rendered), its glyphs
 *       from PDFBox's text stripper ({@link PageText}).
 *   <li>Rulings that meet form tables; a table's columns are the union of its vertical rulings, its rows the union of
 *       its horizontal ones; a merged cell is a rectangle of grid cells with no ruling inside ({@link Lattice}).
 *   <li>Glyphs inside a table go to their merged cell, read top to bottom and left to right; Chinese is joined without
 *       spaces, Latin words with one ({@link TextLines}). Other glyphs form text lines, one row each.
 *   <li>A merged cell's text stands in its top-left cell; cells it covers below are empty, cells it covers to the
 *       right are empty and listed in {@code spanned}, as {@code SourceRows} writes HTML rowspan and colspan.
 *   <li>A table that is the last thing on a page continues on the next page when that page starts with a table of the
 *       same left and right edges (a page number between them does not count): the parts' columns are united and the
 *       rows follow on. A merged cell cut by the page break reads as a text cell above and an empty cell below it,
 *       which the form reader carries down; a row that the page break cut in two (Word lets rows break by default)
 *       is joined again when its second half holds only the rest of texts that filled their cells ({@link TableRows}).
 *       Short lines of a merged cell that the producer printed outside the rulings on either side of the break
 *       (LibreOffice Calc prints such a cell on both pages) go back into that cell and do not part the table
 *       ({@link CutCellLines}).
 *   <li>Rows come in page order, text lines and table rows by their vertical position; each row's location is
 *       "第N页 y=…" (points from the top of the page).
 * </ul>
 *
 * Refusals ({@link UnreadableFile}): {@code pdfCorrupt} (not a PDF, truncated, unparsable), {@code pdfEncrypted} (a
 * password is needed to open it; a PDF restricted only by an owner password is read), {@code pdfTooManyPages},
 * {@code pdfNoText} (no text layer, some pages are images: a scan), {@code pdfBlank} (neither text nor images) and
 * {@code pdfUndecodable} (a third of the glyphs or more in fonts that do not say which characters they are; fewer
 * stand in their cells as U+FFFD, which the form reader warns at).
 *
 * <p>Not read: tables without ruling lines (their text comes as text lines, which the form reader can still take
 * apart by layout), text in form fields or annotations, text turned into outlines, and rotated text inside cells.
 */
public final class PdfGrid {

    /** Table parts on consecutive pages whose left and right edges lie this close (points) are one table. */
    private static final float SAME_EDGE = 3f;

    private PdfGrid() {}

    public static List<GridRow> read(byte[] pdf, PdfLimits limits) {
        if (!startsLikePdf(pdf) || !endsLikePdf(pdf)) {
            throw new UnreadableFile("pdfCorrupt", null);
        }
        Reading reading = new Reading(limits);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new UnreadableFile("pdfTooManyPages", null, pages, limits.maxPages());
            }
            if (pages == 0) {
                throw new UnreadableFile("pdfCorrupt", null);
            }
            PageText.read(document, reading::page);
            return reading.finish(pages);
        } catch (InvalidPasswordException e) {
            throw because(new UnreadableFile("pdfEncrypted", null), e);
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox is lenient; what it still cannot parse is a broken file
            String where = reading.page > 0 ? pageLocation(reading.page) : null;
            throw because(new UnreadableFile("pdfCorrupt", where), e);
        }
    }

    /** A PDF starts with %PDF- within its first 1024 bytes (what readers accept). */
    private static boolean startsLikePdf(byte[] pdf) {
        return indexOf(pdf, "%PDF-", 0, Math.min(pdf.length, 1024)) >= 0;
    }

    /**
     * A complete PDF ends with %%EOF within its last 1024 bytes (the rule Acrobat applies). PDFBox would rebuild a
     * truncated file and read what is left of it; an interrupted upload is refused instead, so no page goes missing
     * silently.
     */
    private static boolean endsLikePdf(byte[] pdf) {
        return indexOf(pdf, "%%EOF", Math.max(0, pdf.length - 1024), pdf.length) >= 0;
    }

    private static int indexOf(byte[] bytes, String marker, int from, int to) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i + m.length <= to; i++) {
            if (Arrays.equals(bytes, i, i + m.length, m, 0, m.length)) {
                return i;
            }
        }
        return -1;
    }

    private static UnreadableFile because(UnreadableFile refusal, Throwable cause) {
        refusal.initCause(cause);
        return refusal;
    }

    /** "第3页", "第1–3页". */
    static String pageLocation(Object pages) {
        return "第" + pages + "页";
    }

    static String location(int page, float y) {
        return "第" + page + "页 y=" + Math.round(y);
    }

    /** The rows read so far, and the table that may still run on to the next page. */
    private static final class Reading {

        private final PdfLimits limits;
        private final List<GridRow> rows = new ArrayList<>();
        private final List<Integer> imageOnlyPages = new ArrayList<>();
        private final List<Integer> undecodablePages = new ArrayList<>();
        private boolean anyText;
        private long decodedGlyphs;
        private long undecodedGlyphs;
        private int page;

        /** The parts of the table being read (one per page), null when the last item was text. */
        private List<PageLayout.Table> openParts;

        private List<Integer> openPages;

        /** Lines below the table that ended the page before, kept until the next page says whether it runs on. */
        private List<PageLayout.Text> heldTail = List.of();

        private int heldTailPage;

        Reading(PdfLimits limits) {
            this.limits = limits;
        }

        void page(int number, PDPage pdPage, List<Glyph> glyphs) throws IOException {
            page = number;
            PageGraphics graphics = PageGraphics.read(pdPage, limits.maxRulingsPerPage());
            int decoded = 0;
            int undecoded = 0;
            for (Glyph g : glyphs) {
                if (g.isUndecodable()) {
                    undecoded++;
                } else if (!g.isBlank()) {
                    decoded++;
                }
            }
            boolean text = decoded + undecoded > 0;
            anyText |= text;
            decodedGlyphs += decoded;
            undecodedGlyphs += undecoded;
            if (undecoded > 0) {
                undecodablePages.add(number);
            }
            if (!text && graphics.images() > 0) {
                imageOnlyPages.add(number);
            }
            List<PageLayout.Item> items = PageLayout.lay(
                    glyphs, Lattice.find(graphics.rulings()), graphics.displayWidth(), graphics.displayHeight());
            // lines of a merged cell cut by the page break, printed above the part of the table on this page
            int head = 0;
            while (head < items.size() && items.get(head) instanceof PageLayout.Text) {
                head++;
            }
            List<PageLayout.Text> headLines =
                    head < items.size() && items.get(head) instanceof PageLayout.Table first && continues(number, first)
                            ? CutCellLines.above(first, items.subList(0, head))
                            : List.of();
            // CutCellLines takes all the lines or none
            if (!headLines.isEmpty()) {
                PageLayout.Table first = (PageLayout.Table) items.get(head);
                items = new ArrayList<>(items.subList(head, items.size()));
                items.set(0, first.absorb(headLines, false));
            }
            if (!heldTail.isEmpty()) {
                if (!items.isEmpty()
                        && items.getFirst() instanceof PageLayout.Table first
                        && continues(number, first)) {
                    openParts.set(openParts.size() - 1, openParts.getLast().absorb(heldTail, true));
                    heldTail = List.of();
                } else {
                    emitHeldTail();
                }
            }
            // and below the part of the table that ends this page
            int lastTable = items.size() - 1;
            while (lastTable >= 0 && items.get(lastTable) instanceof PageLayout.Text) {
                lastTable--;
            }
            List<PageLayout.Text> tail = lastTable >= 0 && lastTable < items.size() - 1
                    ? CutCellLines.below(
                            (PageLayout.Table) items.get(lastTable), items.subList(lastTable + 1, items.size()))
                    : List.of();
            if (!tail.isEmpty()) {
                items = items.subList(0, lastTable + 1);
            }
            for (int i = 0; i < items.size(); i++) {
                switch (items.get(i)) {
                    case PageLayout.Table table -> {
                        if (i == 0 && continues(number, table)) {
                            openParts.set(
                                    openParts.size() - 1, openParts.getLast().settled());
                            openParts.add(table);
                            openPages.add(number);
                        } else {
                            flush();
                            openParts = new ArrayList<>(List.of(table));
                            openPages = new ArrayList<>(List.of(number));
                        }
                    }
                    case PageLayout.Text line -> {
                        flush();
                        rows.add(GridRow.text(line.text(), location(number, line.y())));
                    }
                }
            }
            heldTail = tail;
            heldTailPage = number;
        }

        /** Lines held below a table that did not run on after all: text lines in their place. */
        private void emitHeldTail() {
            flush();
            for (PageLayout.Text line : heldTail) {
                rows.add(GridRow.text(line.text(), location(heldTailPage, line.y())));
            }
            heldTail = List.of();
        }

        /** Whether a table at the top of page {@code number} continues the one that ended the page before. */
        private boolean continues(int number, PageLayout.Table table) {
            if (openParts == null || openPages.getLast() != number - 1) {
                return false;
            }
            Lattice.Grid last = openParts.getLast().grid();
            return Math.abs(last.left() - table.grid().left()) <= SAME_EDGE
                    && Math.abs(last.right() - table.grid().right()) <= SAME_EDGE;
        }

        List<GridRow> finish(int pages) {
            if (!heldTail.isEmpty()) {
                emitHeldTail();
            }
            flush();
            if (undecodedGlyphs > 0 && undecodedGlyphs * 2 >= decodedGlyphs) {
                // a third of the text or more is glyphs without characters: no form can be read from what is left
                String which = ranges(undecodablePages);
                throw new UnreadableFile("pdfUndecodable", pageLocation(which), pages, which);
            }
            if (!anyText) {
                if (imageOnlyPages.isEmpty()) {
                    throw new UnreadableFile("pdfBlank", null, pages);
                }
                String which = ranges(imageOnlyPages);
                throw new UnreadableFile("pdfNoText", pageLocation(which), pages, which);
            }
            return List.copyOf(rows);
        }

        private void flush() {
            if (openParts != null) {
                TableRows.write(openParts, openPages, rows);
                openParts = null;
                openPages = null;
            }
        }
    }

    /** Page numbers as ranges: 1–3, 5. */
    static String ranges(List<Integer> pages) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(pages.get(i));
            if (j > i) {
                out.append('–').append(pages.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
