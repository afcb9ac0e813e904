package com.jixiao.insight.catalog;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Turns a {@link Scope} into jOOQ conditions on a query's own region, unit, year and kind fields. */
public final class ScopeConditions {

    private ScopeConditions() {}

    public static Condition of(Scope scope, Field<String> regionPath, Field<Long> unitId, Field<Integer> year,
            Field<String> kind) {
        List<Condition> c = new ArrayList<>();
        scope.region().ifPresent(r -> c.add(regionPath.eq(r).or(regionPath.startsWith(r + "/"))));
        scope.unitId().ifPresent(u -> c.add(unitId.eq(u)));
        scope.fromYear().ifPresent(y -> c.add(year.ge(y)));
        scope.toYear().ifPresent(y -> c.add(year.le(y)));
        if (kind != null) {
            scope.kind().ifPresent(k -> c.add(kind.eq(k)));
        }
        return DSL.and(c);
    }
}
