package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the import template: empty (to download and fill in), or holding reports (the seeds exported for
 * a round trip, or any stored report to correct and re-import). One row per indicator; the evaluation's
 * columns on its first row; text cells that a spreadsheet would run as a formula are prefixed with '.
 */
public final class TemplateWriter {

    private static final int MAX_WIDTH = 60;

    private TemplateWriter() {}

    /** The template as XLSX, with the reports' rows (none for an empty template) and a sheet of instructions. */
    public static byte[] xlsx(List<ReportDocument> documents) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(TemplateColumns.SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            TemplateColumns[] columns = TemplateColumns.values();
            Row h = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(columns[c].header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(
                        c, Math.min(MAX_WIDTH, Math.max(10, columns[c].header().length() * 2 + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ReportDocument doc : documents) {
                for (List<Object> values : rows(doc)) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < columns.length; c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof BigDecimal d) {
                            cell.setCellValue(d.doubleValue());
                            if (columns[c] == TemplateColumns.RATE) {
                                cell.setCellStyle(rate);
                            }
                        } else if (v instanceof Integer i) {
                            cell.setCellValue(i);
                        } else {
                            cell.setCellValue(neutralise(v.toString()));
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            DataValidationHelper dv = sheet.getDataValidationHelper();
            int kind = TemplateColumns.KIND.ordinal();
            var validation = dv.createValidation(
                    dv.createExplicitListConstraint(new String[] {"部门整体", "项目"}),
                    new CellRangeAddressList(1, 10_000, kind, kind));
            validation.setShowErrorBox(false);
            sheet.addValidationData(validation);
            instructions(workbook.createSheet("说明"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same columns as CSV (UTF-8 with BOM so that Excel reads the Chinese). */
    public static byte[] csv(List<ReportDocument> documents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.print(writer)) {
            writer.write('\uFEFF');
            List<String> header = new ArrayList<>();
            for (TemplateColumns c : TemplateColumns.values()) {
                header.add(c.header());
            }
            csv.printRecord(header);
            for (ReportDocument doc : documents) {
                for (List<Object> values : rows(doc)) {
                    List<String> record = new ArrayList<>();
                    for (Object v : values) {
                        record.add(
                                v == null
                                        ? ""
                                        : v instanceof BigDecimal d
                                                ? d.toPlainString()
                                                : v instanceof Integer i ? i.toString() : neutralise(v.toString()));
                    }
                    csv.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The template's rows for one document, each in the order of {@link TemplateColumns}. */
    static List<List<Object>> rows(ReportDocument doc) {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationReport r : doc.reports()) {
            Map<TemplateColumns, Object> evaluation = new EnumMap<>(TemplateColumns.class);
            evaluation.put(TemplateColumns.SUPERVISING, r.supervisingDepartment());
            evaluation.put(TemplateColumns.IMPLEMENTING, r.implementingUnit());
            evaluation.put(TemplateColumns.INITIAL, r.initialBudget());
            evaluation.put(TemplateColumns.ADJUSTED, r.adjustedBudget());
            evaluation.put(TemplateColumns.EXECUTED, r.executed());
            evaluation.put(TemplateColumns.RATE, r.executionRate());
            evaluation.put(TemplateColumns.EXECUTION_WEIGHT, r.executionWeight());
            evaluation.put(TemplateColumns.EXECUTION_SCORE, r.executionScore());
            evaluation.put(TemplateColumns.TOTAL, r.totalScore());
            evaluation.put(TemplateColumns.GRADE, r.grade());
            evaluation.put(TemplateColumns.GOAL, r.annualGoal());
            evaluation.put(TemplateColumns.OUTCOME, r.goalOutcome());
            evaluation.put(TemplateColumns.NOTE, r.note());
            List<IndicatorRow> indicators =
                    r.indicators().isEmpty() ? java.util.Collections.singletonList(null) : r.indicators();
            boolean first = true;
            for (IndicatorRow i : indicators) {
                Map<TemplateColumns, Object> row = new EnumMap<>(TemplateColumns.class);
                row.put(TemplateColumns.UNIT, doc.unit());
                row.put(TemplateColumns.REGION, doc.region());
                row.put(TemplateColumns.YEAR, doc.year());
                row.put(TemplateColumns.KIND, r.kind().equals("overall") ? "部门整体" : "项目");
                row.put(TemplateColumns.NAME, r.name());
                if (first) {
                    row.putAll(evaluation);
                    first = false;
                }
                if (i != null) {
                    row.put(TemplateColumns.CATEGORY, i.category());
                    row.put(TemplateColumns.SUBCATEGORY, i.subcategory());
                    row.put(TemplateColumns.INDICATOR, i.name());
                    row.put(TemplateColumns.CLASS, i.indicatorClass());
                    row.put(TemplateColumns.NATURE, i.nature());
                    row.put(TemplateColumns.UNIT_OF_MEASURE, i.unitOfMeasure());
                    row.put(TemplateColumns.TARGET, i.target());
                    row.put(TemplateColumns.ACTUAL, i.actual());
                    row.put(TemplateColumns.WEIGHT, i.weight());
                    row.put(TemplateColumns.SCORE, i.score());
                    row.put(TemplateColumns.REASON, i.deviationReason());
                    row.put(TemplateColumns.MEASURES, i.improvementMeasures());
                    row.put(TemplateColumns.INDICATOR_NOTE, i.note());
                }
                List<Object> values = new ArrayList<>();
                for (TemplateColumns c : TemplateColumns.values()) {
                    values.add(row.get(c));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** A leading apostrophe keeps = + - @ text from running as a formula; the reader removes it again. */
    static String neutralise(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void instructions(Sheet sheet) {
        String[] lines = {
            "绩效透视 导入模板 / Jixiao Insight import template",
            "每行一个指标；同一评价的各行相邻，评价的各列（预算、得分、目标等）填在其第一行，其后各行可留空或重复相同的值。",
            "One row per indicator; the rows of one evaluation together; its evaluation columns on its first row.",
            "一个文件只含一个单位一个年度的报告；类型填“部门整体”或“项目”。金额单位为万元；执行率填小数（0.835）或百分数（83.5%）。",
            "One unit and one year per file. Kind: 部门整体 (overall) or 项目 (project). Money in 万元; rate as 0.835 or 83.5%.",
            "只填数值和文字，不要公式；单元格中不要有 HTML 等标记。地区写作 省/市/区，例如 湖北省/武汉市/洪山区。",
            "Values only, no formulas, no markup. Region as province/city/district, e.g. 湖北省/武汉市/洪山区.",
            "必填列 / required: 单位 unit、年度 year、类型 kind、评价名称 name。其余列可以留空：空格不等于 0。",
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.setColumnWidth(0, 160 * 256);
    }
}
