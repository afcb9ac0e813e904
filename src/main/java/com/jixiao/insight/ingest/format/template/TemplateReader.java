package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.Regions;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.model.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * Reads the import template, as an XLSX workbook (sheet 自评表) or as CSV with the same columns. The template
 * is strict where a text report cannot be: every figure must be a number, every cell plain text (no formula,
 * no markup), one unit and one year per file. Each refusal names the cell. The rows of the sheet become the
 * lines of the stored source text (line N is sheet row N), so that every stored row points at its cells.
 */
public final class TemplateReader {

    /** One cell: its text, and its exact value if the spreadsheet stored a number. */
    private record Value(String text, BigDecimal number) {
        boolean isBlank() {
            return number == null && text.isBlank();
        }
    }

    private record TemplateRow(int line, List<Value> cells) {}

    /** How cells are named in messages: a spreadsheet reference, or line and column of a CSV. */
    private interface Where {
        ImportRejected reject(String code, int line, int column, Object... args);

        void warn(String code, int line, int column, Object... args);
    }

    private static final Pattern FORMULA = Pattern.compile(
            "^[=+\\-@]\\s*([A-Za-z_][A-Za-z0-9_.]*\\s*\\(|[A-Za-z]{1,3}\\$?\\d+|.*\\|.*!)|^=\\s*[A-Za-z]{1,3}\\$?\\d+.*");

    private TemplateReader() {}

    // ---- XLSX ------------------------------------------------------------------------------------------

    public static ParsedFile xlsx(String name, byte[] bytes, Diagnostics diag, ImportLimits limits) {
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
            Where where = new Where() {
                @Override
                public ImportRejected reject(String code, int line, int column, Object... args) {
                    return diag.rejectCell(code, ref(sheetName, line, column), args);
                }

                @Override
                public void warn(String code, int line, int column, Object... args) {
                    diag.warnCell(code, ref(sheetName, line, column), args);
                }
            };
            SourceText source = new SourceText(name, SourceText.sha256(bytes), lines.isEmpty() ? List.of("") : lines);
            ReportDocument doc = read(name, rows, where, diag, limits);
            return new ParsedFile(doc, source, diag.warnings(), "xlsx", null, doc.region() != null);
        } catch (IOException e) {
            throw diag.reject("badXlsx", null, null);
        }
    }

    private static boolean isWord(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        return s.contains("word/");
    }

    private static String ref(String sheet, int line, int column) {
        return sheet + "!" + CellReference.convertNumToColString(column) + line;
    }

    private static Value value(Cell cell, String sheet, Diagnostics diag, ImportLimits limits) {
        if (cell == null) {
            return new Value("", null);
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
            default -> new Value("", null);
        };
    }

    // ---- CSV -------------------------------------------------------------------------------------------

    /** A .csv file, or a text whose first line is the template's header (comma, semicolon or tab separated). */
    public static boolean looksLikeCsv(String name, SourceText source) {
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

    public static ParsedFile csv(
            String name, byte[] bytes, SourceText source, String charset, Diagnostics diag, ImportLimits limits) {
        String text = String.join("\n", source.lines());
        char delimiter = delimiter(source);
        List<TemplateRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
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
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw csvError(e, diag);
        }
        Where where = new Where() {
            @Override
            public ImportRejected reject(String code, int line, int column, Object... args) {
                return diag.reject(code, line, column + 1, args);
            }

            @Override
            public void warn(String code, int line, int column, Object... args) {
                diag.warn(code, line, column + 1, args);
            }
        };
        ReportDocument doc = read(name, rows, where, diag, limits);
        return new ParsedFile(doc, source, diag.warnings(), "csv", charset, doc.region() != null);
    }

    /** commons-csv says "(startline 3) EOF reached before encapsulated token finished": the line, in words. */
    private static ImportRejected csvError(Exception e, Diagnostics diag) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = cause.getMessage();
        }
        java.util.regex.Matcher line = Pattern.compile("startline (\\d+)").matcher(message);
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

    // ---- the rows, whatever the container ----------------------------------------------------------------

    private static ReportDocument read(
            String name, List<TemplateRow> rows, Where where, Diagnostics diag, ImportLimits limits) {
        int headerAt = -1;
        Map<TemplateColumns, Integer> headerColumns = new EnumMap<>(TemplateColumns.class);
        for (int i = 0; i < Math.min(rows.size(), 10) && headerAt < 0; i++) {
            Map<TemplateColumns, Integer> found = new EnumMap<>(TemplateColumns.class);
            List<Value> cells = rows.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                var col = TemplateColumns.of(cells.get(c).text());
                if (col.isPresent() && found.putIfAbsent(col.get(), c) != null) {
                    throw where.reject(
                            "duplicateColumn",
                            rows.get(i).line(),
                            c,
                            cells.get(c).text());
                }
            }
            if (found.size() >= 4) {
                headerAt = i;
                headerColumns = found;
            }
        }
        if (headerAt < 0) {
            throw diag.reject("noHeader", null, null);
        }
        Map<TemplateColumns, Integer> columns = headerColumns;
        int headerLine = rows.get(headerAt).line();
        List<String> missing = new ArrayList<>();
        for (TemplateColumns c : TemplateColumns.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw diag.reject("missingTemplateColumns", headerLine, null, String.join("、", missing));
        }
        int width = rows.get(headerAt).cells().size();
        while (width > 0 && rows.get(headerAt).cells().get(width - 1).isBlank()) {
            width--;
        }

        String unit = null;
        String region = null;
        Integer year = null;
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        Evaluation current = null;
        for (int i = headerAt + 1; i < rows.size(); i++) {
            TemplateRow row = rows.get(i);
            List<Value> cells = row.cells();
            if (cells.stream().allMatch(Value::isBlank)) {
                continue;
            }
            for (int c = width; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    throw where.reject(
                            "extraCells",
                            row.line(),
                            c,
                            width,
                            CellText.shorten(cells.get(c).text()));
                }
            }
            Cells get = new Cells(row, columns, where);
            String u = get.text(TemplateColumns.UNIT);
            String y = get.text(TemplateColumns.YEAR);
            String r = get.text(TemplateColumns.REGION);
            unit = same(unit, u, row, columns.get(TemplateColumns.UNIT), where, "mixedUnits");
            region = same(
                    region,
                    r == null
                            ? null
                            : Regions.normalise(r)
                                    .orElseThrow(() -> where.reject(
                                            "badRegion", row.line(), columns.get(TemplateColumns.REGION), r)),
                    row,
                    columns.get(TemplateColumns.REGION),
                    where,
                    "mixedRegions");
            Integer yr = y == null ? null : get.year(TemplateColumns.YEAR);
            if (yr != null && year != null && !yr.equals(year)) {
                throw where.reject("mixedYears", row.line(), columns.get(TemplateColumns.YEAR), year, yr);
            }
            year = year == null ? yr : year;
            String kind = get.kind(TemplateColumns.KIND);
            String evalName = get.text(TemplateColumns.NAME);
            if (kind == null || evalName == null) {
                TemplateColumns m = kind == null ? TemplateColumns.KIND : TemplateColumns.NAME;
                throw where.reject("requiredCell", row.line(), columns.get(m), m.header());
            }
            String key = kind + "\u0000" + evalName;
            if (current == null || !current.key.equals(key)) {
                if (evaluations.containsKey(key)) {
                    throw where.reject(
                            "evaluationSplit",
                            row.line(),
                            columns.get(TemplateColumns.NAME),
                            evalName,
                            evaluations.get(key).firstLine);
                }
                current = new Evaluation(key, kind, evalName, row.line());
                evaluations.put(key, current);
                if (evaluations.size() > limits.maxReports()) {
                    throw diag.reject("tooManyReports", null, null, limits.maxReports());
                }
            }
            current.lastLine = row.line();
            for (TemplateColumns c : TemplateColumns.EVALUATION) {
                Object v = get.value(c);
                if (v == null) {
                    continue;
                }
                Object before = current.values.get(c);
                if (before == null) {
                    current.values.put(c, v);
                    current.lines.put(c, row.line());
                } else if (!equal(before, v)) {
                    throw where.reject("conflictingValue", row.line(), columns.get(c), c.header(), before, v);
                }
            }
            if (TemplateColumns.INDICATORS.stream().anyMatch(c -> get.text(c) != null)) {
                current.indicators.add(new IndicatorRow(
                        get.text(TemplateColumns.CATEGORY),
                        get.text(TemplateColumns.SUBCATEGORY),
                        get.text(TemplateColumns.INDICATOR),
                        get.text(TemplateColumns.CLASS),
                        get.text(TemplateColumns.NATURE),
                        get.text(TemplateColumns.UNIT_OF_MEASURE),
                        get.text(TemplateColumns.TARGET),
                        get.text(TemplateColumns.ACTUAL),
                        (BigDecimal) get.value(TemplateColumns.WEIGHT),
                        (BigDecimal) get.value(TemplateColumns.SCORE),
                        get.text(TemplateColumns.REASON),
                        get.text(TemplateColumns.MEASURES),
                        get.text(TemplateColumns.INDICATOR_NOTE),
                        LineRange.single(row.line())));
                if (current.indicators.size() > limits.maxIndicatorsPerReport()) {
                    throw where.reject("tooManyIndicators", row.line(), 0, limits.maxIndicatorsPerReport());
                }
            }
        }
        if (evaluations.isEmpty()) {
            throw diag.reject("noReports", null, null);
        }
        int firstData = rows.get(Math.min(rows.size() - 1, headerAt + 1)).line();
        if (unit == null) {
            throw where.reject(
                    "requiredCell", firstData, columns.get(TemplateColumns.UNIT), TemplateColumns.UNIT.header());
        }
        if (year == null) {
            throw where.reject(
                    "requiredCell", firstData, columns.get(TemplateColumns.YEAR), TemplateColumns.YEAR.header());
        }
        List<EvaluationReport> reports = new ArrayList<>();
        for (Evaluation e : evaluations.values()) {
            reports.add(e.report());
        }
        return new ReportDocument(name, null, unit, List.of(), region, year, reports, List.of(), List.of(), List.of());
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String same(String before, String now, TemplateRow row, Integer column, Where where, String code) {
        if (now == null) {
            return before;
        }
        if (before != null && !before.equals(now)) {
            throw where.reject(code, row.line(), column, before, now);
        }
        return now;
    }

    /** One evaluation being gathered from its rows. */
    private static final class Evaluation {
        final String key;
        final String kind;
        final String name;
        final int firstLine;
        int lastLine;
        final Map<TemplateColumns, Object> values = new EnumMap<>(TemplateColumns.class);
        final Map<TemplateColumns, Integer> lines = new EnumMap<>(TemplateColumns.class);
        final List<IndicatorRow> indicators = new ArrayList<>();

        Evaluation(String key, String kind, String name, int firstLine) {
            this.key = key;
            this.kind = kind;
            this.name = name;
            this.firstLine = firstLine;
            this.lastLine = firstLine;
        }

        EvaluationReport report() {
            Map<String, LineRange> figures = new LinkedHashMap<>();
            lines.forEach((c, line) -> figures.put(c.key, LineRange.single(line)));
            figures.keySet()
                    .retainAll(List.of(
                            "initialBudget",
                            "adjustedBudget",
                            "executed",
                            "executionRate",
                            "executionWeight",
                            "executionScore",
                            "totalScore",
                            "grade",
                            "annualGoal",
                            "goalOutcome"));
            return new EvaluationReport(
                    kind,
                    name,
                    (String) values.get(TemplateColumns.SUPERVISING),
                    (String) values.get(TemplateColumns.IMPLEMENTING),
                    (BigDecimal) values.get(TemplateColumns.INITIAL),
                    (BigDecimal) values.get(TemplateColumns.ADJUSTED),
                    (BigDecimal) values.get(TemplateColumns.EXECUTED),
                    (BigDecimal) values.get(TemplateColumns.RATE),
                    (BigDecimal) values.get(TemplateColumns.EXECUTION_WEIGHT),
                    (BigDecimal) values.get(TemplateColumns.EXECUTION_SCORE),
                    (BigDecimal) values.get(TemplateColumns.TOTAL),
                    (String) values.get(TemplateColumns.GRADE),
                    (String) values.get(TemplateColumns.GOAL),
                    (String) values.get(TemplateColumns.OUTCOME),
                    (String) values.get(TemplateColumns.NOTE),
                    new LineRange(firstLine, lastLine),
                    figures,
                    List.of(),
                    List.of(),
                    indicators,
                    List.of());
        }
    }

    /** The cells of one row by column, read strictly. */
    private static final class Cells {
        private final TemplateRow row;
        private final Map<TemplateColumns, Integer> columns;
        private final Where where;

        Cells(TemplateRow row, Map<TemplateColumns, Integer> columns, Where where) {
            this.row = row;
            this.columns = columns;
            this.where = where;
        }

        private Value raw(TemplateColumns c) {
            Integer i = columns.get(c);
            return i == null || i >= row.cells().size()
                    ? new Value("", null)
                    : row.cells().get(i);
        }

        /**
         * Plain text: a spreadsheet's formula escape (a leading ') removed; formulas refused, and markup that
         * has no business in a report (script, img, iframe, event handlers, javascript:). Harmless tags such as a
         * note quoting "m <sup>2</sup>" stay as the text they are: nothing here is ever rendered as markup.
         */
        String text(TemplateColumns c) {
            Value v = raw(c);
            String s = v.text().strip();
            if (s.isEmpty()) {
                return null;
            }
            int column = columns.get(c);
            if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
                s = s.substring(1);
            } else if (v.number() == null && FORMULA.matcher(s).find()) {
                throw where.reject("formula", row.line(), column, CellText.shorten(s));
            }
            var markup = CellText.dangerousMarkup(s);
            if (markup.isPresent()) {
                throw where.reject("markupInCell", row.line(), column, markup.get());
            }
            return s;
        }

        Object value(TemplateColumns c) {
            return switch (c.type) {
                case TEXT -> text(c);
                case MONEY -> number(c, Figures.money(textOrNumber(c)));
                case POINTS -> number(c, Figures.points(textOrNumber(c)));
                case RATE -> rate(c);
                case YEAR -> year(c);
                case KIND -> kind(c);
            };
        }

        private String textOrNumber(TemplateColumns c) {
            Value v = raw(c);
            return v.number() != null ? v.number().toPlainString() : v.text().strip();
        }

        private BigDecimal number(TemplateColumns c, Figures.Reading r) {
            if (!r.isFigure()) {
                throw where.reject(
                        "notANumber", row.line(), columns.get(c), c.header(), CellText.shorten(raw(c).text()));
            }
            return r.orNull();
        }

        private BigDecimal rate(TemplateColumns c) {
            Value v = raw(c);
            if (v.number() != null) {
                if (v.number().compareTo(new BigDecimal("1.5")) > 0) {
                    throw where.reject(
                            "rateNotFraction",
                            row.line(),
                            columns.get(c),
                            v.number().toPlainString());
                }
                return v.number();
            }
            String s = v.text().strip();
            if (s.isEmpty() || Figures.isPlaceholder(s)) {
                return null;
            }
            if (!Figures.isPercent(s)) {
                var plain = Figures.rate(s);
                if (plain.isFigure() && plain.note() == null) {
                    return plain.orNull();
                }
                throw where.reject(
                        plain.isFigure() ? "rateNotFraction" : "notANumber",
                        row.line(),
                        columns.get(c),
                        plain.isFigure() ? s : c.header(),
                        CellText.shorten(s));
            }
            return Figures.rate(s).orNull();
        }

        Integer year(TemplateColumns c) {
            String s = textOrNumber(c);
            if (s.isEmpty()) {
                return null;
            }
            String digits = s.replaceAll("年度?$", "");
            if (!digits.matches("(19|20)\\d{2}")) {
                throw where.reject("badYear", row.line(), columns.get(c), CellText.shorten(s));
            }
            return Integer.parseInt(digits);
        }

        String kind(TemplateColumns c) {
            String s = text(c);
            if (s == null) {
                return null;
            }
            return switch (CellText.squeeze(s).toLowerCase(Locale.ROOT)) {
                case "overall", "部门整体", "整体", "部门整体支出", "单位整体" -> "overall";
                case "project", "项目", "项目支出" -> "project";
                default -> throw where.reject("badKind", row.line(), columns.get(c), CellText.shorten(s));
            };
        }
    }
}
