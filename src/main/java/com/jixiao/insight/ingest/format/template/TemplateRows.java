package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a template file as cells of text (and the exact value of a number a spreadsheet stored), whatever
 * the container: the XLSX sheet 自评表 (read with POI) or CSV (Commons CSV). Refused while reading: a formula
 * or error value in a spreadsheet cell, a cell or a file beyond the limits, a broken CSV. A cell's text is
 * checked for formulas and markup when it is read ({@link Value#plainText}). {@code where} names a cell in
 * messages; {@code source} holds the file's lines (for XLSX, line N is sheet row N, its cells tab-separated).
 */
record TemplateRows(List<TemplateRow> rows, Where where, SourceText source) {

    /** One cell: its text, and its exact value if the spreadsheet stored a number. */
    record Value(String text, BigDecimal number) {

        static final Value EMPTY = new Value("", null);

        boolean isBlank() {
            return number == null && text.isBlank();
        }

        /**
         * Plain text, or null if empty: a spreadsheet's formula escape (a leading ') removed; formulas refused,
         * and markup that has no business in a report (script, img, iframe, event handlers, javascript:).
         * Harmless tags such as a note quoting "m <sup>2</sup>" stay as the text they are: nothing here is ever
         * rendered as markup.
         */
        String plainText(int line, Integer column, Where where) {
            String s = text.strip();
            if (s.isEmpty()) {
                return null;
            }
            if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
                s = s.substring(1);
            } else if (number == null && FORMULA.matcher(s).find()) {
                throw where.reject("formula", line, column, CellText.shorten(s));
            }
            var markup = CellText.dangerousMarkup(s);
            if (markup.isPresent()) {
                throw where.reject("markupInCell", line, column, markup.get());
            }
            return s;
        }
    }

    /** One row of the file: its line (sheet row or CSV line) and its cells. */
    record TemplateRow(int line, List<Value> cells) {}

    /** How cells are named in messages: a spreadsheet reference, or line and column of a CSV (0-based column). */
    @FunctionalInterface
    interface Where {
        ImportRejected reject(String code, int line, int column, Object... args);
    }

    private static final Pattern FORMULA = Pattern.compile(
            "^[=+\\-@]\\s*([A-Za-z_][A-Za-z0-9_.]*\\s*\\(|[A-Za-z]{1,3}\\$?\\d+|.*\\|.*!)|^=\\s*[A-Za-z]{1,3}\\$?\\d+.*");

    // ---- XLSX ------------------------------------------------------------------------------------------

    static TemplateRows xlsx(String name, byte[] bytes, Diagnostics diag, ImportLimits limits) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // Also a zip that is no workbook at all (a .docx, a damaged or truncated download).
            throw diag.reject(isWord(bytes) ? "docx" : "badXlsx", null, null);
        }
        try (workbook) {
            Sheet sheet = workbook.getSheet(TemplateColumns.SHEET);
            if (sheet == null) {
                sheet = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
            }
            if (sheet == null) {
                throw diag.reject("noHeader", null, null);
            }
            String sheetName = sheet.getSheetName();
            if (sheet.getLastRowNum() + 1 > limits.maxSheetRows()) {
                throw diag.reject("tooManyRows", null, null, sheet.getLastRowNum() + 1, limits.maxSheetRows());
            }
            List<TemplateRow> rows = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Value> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(value(row.getCell(c), sheetName, diag, limits));
                    }
                }
                rows.add(new TemplateRow(r + 1, cells));
                lines.add(String.join(
                        "\t",
                        cells.stream()
                                .map(v -> v.text().replaceAll("[\\r\\n]+", " "))
                                .toList()));
            }
            Where where = (code, line, column, args) -> diag.rejectCell(code, ref(sheetName, line, column), args);
            SourceText source = new SourceText(name, SourceText.sha256(bytes), lines.isEmpty() ? List.of("") : lines);
            return new TemplateRows(rows, where, source);
        } catch (IOException e) {
            throw diag.reject("badXlsx", null, null);
        }
    }

    private static boolean isWord(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        return s.contains("word/");
    }

    private static String ref(String sheet, int line, int column) {
        return sheet + "!" + CellReference.convertNumToColString(column) + line;
    }

    private static Value value(Cell cell, String sheet, Diagnostics diag, ImportLimits limits) {
        if (cell == null) {
            return Value.EMPTY;
        }
        String where = sheet + "!" + new CellReference(cell).formatAsString(false);
        return switch (cell.getCellType()) {
            case FORMULA -> throw diag.rejectCell("formula", where, "=" + CellText.shorten(cell.getCellFormula()));
            case ERROR -> throw diag.rejectCell("cellError", where);
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield new Value(
                            cell.getLocalDateTimeCellValue().toLocalDate().toString(), null);
                }
                BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue()));
                n = n.scale() > 0 ? n.stripTrailingZeros() : n;
                if (n.scale() < 0) {
                    n = n.setScale(0);
                }
                yield new Value(n.toPlainString(), n);
            }
            case BOOLEAN -> new Value(String.valueOf(cell.getBooleanCellValue()), null);
            case STRING -> {
                String s = cell.getStringCellValue();
                if (s.length() > limits.maxCellChars()) {
                    throw diag.rejectCell("cellTooLong", where, s.length(), limits.maxCellChars());
                }
                yield new Value(s, null);
            }
            default -> Value.EMPTY;
        };
    }

    // ---- CSV -------------------------------------------------------------------------------------------

    /** A .csv file, or a text whose first line is the template's header (comma, semicolon or tab separated). */
    static boolean looksLikeCsv(String name, SourceText source) {
        if (FileNames.extension(name).equals("csv")) {
            return true;
        }
        for (String line : source.lines()) {
            if (line.isBlank()) {
                continue;
            }
            for (String sep : List.of(",", "\t", ";")) {
                int known = 0;
                for (String cell : line.split(Pattern.quote(sep), -1)) {
                    if (TemplateColumns.of(cell.replace("\"", "")).isPresent()) {
                        known++;
                    }
                }
                if (known >= 4) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    static TemplateRows csv(SourceText source, Diagnostics diag, ImportLimits limits) {
        String text = String.join("\n", source.lines());
        List<TemplateRow> rows = new ArrayList<>();
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter(source)).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long line = 1;
            for (CSVRecord record : parser) {
                if (rows.size() >= limits.maxSheetRows()) {
                    throw diag.reject("tooManyRows", null, null, rows.size(), limits.maxSheetRows());
                }
                List<Value> cells = new ArrayList<>();
                for (String s : record) {
                    if (s.length() > limits.maxCellChars()) {
                        throw diag.reject(
                                "cellTooLong", (int) line, cells.size() + 1, s.length(), limits.maxCellChars());
                    }
                    cells.add(new Value(s, null));
                }
                rows.add(new TemplateRow((int) line, cells));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw csvError(e, diag);
        }
        Where where = (code, line, column, args) -> diag.reject(code, line, column + 1, args);
        return new TemplateRows(rows, where, source);
    }

    /** commons-csv says "(startline 3) EOF reached before encapsulated token finished": the line, in words. */
    private static ImportRejected csvError(Exception e, Diagnostics diag) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = cause.getMessage();
        }
        Matcher line = Pattern.compile("startline (\\d+)").matcher(message);
        Integer at = line.find() ? Integer.valueOf(line.group(1)) : null;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return diag.reject("unterminatedQuote", at, null);
        }
        String plain =
                message.replaceAll("^[\\w.$]+(Exception|Error):\\s*", "").replaceAll("\\(startline \\d+\\)\\s*", "");
        return diag.reject("badCsv", at, null, CellText.shorten(plain));
    }

    private static char delimiter(SourceText source) {
        for (String line : source.lines()) {
            if (!line.isBlank()) {
                long commas = line.chars().filter(c -> c == ',').count();
                long tabs = line.chars().filter(c -> c == '\t').count();
                long semicolons = line.chars().filter(c -> c == ';').count();
                return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
            }
        }
        return ',';
    }
}
