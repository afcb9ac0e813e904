package com.jixiao.insight.base.store;

import org.jooq.DSLContext;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * The dashboards' reads run as static statements: jOOQ renders each value as an escaped literal and DuckDB plans
 * the query once, as it runs. With bind values the DuckDB driver prepares (parses, binds, optimises) and then, at
 * execution with the values, binds and plans again: a third of a dashboard's time in DuckDB went to planning
 * (decision 0010). Values stay jOOQ values (never strings glued into SQL), so inlining escapes them; writes keep
 * their bind values.
 */
public final class ReadQueries {

    private ReadQueries() {}

    /** {@code db} rendering every value inline. */
    public static DSLContext inlined(DSLContext db) {
        return DSL.using(db.configuration().derive(db.settings().withStatementType(StatementType.STATIC_STATEMENT)));
    }
}
