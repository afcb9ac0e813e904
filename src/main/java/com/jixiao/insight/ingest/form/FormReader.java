package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.form.Blocks.Block;
import com.jixiao.insight.ingest.form.Blocks.Kind;
import com.jixiao.insight.ingest.form.words.DocumentFacts;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a text report (tab, pipe or HTML tables, see {@link TextRows}) into the model of data/:
 * each 整体支出/项目支出绩效自评表 title opens an evaluation ({@link Blocks}); inside it the labelled rows (项目名称,
 * 主管部门, 实施单位), the budget table (年初预算数, 全年预算数 A, 执行数 B, 执行率, 分值, 得分), the goal rows, the
 * indicator table and the total are recognised by their labels, whatever their position ({@link
 * EvaluationReader}). Every figure keeps its source line; every row read in any other way than column by
 * column gets a warning. This class reads what belongs to the whole document: unit, year, region, title.
 */
public final class FormReader {

    private final SourceText source;
    private final FormContext form;
    /** The line of the last indicator row that lacked a value column its header has (a cut-off file ends so). */
    private Integer lastIncompleteRow;

    public FormReader(SourceText source, List<Row> rows, Diagnostics diag, ImportLimits limits) {
        this.source = source;
        this.form = new FormContext(rows, diag, limits);
    }

    /**
     * A cell holding U+FFFD lacks characters the file does not say (a PDF glyph without a Unicode map, text passed
     * through a lossy conversion): it is read as it stands and warned, so that a figure missing a digit is checked.
     */
    private static void warnUndecodable(List<Row> rows, Diagnostics diag) {
        for (Row row : rows) {
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).indexOf(CellText.REPLACEMENT) >= 0) {
                    diag.warn(
                            "undecodableText",
                            row.first(),
                            row.isText() ? null : i + 1,
                            CellText.shorten(cells.get(i)));
                }
            }
        }
    }

    public Integer lastIncompleteRow() {
        return lastIncompleteRow;
    }

    public ReportDocument parse() {
        List<Row> rows = form.rows();
        Diagnostics diag = form.diag();
        warnUndecodable(rows, diag);
        List<Block> blocks = Blocks.find(rows);
        ProjectSummary summary = ProjectSummary.read(rows);
        List<EvaluationReport> reports = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Kind.SUMMARY) {
                continue;
            }
            EvaluationReader reader = new EvaluationReader(form, b, summary);
            Optional<EvaluationReport> report = reader.read();
            reader.lastIncompleteRow().ifPresent(line -> lastIncompleteRow = line);
            report.ifPresent(reports::add);
            if (reports.size() > form.limits().maxReports()) {
                throw diag.reject("tooManyReports", null, null, form.limits().maxReports());
            }
        }
        if (reports.isEmpty()) {
            List<String> titles = blocks.stream()
                    .filter(b -> b.kind() != Kind.SUMMARY)
                    .map(b -> String.valueOf(rows.get(b.start()).first()))
                    .toList();
            throw titles.isEmpty()
                    ? diag.reject("noReports", null, null)
                    : diag.reject("noReadableTable", null, null, String.join("、", titles));
        }
        DocumentFacts.Unit unit = DocumentFacts.unit(rows).orElseThrow(() -> diag.reject("noUnit", null, null));
        if (unit.supervising()) {
            diag.warn("unitFromSupervising", unit.line(), null, unit.name());
        }
        int year = year(blocks);
        String region = DocumentFacts.region(rows).orElse(null);
        String title = DocumentFacts.title(rows).orElse(null);
        return new ReportDocument(
                source.fileName(),
                title,
                unit.name(),
                unit.aliases(),
                region,
                year,
                reports,
                List.of(),
                List.of(),
                List.of());
    }

    /** The year the titles print most often (said, if they print several). */
    private int year(List<Block> blocks) {
        List<Row> rows = form.rows();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Block b : blocks) {
            for (int i = b.start(); i < Math.min(b.end(), b.start() + 4); i++) {
                Row r = rows.get(i);
                if (r.nonEmpty() == 1) {
                    DocumentFacts.years(r.firstNonEmpty()).forEach(y -> counts.merge(y, 1, Integer::sum));
                }
            }
        }
        if (counts.isEmpty()) {
            DocumentFacts.title(rows)
                    .map(DocumentFacts::years)
                    .orElse(List.of())
                    .forEach(y -> counts.merge(y, 1, Integer::sum));
        }
        if (counts.isEmpty()) {
            throw form.diag().reject("noYear", null, null);
        }
        int best = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        if (counts.size() > 1) {
            form.diag().warn("severalYears", null, null, counts.keySet(), best);
        }
        return best;
    }
}
