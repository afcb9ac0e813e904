package com.jixiao.insight.evaluation.rules;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CONTRADICTION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;

import com.jixiao.insight.store.generated.tables.records.AuditFlagRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorAssessmentRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Runs the rules engine over a stored document and stores its results beside the reported figures,
 * in the caller's transaction. Running it again replaces the previous results.
 */
public final class AssessmentWriter {

    private static final java.util.regex.Pattern COMPARATOR = java.util.regex.Pattern.compile("[≥≤≧≦><=＝＜＞]{1,2}");
    private static final java.util.regex.Pattern STARTS_WITH_COMPARATOR = java.util.regex.Pattern.compile("[≥≤≧≦><=＝＜＞].*");
    private static final java.util.regex.Pattern ENDS_WITH_DIGIT = java.util.regex.Pattern.compile(".*\\d");

    private final DSLContext db;

    public AssessmentWriter(DSLContext db) {
        this.db = db;
    }

    public void assessDocument(long documentId) {
        for (EvaluationRecord e : db.selectFrom(EVALUATION).where(EVALUATION.DOCUMENT_ID.eq(documentId))
                .orderBy(EVALUATION.SEQ).fetch()) {
            assessEvaluation(e);
        }
    }

    private void assessEvaluation(EvaluationRecord e) {
        List<IndicatorRecord> rows = db.selectFrom(INDICATOR).where(INDICATOR.EVALUATION_ID.eq(e.getId()))
                .orderBy(INDICATOR.SEQ).fetch();
        var contradictions = db.selectFrom(CONTRADICTION).where(CONTRADICTION.EVALUATION_ID.eq(e.getId()))
                .orderBy(CONTRADICTION.SEQ)
                .fetch(c -> new EvaluationAssessor.Contradiction(c.getField(), c.getKeptValue(), c.getOtherValue()));
        EvaluationAssessment result = EvaluationAssessor.assess(new EvaluationAssessor.Input(
                e.getAdjustedBudget(), e.getExecuted(), e.getExecutionRate(), e.getExecutionWeight(),
                e.getExecutionScore(), e.getTotalScore(), e.getGrade(),
                rows.stream().map(i -> new IndicatorAssessor.Input(i.getCategory(),
                        withColumns(i.getNature(), i.getTarget(), i.getUnitOfMeasure()),
                        withColumns(null, i.getActual(), i.getUnitOfMeasure()), i.getWeight(), i.getScore())).toList(),
                contradictions));

        db.deleteFrom(AUDIT_FLAG).where(AUDIT_FLAG.EVALUATION_ID.eq(e.getId())).execute();
        db.deleteFrom(INDICATOR_ASSESSMENT).where(INDICATOR_ASSESSMENT.EVALUATION_ID.eq(e.getId())).execute();
        db.deleteFrom(EVALUATION_ASSESSMENT).where(EVALUATION_ASSESSMENT.EVALUATION_ID.eq(e.getId())).execute();
        db.deleteFrom(EVALUATION_UNMET_CATEGORY).where(EVALUATION_UNMET_CATEGORY.EVALUATION_ID.eq(e.getId())).execute();

        List<IndicatorAssessmentRecord> assessments = new ArrayList<>();
        List<AuditFlagRecord> flags = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            IndicatorAssessment a = result.indicators().get(n);
            long indicatorId = rows.get(n).getId();
            assessments.add(new IndicatorAssessmentRecord(indicatorId, e.getId(), a.status().code(),
                    a.direction().code(), a.directionImplied(), a.targetValue(), a.targetUpper(), a.actualValue(),
                    a.unit(), a.shortfallRate(), a.recomputedScore(), a.reason().name()));
            a.flags().forEach(f -> flags.add(flag(e.getId(), indicatorId, f)));
        }
        result.flags().forEach(f -> flags.add(flag(e.getId(), null, f)));
        if (!assessments.isEmpty()) {
            db.batchInsert(assessments).execute();
        }
        if (!flags.isEmpty()) {
            db.batchInsert(flags).execute();
        }
        db.insertInto(EVALUATION_ASSESSMENT)
                .set(EVALUATION_ASSESSMENT.EVALUATION_ID, e.getId())
                .set(EVALUATION_ASSESSMENT.RECOMPUTED_EXECUTION_RATE, result.recomputedExecutionRate())
                .set(EVALUATION_ASSESSMENT.RECOMPUTED_EXECUTION_SCORE, result.recomputedExecutionScore())
                .set(EVALUATION_ASSESSMENT.RECOMPUTED_TOTAL_SCORE, result.recomputedTotalScore())
                .set(EVALUATION_ASSESSMENT.GRADE_OF_REPORTED_SCORE, result.gradeOfReportedScore())
                .set(EVALUATION_ASSESSMENT.RECOMPUTED_GRADE, result.recomputedGrade())
                .set(EVALUATION_ASSESSMENT.INDICATORS_MET, (int) result.count(Status.MET))
                .set(EVALUATION_ASSESSMENT.INDICATORS_PARTLY_MET, (int) result.count(Status.PARTLY_MET))
                .set(EVALUATION_ASSESSMENT.INDICATORS_UNMET, (int) result.count(Status.UNMET))
                .set(EVALUATION_ASSESSMENT.INDICATORS_NOT_ASSESSABLE, (int) result.count(Status.NOT_ASSESSABLE))
                .set(EVALUATION_ASSESSMENT.FLAG_COUNT, (int) result.flagCount())
                .execute();
        var unmet = UnmetByCategory.of(rows.stream().map(IndicatorRecord::getCategory).toList(), result.indicators());
        if (!unmet.isEmpty()) {
            var insert = db.insertInto(EVALUATION_UNMET_CATEGORY, EVALUATION_UNMET_CATEGORY.EVALUATION_ID,
                    EVALUATION_UNMET_CATEGORY.CATEGORY, EVALUATION_UNMET_CATEGORY.UNMET_COUNT);
            unmet.forEach((category, count) -> insert.values(e.getId(), category, count));
            insert.execute();
        }
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
        if (nature != null && COMPARATOR.matcher(nature.strip()).matches() && !STARTS_WITH_COMPARATOR.matcher(v).matches()) {
            v = nature.strip() + v;
        }
        if (unit != null && !unit.isBlank() && ENDS_WITH_DIGIT.matcher(v).matches()) {
            v = v + unit.strip();
        }
        return v;
    }

    private AuditFlagRecord flag(long evaluationId, Long indicatorId, AuditFlag f) {
        AuditFlagRecord r = db.newRecord(AUDIT_FLAG);
        r.setId(db.nextval(STORE_ID_SEQ));
        r.setEvaluationId(evaluationId);
        r.setIndicatorId(indicatorId);
        r.setKind(f.kind().code());
        r.setReportedValue(f.reported());
        r.setRecomputedValue(f.recomputed());
        r.setDetail(f.detail());
        return r;
    }
}
