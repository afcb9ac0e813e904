package com.jixiao.insight.evaluation.assessment;

import com.jixiao.insight.evaluation.reasons.ReasonCache;
import com.jixiao.insight.evaluation.reasons.ReasonClassification;
import com.jixiao.insight.evaluation.rules.AuditFlag;
import com.jixiao.insight.evaluation.rules.EvaluationAssessment;
import com.jixiao.insight.evaluation.rules.EvaluationAssessor;
import com.jixiao.insight.evaluation.rules.IndicatorAssessment;
import com.jixiao.insight.evaluation.rules.IndicatorAssessor;
import com.jixiao.insight.evaluation.rules.Status;
import com.jixiao.insight.evaluation.rules.UnmetByCategory;
import com.jixiao.insight.store.generated.tables.records.AuditFlagRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationAssessmentRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationUnmetCategoryRecord;
import com.jixiao.insight.store.generated.tables.records.EvaluationUnmetReasonRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorAssessmentRecord;
import com.jixiao.insight.store.generated.tables.records.IndicatorRecord;
import com.jixiao.insight.store.generated.tables.records.UnmetGoalRecord;
import com.jixiao.insight.store.generated.tables.records.UnmetReasonRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The rules engine's results for an evaluation as rows of the store, stored beside the reported figures: one
 * assessment per indicator, one per evaluation, the unmet indicators per category (pre-aggregated for the
 * dashboards), the audit flags, and the class of the reason given for each unmet indicator and unmet goal
 * (decision 0007), with its pre-aggregation per evaluation. Computed from the rows about to be written, before they are written, so that
 * every writer of documents stores the assessment with the document.
 */
public final class Assessments {

    private static final Pattern COMPARATOR = Pattern.compile("[≥≤≧≦><=＝＜＞]{1,2}");
    private static final Pattern STARTS_WITH_COMPARATOR = Pattern.compile("[≥≤≧≦><=＝＜＞].*");
    private static final Pattern ENDS_WITH_DIGIT = Pattern.compile(".*\\d");

    /** The rows of one or more evaluations' assessments. */
    public record Rows(
            List<IndicatorAssessmentRecord> indicators,
            List<EvaluationAssessmentRecord> evaluations,
            List<EvaluationUnmetCategoryRecord> unmetByCategory,
            List<AuditFlagRecord> flags,
            List<UnmetReasonRecord> reasons,
            List<EvaluationUnmetReasonRecord> unmetByReason) {}

    private final List<IndicatorAssessmentRecord> indicators = new ArrayList<>();
    private final List<EvaluationAssessmentRecord> evaluations = new ArrayList<>();
    private final List<EvaluationUnmetCategoryRecord> unmet = new ArrayList<>();
    private final List<AuditFlagRecord> flags = new ArrayList<>();
    private final List<UnmetReasonRecord> reasons = new ArrayList<>();
    private final List<EvaluationUnmetReasonRecord> unmetByReason = new ArrayList<>();

    /**
     * Assesses the evaluation {@code e} (with its id set) and its indicators (ids set, in order), and classifies
     * the reasons of its unmet indicators and of its narrative unmet {@code goals}.
     */
    public Assessments add(
            EvaluationRecord e,
            List<IndicatorRecord> rows,
            List<UnmetGoalRecord> goals,
            List<EvaluationAssessor.Contradiction> contradictions) {
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
        // Per source and class, in a fixed order so that the rows come out the same every time.
        Map<String, Integer> perReason = new TreeMap<>();
        for (int n = 0; n < rows.size(); n++) {
            IndicatorAssessment a = result.indicators().get(n);
            long indicatorId = rows.get(n).getId();
            if (a.status() == Status.UNMET) {
                ReasonClassification c = ReasonCache.classify(rows.get(n).getDeviationReason());
                reasons.add(reason(e.getId(), indicatorId, null, c));
                perReason.merge("indicator\t" + c.reasonClass().code(), 1, Integer::sum);
            }
            indicators.add(new IndicatorAssessmentRecord(
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
                    a.reason().name(),
                    a.flags().size()));
            a.flags().forEach(f -> flags.add(flag(e.getId(), indicatorId, f)));
        }
        result.flags().forEach(f -> flags.add(flag(e.getId(), null, f)));
        for (UnmetGoalRecord g : goals) {
            ReasonClassification c = ReasonCache.classify(g.getText());
            reasons.add(reason(e.getId(), null, g.getId(), c));
            perReason.merge("goal\t" + c.reasonClass().code(), 1, Integer::sum);
        }
        perReason.forEach((key, count) -> {
            String[] sourceAndClass = key.split("\t");
            unmetByReason.add(new EvaluationUnmetReasonRecord(e.getId(), sourceAndClass[0], sourceAndClass[1], count));
        });
        evaluations.add(new EvaluationAssessmentRecord(
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
                (int) result.flagCount(),
                goals.size()));
        UnmetByCategory.of(rows.stream().map(IndicatorRecord::getCategory).toList(), result.indicators())
                .forEach((category, count) -> unmet.add(new EvaluationUnmetCategoryRecord(e.getId(), category, count)));
        return this;
    }

    /** How many flags were raised: the ids {@link #rows} asks for. */
    public int flagCount() {
        return flags.size();
    }

    /** The rows, the flags numbered from {@code ids} in the order they were raised. */
    public Rows rows(LongSupplier ids) {
        flags.forEach(f -> f.setId(ids.getAsLong()));
        return new Rows(
                List.copyOf(indicators),
                List.copyOf(evaluations),
                List.copyOf(unmet),
                List.copyOf(flags),
                List.copyOf(reasons),
                List.copyOf(unmetByReason));
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

    private static UnmetReasonRecord reason(long evaluationId, Long indicatorId, Long goalId, ReasonClassification c) {
        List<String> words = c.matchedWords();
        return new UnmetReasonRecord(
                evaluationId,
                indicatorId,
                goalId,
                c.reasonClass().code(),
                c.basis().name(),
                words.isEmpty() ? null : String.join("、", words));
    }

    private static AuditFlagRecord flag(long evaluationId, Long indicatorId, AuditFlag f) {
        AuditFlagRecord r = new AuditFlagRecord();
        r.setEvaluationId(evaluationId);
        r.setIndicatorId(indicatorId);
        r.setKind(f.kind().code());
        r.setReportedValue(f.reported());
        r.setRecomputedValue(f.recomputed());
        r.setDetail(f.detail());
        return r;
    }
}
