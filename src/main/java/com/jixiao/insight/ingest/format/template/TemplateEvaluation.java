package com.jixiao.insight.ingest.format.template;

import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One evaluation being gathered from its template rows: its columns' values, each with its row, and indicators. */
final class TemplateEvaluation {
    final String key;
    final String kind;
    final String name;
    final int firstLine;
    int lastLine;
    final Map<TemplateColumns, Object> values = new EnumMap<>(TemplateColumns.class);
    final Map<TemplateColumns, Integer> lines = new EnumMap<>(TemplateColumns.class);
    final List<IndicatorRow> indicators = new ArrayList<>();

    TemplateEvaluation(String key, String kind, String name, int firstLine) {
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
