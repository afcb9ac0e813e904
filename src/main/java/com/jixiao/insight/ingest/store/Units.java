package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;

import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.store.generated.tables.records.RegionRecord;
import com.jixiao.insight.store.generated.tables.records.UnitAliasRecord;
import com.jixiao.insight.store.generated.tables.records.UnitRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The ids of the units of many documents (their units and regions settled), by name: the stored ones found with one
     * query, the missing ones created with their missing regions (a few statements for all), and the aliases the
     * documents use added. A stored unit must be in its document's region, and documents of one new unit must agree
     * on it (the caller refuses the others first).
     */
    Map<String, Long> resolveAll(List<ReportDocument> docs) {
        Map<String, String> regionOf = new LinkedHashMap<>();
        for (ReportDocument doc : docs) {
            String before = regionOf.putIfAbsent(doc.unit(), doc.region());
            if (before != null && !before.equals(doc.region())) {
                throw new IllegalArgumentException("unit '" + doc.unit() + "' is given two regions in one batch");
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (var r : db.select(UNIT.NAME, UNIT.ID, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(UNIT.NAME.in(regionOf.keySet()))
                .fetch()) {
            if (!r.value3().equals(regionOf.get(r.value1()))) {
                throw new IllegalArgumentException("unit '" + r.value1() + "' is already stored under another region");
            }
            ids.put(r.value1(), r.value2());
        }
        List<String> missing = regionOf.keySet().stream()
                .filter(name -> !ids.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            Map<String, Long> regions =
                    regions(missing.stream().map(regionOf::get).toList());
            BulkInsert.Ids unitIds = BulkInsert.ids(db, missing.size());
            List<UnitRecord> units = new ArrayList<>();
            for (String name : missing) {
                UnitRecord u = new UnitRecord(
                        unitIds.next(),
                        name,
                        regions.get(prefixes(regionOf.get(name)).getLast()));
                units.add(u);
                ids.put(name, u.getId());
            }
            BulkInsert.insert(db, UNIT, units);
        }
        aliases(docs, ids);
        return ids;
    }

    /** The aliases the documents use that the store does not hold yet, added. */
    private void aliases(List<ReportDocument> docs, Map<String, Long> ids) {
        Set<UnitAliasRecord> wanted = new LinkedHashSet<>();
        for (ReportDocument doc : docs) {
            for (String alias : doc.unitAliases()) {
                wanted.add(new UnitAliasRecord(ids.get(doc.unit()), alias));
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Set<UnitAliasRecord> stored = new HashSet<>(db.selectFrom(UNIT_ALIAS)
                .where(UNIT_ALIAS.UNIT_ID.in(
                        wanted.stream().map(UnitAliasRecord::getUnitId).toList()))
                .fetch());
        List<UnitAliasRecord> added = wanted.stream()
                .filter(a -> !stored.contains(a))
                .map(a -> new UnitAliasRecord(a.getUnitId(), a.getAlias()))
                .toList();
        BulkInsert.insert(db, UNIT_ALIAS, added);
    }

    /** The ids of the regions of the paths 省/市[/区], by path, their missing levels created. */
    private Map<String, Long> regions(List<String> paths) {
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (String path : new LinkedHashSet<>(paths)) {
            List<String> prefixes = prefixes(path);
            String[] names = path.split("/");
            for (int i = 0; i < prefixes.size(); i++) {
                nameOf.putIfAbsent(prefixes.get(i), names[i].strip());
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>(db.select(REGION.PATH, REGION.ID)
                .from(REGION)
                .where(REGION.PATH.in(nameOf.keySet()))
                .fetchMap(REGION.PATH, REGION.ID));
        List<String> missing = nameOf.keySet().stream()
                .filter(p -> !ids.containsKey(p))
                .sorted((a, b) -> Integer.compare(a.split("/").length, b.split("/").length))
                .toList();
        if (!missing.isEmpty()) {
            BulkInsert.Ids regionIds = BulkInsert.ids(db, missing.size());
            List<RegionRecord> regions = new ArrayList<>();
            for (String path : missing) {
                int level = path.split("/").length - 1;
                Long parent = level == 0 ? null : ids.get(path.substring(0, path.lastIndexOf('/')));
                RegionRecord r =
                        new RegionRecord(regionIds.next(), nameOf.get(path), REGION_LEVELS.get(level), parent, path);
                regions.add(r);
                ids.put(path, r.getId());
            }
            BulkInsert.insert(db, REGION, regions);
        }
        return ids;
    }

    /** The paths of a region and the regions above it, top first: 湖北省, 湖北省/武汉市, 湖北省/武汉市/洪山区. */
    private static List<String> prefixes(String path) {
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
        return prefixes;
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
