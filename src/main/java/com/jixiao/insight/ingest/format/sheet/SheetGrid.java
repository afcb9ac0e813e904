package com.jixiao.insight.ingest.format.sheet;

import com.jixiao.insight.ingest.format.word.OfficeContainer;
import com.jixiao.insight.ingest.format.word.OfficeLimits;
import com.jixiao.insight.ingest.format.word.OfficeRows;
import com.jixiao.insight.ingest.format.word.OfficeText;
import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an Excel workbook (XLSX with POI XSSF, XLS with HSSF) filled in as the official form: title rows, the
 * funding block, the goal block, the indicator block, merged cells everywhere. This is for forms, not for the import
 * template, which {@code TemplateReader} reads strictly.
 *
 * <p>A form is read <em>as printed</em>: each cell's text is what a person sees in it. Numbers are formatted by their
 * cell format ({@link DataFormatter}: 0.9901 in a {@code 0.00%} cell is "99.01%", a General 19.8 is "19.8", never
 * "19.800000000000001", integers without ".0"), dates as yyyy-MM-dd, errors as Excel shows them ("#DIV/0!"). Unlike
 * the template, a formula is accepted: forms often compute 执行率 or 总分, and the cell shows the value the
 * spreadsheet saved with it (its cached result); it is never recalculated. A formula saved without a result (written
 * by a program that did not calculate) cannot be read as printed and is refused, {@code sheetFormulaNoValue} at the
 * cell.
 *
 * <p>Each visible sheet gives, in workbook order, a text row with its name, then its rows; hidden and very hidden
 * sheets, hidden rows and blank rows give nothing. Leading columns empty in the whole sheet are dropped, and
 * every table row runs to the sheet's last column with text, so that a column has one index in all rows. A merged
 * region keeps its text in its top-left cell (the first visible row of the region, if that row is hidden); the cells it
 * covers are empty, those to the right of the text in {@link GridRow#spanned()}, those below not (as the text reader
 * reads HTML rowspan/colspan). A row whose only text is one cell, and that is not covered by a merge from above, is a
 * text row (a title merged across the form, "单位：万元"). Locations are "Sheet1!A5:I5" for a row, the cell or merged
 * range for a text row.
 *
 * <p>Not read: hidden columns are read like visible ones; comments, shapes, charts, images; macros (XLSM) and links to
 * other workbooks are never run or followed (a linked cell shows its saved value).
 */
public final class SheetGrid {

    private SheetGrid() {}

    /**
     * The rows of {@code bytes}, an XLSX or XLS workbook. Refuses, as {@link UnreadableFile}: a Word or other file
     * ({@code officeWrongKind}), a damaged one ({@code officeCorrupt}), an encrypted one ({@code officeEncrypted}), a
     * zip bomb ({@code officeZipBomb}), Excel 95 and older ({@code xlsLegacy}), a formula without a saved value ({@code
     * sheetFormulaNoValue}), too many rows, cells or characters.
     */
    public static List<GridRow> read(byte[] bytes, OfficeLimits limits) {
        OfficeContainer.Kind kind = OfficeContainer.sniff(bytes, limits, "Excel");
        Workbook workbook = switch (kind) {
            case XLSX -> open(kind, () -> new XSSFWorkbook(new ByteArrayInputStream(bytes)), limits);
            case XLS -> open(kind, () -> new HSSFWorkbook(new ByteArrayInputStream(bytes)), limits);
            default -> throw OfficeContainer.wrongKind(kind, "Excel");
        };
        try (workbook) {
            return new Reader(workbook, limits).read();
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("officeCorrupt", null, kind.label);
        }
    }

    private interface Opener {
        Workbook open() throws IOException;
    }

    private static Workbook open(OfficeContainer.Kind kind, Opener opener, OfficeLimits limits) {
        try {
            return opener.open();
        } catch (OldExcelFormatException e) {
            throw new UnreadableFile("xlsLegacy", null);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("officeEncrypted", null);
        } catch (IOException | RuntimeException e) {
            throw OfficeContainer.isZipBomb(e)
                    ? new UnreadableFile("officeZipBomb", null, "?", limits.maxEntryBytes() / (1024 * 1024), 100)
                    : new UnreadableFile("officeCorrupt", null, kind.label);
        }
    }

    /** A merged region as it shows: its text, and the row it stands in (the first visible row of the region). */
    private record Merge(CellRangeAddress range, int textRow, String text) {}

    private static final class Reader {

        private final Workbook workbook;
        private final OfficeRows rows;
        private final DataFormatter format = new DataFormatter(Locale.ROOT);

        Reader(Workbook workbook, OfficeLimits limits) {
            this.workbook = workbook;
            this.rows = new OfficeRows(limits);
            format.setUseCachedValuesForFormulaCells(true);
        }

        List<GridRow> read() {
            long physicalRows = 0;
            long physicalCells = 0;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (visible(i)) {
                    Sheet sheet = workbook.getSheetAt(i);
                    physicalRows += sheet.getPhysicalNumberOfRows();
                    for (Row row : sheet) {
                        physicalCells += row.getPhysicalNumberOfCells();
                    }
                }
            }
            rows.expectRows(physicalRows);
            rows.expectCells(physicalCells);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (visible(i)) {
                    sheet(workbook.getSheetAt(i));
                }
            }
            return rows.rows();
        }

        private boolean visible(int sheet) {
            return !workbook.isSheetHidden(sheet) && !workbook.isSheetVeryHidden(sheet);
        }

        private void sheet(Sheet sheet) {
            String name = sheet.getSheetName();
            // Every non-empty cell's text, row by row (hidden rows too: a merge may start in one).
            TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
            Set<Integer> hidden = new HashSet<>();
            for (Row row : sheet) {
                if (row.getZeroHeight()) {
                    hidden.add(row.getRowNum());
                }
                for (Cell cell : row) {
                    String text = text(cell, name);
                    if (!text.isEmpty()) {
                        values.computeIfAbsent(row.getRowNum(), k -> new TreeMap<>())
                                .put(cell.getColumnIndex(), text);
                    }
                }
            }
            // Merged regions: the text moves to the region's first visible row, the covered cells are cleared.
            List<Merge> merges = new ArrayList<>();
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                int first = range.getFirstRow();
                String text = values.getOrDefault(first, new TreeMap<>()).getOrDefault(range.getFirstColumn(), "");
                int textRow = first;
                while (hidden.contains(textRow) && textRow <= range.getLastRow()) {
                    textRow++;
                }
                for (TreeMap<Integer, String> row :
                        values.subMap(first, true, range.getLastRow(), true).values()) {
                    row.subMap(range.getFirstColumn(), true, range.getLastColumn(), true)
                            .clear();
                }
                if (textRow > range.getLastRow()) {
                    continue; // every row of the region is hidden
                }
                if (!text.isEmpty()) {
                    values.computeIfAbsent(textRow, k -> new TreeMap<>()).put(range.getFirstColumn(), text);
                }
                merges.add(new Merge(range, textRow, text));
            }
            values.keySet().removeAll(hidden);
            values.values().removeIf(Map::isEmpty);
            if (values.isEmpty()) {
                return;
            }
            int firstColumn = Integer.MAX_VALUE;
            int lastColumn = 0;
            for (TreeMap<Integer, String> row : values.values()) {
                firstColumn = Math.min(firstColumn, row.firstKey());
                lastColumn = Math.max(lastColumn, row.lastKey());
            }
            // The merges that show text, by the rows they cover that have text.
            Map<Integer, List<Merge>> mergesByRow = new HashMap<>();
            for (Merge m : merges) {
                for (int r : values.subMap(m.textRow(), true, m.range().getLastRow(), true)
                        .keySet()) {
                    mergesByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
                }
            }
            rows.text(name, name);
            for (Map.Entry<Integer, TreeMap<Integer, String>> entry : values.entrySet()) {
                row(
                        name,
                        entry.getKey(),
                        entry.getValue(),
                        mergesByRow.getOrDefault(entry.getKey(), List.of()),
                        firstColumn,
                        lastColumn);
            }
        }

        private void row(
                String sheet,
                int r,
                NavigableMap<Integer, String> values,
                List<Merge> merges,
                int firstColumn,
                int sheetLastColumn) {
            boolean carried = false;
            for (Merge m : merges) {
                carried |= m.textRow() < r && !m.text().isEmpty();
            }
            if (values.size() == 1 && !carried) {
                int c = values.firstKey();
                String ref = new CellReference(r, c).formatAsString(false);
                for (Merge m : merges) {
                    if (m.textRow() == r
                            && m.range().getFirstColumn() == c
                            && m.range().getNumberOfCells() > 1) {
                        ref = range(r, c, Math.min(m.range().getLastColumn(), sheetLastColumn), m.range());
                    }
                }
                rows.text(values.firstEntry().getValue(), sheet + "!" + ref);
                return;
            }
            int last = sheetLastColumn;
            List<String> cells = new ArrayList<>(last - firstColumn + 1);
            Set<Integer> spanned = new HashSet<>();
            for (int c = firstColumn; c <= last; c++) {
                cells.add(values.getOrDefault(c, ""));
            }
            for (Merge m : merges) {
                if (m.textRow() == r) {
                    int to = Math.min(m.range().getLastColumn(), last);
                    for (int c = m.range().getFirstColumn() + 1; c <= to; c++) {
                        spanned.add(c - firstColumn);
                    }
                }
            }
            String location = sheet + "!" + CellReference.convertNumToColString(firstColumn) + (r + 1) + ":"
                    + CellReference.convertNumToColString(last) + (r + 1);
            rows.table(cells, spanned, location);
        }

        private static String range(int r, int c, int lastColumn, CellRangeAddress merged) {
            int lastRow = merged.getLastRow();
            return new CellReference(r, c).formatAsString(false) + ":"
                    + new CellReference(Math.max(r, lastRow), lastColumn).formatAsString(false);
        }

        /** What the cell shows, as one line (see the class comment). */
        private String text(Cell cell, String sheet) {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                if (!hasCachedValue(cell)) {
                    String where = sheet + "!" + new CellReference(cell).formatAsString(false);
                    throw new UnreadableFile("sheetFormulaNoValue", where, "=" + shorten(cell.getCellFormula()));
                }
                type = cell.getCachedFormulaResultType();
            }
            String where = sheet + "!" + new CellReference(cell).formatAsString(false);
            String text = switch (type) {
                case NUMERIC -> number(cell);
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN, ERROR -> format.formatCellValue(cell);
                default -> "";
            };
            return rows.checked(OfficeText.cell(text), where);
        }

        private String number(Cell cell) {
            if (DateUtil.isCellDateFormatted(cell) && cell.getNumericCellValue() >= 1) {
                LocalDateTime t = cell.getLocalDateTimeCellValue();
                return t == null
                        ? format.formatCellValue(cell)
                        : t.toLocalDate().toString();
            }
            return format.formatCellValue(cell);
        }

        private static boolean hasCachedValue(Cell cell) {
            // HSSF keeps a result in every formula record; XSSF writes <v> only when it has one.
            return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
        }

        private static String shorten(String s) {
            String one = s.replaceAll("\\s+", " ");
            return one.length() <= 40 ? one : one.substring(0, 39) + "…";
        }
    }
}
