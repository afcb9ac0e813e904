package com.jixiao.insight.ranking.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import com.jixiao.insight.ranking.RankingMetric;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.RankingTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The three files read back with the tools their readers use: POI, a CSV parser, PDFBox. */
class RankingExportsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final LocalDateTime GENERATED = LocalDateTime.of(2025, 3, 1, 9, 30, 15);
    private static final String HONGSHAN = "武汉市洪山区行政审批局";
    private static final String JIANGHAN = "武汉市江汉区行政审批局";
    private static final String ZHANGDIAN = "淄博市张店区行政审批服务局";

    // ---- XLSX ----------------------------------------------------------------------------------

    @Test
    void xlsxHasASheetPerYearWithTheLinesAboveAFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table(false, 2023, 2024, rows()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("2023");
            assertThat(workbook.getSheetName(1)).isEqualTo("2024");

            Sheet sheet = workbook.getSheet("2024");
            assertThat(text(sheet, 0, 0)).isEqualTo("执行率排名");
            assertThat(columnA(sheet))
                    .contains("筛选条件：指标 执行率；年度 2023–2024；地区 湖北省", "生成时间：2025-03-01 09:30", "数据来源：各单位公开的预算绩效自评报告");
            int header = headerRow(sheet);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
            assertThat(rowTexts(sheet.getRow(header)))
                    .containsExactly(
                            "名次",
                            "较上年",
                            "单位",
                            "地区",
                            "年度",
                            "排名依据：执行率",
                            "全年预算数（万元）",
                            "执行数（万元）",
                            "执行率",
                            "自评得分",
                            "重算得分",
                            "得分口径",
                            "未完成指标",
                            "审核提示");
            assertThat(rowTexts(sheet.getRow(header + 1))).contains(HONGSHAN, "湖北省/武汉市/洪山区", "▲1");
            assertThat(sheet.getColumnWidth(2))
                    .as("the unit column fits the names")
                    .isGreaterThanOrEqualTo(HONGSHAN.length() * 2 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 3);
        }
    }

    @Test
    void xlsxFiguresAreNumbersWithFormatsAndMissingFiguresAreEmpty() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table(false, 2024, 2024, rows()))) {
            Sheet sheet = workbook.getSheet("2024");
            int header = headerRow(sheet);
            Row hongshan = sheet.getRow(header + 1);
            assertNumber(hongshan.getCell(0), 1, "0");
            assertNumber(hongshan.getCell(4), 2024, "0");
            assertNumber(hongshan.getCell(5), 0.9901, "0.00%");
            assertNumber(hongshan.getCell(6), 3186.46, "#,##0.00");
            assertNumber(hongshan.getCell(7), 3155.06, "#,##0.00");
            assertNumber(hongshan.getCell(8), 0.9901, "0.00%");
            assertNumber(hongshan.getCell(9), 99.8, "0.##");
            assertNumber(hongshan.getCell(12), 8, "0");
            assertNumber(hongshan.getCell(13), 5, "0");
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            assertThat(shown.formatCellValue(hongshan.getCell(5))).isEqualTo("99.01%");
            assertThat(shown.formatCellValue(hongshan.getCell(6))).isEqualTo("3,186.46");
            assertThat(shown.formatCellValue(hongshan.getCell(9))).isEqualTo("99.8");

            Row zhangdian = sheet.getRow(header + 3);
            assertThat(zhangdian.getCell(2).getStringCellValue()).isEqualTo(ZHANGDIAN);
            assertThat(zhangdian.getCell(7))
                    .as("executed not reported: empty, not 0")
                    .satisfiesAnyOf(
                            c -> assertThat(c).isNull(),
                            c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
            assertThat(zhangdian.getCell(10))
                    .satisfiesAnyOf(
                            c -> assertThat(c).isNull(),
                            c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
            assertThat(shown.formatCellValue(zhangdian.getCell(9)))
                    .as("a whole score shows no trailing dot")
                    .isEqualTo("88");
            assertThat(zhangdian.getCell(1).getStringCellValue()).isEqualTo("–");
            assertThat(sheet.getRow(header + 2).getCell(1).getStringCellValue()).isEqualTo("▼1");
        }
    }

    @Test
    void xlsxSaysSoWhenAYearHasNoRowsAndMarksSyntheticData() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table(true, 2022, 2024, rows()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet empty = workbook.getSheet("2022");
            assertThat(columnA(empty)).contains("2022 年：当前筛选条件下没有可排名的单位。");

            Sheet sheet = workbook.getSheet("2024");
            assertThat(columnA(sheet)).anySatisfy(line -> assertThat(line).contains("合成", "演示数据"));
            int header = headerRow(sheet);
            List<String> headers = rowTexts(sheet.getRow(header));
            assertThat(headers.getLast()).isEqualTo("数据性质");
            assertThat(sheet.getRow(header + 1).getCell(headers.size() - 1).getStringCellValue())
                    .isEqualTo("合成数据");
        }
    }

    @Test
    void xlsxInEnglish() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table(false, 2024, 2024, rows()), Locale.ENGLISH)) {
            Sheet sheet = workbook.getSheet("2024");
            assertThat(text(sheet, 0, 0)).isEqualTo("Execution rate ranking");
            assertThat(columnA(sheet)).contains("Filters: metric Execution rate; years 2024; region 湖北省");
            assertThat(rowTexts(sheet.getRow(headerRow(sheet)))).startsWith("Rank", "vs last year", "Unit");
        }
    }

    // ---- CSV -----------------------------------------------------------------------------------

    @Test
    void csvIsOnePlainUtf8TableWithABom() throws IOException {
        byte[] bytes = write(table(false, 2023, 2024, rows()), ExportFormat.CSV, ZH);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(bytes);

        List<String> header = records.getFirst().toList();
        assertThat(header)
                .startsWith(
                        "名次",
                        "较上年",
                        "单位",
                        "地区",
                        "年度",
                        "排名依据：执行率（小数，1 = 100%）",
                        "全年预算数（万元）",
                        "执行数（万元）",
                        "执行率（小数，1 = 100%）");
        assertThat(header).endsWith("筛选条件", "生成时间", "数据来源");
        assertThat(records).hasSize(1 + 4).allSatisfy(r -> assertThat(r.size()).isEqualTo(header.size()));

        CSVRecord first = records.get(1);
        assertThat(first.get(4)).as("years ascending").isEqualTo("2023");
        CSVRecord hongshan = records.get(2);
        assertThat(hongshan.toList())
                .startsWith(
                        "1",
                        "▲1",
                        HONGSHAN,
                        "湖北省/武汉市/洪山区",
                        "2024",
                        "0.9901",
                        "3186.46",
                        "3155.06",
                        "0.9901",
                        "99.8",
                        "99.8",
                        "部门整体自评",
                        "8",
                        "5");
        assertThat(hongshan.toList())
                .endsWith("筛选条件：指标 执行率；年度 2023–2024；地区 湖北省", "2025-03-01T09:30:15", "数据来源：各单位公开的预算绩效自评报告");
        CSVRecord zhangdian = records.get(4);
        assertThat(zhangdian.get(2)).isEqualTo(ZHANGDIAN);
        assertThat(zhangdian.get(7)).as("not reported: empty, never 0").isEmpty();
        assertThat(zhangdian.get(9)).isEqualTo("88");
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .doesNotContain("3,186.46")
                .doesNotContain("%,");
    }

    @Test
    void xlsxKeepsFormulaLikeTextAsQuotePrefixedTextCells() throws IOException {
        List<RankingRow> rows =
                List.of(row(2024, 1, null, "=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)", "0.5", "-12.5"));
        byte[] bytes = write(
                new RankingTable(
                        new RankingQuery(RankingMetric.EXECUTION_RATE, 2024, 2024, Optional.empty()),
                        rows,
                        GENERATED,
                        false),
                ExportFormat.XLSX,
                ZH);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var cells = new ArrayList<Cell>();
            book.getSheetAt(0).forEach(r -> r.forEach(cells::add));
            var evil = cells.stream()
                    .filter(c -> c.getCellType() == CellType.STRING
                            && c.getStringCellValue().startsWith("=HYPERLINK"))
                    .findFirst()
                    .orElseThrow();
            assertThat(evil.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void csvNeutralisesTextThatASpreadsheetWouldRunAsAFormulaButKeepsNegativeNumbers() throws IOException {
        List<RankingRow> rows = List.of(
                row(2024, 1, null, "=HYPERLINK(\"http://evil\",\"x\")", "+86/湖北省", "0.5", "-12.5"),
                row(2024, 2, null, "@SUM(A1:A9)", "-1+2", "-0.25", "10"),
                row(2024, 3, null, "\tcmd", "\r=1", "-3", "7"),
                row(2024, 4, null, "洪山-区", "a=b", "-4", "7"));
        byte[] bytes = write(
                new RankingTable(
                        new RankingQuery(RankingMetric.EXECUTION_RATE, 2024, 2024, Optional.empty()),
                        rows,
                        GENERATED,
                        false),
                ExportFormat.CSV,
                ZH);
        List<CSVRecord> records = csv(bytes);

        assertThat(records.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(records.get(1).get(3)).isEqualTo("'+86/湖北省");
        assertThat(records.get(2).get(2)).isEqualTo("'@SUM(A1:A9)");
        assertThat(records.get(2).get(3)).isEqualTo("'-1+2");
        assertThat(records.get(3).get(2)).isEqualTo("'\tcmd");
        assertThat(records.get(3).get(3)).isEqualTo("'\r=1");
        assertThat(records.get(4).get(2)).as("only a leading character counts").isEqualTo("洪山-区");
        assertThat(records.get(4).get(3)).isEqualTo("a=b");
        // Figures are numbers, written as numbers: a negative one keeps its sign and gets no apostrophe.
        assertThat(records.get(1).get(7)).isEqualTo("-12.5");
        assertThat(records.get(2).get(5)).isEqualTo("-0.25");
        assertThat(records.get(3).get(5)).isEqualTo("-3");
        assertThat(records.subList(1, records.size()))
                .allSatisfy(r -> r.stream()
                        .filter(v -> !v.isEmpty())
                        .forEach(v -> assertThat(v.charAt(0)).isNotIn('=', '+', '@', '\t', '\r')));
    }

    @Test
    void csvMarksSyntheticDataOnEveryRowAndSpeaksEnglish() throws IOException {
        List<CSVRecord> records = csv(write(table(true, 2024, 2024, rows()), ExportFormat.CSV, Locale.ENGLISH));
        List<String> header = records.getFirst().toList();
        assertThat(header)
                .startsWith(
                        "Rank",
                        "vs last year",
                        "Unit",
                        "Region",
                        "Year",
                        "Ranked by: Execution rate (fraction, 1 = 100%)");
        int synthetic = header.indexOf("Data");
        assertThat(synthetic).isPositive();
        assertThat(records.subList(1, records.size()))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.get(synthetic)).isEqualTo("synthetic"));
        assertThat(records.get(3).get(1)).isEqualTo("–");
    }

    // ---- PDF -----------------------------------------------------------------------------------

    @Test
    void pdfCarriesTheTitleFiltersAndChineseNamesInTheEmbeddedFont() throws IOException {
        byte[] bytes = write(table(true, 2023, 2024, rows()), ExportFormat.PDF, ZH);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "执行率排名",
                            "筛选条件：指标 执行率；年度 2023–2024；地区 湖北省",
                            "生成时间：2025-03-01 09:30",
                            "数据来源：各单位公开的预算绩效自评报告",
                            "合成",
                            HONGSHAN,
                            JIANGHAN,
                            ZHANGDIAN,
                            "99.01%",
                            "3,186.46",
                            "未报告",
                            "▲1",
                            "▼1",
                            "2023 年",
                            "2024 年");
            assertThat(text).contains("第 1 页，共 " + pdf.getNumberOfPages() + " 页");
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("A4 landscape").isCloseTo(842, offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595, offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("WenQuanYi");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void pdfRepeatsTheHeaderOnEveryPageAndNumbersThePages() throws IOException {
        List<RankingRow> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(row(2024, i, null, "测试单位" + i, "湖北省/武汉市", "0." + (999 - i), "100"));
        }
        byte[] bytes = write(
                new RankingTable(
                        new RankingQuery(RankingMetric.EXECUTION_RATE, 2024, 2024, Optional.empty()),
                        many,
                        GENERATED,
                        false),
                ExportFormat.PDF,
                Locale.ENGLISH);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                assertThat(text).as("page " + p).contains("Rank", "Unit", "Region", "Page " + p + " of " + pages);
            }
            assertThat(new PDFTextStripper().getText(pdf)).contains("测试单位1 ", "测试单位120 ", "all regions");
        }
    }

    // ---- file names and formats ------------------------------------------------------------------

    @Test
    void fileNamesAreAsciiFromTheMetricAndYears() {
        assertThat(RankingExports.fileName(table(false, 2024, 2024, rows()), ExportFormat.XLSX))
                .isEqualTo("ranking-execution-rate-2024.xlsx");
        RankingTable range = new RankingTable(
                new RankingQuery(RankingMetric.RECOMPUTED_SCORE, 2022, 2024, Optional.of("湖北省")),
                List.of(),
                GENERATED,
                false);
        assertThat(RankingExports.fileName(range, ExportFormat.PDF))
                .isEqualTo("ranking-recomputed-score-2022-2024.pdf");
        assertThat(RankingExports.fileName(range, ExportFormat.CSV)).matches("[a-z0-9.-]+");
    }

    @Test
    void formatsAreChosenByCode() {
        assertThat(ExportFormat.fromCode("xlsx")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.fromCode(" PDF ")).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.CSV.mimeType()).startsWith("text/csv");
        assertThat(ExportFormat.XLSX.extension()).isEqualTo("xlsx");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExportFormat.fromCode("docx"))
                .withMessageContaining("'docx'")
                .withMessageContaining("csv, xlsx, pdf");
    }

    // ---- fixtures and helpers ------------------------------------------------------------------

    /** 2023: one unit; 2024: Hongshan climbs (▲1), Jianghan falls (▼1), Zhangdian stays (–) with gaps. */
    private static List<RankingRow> rows() {
        return List.of(
                new RankingRow(
                        2023,
                        1,
                        null,
                        4,
                        HONGSHAN,
                        "湖北省/武汉市/洪山区",
                        bd("0.95"),
                        bd("3000.00"),
                        bd("2850.00"),
                        bd("0.95"),
                        bd("97"),
                        bd("96.5"),
                        "overall",
                        2,
                        1),
                new RankingRow(
                        2024,
                        1,
                        2,
                        4,
                        HONGSHAN,
                        "湖北省/武汉市/洪山区",
                        bd("0.990100"),
                        bd("3186.4600"),
                        bd("3155.0600"),
                        bd("0.990100"),
                        bd("99.8000"),
                        bd("99.8000"),
                        "overall",
                        8,
                        5),
                new RankingRow(
                        2024,
                        2,
                        1,
                        5,
                        JIANGHAN,
                        "湖北省/武汉市/江汉区",
                        bd("0.9500"),
                        bd("1200.50"),
                        bd("1140.48"),
                        bd("0.9500"),
                        bd("95.5"),
                        bd("92.25"),
                        "overall",
                        1,
                        0),
                new RankingRow(
                        2024,
                        3,
                        3,
                        6,
                        ZHANGDIAN,
                        "山东省/淄博市/张店区",
                        bd("0.898702"),
                        bd("839.80"),
                        null,
                        bd("0.898702"),
                        bd("88.0000"),
                        null,
                        "projects_mean",
                        3,
                        5));
    }

    private static RankingRow row(
            int year, int rank, Integer previous, String unit, String region, String value, String executed) {
        return new RankingRow(
                year,
                rank,
                previous,
                rank,
                unit,
                region,
                bd(value),
                bd("100"),
                bd(executed),
                bd(value),
                bd("90"),
                bd("90"),
                "overall",
                0,
                0);
    }

    private static RankingTable table(boolean synthetic, int from, int to, List<RankingRow> rows) {
        return new RankingTable(
                new RankingQuery(RankingMetric.EXECUTION_RATE, from, to, Optional.of("湖北省")),
                rows.stream()
                        .filter(r -> r.fiscalYear() >= from && r.fiscalYear() <= to)
                        .toList(),
                GENERATED,
                synthetic);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static byte[] write(RankingTable table, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        RankingExports.write(table, format, locale, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook xlsx(RankingTable table) throws IOException {
        return xlsx(table, ZH);
    }

    private static XSSFWorkbook xlsx(RankingTable table, Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(write(table, ExportFormat.XLSX, locale)));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && List.of("名次", "Rank").contains(first.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row in sheet " + sheet.getSheetName());
    }

    private static List<String> columnA(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING) {
                lines.add(first.getStringCellValue());
            }
        }
        return lines;
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(shown.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
