package com.jixiao.insight.targets;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_REASON;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;
import static com.jixiao.insight.store.generated.Tables.UNMET_REASON;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.evaluation.reasons.ReasonClass;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.Row2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every unmet indicator and every narrative unmet goal in scope, grouped by unit, year and category, with the class
 * of the reason given; filtered by indicator category and by reason class.
 */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class UnmetTargetService {

    private final DSLContext db;
    private final AccessScope access;

    UnmetTargetService(DSLContext db, AccessScope access) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
    }

    /** How many unmet indicators and narrative unmet goals are in scope. */
    public record Counts(int indicators, int goals) {

        public int total() {
            return indicators + goals;
        }
    }

    @Transactional(readOnly = true)
    public Counts count(Scope scope, Optional<String> category) {
        return count(scope, category, Optional.empty());
    }

    /** The count of {@link #page}'s rows: with a category only indicators, with a reason only that class. */
    @Transactional(readOnly = true)
    public Counts count(Scope scope, Optional<String> category, Optional<ReasonClass> reason) {
        // From the pre-aggregations: the same count without reading the indicators.
        var perUnitYear = indicatorCounts(scope, category, reason).asTable("c");
        Integer indicators = db.select(
                        DSL.sum(perUnitYear.field(N, Integer.class)).cast(Integer.class))
                .from(perUnitYear)
                .fetchSingle()
                .value1();
        int goals = 0;
        if (category.isEmpty()) {
            var goalCounts = goalCounts(scope, reason).asTable("g");
            Integer n = db.select(DSL.sum(goalCounts.field(N, Integer.class)).cast(Integer.class))
                    .from(goalCounts)
                    .fetchSingle()
                    .value1();
            goals = n == null ? 0 : n;
        }
        return new Counts(indicators == null ? 0 : indicators, goals);
    }

    /**
     * One page of the unmet indicators and narrative goals in scope, by unit, year and category (narrative
     * goals after the indicators), paged at the database: a province has over a million unmet indicators.
     * With a category, only indicators of that category.
     */
    @Transactional(readOnly = true)
    public List<UnmetTarget> page(Scope scope, Optional<String> category, int offset, int limit) {
        return page(scope, category, Optional.empty(), offset, limit);
    }

    /** {@link #page(Scope, Optional, int, int)}, with a reason class: only the targets whose reason is of it. */
    @Transactional(readOnly = true)
    public List<UnmetTarget> page(
            Scope scope, Optional<String> category, Optional<ReasonClass> reason, int offset, int limit) {
        Window window = window(scope, category, reason, offset, limit);
        if (window.unitYears().isEmpty()) {
            return List.of();
        }
        var i = INDICATOR_STATUS;
        var e = EVALUATION_METRICS;
        var r = UNMET_REASON;
        // The window's evaluations named by id and by their range (which DuckDB prunes storage with), so that it reads
        // only their indicators: given the unit-years, it joined every evaluation of the store (395 ms at province
        // scale). The unit ids too for the same reason: a list of (unit, year) pairs is not pushed into a scan.
        List<Long> evaluationIds = db.select(e.ID)
                .from(e)
                .where(
                        e.UNIT_ID.in(window.unitIds()),
                        DSL.row(e.UNIT_ID, e.FISCAL_YEAR).in(window.unitYears()))
                .orderBy(e.ID)
                .fetch(e.ID);
        if (evaluationIds.isEmpty()) {
            return List.of();
        }
        long first = evaluationIds.getFirst();
        long last = evaluationIds.getLast();
        // "= any (array)", not "in (list)": DuckDB turns a list of constants into a join that read the indicators by
        // index one by one (110 ms); against an array it filters the range's scan (34 ms; EXPLAIN ANALYZE, decision
        // 0010).
        Long[] ids = evaluationIds.toArray(Long[]::new);
        var noCategory = DSL.inline("\uFFFF");
        var indicators = DSL.select(
                        DSL.inline("indicator").as(SOURCE),
                        i.EVALUATION_ID,
                        i.UNIT_NAME.as(UNIT),
                        i.FISCAL_YEAR.as(YEAR),
                        i.EVALUATION_NAME,
                        i.CATEGORY,
                        i.NAME,
                        i.TARGET,
                        i.ACTUAL,
                        i.SHORTFALL_RATE,
                        i.DEVIATION_REASON,
                        r.REASON_CLASS,
                        r.MATCHED_WORDS,
                        DSL.coalesce(i.CATEGORY, noCategory).as(SORT_CATEGORY),
                        i.SEQ.as(SEQ))
                .from(i)
                .leftJoin(r)
                .on(r.INDICATOR_ID.eq(i.ID))
                .where(
                        indicatorCondition(scope, category),
                        reason.map(c -> r.REASON_CLASS.eq(c.code())).orElse(DSL.trueCondition()),
                        i.EVALUATION_ID.between(first, last),
                        i.EVALUATION_ID.eq(DSL.any(ids)));
        var rows = category.isPresent()
                ? indicators
                : indicators.unionAll(DSL.select(
                                DSL.inline("goal"),
                                e.ID,
                                e.UNIT_NAME,
                                e.FISCAL_YEAR,
                                e.NAME,
                                DSL.castNull(i.CATEGORY.getDataType()),
                                UNMET_GOAL.TEXT,
                                DSL.castNull(i.TARGET.getDataType()),
                                DSL.castNull(i.ACTUAL.getDataType()),
                                DSL.castNull(i.SHORTFALL_RATE.getDataType()),
                                DSL.castNull(i.DEVIATION_REASON.getDataType()),
                                r.REASON_CLASS,
                                r.MATCHED_WORDS,
                                noCategory,
                                UNMET_GOAL.SEQ)
                        .from(UNMET_GOAL)
                        .join(e)
                        .on(e.ID.eq(UNMET_GOAL.EVALUATION_ID))
                        .leftJoin(r)
                        .on(r.UNMET_GOAL_ID.eq(UNMET_GOAL.ID))
                        .where(
                                goalCondition(scope),
                                reason.map(c -> r.REASON_CLASS.eq(c.code())).orElse(DSL.trueCondition()),
                                UNMET_GOAL.EVALUATION_ID.between(first, last),
                                UNMET_GOAL.EVALUATION_ID.eq(DSL.any(ids))));
        var all = rows.asTable("unmet_target");
        return db.selectFrom(all)
                .orderBy(
                        all.field(UNIT),
                        all.field(YEAR),
                        all.field(SORT_CATEGORY),
                        all.field(SOURCE).desc(),
                        all.field(i.EVALUATION_ID.getName()),
                        all.field(SEQ))
                .offset(window.skip())
                .limit(limit)
                // The sort columns (the last two) only order the rows.
                .fetch(Records.mapping(
                        (source,
                                evaluationId,
                                unitName,
                                fiscalYear,
                                evaluationName,
                                indicatorCategory,
                                name,
                                target,
                                actual,
                                shortfallRate,
                                text,
                                reasonClass,
                                matchedWords,
                                sortCategory,
                                seq) -> new UnmetTarget(
                                source,
                                evaluationId,
                                unitName,
                                fiscalYear,
                                evaluationName,
                                indicatorCategory,
                                name,
                                target,
                                actual,
                                shortfallRate,
                                text,
                                reasonClass == null ? null : ReasonClass.ofCode(reasonClass),
                                matchedWords)));
    }

    private static final String UNIT_ID = "unit_id";
    private static final String N = "n";

    /**
     * Unmet indicators per unit-year in scope (unit_id, unit_name, fiscal_year, n), from a pre-aggregation:
     * without a kind, category or reason filter the unit-year table (7,000 rows a year in a province), else the
     * per-evaluation counts by category or by reason; with both a category and a reason, the reasons' rows.
     */
    private Select<Record4<Long, String, Integer, Integer>> indicatorCounts(
            Scope scope, Optional<String> category, Optional<ReasonClass> reason) {
        var e = EVALUATION_METRICS;
        if (reason.isPresent() && category.isPresent()) {
            var r = UNMET_REASON;
            return DSL.select(
                            e.UNIT_ID.as(UNIT_ID),
                            e.UNIT_NAME.as(UNIT),
                            e.FISCAL_YEAR.as(YEAR),
                            DSL.count().as(N))
                    .from(r)
                    .join(e)
                    .on(e.ID.eq(r.EVALUATION_ID))
                    .join(INDICATOR)
                    .on(INDICATOR.ID.eq(r.INDICATOR_ID))
                    .where(
                            goalCondition(scope),
                            r.REASON_CLASS.eq(reason.get().code()),
                            INDICATOR.CATEGORY.eq(category.get()))
                    .groupBy(e.UNIT_ID, e.UNIT_NAME, e.FISCAL_YEAR);
        }
        if (reason.isPresent()) {
            return reasonCounts(scope, "indicator", reason.get());
        }
        if (scope.kind().isEmpty() && category.isEmpty()) {
            return unitYearCounts(scope, UNIT_YEAR_METRICS.UNMET_TARGETS);
        }
        var u = EVALUATION_UNMET_CATEGORY;
        return DSL.select(
                        e.UNIT_ID.as(UNIT_ID),
                        e.UNIT_NAME.as(UNIT),
                        e.FISCAL_YEAR.as(YEAR),
                        DSL.sum(u.UNMET_COUNT).cast(Integer.class).as(N))
                .from(u)
                .join(e)
                .on(e.ID.eq(u.EVALUATION_ID))
                .where(goalCondition(scope), category.map(u.CATEGORY::eq).orElse(DSL.trueCondition()))
                .groupBy(e.UNIT_ID, e.UNIT_NAME, e.FISCAL_YEAR);
    }

    /** A count per unit-year in scope of the pre-aggregation (unit_id, unit_name, fiscal_year, n), where it is not 0. */
    private Select<Record4<Long, String, Integer, Integer>> unitYearCounts(Scope scope, Field<Integer> n) {
        var m = UNIT_YEAR_METRICS;
        return DSL.select(m.UNIT_ID.as(UNIT_ID), m.UNIT_NAME.as(UNIT), m.FISCAL_YEAR.as(YEAR), n.as(N))
                .from(m)
                .where(
                        ScopeConditions.of(scope, m.REGION_PATH, m.UNIT_ID, m.FISCAL_YEAR, null),
                        access.current().condition(m.REGION_PATH, m.UNIT_NAME),
                        n.gt(0));
    }

    /** Narrative unmet goals per unit-year in scope (unit_id, unit_name, fiscal_year, n), of one reason class or all. */
    private Select<Record4<Long, String, Integer, Integer>> goalCounts(Scope scope, Optional<ReasonClass> reason) {
        if (reason.isPresent()) {
            return reasonCounts(scope, "goal", reason.get());
        }
        if (scope.kind().isEmpty()) {
            return unitYearCounts(scope, UNIT_YEAR_METRICS.UNMET_GOALS);
        }
        var e = EVALUATION_METRICS;
        return DSL.select(
                        e.UNIT_ID.as(UNIT_ID),
                        e.UNIT_NAME.as(UNIT),
                        e.FISCAL_YEAR.as(YEAR),
                        DSL.count().as(N))
                .from(UNMET_GOAL)
                .join(e)
                .on(e.ID.eq(UNMET_GOAL.EVALUATION_ID))
                .where(goalCondition(scope))
                .groupBy(e.UNIT_ID, e.UNIT_NAME, e.FISCAL_YEAR);
    }

    /** Unmet indicators or goals ({@code source}) of one reason class per unit-year, from the pre-aggregation. */
    private Select<Record4<Long, String, Integer, Integer>> reasonCounts(
            Scope scope, String source, ReasonClass reason) {
        var e = EVALUATION_METRICS;
        var u = EVALUATION_UNMET_REASON;
        return DSL.select(
                        e.UNIT_ID.as(UNIT_ID),
                        e.UNIT_NAME.as(UNIT),
                        e.FISCAL_YEAR.as(YEAR),
                        DSL.sum(u.UNMET_COUNT).cast(Integer.class).as(N))
                .from(u)
                .join(e)
                .on(e.ID.eq(u.EVALUATION_ID))
                .where(goalCondition(scope), u.SOURCE.eq(source), u.REASON_CLASS.eq(reason.code()))
                .groupBy(e.UNIT_ID, e.UNIT_NAME, e.FISCAL_YEAR);
    }

    /** The unit-years a page falls in, and how many of their rows come before the page. */
    private record Window(List<Row2<Long, Integer>> unitYears, List<Long> unitIds, int skip) {}

    /**
     * Finds the page's unit-years from the per-evaluation counts (pre-aggregated unmet indicators, and the
     * narrative goals) with a running total in unit and year order, so that only their rows are read and
     * sorted, not every unmet indicator in scope.
     */
    private Window window(Scope scope, Optional<String> category, Optional<ReasonClass> reason, int offset, int limit) {
        Field<Integer> n = DSL.field(DSL.name(N), Integer.class);
        Select<?> counts;
        if (scope.kind().isEmpty() && category.isEmpty() && reason.isEmpty()) {
            // Everything unmet: one row per unit-year of the pre-aggregation holds both counts.
            counts = unitYearCounts(scope, UNIT_YEAR_METRICS.UNMET_TARGETS.plus(UNIT_YEAR_METRICS.UNMET_GOALS));
        } else {
            var indicatorCounts = indicatorCounts(scope, category, reason);
            counts = category.isPresent() ? indicatorCounts : indicatorCounts.unionAll(goalCounts(scope, reason));
        }
        var c = counts.asTable("unit_year_count");
        Field<Long> id = c.field(UNIT_ID, Long.class);
        Field<String> name = c.field(UNIT, String.class);
        Field<Integer> fiscalYear = c.field(YEAR, Integer.class);
        Field<Integer> rows =
                DSL.sum(c.field(n.getName(), Integer.class)).cast(Integer.class).as("rows");
        var perUnitYear = DSL.select(id, name, fiscalYear, rows)
                .from(c)
                .groupBy(id, name, fiscalYear)
                .asTable("per_unit_year");
        Field<Integer> size = perUnitYear.field(rows.getName(), Integer.class);
        Field<Integer> end = DSL.sum(size)
                .over(DSL.orderBy(perUnitYear.field(name), perUnitYear.field(fiscalYear))
                        .rowsUnboundedPreceding())
                .cast(Integer.class)
                .as("end_row");
        var running = DSL.select(perUnitYear.field(id), perUnitYear.field(fiscalYear), size, end)
                .from(perUnitYear)
                .asTable("running");
        Field<Integer> endRow = running.field(end.getName(), Integer.class);
        Field<Integer> sizeRow = running.field(size.getName(), Integer.class);
        var hits = db.select(
                        running.field(id.getName(), Long.class),
                        running.field(fiscalYear.getName(), Integer.class),
                        endRow.minus(sizeRow))
                .from(running)
                .where(endRow.gt(offset), endRow.minus(sizeRow).lt((int)
                        Math.min((long) offset + limit, Integer.MAX_VALUE)))
                .orderBy(endRow)
                .fetch();
        if (hits.isEmpty()) {
            return new Window(List.of(), List.of(), 0);
        }
        return new Window(
                hits.map(r -> DSL.row(r.value1(), r.value2())),
                hits.map(r -> r.value1()).stream().distinct().toList(),
                offset - hits.getFirst().value3());
    }

    private static final String SOURCE = "source";
    private static final String UNIT = "unit_name";
    private static final String YEAR = "fiscal_year";
    private static final String SORT_CATEGORY = "sort_category";
    private static final String SEQ = "seq";

    private Condition indicatorCondition(Scope scope, Optional<String> category) {
        var i = INDICATOR_STATUS;
        return DSL.and(
                ScopeConditions.of(scope, i.REGION_PATH, i.UNIT_ID, i.FISCAL_YEAR, i.EVALUATION_KIND),
                access.current().condition(i.REGION_PATH, i.UNIT_NAME),
                i.STATUS.eq("unmet"),
                category.map(i.CATEGORY::eq).orElse(DSL.trueCondition()));
    }

    /** The evaluations in scope (for goals and the pre-aggregated counts, which hang off evaluations). */
    private Condition goalCondition(Scope scope) {
        var e = EVALUATION_METRICS;
        return DSL.and(
                ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                access.current().condition(e.REGION_PATH, e.UNIT_NAME));
    }
}
