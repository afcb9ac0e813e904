package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;
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

import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.store.generated.tables.records.ContradictionRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationFigureSourceRecord;
import com.jixiao.insight.store.generated.tables.records.ExpenditureLineRecord;
import com.jixiao.insight.store.generated.tables.records.FundingLineRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorRecord;
import com.jixiao.insight.store.generated.tables.records.PriorYearFigureRecord;
import com.jixiao.insight.store.generated.tables.records.ScoreComponentRecord;
import com.jixiao.insight.store.generated.tables.records.UnmetGoalRecord;
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
 * the caller's transaction: a report is stored whole or not at all. Rows go in a statement per kind of row
 * and evaluation, with ids drawn in one query ({@link BulkInsert}): DuckDB's cost is per statement.
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
        // Every other id of the document at once, handed out in the order rows are written.
        BulkInsert.Ids ids = BulkInsert.ids(db, idCount(doc));
        long documentId = ids.next();
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
            long evaluationId = storeEvaluation(ids, documentId, unitId, doc.year(), ++seq, report);
            evaluationIds.putIfAbsent(report.name(), evaluationId);
            progress.evaluationStored(seq);
        }
        storeExpenditureLines(ids, documentId, doc);
        storePriorYearFigures(ids, documentId, doc);
        storeContradictions(ids, documentId, doc, evaluationIds);
        ids.checkAllUsed();
        return documentId;
    }

    /** The ids a document's rows take after its unit: the document, each evaluation and its rows, the rest. */
    private static int idCount(ReportDocument doc) {
        int count = 1;
        for (EvaluationReport r : doc.reports()) {
            count += 1
                    + r.fundingLines().size()
                    + r.scoreComponents().size()
                    + r.indicators().size()
                    + r.unmetGoals().size();
        }
        return count
                + doc.expenditureLines().size()
                + doc.priorYearFigures().size()
                + doc.contradictions().size();
    }

    private long nextId() {
        return db.nextval(STORE_ID_SEQ);
    }

    private long region(String path) {
        String[] names = path.split("/");
        if (names.length < 1 || names.length > REGION_LEVELS.size()) {
            throw new IllegalArgumentException("region '" + path + "': expected province/city[/district]");
        }
        List<String> prefixes = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("region '" + path + "': empty name at level " + (i + 1));
            }
            prefix.append(i == 0 ? "" : "/").append(name);
            prefixes.add(prefix.toString());
        }
        Map<String, Long> stored = db.select(REGION.PATH, REGION.ID)
                .from(REGION)
                .where(REGION.PATH.in(prefixes))
                .fetchMap(REGION.PATH, REGION.ID);
        Long parent = null;
        for (int i = 0; i < prefixes.size(); i++) {
            Long existing = stored.get(prefixes.get(i));
            if (existing == null) {
                existing = nextId();
                db.insertInto(REGION)
                        .set(REGION.ID, existing)
                        .set(REGION.NAME, names[i].strip())
                        .set(REGION.LEVEL, REGION_LEVELS.get(i))
                        .set(REGION.PARENT_ID, parent)
                        .set(REGION.PATH, prefixes.get(i))
                        .execute();
            }
            parent = existing;
        }
        return parent;
    }

    private long unit(String name, long regionId, List<String> aliases) {
        var stored = db.select(UNIT.ID, UNIT.REGION_ID)
                .from(UNIT)
                .where(UNIT.NAME.eq(name))
                .fetchOne();
        long id;
        if (stored == null) {
            id = nextId();
            db.insertInto(UNIT)
                    .set(UNIT.ID, id)
                    .set(UNIT.NAME, name)
                    .set(UNIT.REGION_ID, regionId)
                    .execute();
        } else if (stored.value2() != regionId) {
            throw new IllegalArgumentException("unit '" + name + "' is already stored under another region");
        } else {
            id = stored.value1();
        }
        for (String alias : aliases) {
            db.insertInto(UNIT_ALIAS)
                    .set(UNIT_ALIAS.UNIT_ID, id)
                    .set(UNIT_ALIAS.ALIAS, alias)
                    .onConflictDoNothing()
                    .execute();
        }
        return id;
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

    /** The evaluation, then each kind of its rows with one statement (see {@link BulkInsert}). */
    private long storeEvaluation(
            BulkInsert.Ids ids, long documentId, long unitId, int year, int seq, EvaluationReport r) {
        if (!KINDS.contains(r.kind())) {
            throw new IllegalArgumentException(
                    "report '" + r.name() + "': kind must be overall or project, not " + r.kind());
        }
        long id = ids.next();
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
        List<EvaluationFigureSourceRecord> figures = new ArrayList<>();
        for (var figure : r.figureLines().entrySet()) {
            EvaluationFigureSourceRecord rec = db.newRecord(EVALUATION_FIGURE_SOURCE);
            rec.setEvaluationId(id);
            rec.setFigure(figure.getKey());
            rec.setLineFrom(figure.getValue().first());
            rec.setLineTo(figure.getValue().last());
            figures.add(rec);
        }
        BulkInsert.insert(db, EVALUATION_FIGURE_SOURCE, figures);
        List<FundingLineRecord> funding = new ArrayList<>();
        int n = 0;
        for (var f : r.fundingLines()) {
            FundingLineRecord rec = db.newRecord(FUNDING_LINE);
            rec.setId(ids.next());
            rec.setEvaluationId(id);
            rec.setSeq(++n);
            rec.setSource(f.source());
            rec.setInitialBudget(f.initialBudget());
            rec.setAdjustedBudget(f.adjustedBudget());
            rec.setExecuted(f.executed());
            rec.setExecutionRate(f.executionRate());
            rec.setLineFrom(f.sourceLines().first());
            rec.setLineTo(f.sourceLines().last());
            funding.add(rec);
        }
        BulkInsert.insert(db, FUNDING_LINE, funding);
        List<ScoreComponentRecord> components = new ArrayList<>();
        n = 0;
        for (var c : r.scoreComponents()) {
            ScoreComponentRecord rec = db.newRecord(SCORE_COMPONENT);
            rec.setId(ids.next());
            rec.setEvaluationId(id);
            rec.setSeq(++n);
            rec.setCriterion(c.criterion());
            rec.setWeight(c.weight());
            rec.setScore(c.score());
            rec.setLineFrom(c.sourceLines().first());
            rec.setLineTo(c.sourceLines().last());
            components.add(rec);
        }
        BulkInsert.insert(db, SCORE_COMPONENT, components);
        List<IndicatorRecord> indicators = new ArrayList<>();
        n = 0;
        for (var i : r.indicators()) {
            IndicatorRecord rec = db.newRecord(INDICATOR);
            rec.setId(ids.next());
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
        BulkInsert.insert(db, INDICATOR, indicators);
        List<UnmetGoalRecord> goals = new ArrayList<>();
        n = 0;
        for (var g : r.unmetGoals()) {
            UnmetGoalRecord rec = db.newRecord(UNMET_GOAL);
            rec.setId(ids.next());
            rec.setEvaluationId(id);
            rec.setSeq(++n);
            rec.setText(g.text());
            rec.setLineFrom(g.sourceLines().first());
            rec.setLineTo(g.sourceLines().last());
            goals.add(rec);
        }
        BulkInsert.insert(db, UNMET_GOAL, goals);
        return id;
    }

    private void storeExpenditureLines(BulkInsert.Ids ids, long documentId, ReportDocument doc) {
        List<ExpenditureLineRecord> rows = new ArrayList<>();
        int n = 0;
        for (var e : doc.expenditureLines()) {
            ExpenditureLineRecord rec = db.newRecord(EXPENDITURE_LINE);
            rec.setId(ids.next());
            rec.setDocumentId(documentId);
            rec.setSeq(++n);
            rec.setStatement(e.statement());
            rec.setSide(e.side());
            rec.setClassification(e.classification());
            rec.setCode(e.code());
            rec.setName(e.name());
            rec.setInitialBudget(e.initialBudget());
            rec.setFinalAmount(e.finalAmount());
            rec.setBasic(e.basic());
            rec.setProject(e.project());
            rec.setLineFrom(e.sourceLines().first());
            rec.setLineTo(e.sourceLines().last());
            rows.add(rec);
        }
        BulkInsert.insert(db, EXPENDITURE_LINE, rows);
    }

    private void storePriorYearFigures(BulkInsert.Ids ids, long documentId, ReportDocument doc) {
        List<PriorYearFigureRecord> rows = new ArrayList<>();
        int n = 0;
        for (var p : doc.priorYearFigures()) {
            PriorYearFigureRecord rec = db.newRecord(PRIOR_YEAR_FIGURE);
            rec.setId(ids.next());
            rec.setDocumentId(documentId);
            rec.setSeq(++n);
            rec.setFiscalYear(p.year());
            rec.setMetric(p.metric());
            rec.setCurrentAmount(p.currentAmount());
            rec.setChange(p.change());
            rec.setChangeRate(p.changeRate());
            rec.setPriorAmount(p.priorAmount());
            rec.setText(p.text());
            rec.setLineFrom(p.sourceLines().first());
            rec.setLineTo(p.sourceLines().last());
            rows.add(rec);
        }
        BulkInsert.insert(db, PRIOR_YEAR_FIGURE, rows);
    }

    private void storeContradictions(
            BulkInsert.Ids ids, long documentId, ReportDocument doc, Map<String, Long> evaluationIds) {
        List<ContradictionRecord> rows = new ArrayList<>();
        int n = 0;
        for (var c : doc.contradictions()) {
            Long evaluationId = c.report() == null ? null : evaluationIds.get(c.report());
            if (c.report() != null && evaluationId == null) {
                throw new IllegalArgumentException("contradiction " + (n + 1) + " names report '" + c.report()
                        + "', which the document does not hold");
            }
            ContradictionRecord rec = db.newRecord(CONTRADICTION);
            rec.setId(ids.next());
            rec.setDocumentId(documentId);
            rec.setEvaluationId(evaluationId);
            rec.setSeq(++n);
            rec.setField(c.field());
            rec.setKeptValue(c.keptValue());
            rec.setOtherValue(c.otherValue());
            rec.setExplanation(c.explanation());
            rec.setLineFrom(c.sourceLines().first());
            rec.setLineTo(c.sourceLines().last());
            rec.setOtherLineFrom(c.otherLines().first());
            rec.setOtherLineTo(c.otherLines().last());
            rows.add(rec);
        }
        BulkInsert.insert(db, CONTRADICTION, rows);
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
                        + range.last() + "] lies outside the document's "
                        + source.lines().size() + " lines");
            }
        }
    }
}
