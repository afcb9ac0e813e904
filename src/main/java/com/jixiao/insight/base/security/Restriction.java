package com.jixiao.insight.base.security;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Row-level restriction of a user to regions (a path and everything below it) and units (by name).
 * {@link #NONE} restricts nothing. Every query that shows or exports rows applies it.
 */
public record Restriction(List<String> regionPaths, List<String> unitNames) {

    public static final Restriction NONE = new Restriction(List.of(), List.of());

    public Restriction {
        regionPaths = List.copyOf(regionPaths);
        unitNames = List.copyOf(unitNames);
    }

    public boolean isRestricted() {
        return !regionPaths.isEmpty() || !unitNames.isEmpty();
    }

    /** Rows of a permitted region or unit. */
    public Condition condition(Field<String> regionPath, Field<String> unitName) {
        if (!isRestricted()) {
            return DSL.trueCondition();
        }
        List<Condition> any = new ArrayList<>();
        regionPaths.forEach(p -> any.add(regionPath.eq(p).or(regionPath.startsWith(p + "/"))));
        if (!unitNames.isEmpty()) {
            any.add(unitName.in(unitNames));
        }
        return DSL.or(any);
    }

    /** Whether a row of this region and unit may be seen. */
    public boolean permits(String regionPath, String unitName) {
        return !isRestricted()
                || unitNames.contains(unitName)
                || regionPaths.stream().anyMatch(p -> regionPath.equals(p) || regionPath.startsWith(p + "/"));
    }
}
