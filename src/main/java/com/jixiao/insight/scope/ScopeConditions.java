package com.jixiao.insight.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Turns a {@link Scope} into jOOQ conditions on a query's own region, unit, year and kind fields. */
public final class ScopeConditions {

    private ScopeConditions() {}

    /** The region itself or anything below it; no condition without a region. */
    public static Condition inRegion(Field<String> regionPath, Optional<String> region) {
        return region.map(r -> regionPath.eq(r).or(regionPath.startsWith(r + "/")))
                .orElse(DSL.trueCondition());
    }

    public static Condition of(
            Scope scope, Field<String> regionPath, Field<Long> unitId, Field<Integer> year, Field<String> kind) {
        List<Condition> c = new ArrayList<>();
        c.add(inRegion(regionPath, scope.region()));
        scope.unitId().ifPresent(u -> c.add(unitId.eq(u)));
        scope.fromYear().ifPresent(y -> c.add(year.ge(y)));
        scope.toYear().ifPresent(y -> c.add(year.le(y)));
        if (kind != null) {
            scope.kind().ifPresent(k -> c.add(kind.eq(k)));
        }
        return DSL.and(c);
    }
}
