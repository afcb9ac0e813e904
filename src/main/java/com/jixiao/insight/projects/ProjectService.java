package com.jixiao.insight.projects;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_FIGURE_SOURCE;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.SOURCE_LINE;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.evaluation.rules.Status;
import com.jixiao.insight.projects.ProjectDetail.Flag;
import com.jixiao.insight.projects.ProjectDetail.IndicatorLine;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import com.jixiao.insight.store.generated.tables.EvaluationMetrics;
import com.jixiao.insight.store.generated.tables.EvaluationOverview;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' explorer over all evaluations, paged at the database from their pre-aggregation ({@code
 * evaluation_metrics}: one flat row each), and the drill-down of one.
 */
@Service
public class ProjectService {

    /** Columns the explorer can sort by. */
    public enum SortKey {
        UNIT,
        YEAR,
        NAME,
        ADJUSTED_BUDGET,
        EXECUTION_RATE,
        TOTAL_SCORE,
        RECOMPUTED_SCORE,
        UNMET,
        FLAGS
    }

    private final DSLContext db;
    private final AccessScope access;

    ProjectService(DSLContext db, AccessScope access) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
    }

    @Secured(Role.VIEWER_AUTHORITY)
    @Transactional(readOnly = true)
    public List<ProjectRow> page(Scope scope, ProjectFilter filter, Map<SortKey, Boolean> sort, int offset, int limit) {
        EvaluationMetrics e = EVALUATION_METRICS;
        List<SortField<?>> order = new ArrayList<>();
        sort.forEach((key, ascending) -> {
            Field<?> f = field(e, key);
            order.add(ascending ? f.asc().nullsLast() : f.desc().nullsLast());
        });
        order.add(e.REGION_PATH.asc());
        order.add(e.UNIT_NAME.asc());
        order.add(e.FISCAL_YEAR.asc());
        order.add(e.SEQ.asc());
        return db.select(
                        e.ID,
                        e.UNIT_NAME,
                        e.REGION_PATH,
                        e.FISCAL_YEAR,
                        e.KIND,
                        e.NAME,
                        e.ADJUSTED_BUDGET,
                        e.EXECUTED,
                        e.EXECUTION_RATE,
                        e.TOTAL_SCORE,
                        e.RECOMPUTED_TOTAL_SCORE,
                        e.GRADE,
                        e.INDICATORS_UNMET,
                        e.FLAG_COUNT)
                .from(e)
                .where(condition(e, scope, filter), access.current().condition(e.REGION_PATH, e.UNIT_NAME))
                .orderBy(order)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ProjectRow::new));
    }

    @Secured(Role.VIEWER_AUTHORITY)
    @Transactional(readOnly = true)
    public int count(Scope scope, ProjectFilter filter) {
        return db.fetchCount(
                EVALUATION_METRICS,
                condition(EVALUATION_METRICS, scope, filter)
                        .and(access.current().condition(EVALUATION_METRICS.REGION_PATH, EVALUATION_METRICS.UNIT_NAME)));
    }

    private static Condition condition(EvaluationMetrics e, Scope scope, ProjectFilter f) {
        List<Condition> c = new ArrayList<>();
        c.add(ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND));
        f.scoreBelow().ifPresent(v -> c.add(e.TOTAL_SCORE.lt(v)));
        f.executionBelow().ifPresent(v -> c.add(e.EXECUTION_RATE.lt(v)));
        f.grade().ifPresent(g -> c.add(e.GRADE.eq(g)));
        // "Has an indicator of this status" from the assessment's counts per status, not a scan of the indicators.
        f.status().ifPresent(s -> c.add(statusCount(e, s).map(n -> n.gt(0)).orElse(DSL.falseCondition())));
        f.flag()
                .ifPresent(k -> c.add(
                        k.equals("any")
                                ? e.FLAG_COUNT.gt(0)
                                : DSL.exists(DSL.selectOne()
                                        .from(AUDIT_FLAG)
                                        .where(AUDIT_FLAG.EVALUATION_ID.eq(e.ID), AUDIT_FLAG.KIND.eq(k)))));
        return DSL.and(c);
    }

    /** The count column of a status code; empty for a code that is no status (a hand-edited URL: no rows). */
    private static Optional<Field<Integer>> statusCount(EvaluationMetrics e, String code) {
        return Arrays.stream(Status.values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .map(s -> switch (s) {
                    case MET -> e.INDICATORS_MET;
                    case PARTLY_MET -> e.INDICATORS_PARTLY_MET;
                    case UNMET -> e.INDICATORS_UNMET;
                    case NOT_ASSESSABLE -> e.INDICATORS_NOT_ASSESSABLE;
                });
    }

    private static Field<?> field(EvaluationMetrics e, SortKey key) {
        return switch (key) {
            case UNIT -> e.UNIT_NAME;
            case YEAR -> e.FISCAL_YEAR;
            case NAME -> e.NAME;
            case ADJUSTED_BUDGET -> e.ADJUSTED_BUDGET;
            case EXECUTION_RATE -> e.EXECUTION_RATE;
            case TOTAL_SCORE -> e.TOTAL_SCORE;
            case RECOMPUTED_SCORE -> e.RECOMPUTED_TOTAL_SCORE;
            case UNMET -> e.INDICATORS_UNMET;
            case FLAGS -> e.FLAG_COUNT;
        };
    }

    /** One evaluation with its indicators and flags; empty if it does not exist or the user may not see it. */
    @Secured(Role.ANALYST_AUTHORITY)
    @Transactional(readOnly = true)
    public Optional<ProjectDetail> detail(long id) {
        EvaluationOverview e = EVALUATION_OVERVIEW;
        var r = db.select(e.fields())
                .select(DOCUMENT.FILE_NAME)
                .from(e)
                .join(DOCUMENT)
                .on(DOCUMENT.ID.eq(e.DOCUMENT_ID))
                .where(e.ID.eq(id), access.current().condition(e.REGION_PATH, e.UNIT_NAME))
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Map<String, int[]> figureLines = new HashMap<>();
        db.selectFrom(EVALUATION_FIGURE_SOURCE)
                .where(EVALUATION_FIGURE_SOURCE.EVALUATION_ID.eq(id))
                .forEach(f -> figureLines.put(f.getFigure(), new int[] {f.getLineFrom(), f.getLineTo()}));

        Map<Long, List<Flag>> indicatorFlags = new HashMap<>();
        List<Flag> evaluationFlags = new ArrayList<>();
        db.selectFrom(AUDIT_FLAG)
                .where(AUDIT_FLAG.EVALUATION_ID.eq(id))
                .orderBy(AUDIT_FLAG.ID)
                .forEach(f -> {
                    Flag flag = new Flag(f.getKind(), f.getReportedValue(), f.getRecomputedValue(), f.getDetail());
                    if (f.getIndicatorId() == null) {
                        evaluationFlags.add(flag);
                    } else {
                        indicatorFlags
                                .computeIfAbsent(f.getIndicatorId(), k -> new ArrayList<>())
                                .add(flag);
                    }
                });
        var i = INDICATOR_STATUS;
        List<IndicatorLine> indicators = db.selectFrom(i)
                .where(i.EVALUATION_ID.eq(id))
                .orderBy(i.SEQ)
                .fetch(x -> new IndicatorLine(
                        x.getId(),
                        x.getCategory(),
                        x.getSubcategory(),
                        x.getName(),
                        x.getTarget(),
                        x.getActual(),
                        x.getWeight(),
                        x.getScore(),
                        x.getRecomputedScore(),
                        x.getStatus(),
                        x.getDirection(),
                        x.getReason(),
                        x.getDeviationReason(),
                        x.getLineFrom(),
                        x.getLineTo(),
                        indicatorFlags.getOrDefault(x.getId(), List.of())));
        var goals = db.selectFrom(UNMET_GOAL)
                .where(UNMET_GOAL.EVALUATION_ID.eq(id))
                .orderBy(UNMET_GOAL.SEQ)
                .fetch(g -> new ProjectDetail.UnmetGoal(g.getText(), g.getLineFrom(), g.getLineTo()));
        return Optional.of(new ProjectDetail(
                id,
                r.get(e.DOCUMENT_ID),
                r.get(DOCUMENT.FILE_NAME),
                r.get(e.UNIT_NAME),
                r.get(e.REGION_PATH),
                r.get(e.FISCAL_YEAR),
                r.get(e.KIND),
                r.get(e.NAME),
                r.get(e.SUPERVISING_DEPARTMENT),
                r.get(e.IMPLEMENTING_UNIT),
                r.get(e.INITIAL_BUDGET),
                r.get(e.ADJUSTED_BUDGET),
                r.get(e.EXECUTED),
                r.get(e.EXECUTION_RATE),
                r.get(e.RECOMPUTED_EXECUTION_RATE),
                r.get(e.EXECUTION_WEIGHT),
                r.get(e.EXECUTION_SCORE),
                r.get(e.RECOMPUTED_EXECUTION_SCORE),
                r.get(e.TOTAL_SCORE),
                r.get(e.RECOMPUTED_TOTAL_SCORE),
                r.get(e.GRADE),
                r.get(e.RECOMPUTED_GRADE),
                r.get(e.ANNUAL_GOAL),
                r.get(e.GOAL_OUTCOME),
                r.get(e.LINE_FROM),
                r.get(e.LINE_TO),
                figureLines,
                indicators,
                evaluationFlags,
                goals));
    }

    /** The cited lines of a document with a few lines of context either side (none of a document the user may not see). */
    @Secured(Role.ANALYST_AUTHORITY)
    @Transactional(readOnly = true)
    public List<SourceLine> source(long documentId, int from, int to, int context) {
        var visible = DSL.exists(DSL.selectOne()
                .from(EVALUATION_METRICS)
                .where(
                        EVALUATION_METRICS.DOCUMENT_ID.eq(documentId),
                        access.current().condition(EVALUATION_METRICS.REGION_PATH, EVALUATION_METRICS.UNIT_NAME)));
        return db.select(SOURCE_LINE.LINE_NO, SOURCE_LINE.TEXT, SOURCE_LINE.LOCATION)
                .from(SOURCE_LINE)
                .where(
                        visible,
                        SOURCE_LINE.DOCUMENT_ID.eq(documentId),
                        SOURCE_LINE.LINE_NO.between(Math.max(1, from - context), to + context))
                .orderBy(SOURCE_LINE.LINE_NO)
                .fetch(l -> new SourceLine(l.value1(), l.value2(), l.value1() >= from && l.value1() <= to, l.value3()));
    }
}
