package com.jixiao.insight.targets;

import com.jixiao.insight.catalog.AccessScope;
import org.springframework.security.access.annotation.Secured;
import com.jixiao.insight.base.security.Role;
import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;

import com.jixiao.insight.catalog.Scope;
import com.jixiao.insight.catalog.ScopeConditions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every unmet indicator and every narrative unmet goal in scope, grouped by unit, year and category. */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class UnmetTargetService {

    private final DSLContext db;
    private final AccessScope access;

    UnmetTargetService(DSLContext db, AccessScope access) {
        this.db = db;
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
        var i = INDICATOR_STATUS;
        int indicators = db.fetchCount(i, indicatorCondition(scope, category));
        var e = CURRENT_EVALUATION;
        int goals = category.isPresent() ? 0 : db.fetchCount(DSL.selectOne().from(UNMET_GOAL).join(e)
                .on(e.ID.eq(UNMET_GOAL.EVALUATION_ID)).where(goalCondition(scope)));
        return new Counts(indicators, goals);
    }

    /**
     * One page of the unmet indicators and narrative goals in scope, by unit, year and category (narrative
     * goals after the indicators), paged at the database: a province has over a million unmet indicators.
     * With a category, only indicators of that category.
     */
    @Transactional(readOnly = true)
    public List<UnmetTarget> page(Scope scope, Optional<String> category, int offset, int limit) {
        var i = INDICATOR_STATUS;
        var noCategory = DSL.inline("\uFFFF");
        var indicators = DSL.select(DSL.inline("indicator").as(SOURCE), i.EVALUATION_ID, i.UNIT_NAME.as(UNIT),
                        i.FISCAL_YEAR.as(YEAR), i.EVALUATION_NAME, i.CATEGORY, i.NAME, i.TARGET, i.ACTUAL, i.SHORTFALL_RATE,
                        i.DEVIATION_REASON, DSL.coalesce(i.CATEGORY, noCategory).as(SORT_CATEGORY), i.SEQ.as(SEQ))
                .from(i)
                .where(indicatorCondition(scope, category));
        Select<?> rows = indicators;
        if (category.isEmpty()) {
            var e = CURRENT_EVALUATION;
            rows = indicators.unionAll(DSL.select(DSL.inline("goal"), e.ID, e.UNIT_NAME, e.FISCAL_YEAR, e.NAME,
                            DSL.castNull(i.CATEGORY.getDataType()), UNMET_GOAL.TEXT, DSL.castNull(i.TARGET.getDataType()),
                            DSL.castNull(i.ACTUAL.getDataType()), DSL.castNull(i.SHORTFALL_RATE.getDataType()),
                            DSL.castNull(i.DEVIATION_REASON.getDataType()), noCategory, UNMET_GOAL.SEQ)
                    .from(UNMET_GOAL).join(e).on(e.ID.eq(UNMET_GOAL.EVALUATION_ID))
                    .where(goalCondition(scope)));
        }
        var all = rows.asTable("unmet_target");
        return db.selectFrom(all)
                .orderBy(all.field(UNIT), all.field(YEAR), all.field(SORT_CATEGORY), all.field(SOURCE).desc(),
                        all.field(i.EVALUATION_ID.getName()), all.field(SEQ))
                .offset(offset)
                .limit(limit)
                .fetch(r -> new UnmetTarget(r.get(0, String.class), r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, Integer.class), r.get(4, String.class), r.get(5, String.class), r.get(6, String.class),
                        r.get(7, String.class), r.get(8, String.class), r.get(9, BigDecimal.class), r.get(10, String.class)));
    }

    private static final String SOURCE = "source";
    private static final String UNIT = "unit_name";
    private static final String YEAR = "fiscal_year";
    private static final String SORT_CATEGORY = "sort_category";
    private static final String SEQ = "seq";

    private Condition indicatorCondition(Scope scope, Optional<String> category) {
        var i = INDICATOR_STATUS;
        return DSL.and(ScopeConditions.of(scope, i.REGION_PATH, i.UNIT_ID, i.FISCAL_YEAR, i.EVALUATION_KIND),
                access.current().condition(i.REGION_PATH, i.UNIT_NAME), i.STATUS.eq("unmet"),
                category.map(i.CATEGORY::eq).orElse(DSL.trueCondition()));
    }

    private Condition goalCondition(Scope scope) {
        var e = CURRENT_EVALUATION;
        return DSL.and(ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                access.current().condition(e.REGION_PATH, e.UNIT_NAME));
    }
}
