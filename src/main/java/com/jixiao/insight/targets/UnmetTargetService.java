package com.jixiao.insight.targets;

import com.jixiao.insight.catalog.AccessScope;
import org.springframework.security.access.annotation.Secured;
import com.jixiao.insight.base.security.Role;
import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;

import com.jixiao.insight.catalog.Scope;
import com.jixiao.insight.catalog.ScopeConditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
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

    @Transactional(readOnly = true)
    public List<UnmetTarget> list(Scope scope, Optional<String> category) {
        var i = INDICATOR_STATUS;
        List<UnmetTarget> rows = new ArrayList<>(db.select(i.EVALUATION_ID, i.UNIT_NAME, i.FISCAL_YEAR, i.EVALUATION_NAME,
                        i.CATEGORY, i.NAME, i.TARGET, i.ACTUAL, i.SHORTFALL_RATE, i.DEVIATION_REASON)
                .from(i)
                .where(ScopeConditions.of(scope, i.REGION_PATH, i.UNIT_ID, i.FISCAL_YEAR, i.EVALUATION_KIND),
                        access.current().condition(i.REGION_PATH, i.UNIT_NAME), i.STATUS.eq("unmet"), category.map(i.CATEGORY::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .fetch(r -> new UnmetTarget("indicator", r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
        if (category.isEmpty()) {
            var e = CURRENT_EVALUATION;
            rows.addAll(db.select(e.ID, e.UNIT_NAME, e.FISCAL_YEAR, e.NAME, UNMET_GOAL.TEXT)
                    .from(UNMET_GOAL).join(e).on(e.ID.eq(UNMET_GOAL.EVALUATION_ID))
                    .where(ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                            access.current().condition(e.REGION_PATH, e.UNIT_NAME))
                    .orderBy(UNMET_GOAL.SEQ)
                    .fetch(r -> new UnmetTarget("goal", r.value1(), r.value2(), r.value3(), r.value4(), null, r.value5(),
                            null, null, null, null)));
        }
        rows.sort(Comparator.comparing(UnmetTarget::unitName).thenComparing(UnmetTarget::fiscalYear)
                .thenComparing(t -> t.category() == null ? "\uFFFF" : t.category())); // narrative goals after the indicators
        return rows;
    }
}
