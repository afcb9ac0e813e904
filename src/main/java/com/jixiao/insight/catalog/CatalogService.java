package com.jixiao.insight.catalog;

import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, units and years that the filters offer. */
@Service
public class CatalogService {

    /** A unit as a picker shows it. */
    public record UnitOption(long id, String name, String regionPath) {}

    private final DSLContext db;
    private final AccessScope access;

    CatalogService(DSLContext db, AccessScope access) {
        this.db = db;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<String> regionPaths() {
        Restriction allowed = access.current();
        // A restricted user is offered the regions it may see and the regions above them.
        return db.select(REGION.PATH).from(REGION).orderBy(REGION.PATH).fetch(REGION.PATH).stream()
                .filter(p -> !allowed.isRestricted() || units().stream().anyMatch(u -> u.regionPath().equals(p)
                        || u.regionPath().startsWith(p + "/")))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<UnitOption> units() {
        return db.select(UNIT.ID, UNIT.NAME, REGION.PATH).from(UNIT).join(REGION).on(REGION.ID.eq(UNIT.REGION_ID))
                .where(access.current().condition(REGION.PATH, UNIT.NAME))
                .orderBy(REGION.PATH, UNIT.NAME).fetch(r -> new UnitOption(r.value1(), r.value2(), r.value3()));
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return db.selectDistinct(CURRENT_EVALUATION.FISCAL_YEAR).from(CURRENT_EVALUATION)
                .orderBy(CURRENT_EVALUATION.FISCAL_YEAR).fetch(CURRENT_EVALUATION.FISCAL_YEAR);
    }
}
