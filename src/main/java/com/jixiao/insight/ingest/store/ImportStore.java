package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT_FILE;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static com.jixiao.insight.store.generated.Tables.UNIT_ALIAS;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.store.generated.tables.records.DocumentRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Stores one parsed file inside the caller's transaction: the document through {@link DocumentStore} (its rows,
 * their assessment, the history link to the report it replaces, the unit's metrics) and the original bytes. Used by {@link ImportService} and by the rebuild's replay, so both store alike.
 */
public final class ImportStore {

    public record Stored(ImportStatus status, long documentId, Long replacedDocumentId) {}

    /**
     * What the store already holds for a file: its document by content, or the unit's current report
     * ({@code current}: the unit's current documents of that year, when the file is not stored yet).
     */
    public record Existing(ImportStatus status, Long documentId, List<Long> current) {}

    private ImportStore() {}

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
