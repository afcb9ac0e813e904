package com.jixiao.insight.ingest.format.sheet;

import static com.jixiao.insight.ingest.format.word.OfficeFixtures.refusal;
import static com.jixiao.insight.ingest.format.word.OfficeFixtures.resource;
import static com.jixiao.insight.ingest.format.word.OfficeFixtures.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.format.word.OfficeFixtures;
import com.jixiao.insight.ingest.format.word.OfficeLimits;
import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link SheetGrid} on the project form as LibreOffice Calc saves it (XLSX and XLS, from
 * tools/office/project_form.html), on a form written here with POI (independent of LibreOffice), and on every kind of
 * file it must refuse.
 */
class SheetGridTest {

    static final byte[] XLSX = resource("project_form.xlsx");
    static final byte[] XLS = resource("project_form.xls");

    static List<GridRow> read(byte[] bytes) {
        return SheetGrid.read(bytes, OfficeLimits.DEFAULT);
    }

    // ---- the form as LibreOffice saves it --------------------------------------------------------------

    @Test
    void sheetNameThenTitleRowsMergedAcrossAreTextRows() {
        List<GridRow> rows = read(XLSX);
        assertThat(rows.subList(0, 4))
                .containsExactly(
                        GridRow.text("Sheet1", "Sheet1"),
                        GridRow.text("项目支出绩效自评表", "Sheet1!A1:I1"),
                        GridRow.text("（2024年度）", "Sheet1!A2:I2"),
                        GridRow.text("单位：万元", "Sheet1!A3:I3"));
        GridRow name = rows.get(4);
        assertThat(name.cells()).containsExactly("项目名称", "政务服务“一网通办”平台运维项目", "", "", "", "", "", "", "");
        assertThat(name.spanned()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8);
        assertThat(name.location()).isEqualTo("Sheet1!A4:I4");
    }

    @Test
    void fundingBlockShowsThePercentageAsPrinted() {
        List<GridRow> rows = read(XLSX);
        GridRow header = rowStarting(rows, "项目资金（万元）");
        assertThat(header.cells()).containsExactly("项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        assertThat(header.spanned()).containsExactly(2); // the empty merged corner B6:C6
        GridRow total = rowStarting(rows, "年度资金总额");
        // H7 holds 0.9901 formatted 0.00%
        assertThat(total.cells()).containsExactly("", "年度资金总额", "", "120", "120", "118.81", "10", "99.01%", "9.9");
        assertThat(total.spanned()).containsExactly(2);
        assertThat(total.location()).isEqualTo("Sheet1!A7:I7");
    }

    @Test
    void mergedCategoriesStandInTheirFirstRowOnly() {
        List<GridRow> rows = read(XLSX);
        GridRow header = rowStarting(rows, "绩效指标");
        assertThat(header.cells())
                .containsExactly("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        int at = rows.indexOf(header);
        assertThat(rows.get(at + 1).cells())
                .containsExactly("", "产出指标", "数量指标", "政务服务事项网上可办数", "≥1200项", "1268项", "5", "5", "");
        for (int i = at + 2; i <= at + 9; i++) {
            assertThat(rows.get(i).cells().subList(0, 2))
                    .as(rows.get(i).location())
                    .containsExactly("", "");
            assertThat(rows.get(i).spanned()).isEmpty();
            assertThat(rows.get(i).table()).isTrue();
        }
        // Calc read the HTML cell "=100%" as a formula: the form shows its saved result
        assertThat(rows.get(at + 7).cells().subList(3, 6)).containsExactly("电子证照归集率", "100.00%", "100%");
        assertThat(rowStarting(rows, "效益指标").cells().subList(1, 8))
                .containsExactly("效益指标", "社会效益指标", "群众办事平均跑动次数", "≤0.3次", "0.2次", "20", "19.8");
    }

    @Test
    void lineBreaksInACellAreJoined() {
        GridRow goals = rowStarting(read(XLSX), "目标1：保障“一网通办”平台全年稳定运行，系统可用率不低于99%。目标2：推进政务服务事项网上可办，网上可办事项不少于1200项。");
        assertThat(goals.cells().get(5)).isEqualTo("目标1完成情况：平台全年稳定运行，系统可用率99.6%。目标2完成情况：网上可办事项1268项，超额完成。");
    }

    @Test
    void legacyXlsReadsAsTheXlsx() {
        assertThat(read(XLS)).containsExactlyElementsOf(read(XLSX));
    }

    // ---- a form written here with POI ------------------------------------------------------------------

    /** A two-sheet form: merged title and categories, a percentage, formulas with saved results, a date, hidden parts. */
    static byte[] poiForm(Consumer<Workbook> extra) {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("项目自评");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            // The form starts in column B: column A is a margin, empty in the whole sheet.
            cells(s, 0, 1, "2024年度项目支出绩效自评表");
            s.addMergedRegion(CellRangeAddress.valueOf("B1:I1"));
            cells(s, 1, 8, "单位：万元");
            cells(s, 2, 1, "项目名称", "数字政府建设项目");
            s.addMergedRegion(CellRangeAddress.valueOf("C3:I3"));
            cells(s, 3, 1, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.addMergedRegion(CellRangeAddress.valueOf("B4:B5"));
            Row funds = cells(s, 4, 3);
            funds.createCell(3).setCellValue(101);
            funds.createCell(4).setCellValue(101);
            funds.createCell(5).setCellValue(100.0001);
            funds.createCell(6).setCellValue(10.0);
            funds.createCell(7).setCellValue(0.9901);
            funds.getCell(7).setCellStyle(percent);
            funds.createCell(8).setCellFormula("G5*H5*2");
            cells(s, 5, 1, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
            cells(s, 6, 2, "产出指标", "数量指标", "办件量", "≥7万件", "86256件");
            s.getRow(6).createCell(7).setCellValue(20);
            s.getRow(6).createCell(8).setCellFormula("6.6*3"); // 19.799999999999997
            cells(s, 7, 4, "差错率", "≤0.5%", "0.3%");
            s.getRow(7).createCell(7).setCellValue(0.1);
            s.getRow(7).createCell(8).setCellFormula("0.1+0.2"); // 0.30000000000000004
            cells(s, 8, 4, "内部测算（隐藏）", "x", "y").setZeroHeight(true);
            cells(s, 9, 4, "完成时间", "≤2024年12月31日");
            s.getRow(9).createCell(6).setCellValue(LocalDate.of(2024, 12, 20));
            s.getRow(9).getCell(6).setCellStyle(date);
            s.getRow(9).createCell(7).setCellValue(true);
            s.addMergedRegion(CellRangeAddress.valueOf("B6:B10"));
            s.addMergedRegion(CellRangeAddress.valueOf("C7:C10"));
            s.addMergedRegion(CellRangeAddress.valueOf("D7:D8"));
            s.addMergedRegion(CellRangeAddress.valueOf("D9:D10"));
            cells(s, 9, 3); // D10 is covered by D9:D10, whose first row is hidden: its text shows in row 10
            s.getRow(8).createCell(3).setCellValue("时效指标");
            cells(s, 11, 1, "总分");
            s.getRow(11).createCell(8).setCellFormula("SUM(I5:I10)");
            s.addMergedRegion(CellRangeAddress.valueOf("B12:H12"));
            Sheet hidden = wb.createSheet("计算表");
            cells(hidden, 0, 0, "隐藏的辅助表");
            wb.setSheetHidden(1, true);
            Sheet notes = wb.createSheet("说明");
            cells(notes, 2, 0, "填表说明：金额单位为万元。");
            wb.createSheet("Sheet3"); // empty: nothing
            extra.accept(wb);
            XSSFFormulaEvaluator.evaluateAllFormulaCells((XSSFWorkbook) wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row cells(Sheet sheet, int row, int firstColumn, String... texts) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                r.createCell(firstColumn + i).setCellValue(texts[i]);
            }
        }
        return r;
    }

    @Test
    void poiFormReadsAsPrinted() {
        List<GridRow> rows = read(poiForm(wb -> {}));
        assertThat(rows)
                .containsExactly(
                        GridRow.text("项目自评", "项目自评"),
                        GridRow.text("2024年度项目支出绩效自评表", "项目自评!B1:I1"),
                        GridRow.text("单位：万元", "项目自评!I2"),
                        GridRow.table(
                                List.of("项目名称", "数字政府建设项目", "", "", "", "", "", ""),
                                Set.of(2, 3, 4, 5, 6, 7),
                                "项目自评!B3:I3"),
                        GridRow.table(
                                List.of("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                                Set.of(),
                                "项目自评!B4:I4"),
                        GridRow.table(
                                // integers without ".0", 100.0001 as General shows it, 0.9901 in 0.00%,
                                // =G5*H5*2 as its saved 19.802
                                List.of("", "", "101", "101", "100.0001", "10", "99.01%", "19.802"),
                                Set.of(),
                                "项目自评!B5:I5"),
                        GridRow.table(
                                List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
                                Set.of(),
                                "项目自评!B6:I6"),
                        GridRow.table(
                                // =6.6*3 is 19.799999999999997: shown "19.8"
                                List.of("", "产出指标", "数量指标", "办件量", "≥7万件", "86256件", "20", "19.8"),
                                Set.of(),
                                "项目自评!B7:I7"),
                        GridRow.table(
                                // =0.1+0.2 is 0.30000000000000004: shown "0.3"
                                List.of("", "", "", "差错率", "≤0.5%", "0.3%", "0.1", "0.3"), Set.of(), "项目自评!B8:I8"),
                        // row 9 is hidden; D9:D10 shows its text in row 10, the date as yyyy-MM-dd
                        GridRow.table(
                                List.of("", "", "时效指标", "完成时间", "≤2024年12月31日", "2024-12-20", "TRUE", ""),
                                Set.of(),
                                "项目自评!B10:I10"),
                        GridRow.table(
                                List.of("总分", "", "", "", "", "", "", "39.902"),
                                Set.of(1, 2, 3, 4, 5, 6),
                                "项目自评!B12:I12"),
                        // the hidden sheet 计算表 gives nothing; the empty Sheet3 neither
                        GridRow.text("说明", "说明"),
                        GridRow.text("填表说明：金额单位为万元。", "说明!A3"));
    }

    @Test
    void formulaWithoutASavedResultIsRefusedAtItsCell() {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(poiForm(w -> {})))) {
            XSSFCell total = wb.getSheet("项目自评").getRow(11).getCell(8);
            total.getCTCell().unsetV(); // as a program that writes formulas without calculating saves it
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UnreadableFile e = refusal("sheetFormulaNoValue", () -> read(bytes));
        assertThat(e.location()).isEqualTo("项目自评!I12");
        assertThat(e.args()).containsExactly("=SUM(I5:I10)");
    }

    @Test
    void formulaLinkingAnotherWorkbookShowsItsSavedValueAndIsNotFollowed() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(poiForm(w -> {})))) {
            XSSFCell linked = wb.getSheet("项目自评").getRow(6).getCell(7);
            linked.getCTCell().addNewF().setStringValue("[1]汇总!H7");
            linked.getCTCell().setV("18");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        assertThat(rowStarting(read(bytes), "产出指标").cells())
                .containsExactly("", "产出指标", "数量指标", "办件量", "≥7万件", "86256件", "18", "19.8");
    }

    @Test
    void errorValuesShowAsPrinted() {
        List<GridRow> rows = read(poiForm(wb -> {
            Row r = wb.getSheet("项目自评").getRow(4);
            r.getCell(7).setCellFormula("F5/0");
        }));
        assertThat(rowStarting(rows, "101").cells()).contains("#DIV/0!");
    }

    @Test
    void xlsWrittenByPoiReadsAsTheXlsx() throws IOException {
        byte[] xlsx = poiForm(wb -> {});
        // the same form through HSSF: rewrite cell by cell (merges, styles, hidden row and sheet)
        try (Workbook from = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                HSSFWorkbook to = new HSSFWorkbook()) {
            for (int i = 0; i < from.getNumberOfSheets(); i++) {
                Sheet a = from.getSheetAt(i);
                Sheet b = to.createSheet(a.getSheetName());
                to.setSheetHidden(i, from.isSheetHidden(i));
                a.getMergedRegions().forEach(b::addMergedRegion);
                for (Row ra : a) {
                    Row rb = b.createRow(ra.getRowNum());
                    rb.setZeroHeight(ra.getZeroHeight());
                    for (var ca : ra) {
                        var cb = rb.createCell(ca.getColumnIndex());
                        CellStyle style = to.createCellStyle();
                        style.setDataFormat(to.createDataFormat()
                                .getFormat(ca.getCellStyle().getDataFormatString()));
                        cb.setCellStyle(style);
                        switch (ca.getCellType()) {
                            case STRING -> cb.setCellValue(ca.getStringCellValue());
                            case NUMERIC -> cb.setCellValue(ca.getNumericCellValue());
                            case BOOLEAN -> cb.setCellValue(ca.getBooleanCellValue());
                            case FORMULA -> cb.setCellFormula(ca.getCellFormula());
                            default -> {}
                        }
                    }
                }
            }
            to.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            to.write(out);
            assertThat(read(out.toByteArray())).containsExactlyElementsOf(read(xlsx));
        }
    }

    @Test
    void macroEnabledWorkbookIsReadAndItsMacrosIgnored() throws IOException {
        byte[] xlsm = OfficeFixtures.rewriteZip(
                XLSX,
                "[Content_Types].xml",
                s -> s.replace(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace(
                                "</Types>",
                                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        xlsm = OfficeFixtures.addEntry(xlsm, "xl/vbaProject.bin", new byte[] {1, 2, 3, 4});
        assertThat(read(xlsm)).containsExactlyElementsOf(read(XLSX));
    }

    // ---- refusals --------------------------------------------------------------------------------------

    @Test
    void wordDocumentsAreTheWrongKind() {
        assertThat(refusal("officeWrongKind", () -> read(resource("project_form.docx")))
                        .args())
                .containsExactly("DOCX", "Excel");
        assertThat(refusal("officeWrongKind", () -> read(resource("project_form.doc")))
                        .args())
                .containsExactly("DOC", "Excel");
    }

    @Test
    void damagedWorkbooksAreCorrupt() {
        refusal("officeCorrupt", () -> read(Arrays.copyOf(XLSX, XLSX.length / 2)));
        byte[] xls = XLS.clone();
        Arrays.fill(xls, 600, xls.length, (byte) 0x33);
        refusal("officeCorrupt", () -> read(xls));
        refusal("officeCorrupt", () -> read("项目名称,预算\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encryptedWorkbookIsRefused() {
        refusal("officeEncrypted", () -> read(OfficeFixtures.encrypted(XLSX)));
    }

    @Test
    void zipBombDisguisedAsXlsxIsRefused() {
        UnreadableFile e =
                refusal("officeZipBomb", () -> read(OfficeFixtures.zipBomb("xl/worksheets/sheet1.xml", 200)));
        assertThat(e.args().get(0)).isEqualTo("xl/worksheets/sheet1.xml");
    }

    @Test
    void tooManyRowsAndCells() {
        UnreadableFile rows = refusal("tooManyRows", () -> SheetGrid.read(XLSX, OfficeLimits.DEFAULT.withMaxRows(30)));
        assertThat(rows.args()).containsExactly("49", "30");
        refusal("tooManyRows", () -> SheetGrid.read(XLS, OfficeLimits.DEFAULT.withMaxRows(30)));
        refusal("tooManyCells", () -> SheetGrid.read(XLSX, OfficeLimits.DEFAULT.withMaxCells(100)));
    }
}
