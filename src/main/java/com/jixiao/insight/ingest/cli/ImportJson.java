package com.jixiao.insight.ingest.cli;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.model.ReportJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code import --dry-run} prints: {@code {"reports":[…], "warnings":[…], "errors":[…]}}, one entry per
 * evaluation (a file may hold several), with the names documented in README "Import". Rates are fractions
 * (0.835), money in 万元, absent figures null.
 */
public final class ImportJson {

    private ImportJson() {}

    public static String write(List<ParsedFile> files, List<ImportIssue> errors, Messages messages) {
        List<Object> reports = new ArrayList<>();
        List<Object> warnings = new ArrayList<>();
        for (ParsedFile f : files) {
            ReportDocument doc = f.document();
            for (EvaluationReport r : doc.reports()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", f.source().fileName());
                m.put("unit", doc.unit());
                m.put("region", doc.region());
                m.put("year", doc.year());
                m.put("kind", r.kind());
                m.put("name", r.name());
                m.put("supervisingDepartment", r.supervisingDepartment());
                m.put("implementingUnit", r.implementingUnit());
                m.put("initialBudget", plain(r.initialBudget()));
                m.put("adjustedBudget", plain(r.adjustedBudget()));
                m.put("executed", plain(r.executed()));
                m.put("executionRate", plain(r.executionRate()));
                m.put("executionWeight", plain(r.executionWeight()));
                m.put("executionScore", plain(r.executionScore()));
                m.put("totalScore", plain(r.totalScore()));
                m.put("grade", r.grade());
                m.put("annualGoal", r.annualGoal());
                m.put("goalOutcome", r.goalOutcome());
                m.put("note", r.note());
                m.put("sourceLines", r.sourceLines());
                List<Object> indicators = new ArrayList<>();
                for (IndicatorRow i : r.indicators()) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("category", i.category());
                    x.put("subcategory", i.subcategory());
                    x.put("name", i.name());
                    x.put("indicatorClass", i.indicatorClass());
                    x.put("nature", i.nature());
                    x.put("unitOfMeasure", i.unitOfMeasure());
                    x.put("target", i.target());
                    x.put("actual", i.actual());
                    x.put("weight", plain(i.weight()));
                    x.put("score", plain(i.score()));
                    x.put("deviationReason", i.deviationReason());
                    x.put("improvementMeasures", i.improvementMeasures());
                    x.put("sourceLines", i.sourceLines());
                    indicators.add(x);
                }
                m.put("indicators", indicators);
                reports.add(m);
            }
            f.warnings().forEach(w -> warnings.add(issue(w, messages)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", reports);
        out.put("warnings", warnings);
        out.put("errors", errors.stream().map(e -> issue(e, messages)).toList());
        return ReportJson.write(out);
    }

    static Map<String, Object> issue(ImportIssue i, Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", i.file());
        m.put("line", i.line());
        m.put("column", i.column());
        m.put("cell", i.cell());
        m.put("code", i.code());
        m.put("message", i.message(messages));
        return m;
    }

    /** 1.0000 → 1, 10 stays 10 (never 1E+1). */
    public static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
