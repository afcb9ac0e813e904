package com.jixiao.insight.scope;

import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, units and years that the filters offer. */
@Service
public class ScopeOptions {

    /** A unit as a picker shows it. */
    public record UnitOption(long id, String name, String regionPath) {}

    private final DSLContext db;
    private final AccessScope access;

    ScopeOptions(DSLContext db, AccessScope access) {
        this.db = db;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<String> regionPaths() {
        Restriction allowed = access.current();
        // A restricted user is offered the regions it may see and the regions above them.
        return db.select(REGION.PATH).from(REGION).orderBy(REGION.PATH).fetch(REGION.PATH).stream()
                .filter(p -> !allowed.isRestricted()
                        || units().stream()
                                .anyMatch(u -> u.regionPath().equals(p)
                                        || u.regionPath().startsWith(p + "/")))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<UnitOption> units() {
        return db.select(UNIT.ID, UNIT.NAME, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(access.current().condition(REGION.PATH, UNIT.NAME))
                .orderBy(REGION.PATH, UNIT.NAME)
                .fetch(r -> new UnitOption(r.value1(), r.value2(), r.value3()));
    }

    /**
     * One page of the units in {@code scope}'s region whose name contains {@code filter}, for pickers that
     * fetch as the user scrolls or types (a province has 7,200 units; a picker holding them all costs every
     * open screen about a megabyte).
     */
    @Transactional(readOnly = true)
    public List<UnitOption> units(Scope scope, String filter, int offset, int limit) {
        return db.select(UNIT.ID, UNIT.NAME, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(unitCondition(scope, filter))
                .orderBy(REGION.PATH, UNIT.NAME)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new UnitOption(r.value1(), r.value2(), r.value3()));
    }

    /** How many units {@link #units(Scope, String, int, int)} pages through. */
    @Transactional(readOnly = true)
    public int unitCount(Scope scope, String filter) {
        return db.fetchCount(db.selectOne()
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(unitCondition(scope, filter)));
    }

    /** The units with these ids that the user may see. */
    @Transactional(readOnly = true)
    public List<UnitOption> unitsById(Collection<Long> ids) {
        return db.select(UNIT.ID, UNIT.NAME, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(UNIT.ID.in(ids), access.current().condition(REGION.PATH, UNIT.NAME))
                .orderBy(REGION.PATH, UNIT.NAME)
                .fetch(r -> new UnitOption(r.value1(), r.value2(), r.value3()));
    }

    private Condition unitCondition(Scope scope, String filter) {
        var region = ScopeConditions.inRegion(REGION.PATH, scope.region());
        var named =
                filter == null || filter.isBlank() ? DSL.trueCondition() : UNIT.NAME.containsIgnoreCase(filter.strip());
        return DSL.and(region, named, access.current().condition(REGION.PATH, UNIT.NAME));
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return db.selectDistinct(CURRENT_EVALUATION.FISCAL_YEAR)
                .from(CURRENT_EVALUATION)
                .orderBy(CURRENT_EVALUATION.FISCAL_YEAR)
                .fetch(CURRENT_EVALUATION.FISCAL_YEAR);
    }
}
