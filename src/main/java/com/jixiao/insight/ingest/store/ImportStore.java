package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT_FILE;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;

import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.base.store.StagedLoad;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.store.generated.tables.records.DocumentFileRecord;
import com.jixiao.insight.store.generated.tables.records.DocumentRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Stores one parsed file inside the caller's transaction: the document through {@link DocumentStore} (its rows,
 * their assessment, the history link to the report it replaces, the unit's metrics) and the original bytes. Used by {@link ImportService} and by the rebuild's replay, so both store alike.
 */
public final class ImportStore {

    public record Stored(ImportStatus status, long documentId, Long replacedDocumentId) {}

    /** One of many files stored together ({@link #storeAll}): parsed, its unit and region settled, its bytes. */
    public record ToStore(ParsedFile parsed, byte[] original) {}

    /** What storing one of many files did: {@code stored}, or the {@code refusal} that kept it out. */
    public record Result(Stored stored, ImportIssue refusal) {

        static Result refused(ImportIssue issue) {
            return new Result(null, issue);
        }
    }

    /**
     * What the store already holds for a file: its document by content, or the unit's current report
     * ({@code current}: the unit's current documents of that year, when the file is not stored yet).
     */
    public record Existing(ImportStatus status, Long documentId, List<Long> current) {}

    /** A unit the store holds: its name as stored and its region's path. */
    public record StoredUnit(String name, String region) {}

    private ImportStore() {}

    /**
     * The stored unit a report's {@code name} leads to, with its region, in one query: the unit of that name, else one
     * whose alias it is. What {@link #storedUnitName} and then {@link #storedRegion} of the name found give.
     */
    public static Optional<StoredUnit> storedUnit(DSLContext db, String name) {
        return db.select(UNIT.NAME, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(UNIT.NAME.eq(name))
                .or(UNIT.ID.in(DSL.select(UNIT_ALIAS.UNIT_ID).from(UNIT_ALIAS).where(UNIT_ALIAS.ALIAS.eq(name))))
                .orderBy(DSL.when(UNIT.NAME.eq(name), 0).otherwise(1))
                .limit(1)
                .fetchOptional(r -> new StoredUnit(r.value1(), r.value2()));
    }

    /** The unit as the store names it: by its name, else by an alias a stored report used. */
    public static Optional<String> storedUnitName(DSLContext db, String name) {
        String byName =
                db.select(UNIT.NAME).from(UNIT).where(UNIT.NAME.eq(name)).fetchOne(UNIT.NAME);
        if (byName != null) {
            return Optional.of(byName);
        }
        return db.select(UNIT.NAME)
                .from(UNIT)
                .join(UNIT_ALIAS)
                .on(UNIT_ALIAS.UNIT_ID.eq(UNIT.ID))
                .where(UNIT_ALIAS.ALIAS.eq(name))
                .limit(1)
                .fetchOptional(UNIT.NAME);
    }

    public static Optional<String> storedRegion(DSLContext db, String unitName) {
        return db.select(REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(UNIT.NAME.eq(unitName))
                .fetchOptional(REGION.PATH);
    }

    public static Existing existing(DSLContext db, String sha256, String unit, int year) {
        DocumentRecord same =
                db.selectFrom(DOCUMENT).where(DOCUMENT.SHA256.eq(sha256)).fetchOne();
        if (same != null) {
            return new Existing(
                    same.getReplacedBy() == null ? ImportStatus.UNCHANGED : ImportStatus.RESTORES,
                    same.getId(),
                    List.of());
        }
        List<Long> current = current(db, unit, year);
        return current.isEmpty()
                ? new Existing(ImportStatus.NEW, null, current)
                : new Existing(ImportStatus.REPLACES, current.getFirst(), current);
    }

    private static List<Long> current(DSLContext db, String unit, int year) {
        return db.select(DOCUMENT.ID)
                .from(DOCUMENT)
                .join(UNIT)
                .on(UNIT.ID.eq(DOCUMENT.UNIT_ID))
                .where(UNIT.NAME.eq(unit), DOCUMENT.FISCAL_YEAR.eq(year), DOCUMENT.REPLACED_BY.isNull())
                .orderBy(DOCUMENT.ID)
                .fetch(DOCUMENT.ID);
    }

    /**
     * Stores many parsed files in the transaction open on {@code connection}, each as {@link #store} stores one: a
     * report stored already is left alone or made current again, a new one goes in with its rows, assessment, history
     * link and original bytes ({@link DocumentStore#addAll}: staged through the Appender into {@code staging}, the
     * writer's {@link DocumentStore#staging}). What the store holds is read here, in the transaction, for all the files at once. A file whose
     * unit is stored (or comes earlier in the list) under another region is refused. The files must differ in content
     * and in unit and year (a later report of a unit and year replaces the earlier: store them in two calls).
     */
    public static List<Result> storeAll(
            DuckDBConnection connection, StagedLoad staging, List<ToStore> files, LocalDateTime importedAt) {
        DSLContext db = DSL.using(connection, SQLDialect.DUCKDB);
        List<ReportDocument> docs =
                files.stream().map(f -> f.parsed().document()).toList();
        Set<String> units = docs.stream().map(ReportDocument::unit).collect(Collectors.toSet());
        Map<String, DocumentRecord> bySha = db.selectFrom(DOCUMENT)
                .where(DOCUMENT.SHA256.in(
                        files.stream().map(f -> f.parsed().source().sha256()).toList()))
                .fetchMap(DOCUMENT.SHA256);
        Map<String, String> regions = db.select(UNIT.NAME, REGION.PATH)
                .from(UNIT)
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .where(UNIT.NAME.in(units))
                .fetchMap(UNIT.NAME, REGION.PATH);
        Map<String, List<Long>> current = new HashMap<>();
        for (var r : db.select(UNIT.NAME, DOCUMENT.FISCAL_YEAR, DOCUMENT.ID)
                .from(DOCUMENT)
                .join(UNIT)
                .on(UNIT.ID.eq(DOCUMENT.UNIT_ID))
                .where(
                        UNIT.NAME.in(units),
                        DOCUMENT.FISCAL_YEAR.in(
                                docs.stream().map(ReportDocument::year).collect(Collectors.toSet())),
                        DOCUMENT.REPLACED_BY.isNull())
                .orderBy(DOCUMENT.ID)
                .fetch()) {
            current.computeIfAbsent(unitYear(r.value1(), r.value2()), k -> new ArrayList<>())
                    .add(r.value3());
        }
        Result[] results = new Result[files.size()];
        List<Integer> added = new ArrayList<>();
        List<DocumentStore.Incoming> incoming = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            ParsedFile parsed = files.get(i).parsed();
            ReportDocument doc = parsed.document();
            String sha = parsed.source().sha256();
            if (!seen.add(sha) || !seen.add(unitYear(doc.unit(), doc.year()))) {
                throw new IllegalArgumentException(parsed.source().fileName()
                        + ": a file of the same content, or unit and year, comes earlier in this call");
            }
            String region = regions.putIfAbsent(doc.unit(), doc.region());
            if (region != null && !region.equals(doc.region())) {
                results[i] = Result.refused(ImportIssue.of(
                        Severity.ERROR,
                        "unitRegionConflict",
                        parsed.source().fileName(),
                        null,
                        null,
                        null,
                        doc.unit(),
                        region,
                        doc.region()));
                continue;
            }
            List<Long> now = current.getOrDefault(unitYear(doc.unit(), doc.year()), List.of());
            DocumentRecord same = bySha.get(sha);
            if (same != null && same.getReplacedBy() == null) {
                results[i] = new Result(new Stored(ImportStatus.UNCHANGED, same.getId(), null), null);
            } else if (same != null) {
                new DocumentStore(db).makeCurrent(same.getId(), same.getUnitId(), now);
                db.update(DOCUMENT_FILE)
                        .set(DOCUMENT_FILE.IMPORTED_AT, importedAt)
                        .where(DOCUMENT_FILE.SHA256.eq(sha))
                        .execute();
                results[i] = new Result(
                        new Stored(ImportStatus.RESTORES, same.getId(), now.isEmpty() ? null : now.getFirst()), null);
            } else {
                added.add(i);
                incoming.add(new DocumentStore.Incoming(doc, parsed.source(), "import", now));
            }
        }
        List<Long> ids = DocumentStore.addAll(connection, staging, incoming, importedAt);
        List<DocumentFileRecord> originals = new ArrayList<>();
        for (int k = 0; k < added.size(); k++) {
            int i = added.get(k);
            ToStore f = files.get(i);
            List<Long> replaced = incoming.get(k).replaces();
            results[i] = new Result(
                    new Stored(
                            replaced.isEmpty() ? ImportStatus.NEW : ImportStatus.REPLACES,
                            ids.get(k),
                            replaced.isEmpty() ? null : replaced.getFirst()),
                    null);
            originals.add(new DocumentFileRecord(
                    f.parsed().source().sha256(),
                    f.parsed().source().fileName(),
                    f.original(),
                    (long) f.original().length,
                    f.parsed().document().region(),
                    importedAt));
        }
        BulkInsert.insert(db, DOCUMENT_FILE, originals);
        return List.of(results);
    }

    private static String unitYear(String unit, int year) {
        return unit + "\n" + year;
    }

    /**
     * Stores {@code parsed} (its document's unit and region settled) with its original bytes. A report
     * already stored is left alone, or made current again if it had been replaced.
     */
    public static Stored store(
            DSLContext db,
            ParsedFile parsed,
            byte[] original,
            LocalDateTime importedAt,
            DocumentStore.Progress progress) {
        ReportDocument doc = parsed.document();
        String sha = parsed.source().sha256();
        storedRegion(db, doc.unit()).filter(r -> !r.equals(doc.region())).ifPresent(r -> {
            throw new ImportRejected(ImportIssue.of(
                    Severity.ERROR,
                    "unitRegionConflict",
                    parsed.source().fileName(),
                    null,
                    null,
                    null,
                    doc.unit(),
                    r,
                    doc.region()));
        });
        Existing existing = existing(db, sha, doc.unit(), doc.year());
        switch (existing.status()) {
            case UNCHANGED -> {
                return new Stored(ImportStatus.UNCHANGED, existing.documentId(), null);
            }
            case RESTORES -> {
                List<Long> current = current(db, doc.unit(), doc.year());
                long unitId = db.select(DOCUMENT.UNIT_ID)
                        .from(DOCUMENT)
                        .where(DOCUMENT.ID.eq(existing.documentId()))
                        .fetchSingle(DOCUMENT.UNIT_ID);
                new DocumentStore(db).makeCurrent(existing.documentId(), unitId, current);
                // Replayed in import order, the restored file must come after the one it displaces.
                db.update(DOCUMENT_FILE)
                        .set(DOCUMENT_FILE.IMPORTED_AT, importedAt)
                        .where(DOCUMENT_FILE.SHA256.eq(sha))
                        .execute();
                return new Stored(
                        ImportStatus.RESTORES, existing.documentId(), current.isEmpty() ? null : current.getFirst());
            }
            default -> {
                List<Long> previous = existing.current(); // read above, in this transaction
                long id = new DocumentStore(db).add(doc, parsed.source(), "import", previous, progress);
                db.insertInto(DOCUMENT_FILE)
                        .set(DOCUMENT_FILE.SHA256, sha)
                        .set(DOCUMENT_FILE.FILE_NAME, parsed.source().fileName())
                        .set(DOCUMENT_FILE.CONTENT, original)
                        .set(DOCUMENT_FILE.BYTE_SIZE, (long) original.length)
                        .set(DOCUMENT_FILE.REGION, doc.region())
                        .set(DOCUMENT_FILE.IMPORTED_AT, importedAt)
                        .onConflictDoNothing()
                        .execute();
                return new Stored(
                        previous.isEmpty() ? ImportStatus.NEW : ImportStatus.REPLACES,
                        id,
                        previous.isEmpty() ? null : previous.getFirst());
            }
        }
    }
}
