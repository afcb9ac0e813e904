package com.jixiao.insight.ranking.export;

import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.export.RankingLayout.Column;
import com.jixiao.insight.ranking.export.RankingLayout.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ranking as a workbook, one sheet per year of the range (named by the year): title, filters, date,
 * source and any synthetic-data note above the table; the header row frozen; real numeric cells with
 * number formats; an empty cell, never 0, where the reports give no figure.
 */
final class RankingXlsx {

    private static final int MAX_WIDTH = 48;

    private RankingXlsx() {}

    static void write(RankingLayout layout, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            List<Column> columns = layout.columns();
            for (int year : layout.years()) {
                Sheet sheet = workbook.createSheet(String.valueOf(year));
                writeSheet(sheet, layout, columns, layout.rows(year), year, styles);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeSheet(
            Sheet sheet, RankingLayout layout, List<Column> columns, List<RankingRow> rows, int year, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, layout.title(), styles.title);
        for (String line : List.of(layout.filters(), layout.generated(), layout.source())) {
            text(sheet.createRow(r++), 0, line, styles.preamble);
        }
        if (layout.syntheticNote().isPresent()) {
            text(sheet.createRow(r++), 0, layout.syntheticNote().get(), styles.warning);
        }
        r++;
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c).header(), styles.header);
        }
        for (RankingRow row : rows) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                value(line, c, column.kind(), column.value().apply(row), styles);
            }
        }
        if (rows.isEmpty()) {
            text(sheet.createRow(r++), 0, layout.noRows(year), styles.preamble);
        } else {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, columns.size() - 1));
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, width(columns.get(c), rows) * 256);
        }
    }

    private static void value(Row line, int c, Kind kind, Object value, Styles styles) {
        if (value == null) {
            return; // an empty cell: the report gives no figure
        }
        switch (kind) {
            case TEXT -> text(line, c, value.toString(), styles.text);
            case INTEGER -> number(line, c, RankingLayout.number(value), styles.integer);
            case MONEY -> number(line, c, (BigDecimal) value, styles.money);
            case RATE -> number(line, c, (BigDecimal) value, styles.rate);
            case SCORE -> {
                BigDecimal score = (BigDecimal) value;
                // "0.##" shows a whole 88 as "88." in Excel: whole scores get "0".
                boolean whole = score.setScale(2, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .scale()
                        <= 0;
                number(line, c, score, whole ? styles.wholeScore : styles.score);
            }
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int c, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Wide enough for the header and the widest value as shown; a CJK character counts double. */
    private static int width(Column column, List<RankingRow> rows) {
        int widest = RankingLayout.displayWidth(column.header());
        for (RankingRow row : rows) {
            String shown = RankingLayout.display(column.kind(), column.value().apply(row));
            widest = Math.max(widest, shown == null ? 0 : RankingLayout.displayWidth(shown));
        }
        return Math.min(MAX_WIDTH, widest + 2);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle preamble;
        final CellStyle warning;
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle money;
        final CellStyle rate;
        final CellStyle score;
        final CellStyle wholeScore;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());

            title = workbook.createCellStyle();
            title.setFont(big);
            preamble = workbook.createCellStyle();
            warning = workbook.createCellStyle();
            warning.setFont(red);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = workbook.createCellStyle();
            // Text cells are explicitly text ("quote prefix"): "=…", "+…", "@…" can never turn into a
            // formula, not even when someone edits the cell in Excel or WPS.
            text.setQuotePrefixed(true);
            integer = numeric(workbook, "0");
            money = numeric(workbook, "#,##0.00");
            rate = numeric(workbook, "0.00%");
            score = numeric(workbook, "0.##");
            wholeScore = numeric(workbook, "0");
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        }
    }
}
