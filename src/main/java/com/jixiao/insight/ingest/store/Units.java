package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** A document's unit and region in the store: found by name and path, or created, with the unit's aliases. */
final class Units {

    private static final List<String> REGION_LEVELS = List.of("province", "city", "district");

    private final DSLContext db;

    Units(DSLContext db) {
        this.db = db;
    }

    /** The id of the unit {@code name} in the region {@code path}; a stored unit must be in that region. */
    long resolve(String name, String regionPath, List<String> aliases) {
        long regionId = region(regionPath);
        var stored = db.select(UNIT.ID, UNIT.REGION_ID)
                .from(UNIT)
                .where(UNIT.NAME.eq(name))
                .fetchOne();
        long id;
        if (stored == null) {
            id = db.nextval(STORE_ID_SEQ);
            db.insertInto(UNIT)
                    .set(UNIT.ID, id)
                    .set(UNIT.NAME, name)
                    .set(UNIT.REGION_ID, regionId)
                    .execute();
        } else if (stored.value2() != regionId) {
            throw new IllegalArgumentException("unit '" + name + "' is already stored under another region");
        } else {
            id = stored.value1();
        }
        for (String alias : aliases) {
            db.insertInto(UNIT_ALIAS)
                    .set(UNIT_ALIAS.UNIT_ID, id)
                    .set(UNIT_ALIAS.ALIAS, alias)
                    .onConflictDoNothing()
                    .execute();
        }
        return id;
    }

    /** The region of a path 省/市[/区], its missing levels created. */
    private long region(String path) {
        String[] names = path.split("/");
        if (names.length < 1 || names.length > REGION_LEVELS.size()) {
            throw new IllegalArgumentException("region '" + path + "': expected province/city[/district]");
        }
        List<String> prefixes = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("region '" + path + "': empty name at level " + (i + 1));
            }
            prefix.append(i == 0 ? "" : "/").append(name);
            prefixes.add(prefix.toString());
        }
        Map<String, Long> stored = db.select(REGION.PATH, REGION.ID)
                .from(REGION)
                .where(REGION.PATH.in(prefixes))
                .fetchMap(REGION.PATH, REGION.ID);
        Long parent = null;
        for (int i = 0; i < prefixes.size(); i++) {
            Long existing = stored.get(prefixes.get(i));
            if (existing == null) {
                existing = db.nextval(STORE_ID_SEQ);
                db.insertInto(REGION)
                        .set(REGION.ID, existing)
                        .set(REGION.NAME, names[i].strip())
                        .set(REGION.LEVEL, REGION_LEVELS.get(i))
                        .set(REGION.PARENT_ID, parent)
                        .set(REGION.PATH, prefixes.get(i))
                        .execute();
            }
            parent = existing;
        }
        return parent;
    }
}
