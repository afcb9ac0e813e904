package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.SOURCE_LINE;

import com.jixiao.insight.evaluation.assessment.Assessments;
import com.jixiao.insight.evaluation.rules.EvaluationAssessor;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.store.generated.tables.records.ContradictionRecord;
import com.jixiao.insight.store.generated.tables.records.DocumentRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationFigureSourceRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationRecord;
import com.jixiao.insight.store.generated.tables.records.ExpenditureLineRecord;
import com.jixiao.insight.store.generated.tables.records.FundingLineRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorRecord;
import com.jixiao.insight.store.generated.tables.records.PriorYearFigureRecord;
import com.jixiao.insight.store.generated.tables.records.ScoreComponentRecord;
import com.jixiao.insight.store.generated.tables.records.UnmetGoalRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jooq.Field;
import org.jooq.TableRecord;

/**
 * A recognised {@link ReportDocument} as the rows the store holds, before they are written: the document, its
 * verbatim lines, each evaluation with its rows, the document's other rows, and the rules engine's assessment of
 * them. Pure: ids come from the caller, in the order rows are made (see {@link #idCount}).
 */
public final class DocumentRows {

    private static final Set<String> KINDS = Set.of("overall", "project");

    /** Where each value of a source line goes ({@link Rows#lines}: values in {@code source_line}'s column order). */
    private static final int LINE_COLUMNS = SOURCE_LINE.fields().length;

    private static final int LINE_DOCUMENT = SOURCE_LINE.indexOf(SOURCE_LINE.DOCUMENT_ID);
    private static final int LINE_NO = SOURCE_LINE.indexOf(SOURCE_LINE.LINE_NO);
    private static final int LINE_TEXT = SOURCE_LINE.indexOf(SOURCE_LINE.TEXT);
    private static final int LINE_LOCATION = SOURCE_LINE.indexOf(SOURCE_LINE.LOCATION);

    /** An evaluation and the rows that belong to it. */
    public record EvaluationRows(
            EvaluationRecord evaluation,
            List<EvaluationFigureSourceRecord> figures,
            List<FundingLineRecord> funding,
            List<ScoreComponentRecord> components,
            List<IndicatorRecord> indicators,
            List<UnmetGoalRecord> goals) {}

    /** Every row of one document; its source lines as values in {@code source_line}'s column order, not records. */
    public record Rows(
            DocumentRecord document,
            List<Object[]> lines,
            List<EvaluationRows> evaluations,
            List<ExpenditureLineRecord> expenditureLines,
            List<PriorYearFigureRecord> priorYearFigures,
            List<ContradictionRecord> contradictions) {

        /** The rules engine's results for every evaluation of the document. */
        public Assessments assess() {
            Map<Long, List<EvaluationAssessor.Contradiction>> byEvaluation = new HashMap<>();
            for (ContradictionRecord c : contradictions) {
                if (c.getEvaluationId() != null) {
                    byEvaluation
                            .computeIfAbsent(c.getEvaluationId(), k -> new ArrayList<>())
                            .add(new EvaluationAssessor.Contradiction(
                                    c.getField(), c.getKeptValue(), c.getOtherValue()));
                }
            }
            Assessments assessments = new Assessments();
            for (EvaluationRows e : evaluations) {
                assessments.add(
                        e.evaluation(),
                        e.indicators(),
                        e.goals(),
                        byEvaluation.getOrDefault(e.evaluation().getId(), List.of()));
            }
            return assessments;
        }
    }

    private DocumentRows() {}

    /** The ids a document's rows take: the document, each evaluation and its rows, the rest. */
    public static int idCount(ReportDocument doc) {
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

    /**
     * The rows of {@code doc} read from {@code source}, for the unit {@code unitId}. Rejects line ranges outside
     * the source and kinds other than overall and project.
     */
    public static Rows of(
            ReportDocument doc,
            SourceText source,
            String origin,
            long unitId,
            LocalDateTime loadedAt,
            LongSupplier ids) {
        checkRanges(doc, source);
        DocumentRecord document = new DocumentRecord();
        document.setId(ids.getAsLong());
        document.setSha256(source.sha256());
        document.setFileName(source.fileName());
        document.setTitle(doc.title());
        document.setUnitId(unitId);
        document.setFiscalYear(doc.year());
        document.setOrigin(origin);
        document.setLineCount(source.lines().size());
        document.setLoadedAt(loadedAt);
        List<Object[]> lines = new ArrayList<>(source.lines().size());
        for (int i = 0; i < source.lines().size(); i++) {
            Object[] line = new Object[LINE_COLUMNS];
            line[LINE_DOCUMENT] = document.getId();
            line[LINE_NO] = i + 1;
            line[LINE_TEXT] = source.lines().get(i);
            line[LINE_LOCATION] = source.location(i + 1);
            lines.add(line);
        }
        List<EvaluationRows> evaluations = new ArrayList<>(doc.reports().size());
        Map<String, Long> evaluationIds = new HashMap<>();
        int seq = 0;
        for (EvaluationReport report : doc.reports()) {
            EvaluationRows e = evaluation(ids, document.getId(), unitId, doc.year(), ++seq, report);
            evaluations.add(e);
            evaluationIds.putIfAbsent(report.name(), e.evaluation().getId());
        }
        Rows rows = new Rows(
                document,
                lines,
                evaluations,
                expenditureLines(ids, document.getId(), doc),
                priorYearFigures(ids, document.getId(), doc),
                contradictions(ids, document.getId(), doc, evaluationIds));
        evaluations.forEach(e -> {
            atColumnScale(e.evaluation());
            e.funding().forEach(DocumentRows::atColumnScale);
            e.components().forEach(DocumentRows::atColumnScale);
            e.indicators().forEach(DocumentRows::atColumnScale);
        });
        rows.expenditureLines().forEach(DocumentRows::atColumnScale);
        rows.priorYearFigures().forEach(DocumentRows::atColumnScale);
        return rows;
    }

    /**
     * Decimals at the scale of their column, as the store will hold them and as the rules engine then reads them
     * (a reported 5.73 in a DECIMAL(12, 4) column is 5.7300).
     */
    @SuppressWarnings("unchecked")
    private static void atColumnScale(TableRecord<?> record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i) instanceof BigDecimal d) {
                int scale = record.field(i).getDataType().scale();
                if (d.scale() != scale) {
                    record.set((Field<Object>) record.field(i), d.setScale(scale, RoundingMode.HALF_UP));
                }
            }
        }
    }

    private static EvaluationRows evaluation(
            LongSupplier ids, long documentId, long unitId, int year, int seq, EvaluationReport r) {
        if (!KINDS.contains(r.kind())) {
            throw new IllegalArgumentException(
                    "report '" + r.name() + "': kind must be overall or project, not " + r.kind());
        }
        long id = ids.getAsLong();
        EvaluationRecord e = new EvaluationRecord();
        e.setId(id);
        e.setDocumentId(documentId);
        e.setUnitId(unitId);
        e.setFiscalYear(year);
        e.setKind(r.kind());
        e.setSeq(seq);
        e.setName(r.name());
        e.setSupervisingDepartment(r.supervisingDepartment());
        e.setImplementingUnit(r.implementingUnit());
        e.setInitialBudget(r.initialBudget());
        e.setAdjustedBudget(r.adjustedBudget());
        e.setExecuted(r.executed());
        e.setExecutionRate(r.executionRate());
        e.setExecutionWeight(r.executionWeight());
        e.setExecutionScore(r.executionScore());
        e.setTotalScore(r.totalScore());
        e.setGrade(r.grade());
        e.setAnnualGoal(r.annualGoal());
        e.setGoalOutcome(r.goalOutcome());
        e.setNote(r.note());
        e.setLineFrom(r.sourceLines().first());
        e.setLineTo(r.sourceLines().last());
        List<EvaluationFigureSourceRecord> figures = new ArrayList<>();
        for (var figure : r.figureLines().entrySet()) {
            figures.add(new EvaluationFigureSourceRecord(
                    id,
                    figure.getKey(),
                    figure.getValue().first(),
                    figure.getValue().last()));
        }
        List<FundingLineRecord> funding = new ArrayList<>();
        int n = 0;
        for (var f : r.fundingLines()) {
            FundingLineRecord rec = new FundingLineRecord();
            rec.setId(ids.getAsLong());
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
        List<ScoreComponentRecord> components = new ArrayList<>();
        n = 0;
        for (var c : r.scoreComponents()) {
            ScoreComponentRecord rec = new ScoreComponentRecord();
            rec.setId(ids.getAsLong());
            rec.setEvaluationId(id);
            rec.setSeq(++n);
            rec.setCriterion(c.criterion());
            rec.setWeight(c.weight());
            rec.setScore(c.score());
            rec.setLineFrom(c.sourceLines().first());
            rec.setLineTo(c.sourceLines().last());
            components.add(rec);
        }
        List<IndicatorRecord> indicators = new ArrayList<>(r.indicators().size());
        n = 0;
        for (var i : r.indicators()) {
            IndicatorRecord rec = new IndicatorRecord();
            rec.setId(ids.getAsLong());
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
        List<UnmetGoalRecord> goals = new ArrayList<>();
        n = 0;
        for (var g : r.unmetGoals()) {
            goals.add(new UnmetGoalRecord(
                    ids.getAsLong(),
                    id,
                    ++n,
                    g.text(),
                    g.sourceLines().first(),
                    g.sourceLines().last()));
        }
        return new EvaluationRows(e, figures, funding, components, indicators, goals);
    }

    private static List<ExpenditureLineRecord> expenditureLines(LongSupplier ids, long documentId, ReportDocument doc) {
        List<ExpenditureLineRecord> rows = new ArrayList<>();
        int n = 0;
        for (var e : doc.expenditureLines()) {
            ExpenditureLineRecord rec = new ExpenditureLineRecord();
            rec.setId(ids.getAsLong());
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
        return rows;
    }

    private static List<PriorYearFigureRecord> priorYearFigures(LongSupplier ids, long documentId, ReportDocument doc) {
        List<PriorYearFigureRecord> rows = new ArrayList<>();
        int n = 0;
        for (var p : doc.priorYearFigures()) {
            PriorYearFigureRecord rec = new PriorYearFigureRecord();
            rec.setId(ids.getAsLong());
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
        return rows;
    }

    private static List<ContradictionRecord> contradictions(
            LongSupplier ids, long documentId, ReportDocument doc, Map<String, Long> evaluationIds) {
        List<ContradictionRecord> rows = new ArrayList<>();
        int n = 0;
        for (var c : doc.contradictions()) {
            Long evaluationId = c.report() == null ? null : evaluationIds.get(c.report());
            if (c.report() != null && evaluationId == null) {
                throw new IllegalArgumentException("contradiction " + (n + 1) + " names report '" + c.report()
                        + "', which the document does not hold");
            }
            ContradictionRecord rec = new ContradictionRecord();
            rec.setId(ids.getAsLong());
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
        return rows;
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
