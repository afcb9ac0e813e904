package com.jixiao.insight.ingest.format.word;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The rows of a Word document (DOCX with POI XWPF, legacy DOC with POI HWPF: {@link LegacyWordGrid}), in document
 * order: each non-empty paragraph of the body is a text row ("段落12"), each table row a table row ("表1 第3行").
 *
 * <p>Merged cells read as the text reader reads HTML's: a cell spanning columns ({@code gridSpan}) keeps its text in
 * its first column and leaves the columns it covers empty, their indexes in {@link GridRow#spanned()}; a vertical merge
 * ({@code vMerge}) keeps the text in the row that starts it ({@code restart}) and leaves the cells it covers below
 * ({@code continue}) empty, not spanned. Rows that start later in the grid ({@code gridBefore}) begin with empty
 * cells. The paragraphs of a cell are joined into one line ({@link OfficeText#join}); a table nested in a cell gives
 * its text to that cell, cell by cell.
 *
 * <p>Not read: headers, footers, footnotes, comments, text boxes and shapes, tables inside content controls (their
 * text is read as a paragraph), images. Macros (DOCM) and external links are never run or followed.
 */
public final class WordGrid {

    /** Nested tables deeper than this give no text (a hostile file could nest without end). */
    private static final int MAX_NESTING = 8;

    /** One cell may span at most this many grid columns; a larger {@code gridSpan} is a damaged or hostile file. */
    static final int MAX_SPAN = 512;

    private WordGrid() {}

    /**
     * The rows of {@code bytes}, a DOCX or DOC file. Refuses, as {@link UnreadableFile}: an Excel or other file
     * ({@code officeWrongKind}), a damaged one ({@code officeCorrupt}), an encrypted one ({@code officeEncrypted}), a
     * zip bomb ({@code officeZipBomb}), Word 95 and older ({@code docLegacy}), too many rows, cells or characters.
     */
    public static List<GridRow> read(byte[] bytes, OfficeLimits limits) {
        OfficeContainer.Kind kind = OfficeContainer.sniff(bytes, limits, "Word");
        return switch (kind) {
            case DOCX -> docx(bytes, limits);
            case DOC -> LegacyWordGrid.read(bytes, limits);
            default -> throw OfficeContainer.wrongKind(kind, "Word");
        };
    }

    private static List<GridRow> docx(byte[] bytes, OfficeLimits limits) {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("officeEncrypted", null);
        } catch (IOException | RuntimeException e) {
            throw OfficeContainer.isZipBomb(e)
                    ? new UnreadableFile("officeZipBomb", null, "?", limits.maxEntryBytes() / (1024 * 1024), 100)
                    : new UnreadableFile("officeCorrupt", null, "DOCX");
        }
        try (doc) {
            OfficeRows rows = new OfficeRows(limits);
            long expected = doc.getParagraphs().size();
            for (XWPFTable t : doc.getTables()) {
                expected += t.getNumberOfRows();
            }
            rows.expectRows(expected);
            int paragraph = 0;
            int table = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = OfficeText.join(List.of(p.getText()));
                    if (!text.isEmpty()) {
                        paragraph++;
                        rows.text(text, "段落" + paragraph);
                    }
                } else if (element instanceof XWPFTable t) {
                    table++;
                    table(t, table, rows);
                } else if (element instanceof XWPFSDT sdt) {
                    String text = OfficeText.join(List.of(sdt.getContent().getText()));
                    if (!text.isEmpty()) {
                        paragraph++;
                        rows.text(text, "段落" + paragraph);
                    }
                }
            }
            return rows.rows();
        } catch (IOException e) {
            throw new UnreadableFile("officeCorrupt", null, "DOCX");
        } catch (UnreadableFile e) {
            throw e;
        } catch (RuntimeException e) {
            // XMLBeans and POI throw unchecked exceptions on a damaged part they load lazily.
            throw new UnreadableFile("officeCorrupt", null, "DOCX");
        }
    }

    private static void table(XWPFTable table, int number, OfficeRows rows) {
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            String location = "表" + number + " 第" + r + "行";
            List<String> cells = new ArrayList<>();
            Set<Integer> spanned = new HashSet<>();
            for (int i = 0; i < gridBefore(row); i++) {
                cells.add("");
            }
            for (ICell icell : row.getTableICells()) {
                if (icell instanceof XWPFTableCell cell) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = gridSpan(pr);
                    if (isContinue(pr)) {
                        for (int c = 0; c < span; c++) {
                            cells.add("");
                        }
                    } else if (isHorizontalContinue(pr)) {
                        // Word 2003's w:hMerge: a cell covered by the one to its left.
                        for (int c = 0; c < span; c++) {
                            spanned.add(cells.size());
                            cells.add("");
                        }
                    } else {
                        cells.add(rows.checked(cellText(cell, 0), location));
                        for (int c = 1; c < span; c++) {
                            spanned.add(cells.size());
                            cells.add("");
                        }
                    }
                } else if (icell instanceof XWPFSDTCell sdt) {
                    cells.add(rows.checked(
                            OfficeText.join(List.of(sdt.getContent().getText())), location));
                }
            }
            rows.table(cells, spanned, location);
        }
    }

    /** The text of a cell: its paragraphs, and the cells of tables nested in it, joined into one line. */
    private static String cellText(XWPFTableCell cell, int depth) {
        List<String> pieces = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                pieces.add(p.getText());
            } else if (element instanceof XWPFTable nested && depth < MAX_NESTING) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        pieces.add(cellText(c, depth + 1));
                    }
                }
            } else if (element instanceof XWPFSDT sdt) {
                pieces.add(sdt.getContent().getText());
            }
        }
        return OfficeText.join(pieces);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return bounded(pr.getGridBeforeArray(0));
    }

    private static int gridSpan(CTTcPr pr) {
        return pr == null || !pr.isSetGridSpan() ? 1 : Math.max(1, bounded(pr.getGridSpan()));
    }

    private static int bounded(CTDecimalNumber n) {
        Object v = n == null ? null : n.getVal();
        if (!(v instanceof BigInteger b) || b.signum() <= 0) {
            return 0;
        }
        return b.compareTo(BigInteger.valueOf(MAX_SPAN)) > 0 ? MAX_SPAN : b.intValue();
    }

    /** {@code <w:vMerge/>} or {@code <w:vMerge w:val="continue"/>}: covered by the cell above. */
    private static boolean isContinue(CTTcPr pr) {
        return pr != null
                && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static boolean isHorizontalContinue(CTTcPr pr) {
        return pr != null
                && pr.isSetHMerge()
                && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
    }
}
