package com.jixiao.insight.evaluation.rules;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CONTRADICTION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;

import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.store.generated.tables.records.AuditFlagRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationAssessmentRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationUnmetCategoryRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorAssessmentRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Runs the rules engine over a stored document and stores its results beside the reported figures,
 * in the caller's transaction. Running it again replaces the previous results.
 */
public final class AssessmentWriter {

    private static final java.util.regex.Pattern COMPARATOR = java.util.regex.Pattern.compile("[≥≤≧≦><=＝＜＞]{1,2}");
    private static final java.util.regex.Pattern STARTS_WITH_COMPARATOR =
            java.util.regex.Pattern.compile("[≥≤≧≦><=＝＜＞].*");
    private static final java.util.regex.Pattern ENDS_WITH_DIGIT = java.util.regex.Pattern.compile(".*\\d");

    private final DSLContext db;

    public AssessmentWriter(DSLContext db) {
        this.db = db;
    }

    /**
     * Assesses every evaluation of the document. Each kind of row is read, cleared and written with one statement
     * for the whole document (see {@link BulkInsert}); flag ids are drawn in one query, in the order one per flag
     * would have drawn them.
     */
    public void assessDocument(long documentId) {
        List<EvaluationRecord> evaluations = db.selectFrom(EVALUATION)
                .where(EVALUATION.DOCUMENT_ID.eq(documentId))
                .orderBy(EVALUATION.SEQ)
                .fetch();
        if (evaluations.isEmpty()) {
            return;
        }
        List<Long> ids = evaluations.stream().map(EvaluationRecord::getId).toList();
        Map<Long, ? extends List<IndicatorRecord>> indicators = db.selectFrom(INDICATOR)
                .where(INDICATOR.EVALUATION_ID.in(ids))
                .orderBy(INDICATOR.EVALUATION_ID, INDICATOR.SEQ)
                .fetchGroups(INDICATOR.EVALUATION_ID);
        Map<Long, List<EvaluationAssessor.Contradiction>> contradictions = db.selectFrom(CONTRADICTION)
                .where(CONTRADICTION.EVALUATION_ID.in(ids))
                .orderBy(CONTRADICTION.EVALUATION_ID, CONTRADICTION.SEQ)
                .fetchGroups(
                        CONTRADICTION.EVALUATION_ID,
                        c -> new EvaluationAssessor.Contradiction(c.getField(), c.getKeptValue(), c.getOtherValue()));

        db.deleteFrom(AUDIT_FLAG).where(AUDIT_FLAG.EVALUATION_ID.in(ids)).execute();
        db.deleteFrom(INDICATOR_ASSESSMENT)
                .where(INDICATOR_ASSESSMENT.EVALUATION_ID.in(ids))
                .execute();
        db.deleteFrom(EVALUATION_ASSESSMENT)
                .where(EVALUATION_ASSESSMENT.EVALUATION_ID.in(ids))
                .execute();
        db.deleteFrom(EVALUATION_UNMET_CATEGORY)
                .where(EVALUATION_UNMET_CATEGORY.EVALUATION_ID.in(ids))
                .execute();

        List<IndicatorAssessmentRecord> assessments = new ArrayList<>();
        List<AuditFlagRecord> flags = new ArrayList<>();
        List<EvaluationAssessmentRecord> results = new ArrayList<>();
        List<EvaluationUnmetCategoryRecord> unmet = new ArrayList<>();
        for (EvaluationRecord e : evaluations) {
            List<IndicatorRecord> rows = indicators.containsKey(e.getId()) ? indicators.get(e.getId()) : List.of();
            assessEvaluation(
                    e, rows, contradictions.getOrDefault(e.getId(), List.of()), assessments, flags, results, unmet);
        }
        BulkInsert.Ids flagIds = BulkInsert.ids(db, flags.size());
        flags.forEach(f -> f.setId(flagIds.next()));
        BulkInsert.insert(db, INDICATOR_ASSESSMENT, assessments);
        BulkInsert.insert(db, AUDIT_FLAG, flags);
        BulkInsert.insert(db, EVALUATION_ASSESSMENT, results);
        BulkInsert.insert(db, EVALUATION_UNMET_CATEGORY, unmet);
    }

    private void assessEvaluation(
            EvaluationRecord e,
            List<IndicatorRecord> rows,
            List<EvaluationAssessor.Contradiction> contradictions,
            List<IndicatorAssessmentRecord> assessments,
            List<AuditFlagRecord> flags,
            List<EvaluationAssessmentRecord> results,
            List<EvaluationUnmetCategoryRecord> unmet) {
        EvaluationAssessment result = EvaluationAssessor.assess(new EvaluationAssessor.Input(
                e.getAdjustedBudget(),
                e.getExecuted(),
                e.getExecutionRate(),
                e.getExecutionWeight(),
                e.getExecutionScore(),
                e.getTotalScore(),
                e.getGrade(),
                rows.stream()
                        .map(i -> new IndicatorAssessor.Input(
                                i.getCategory(),
                                withColumns(i.getNature(), i.getTarget(), i.getUnitOfMeasure()),
                                withColumns(null, i.getActual(), i.getUnitOfMeasure()),
                                i.getWeight(),
                                i.getScore()))
                        .toList(),
                contradictions));

        for (int n = 0; n < rows.size(); n++) {
            IndicatorAssessment a = result.indicators().get(n);
            long indicatorId = rows.get(n).getId();
            assessments.add(new IndicatorAssessmentRecord(
                    indicatorId,
                    e.getId(),
                    a.status().code(),
                    a.direction().code(),
                    a.directionImplied(),
                    a.targetValue(),
                    a.targetUpper(),
                    a.actualValue(),
                    a.unit(),
                    a.shortfallRate(),
                    a.recomputedScore(),
                    a.reason().name()));
            a.flags().forEach(f -> flags.add(flag(e.getId(), indicatorId, f)));
        }
        result.flags().forEach(f -> flags.add(flag(e.getId(), null, f)));
        results.add(new EvaluationAssessmentRecord(
                e.getId(),
                result.recomputedExecutionRate(),
                result.recomputedExecutionScore(),
                result.recomputedTotalScore(),
                result.gradeOfReportedScore(),
                result.recomputedGrade(),
                (int) result.count(Status.MET),
                (int) result.count(Status.PARTLY_MET),
                (int) result.count(Status.UNMET),
                (int) result.count(Status.NOT_ASSESSABLE),
                (int) result.flagCount()));
        UnmetByCategory.of(rows.stream().map(IndicatorRecord::getCategory).toList(), result.indicators())
                .forEach((category, count) -> unmet.add(new EvaluationUnmetCategoryRecord(e.getId(), category, count)));
    }

    /**
     * A table that prints the comparator (指标性质) and the unit (度量单位) in columns of their own gives the
     * value bare ("12"); the rules read it as the report means it ("≥12个"). Values that carry their own
     * comparator or unit are left as they are.
     */
    static String withColumns(String nature, String value, String unit) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        if (nature != null
                && COMPARATOR.matcher(nature.strip()).matches()
                && !STARTS_WITH_COMPARATOR.matcher(v).matches()) {
            v = nature.strip() + v;
        }
        if (unit != null && !unit.isBlank() && ENDS_WITH_DIGIT.matcher(v).matches()) {
            v = v + unit.strip();
        }
        return v;
    }

    /** A flag without its id yet: {@link #assessDocument} gives the ids once all flags are known. */
    private AuditFlagRecord flag(long evaluationId, Long indicatorId, AuditFlag f) {
        AuditFlagRecord r = db.newRecord(AUDIT_FLAG);
        r.setEvaluationId(evaluationId);
        r.setIndicatorId(indicatorId);
        r.setKind(f.kind().code());
        r.setReportedValue(f.reported());
        r.setRecomputedValue(f.recomputed());
        r.setDetail(f.detail());
        return r;
    }
}
