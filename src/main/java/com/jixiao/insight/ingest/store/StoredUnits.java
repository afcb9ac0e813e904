package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;

import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.store.ImportStore.StoredUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * The store's units by name and by alias, read once for a batch, so that the files read in parallel settle against
 * memory rather than each asking the store ({@link ImportStore#storedUnit} answers the same: a unit of the name first,
 * else one whose alias it is). The batch's writer adds the units of every chunk it commits ({@link #stored}): a file
 * read after that settles against them, as it would against the store. A file read earlier settles as if its unit
 * were new; the writer checks each file's region against the store again when it stores it.
 */
public final class StoredUnits {

    private final Map<String, StoredUnit> byName = new ConcurrentHashMap<>();
    private final Map<String, StoredUnit> byAlias = new ConcurrentHashMap<>();

    private StoredUnits() {}

    /** Every unit and alias the store holds now, in two queries. */
    public static StoredUnits load(DSLContext db) {
        StoredUnits units = new StoredUnits();
        db.select(UNIT.NAME, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .fetch()
                .forEach(r -> units.byName.put(r.value1(), new StoredUnit(r.value1(), r.value2())));
        db.select(UNIT_ALIAS.ALIAS, UNIT.NAME, REGION.PATH)
                .from(UNIT_ALIAS)
                .join(UNIT)
                .on(UNIT.ID.eq(UNIT_ALIAS.UNIT_ID))
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .orderBy(UNIT.ID)
                .fetch()
                .forEach(r -> units.byAlias.putIfAbsent(r.value1(), new StoredUnit(r.value2(), r.value3())));
        return units;
    }

    /** The stored unit {@code name} leads to: the unit of that name, else the unit whose alias it is. */
    public Optional<StoredUnit> find(String name) {
        StoredUnit unit = byName.get(name);
        return Optional.ofNullable(unit != null ? unit : byAlias.get(name));
    }

    /** A document committed: its unit (as settled: the stored name, its region) and the aliases it used. */
    public void stored(ReportDocument doc) {
        StoredUnit unit = new StoredUnit(doc.unit(), doc.region());
        byName.putIfAbsent(doc.unit(), unit);
        StoredUnit kept = byName.get(doc.unit());
        doc.unitAliases().forEach(alias -> byAlias.putIfAbsent(alias, kept));
    }

    public int size() {
        return byName.size();
    }
}
