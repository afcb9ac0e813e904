package com.jixiao.insight.ingest;

import static com.jixiao.insight.store.generated.Tables.CONTRADICTION;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_FIGURE_SOURCE;
import static com.jixiao.insight.store.generated.Tables.EXPENDITURE_LINE;
import static com.jixiao.insight.store.generated.Tables.FUNDING_LINE;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.PRIOR_YEAR_FIGURE;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.SCORE_COMPONENT;
import static com.jixiao.insight.store.generated.Tables.SOURCE_LINE;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;
import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;

import com.jixiao.insight.ingest.ReportDocument.EvaluationReport;
import com.jixiao.insight.store.generated.tables.records.IndicatorRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Row3;
import org.jooq.impl.DSL;

/**
 * Writes one recognised {@link ReportDocument} and its verbatim source into the store. Runs inside
 * the caller's transaction: a report is stored whole or not at all.
 */
public final class ReportWriter {

    private static final List<String> REGION_LEVELS = List.of("province", "city", "district");
    private static final Set<String> KINDS = Set.of("overall", "project");

    private final DSLContext db;

    public ReportWriter(DSLContext db) {
        this.db = db;
    }

    /** Told after each evaluation is written (with the count so far): lets a test break an import half-way. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = count -> {};

        void evaluationStored(int count);
    }

    /** Stores the document; returns its id. Rejects line ranges outside the source. */
    public long store(ReportDocument doc, SourceText source, String origin) {
        return store(doc, source, origin, Progress.NONE);
    }

    /** As {@link #store(ReportDocument, SourceText, String)}, reporting progress after each evaluation. */
    public long store(ReportDocument doc, SourceText source, String origin, Progress progress) {
        checkRanges(doc, source);
        long unitId = unit(doc.unit(), region(doc.region()), doc.unitAliases());
        long documentId = nextId();
        db.insertInto(DOCUMENT)
                .set(DOCUMENT.ID, documentId)
                .set(DOCUMENT.SHA256, source.sha256())
                .set(DOCUMENT.FILE_NAME, source.fileName())
                .set(DOCUMENT.TITLE, doc.title())
                .set(DOCUMENT.UNIT_ID, unitId)
                .set(DOCUMENT.FISCAL_YEAR, doc.year())
                .set(DOCUMENT.ORIGIN, origin)
                .set(DOCUMENT.LINE_COUNT, source.lines().size())
                .execute();
        storeLines(documentId, source);

        Map<String, Long> evaluationIds = new HashMap<>();
        int seq = 0;
        for (EvaluationReport report : doc.reports()) {
            long evaluationId = storeEvaluation(documentId, unitId, doc.year(), ++seq, report);
            evaluationIds.putIfAbsent(report.name(), evaluationId);
            progress.evaluationStored(seq);
        }
        storeExpenditureLines(documentId, doc);
        storePriorYearFigures(documentId, doc);
        storeContradictions(documentId, doc, evaluationIds);
        return documentId;
    }

    private long nextId() {
        return db.nextval(STORE_ID_SEQ);
    }

    private long region(String path) {
        String[] names = path.split("/");
        if (names.length < 1 || names.length > REGION_LEVELS.size()) {
            throw new IllegalArgumentException("region '" + path + "': expected province/city[/district]");
        }
        Long parent = null;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("region '" + path + "': empty name at level " + (i + 1));
            }
            prefix.append(i == 0 ? "" : "/").append(name);
            Long existing = db.select(REGION.ID).from(REGION).where(REGION.PATH.eq(prefix.toString()))
                    .fetchOne(REGION.ID);
            if (existing == null) {
                existing = nextId();
                db.insertInto(REGION)
                        .set(REGION.ID, existing)
                        .set(REGION.NAME, name)
                        .set(REGION.LEVEL, REGION_LEVELS.get(i))
                        .set(REGION.PARENT_ID, parent)
                        .set(REGION.PATH, prefix.toString())
                        .execute();
            }
            parent = existing;
        }
        return parent;
    }

    private long unit(String name, long regionId, List<String> aliases) {
        Long id = db.select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq(name)).fetchOne(UNIT.ID);
        if (id == null) {
            id = nextId();
            db.insertInto(UNIT).set(UNIT.ID, id).set(UNIT.NAME, name).set(UNIT.REGION_ID, regionId).execute();
        } else if (!regionOf(id).equals(regionId)) {
            throw new IllegalArgumentException("unit '" + name + "' is already stored under another region");
        }
        for (String alias : aliases) {
            db.insertInto(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, id).set(UNIT_ALIAS.ALIAS, alias)
                    .onConflictDoNothing().execute();
        }
        return id;
    }

    private Long regionOf(long unitId) {
        return db.select(UNIT.REGION_ID).from(UNIT).where(UNIT.ID.eq(unitId)).fetchOne(UNIT.REGION_ID);
    }

    private void storeLines(long documentId, SourceText source) {
        List<Row3<Long, Integer, String>> rows = new ArrayList<>(source.lines().size());
        for (int i = 0; i < source.lines().size(); i++) {
            rows.add(DSL.row(documentId, i + 1, source.lines().get(i)));
        }
        // One multi-row statement per chunk keeps the bind-value count bounded.
        for (int from = 0; from < rows.size(); from += 2000) {
            db.insertInto(SOURCE_LINE, SOURCE_LINE.DOCUMENT_ID, SOURCE_LINE.LINE_NO, SOURCE_LINE.TEXT)
                    .valuesOfRows(rows.subList(from, Math.min(rows.size(), from + 2000)))
                    .execute();
        }
    }

    private long storeEvaluation(long documentId, long unitId, int year, int seq, EvaluationReport r) {
        if (!KINDS.contains(r.kind())) {
            throw new IllegalArgumentException("report '" + r.name() + "': kind must be overall or project, not "
                    + r.kind());
        }
        long id = nextId();
        db.insertInto(EVALUATION)
                .set(EVALUATION.ID, id)
                .set(EVALUATION.DOCUMENT_ID, documentId)
                .set(EVALUATION.UNIT_ID, unitId)
                .set(EVALUATION.FISCAL_YEAR, year)
                .set(EVALUATION.KIND, r.kind())
                .set(EVALUATION.SEQ, seq)
                .set(EVALUATION.NAME, r.name())
                .set(EVALUATION.SUPERVISING_DEPARTMENT, r.supervisingDepartment())
                .set(EVALUATION.IMPLEMENTING_UNIT, r.implementingUnit())
                .set(EVALUATION.INITIAL_BUDGET, r.initialBudget())
                .set(EVALUATION.ADJUSTED_BUDGET, r.adjustedBudget())
                .set(EVALUATION.EXECUTED, r.executed())
                .set(EVALUATION.EXECUTION_RATE, r.executionRate())
                .set(EVALUATION.EXECUTION_WEIGHT, r.executionWeight())
                .set(EVALUATION.EXECUTION_SCORE, r.executionScore())
                .set(EVALUATION.TOTAL_SCORE, r.totalScore())
                .set(EVALUATION.GRADE, r.grade())
                .set(EVALUATION.ANNUAL_GOAL, r.annualGoal())
                .set(EVALUATION.GOAL_OUTCOME, r.goalOutcome())
                .set(EVALUATION.NOTE, r.note())
                .set(EVALUATION.LINE_FROM, r.sourceLines().first())
                .set(EVALUATION.LINE_TO, r.sourceLines().last())
                .execute();
        for (var figure : r.figureLines().entrySet()) {
            db.insertInto(EVALUATION_FIGURE_SOURCE)
                    .set(EVALUATION_FIGURE_SOURCE.EVALUATION_ID, id)
                    .set(EVALUATION_FIGURE_SOURCE.FIGURE, figure.getKey())
                    .set(EVALUATION_FIGURE_SOURCE.LINE_FROM, figure.getValue().first())
                    .set(EVALUATION_FIGURE_SOURCE.LINE_TO, figure.getValue().last())
                    .execute();
        }
        int n = 0;
        for (var f : r.fundingLines()) {
            db.insertInto(FUNDING_LINE)
                    .set(FUNDING_LINE.ID, nextId())
                    .set(FUNDING_LINE.EVALUATION_ID, id)
                    .set(FUNDING_LINE.SEQ, ++n)
                    .set(FUNDING_LINE.SOURCE, f.source())
                    .set(FUNDING_LINE.INITIAL_BUDGET, f.initialBudget())
                    .set(FUNDING_LINE.ADJUSTED_BUDGET, f.adjustedBudget())
                    .set(FUNDING_LINE.EXECUTED, f.executed())
                    .set(FUNDING_LINE.EXECUTION_RATE, f.executionRate())
                    .set(FUNDING_LINE.LINE_FROM, f.sourceLines().first())
                    .set(FUNDING_LINE.LINE_TO, f.sourceLines().last())
                    .execute();
        }
        n = 0;
        for (var c : r.scoreComponents()) {
            db.insertInto(SCORE_COMPONENT)
                    .set(SCORE_COMPONENT.ID, nextId())
                    .set(SCORE_COMPONENT.EVALUATION_ID, id)
                    .set(SCORE_COMPONENT.SEQ, ++n)
                    .set(SCORE_COMPONENT.CRITERION, c.criterion())
                    .set(SCORE_COMPONENT.WEIGHT, c.weight())
                    .set(SCORE_COMPONENT.SCORE, c.score())
                    .set(SCORE_COMPONENT.LINE_FROM, c.sourceLines().first())
                    .set(SCORE_COMPONENT.LINE_TO, c.sourceLines().last())
                    .execute();
        }
        List<IndicatorRecord> indicators = new ArrayList<>();
        n = 0;
        for (var i : r.indicators()) {
            IndicatorRecord rec = db.newRecord(INDICATOR);
            rec.setId(nextId());
            rec.setEvaluationId(id);
            rec.setSeq(++n);
            rec.setCategory(i.category());
            rec.setSubcategory(i.subcategory());
            rec.setName(i.name());
            rec.setIndicatorClass(i.indicatorClass());
            rec.setNature(i.nature());
            rec.setUnitOfMeasure(i.unitOfMeasure());
            rec.setTarget(i.target());
            rec.setActual(i.actual());
            rec.setWeight(i.weight());
            rec.setScore(i.score());
            rec.setDeviationReason(i.deviationReason());
            rec.setImprovementMeasures(i.improvementMeasures());
            rec.setNote(i.note());
            rec.setLineFrom(i.sourceLines().first());
            rec.setLineTo(i.sourceLines().last());
            indicators.add(rec);
        }
        if (!indicators.isEmpty()) {
            db.batchInsert(indicators).execute();
        }
        n = 0;
        for (var g : r.unmetGoals()) {
            db.insertInto(UNMET_GOAL)
                    .set(UNMET_GOAL.ID, nextId())
                    .set(UNMET_GOAL.EVALUATION_ID, id)
                    .set(UNMET_GOAL.SEQ, ++n)
                    .set(UNMET_GOAL.TEXT, g.text())
                    .set(UNMET_GOAL.LINE_FROM, g.sourceLines().first())
                    .set(UNMET_GOAL.LINE_TO, g.sourceLines().last())
                    .execute();
        }
        return id;
    }

    private void storeExpenditureLines(long documentId, ReportDocument doc) {
        int n = 0;
        for (var e : doc.expenditureLines()) {
            db.insertInto(EXPENDITURE_LINE)
                    .set(EXPENDITURE_LINE.ID, nextId())
                    .set(EXPENDITURE_LINE.DOCUMENT_ID, documentId)
                    .set(EXPENDITURE_LINE.SEQ, ++n)
                    .set(EXPENDITURE_LINE.STATEMENT, e.statement())
                    .set(EXPENDITURE_LINE.SIDE, e.side())
                    .set(EXPENDITURE_LINE.CLASSIFICATION, e.classification())
                    .set(EXPENDITURE_LINE.CODE, e.code())
                    .set(EXPENDITURE_LINE.NAME, e.name())
                    .set(EXPENDITURE_LINE.INITIAL_BUDGET, e.initialBudget())
                    .set(EXPENDITURE_LINE.FINAL_AMOUNT, e.finalAmount())
                    .set(EXPENDITURE_LINE.BASIC, e.basic())
                    .set(EXPENDITURE_LINE.PROJECT, e.project())
                    .set(EXPENDITURE_LINE.LINE_FROM, e.sourceLines().first())
                    .set(EXPENDITURE_LINE.LINE_TO, e.sourceLines().last())
                    .execute();
        }
    }

    private void storePriorYearFigures(long documentId, ReportDocument doc) {
        int n = 0;
        for (var p : doc.priorYearFigures()) {
            db.insertInto(PRIOR_YEAR_FIGURE)
                    .set(PRIOR_YEAR_FIGURE.ID, nextId())
                    .set(PRIOR_YEAR_FIGURE.DOCUMENT_ID, documentId)
                    .set(PRIOR_YEAR_FIGURE.SEQ, ++n)
                    .set(PRIOR_YEAR_FIGURE.FISCAL_YEAR, p.year())
                    .set(PRIOR_YEAR_FIGURE.METRIC, p.metric())
                    .set(PRIOR_YEAR_FIGURE.CURRENT_AMOUNT, p.currentAmount())
                    .set(PRIOR_YEAR_FIGURE.CHANGE, p.change())
                    .set(PRIOR_YEAR_FIGURE.CHANGE_RATE, p.changeRate())
                    .set(PRIOR_YEAR_FIGURE.PRIOR_AMOUNT, p.priorAmount())
                    .set(PRIOR_YEAR_FIGURE.TEXT, p.text())
                    .set(PRIOR_YEAR_FIGURE.LINE_FROM, p.sourceLines().first())
                    .set(PRIOR_YEAR_FIGURE.LINE_TO, p.sourceLines().last())
                    .execute();
        }
    }

    private void storeContradictions(long documentId, ReportDocument doc, Map<String, Long> evaluationIds) {
        int n = 0;
        for (var c : doc.contradictions()) {
            Long evaluationId = c.report() == null ? null : evaluationIds.get(c.report());
            if (c.report() != null && evaluationId == null) {
                throw new IllegalArgumentException("contradiction " + (n + 1) + " names report '" + c.report()
                        + "', which the document does not hold");
            }
            db.insertInto(CONTRADICTION)
                    .set(CONTRADICTION.ID, nextId())
                    .set(CONTRADICTION.DOCUMENT_ID, documentId)
                    .set(CONTRADICTION.EVALUATION_ID, evaluationId)
                    .set(CONTRADICTION.SEQ, ++n)
                    .set(CONTRADICTION.FIELD, c.field())
                    .set(CONTRADICTION.KEPT_VALUE, c.keptValue())
                    .set(CONTRADICTION.OTHER_VALUE, c.otherValue())
                    .set(CONTRADICTION.EXPLANATION, c.explanation())
                    .set(CONTRADICTION.LINE_FROM, c.sourceLines().first())
                    .set(CONTRADICTION.LINE_TO, c.sourceLines().last())
                    .set(CONTRADICTION.OTHER_LINE_FROM, c.otherLines().first())
                    .set(CONTRADICTION.OTHER_LINE_TO, c.otherLines().last())
                    .execute();
        }
    }

    private static void checkRanges(ReportDocument doc, SourceText source) {
        LineRange whole = new LineRange(1, Math.max(1, source.lines().size()));
        List<LineRange> ranges = new ArrayList<>();
        for (var r : doc.reports()) {
            ranges.add(r.sourceLines());
            ranges.addAll(r.figureLines().values());
            r.fundingLines().forEach(x -> ranges.add(x.sourceLines()));
            r.scoreComponents().forEach(x -> ranges.add(x.sourceLines()));
            r.indicators().forEach(x -> ranges.add(x.sourceLines()));
            r.unmetGoals().forEach(x -> ranges.add(x.sourceLines()));
        }
        doc.expenditureLines().forEach(x -> ranges.add(x.sourceLines()));
        doc.priorYearFigures().forEach(x -> ranges.add(x.sourceLines()));
        doc.contradictions().forEach(x -> {
            ranges.add(x.sourceLines());
            ranges.add(x.otherLines());
        });
        for (LineRange range : ranges) {
            if (range == null) {
                throw new IllegalArgumentException(source.fileName() + ": a row has no sourceLines");
            }
            if (!whole.contains(range)) {
                throw new IllegalArgumentException(source.fileName() + ": line range [" + range.first() + ", "
                        + range.last() + "] lies outside the document's " + source.lines().size() + " lines");
            }
        }
    }
}
