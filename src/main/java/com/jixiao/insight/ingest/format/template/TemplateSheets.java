package com.jixiao.insight.ingest.format.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tells the import template from a filled-in 自评表 form: both are XLSX workbooks, but the template's sheet 自评表 (or,
 * renamed, its first sheet) has a header row naming at least four of the template's columns within its first rows.
 */
public final class TemplateSheets {

    private static final int HEADER_SEARCH_ROWS = 5;
    private static final int ENOUGH_COLUMNS = 4;

    private TemplateSheets() {}

    /** Whether the workbook {@code xlsx} is the import template; a workbook that cannot be opened is not. */
    public static boolean isTemplate(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(TemplateColumns.SHEET);
            if (sheet == null && workbook.getNumberOfSheets() > 0) {
                sheet = workbook.getSheetAt(0);
            }
            if (sheet == null) {
                return false;
            }
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1); r++) {
                Row row = sheet.getRow(r);
                if (row != null && columnHeaders(row) >= ENOUGH_COLUMNS) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int columnHeaders(Row row) {
        int known = 0;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING
                    && TemplateColumns.of(cell.getStringCellValue()).isPresent()) {
                known++;
            }
        }
        return known;
    }
}
