package com.jixiao.insight.ingest.format.word;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The rows of a legacy Word 97-2003 document (.doc) with POI HWPF, in the same shape as {@link WordGrid} gives for
 * DOCX. A .doc row stores no grid: each cell has its left edge and width (in twips). The table's columns are the
 * distinct edges of all its rows (edges less than {@link #SNAP} apart are one), and a cell spans the columns between
 * its edges: the colspan of a merged cell. Vertical merges are flags ({@link TableCell#isFirstVerticallyMerged()},
 * {@link TableCell#isVerticallyMerged()}), as are Word 6's horizontal ones ({@link TableCell#isMerged()}).
 *
 * <p>Field codes are dropped and their results kept ({@code PAGE} → "3"); Word 95 and older files are refused with
 * {@code docLegacy}.
 */
final class LegacyWordGrid {

    /** Cell edges closer than this (twips, 1/1440 inch: about 0.5 mm) are the same column boundary. */
    static final int SNAP = 30;

    private LegacyWordGrid() {}

    static List<GridRow> read(byte[] bytes, OfficeLimits limits) {
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (OldWordFileFormatException e) {
            throw new UnreadableFile("docLegacy", null);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("officeEncrypted", null);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("officeCorrupt", null, "DOC");
        }
        try (doc) {
            Range range = doc.getRange();
            int count = range.numParagraphs();
            OfficeRows rows = new OfficeRows(limits);
            rows.expectRows(count);
            int paragraph = 0;
            int tables = 0;
            for (int i = 0; i < count; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    tables++;
                    table(table, tables, rows);
                    i += Math.max(1, table.numParagraphs()) - 1;
                } else {
                    String text = OfficeText.join(List.of(text(p.text())));
                    if (!text.isEmpty()) {
                        paragraph++;
                        rows.text(text, "段落" + paragraph);
                    }
                }
            }
            return rows.rows();
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("officeCorrupt", null, "DOC");
        }
    }

    private static void table(Table table, int number, OfficeRows rows) {
        int[] columns = columns(table);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            String location = "表" + number + " 第" + (r + 1) + "行";
            List<String> cells = new ArrayList<>();
            Set<Integer> spanned = new HashSet<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = column(columns, cell.getLeftEdge());
                int end = column(columns, cell.getLeftEdge() + cell.getWidth());
                while (cells.size() < first) {
                    cells.add(""); // a row that starts later than the table (gridBefore)
                }
                int span = Math.max(1, Math.min(WordGrid.MAX_SPAN, end - first));
                boolean coveredAbove = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                boolean coveredLeft = cell.isMerged() && !cell.isFirstMerged();
                String text = coveredAbove || coveredLeft ? "" : rows.checked(cellText(cell), location);
                for (int k = 0; k < span; k++) {
                    if (coveredLeft || k > 0 && !coveredAbove) {
                        spanned.add(cells.size());
                    }
                    cells.add(k == 0 ? text : "");
                }
            }
            rows.table(cells, spanned, location);
        }
    }

    /** The column boundaries of the table: every row's cell edges, those closer than {@link #SNAP} taken as one. */
    private static int[] columns(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> snapped = new ArrayList<>();
        for (int e : edges) {
            if (snapped.isEmpty() || e - snapped.get(snapped.size() - 1) >= SNAP) {
                snapped.add(e);
            }
        }
        return snapped.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the boundary nearest to {@code edge}. */
    private static int column(int[] columns, int edge) {
        int best = 0;
        for (int i = 1; i < columns.length; i++) {
            if (Math.abs(columns[i] - edge) < Math.abs(columns[best] - edge)) {
                best = i;
            }
        }
        return best;
    }

    /** A cell's text: its paragraphs, and the cells of a table nested in it, joined into one line. */
    private static String cellText(TableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            pieces.add(text(cell.getParagraph(i).text()));
        }
        return OfficeText.join(pieces);
    }

    /**
     * Word's stored text without its marks: a field ({@code 0x13 code 0x14 result 0x15}) becomes its result, cell and
     * row marks ({@code 0x07}) and paragraph ends separate pieces, a line break ({@code 0x0B}) too; a non-breaking
     * hyphen is a hyphen, an optional one nothing, and the placeholders of pictures, drawn objects and note references
     * are dropped.
     */
    static String text(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        int depth = 0; // nesting of fields
        int hidden = 0; // depth at which a field's code (not shown) started, 0: showing
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            switch (ch) {
                case 0x13 -> {
                    depth++;
                    if (hidden == 0) {
                        hidden = depth;
                    }
                }
                case 0x14 -> {
                    if (hidden == depth) {
                        hidden = 0;
                    }
                }
                case 0x15 -> {
                    if (hidden == depth) {
                        hidden = 0;
                    }
                    depth = Math.max(0, depth - 1);
                }
                default -> {
                    if (hidden != 0) {
                        continue;
                    }
                    switch (ch) {
                        case '\u0007', '\r', '\u000B', '\u000C', '\u000E' -> b.append('\n');
                        case '\u001E' -> b.append('-');
                        case '\u001F', '\u0001', '\u0002', '\u0005', '\u0008' -> {}
                        default -> b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
