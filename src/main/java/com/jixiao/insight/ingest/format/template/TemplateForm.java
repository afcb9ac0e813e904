package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.format.template.TemplateRows.TemplateRow;
import com.jixiao.insight.ingest.format.template.TemplateRows.Value;
import com.jixiao.insight.ingest.format.template.TemplateRows.Where;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.Regions;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the template's rows say: the header (within the first ten rows) gives the columns, each row after it
 * an indicator of an evaluation (or an evaluation of its own), one unit, one year and one region per file.
 * The evaluation's columns may be repeated on its later rows, identically; an evaluation is one run of
 * adjacent rows. Every refusal names the cell.
 */
final class TemplateForm {

    private final String name;
    private final List<TemplateRow> rows;
    private final Where where;
    private final Diagnostics diag;
    private final ImportLimits limits;
    private Map<TemplateColumns, Integer> columns;
    private String unit;
    private String region;
    private Integer year;
    private final Map<String, TemplateEvaluation> evaluations = new LinkedHashMap<>();
    private TemplateEvaluation current;

    private TemplateForm(TemplateRows rows, String name, Diagnostics diag, ImportLimits limits) {
        this.name = name;
        this.rows = rows.rows();
        this.where = rows.where();
        this.diag = diag;
        this.limits = limits;
    }

    static ReportDocument read(TemplateRows rows, String name, Diagnostics diag, ImportLimits limits) {
        return new TemplateForm(rows, name, diag, limits).read();
    }

    private ReportDocument read() {
        int headerAt = header();
        int width = rows.get(headerAt).cells().size();
        while (width > 0 && rows.get(headerAt).cells().get(width - 1).isBlank()) {
            width--;
        }
        for (int i = headerAt + 1; i < rows.size(); i++) {
            TemplateRow row = rows.get(i);
            if (row.cells().stream().allMatch(Value::isBlank)) {
                continue;
            }
            refuseCellsBeyond(row, width);
            readRow(row, new TemplateCells(row, columns, where));
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
        for (TemplateEvaluation e : evaluations.values()) {
            reports.add(e.report());
        }
        return new ReportDocument(name, null, unit, List.of(), region, year, reports, List.of(), List.of(), List.of());
    }

    /** The header row, the first of the first ten rows naming at least four columns; sets the columns. */
    private int header() {
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
        columns = headerColumns;
        List<String> missing = new ArrayList<>();
        for (TemplateColumns c : TemplateColumns.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw diag.reject("missingTemplateColumns", rows.get(headerAt).line(), null, String.join("、", missing));
        }
        return headerAt;
    }

    /** A cell right of the header's last column: the row is shifted, or holds what no column names. */
    private void refuseCellsBeyond(TemplateRow row, int width) {
        List<Value> cells = row.cells();
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
    }

    /** One row: the file's unit, year and region, its evaluation's columns, and its indicator if it has one. */
    private void readRow(TemplateRow row, TemplateCells get) {
        String u = get.text(TemplateColumns.UNIT);
        String y = get.text(TemplateColumns.YEAR);
        String r = get.text(TemplateColumns.REGION);
        unit = same(unit, u, row, columns.get(TemplateColumns.UNIT), "mixedUnits");
        region = same(
                region,
                r == null
                        ? null
                        : Regions.normalise(r)
                                .orElseThrow(() ->
                                        where.reject("badRegion", row.line(), columns.get(TemplateColumns.REGION), r)),
                row,
                columns.get(TemplateColumns.REGION),
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
        TemplateEvaluation evaluation = evaluation(row, kind, evalName);
        evaluation.lastLine = row.line();
        for (TemplateColumns c : TemplateColumns.EVALUATION) {
            Object v = get.value(c);
            if (v == null) {
                continue;
            }
            Object before = evaluation.values.get(c);
            if (before == null) {
                evaluation.values.put(c, v);
                evaluation.lines.put(c, row.line());
            } else if (!equal(before, v)) {
                throw where.reject("conflictingValue", row.line(), columns.get(c), c.header(), before, v);
            }
        }
        if (TemplateColumns.INDICATORS.stream().anyMatch(c -> get.text(c) != null)) {
            evaluation.indicators.add(indicator(row, get));
            if (evaluation.indicators.size() > limits.maxIndicatorsPerReport()) {
                throw where.reject("tooManyIndicators", row.line(), 0, limits.maxIndicatorsPerReport());
            }
        }
    }

    /** The row's evaluation: the current one, or a new one; an evaluation seen before and left is refused. */
    private TemplateEvaluation evaluation(TemplateRow row, String kind, String evalName) {
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
            current = new TemplateEvaluation(key, kind, evalName, row.line());
            evaluations.put(key, current);
            if (evaluations.size() > limits.maxReports()) {
                throw diag.reject("tooManyReports", null, null, limits.maxReports());
            }
        }
        return current;
    }

    private static IndicatorRow indicator(TemplateRow row, TemplateCells get) {
        return new IndicatorRow(
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
                LineRange.single(row.line()));
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** The file's one unit (or region): a row naming another is refused. */
    private String same(String before, String now, TemplateRow row, Integer column, String code) {
        if (now == null) {
            return before;
        }
        if (before != null && !before.equals(now)) {
            throw where.reject(code, row.line(), column, before, now);
        }
        return now;
    }
}
