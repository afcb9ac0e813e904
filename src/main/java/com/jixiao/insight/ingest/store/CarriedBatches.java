package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.IMPORT_BATCH;
import static com.jixiao.insight.store.generated.Tables.IMPORT_BATCH_FILE;

import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.store.generated.tables.records.ImportBatchFileRecord;
import com.jixiao.insight.store.generated.tables.records.ImportBatchRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The batch records ({@link BatchRecords}) of a store being replaced, read before the rebuild and written into the new
 * store after its documents. They are history worth keeping across a rebuild: which files of which batch went in, and
 * who brought them. Documents are named by content, since a rebuild gives them new ids.
 *
 * @param documentSha the content (sha256) of every document the files name, by its id in the old store
 */
record CarriedBatches(
        List<ImportBatchRecord> batches, List<ImportBatchFileRecord> files, Map<Long, String> documentSha) {

    private static final CarriedBatches NONE = new CarriedBatches(List.of(), List.of(), Map.of());

    /** The batch records of the store at {@code previous} (none if there is none, or it predates batches), read only. */
    static CarriedBatches read(Path previous) {
        if (!Files.exists(previous)) {
            return NONE;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + previous, readOnly)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            boolean hasTables = db.fetchExists(DSL.selectOne()
                    .from(DSL.table(DSL.name("information_schema", "tables")))
                    .where(DSL.field(DSL.name("table_name")).eq(IMPORT_BATCH_FILE.getName())));
            if (!hasTables) {
                return NONE;
            }
            List<ImportBatchRecord> batches =
                    db.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID).fetch();
            List<ImportBatchFileRecord> files = db.selectFrom(IMPORT_BATCH_FILE)
                    .orderBy(IMPORT_BATCH_FILE.BATCH_ID, IMPORT_BATCH_FILE.SEQ)
                    .fetch();
            Map<Long, String> shas = new HashMap<>();
            List<Long> ids = new ArrayList<>();
            for (ImportBatchFileRecord f : files) {
                if (f.getDocumentId() != null) {
                    ids.add(f.getDocumentId());
                }
                if (f.getReplacedId() != null) {
                    ids.add(f.getReplacedId());
                }
            }
            for (int from = 0; from < ids.size(); from += 10_000) {
                shas.putAll(db.select(DOCUMENT.ID, DOCUMENT.SHA256)
                        .from(DOCUMENT)
                        .where(DOCUMENT.ID.in(ids.subList(from, Math.min(ids.size(), from + 10_000))))
                        .fetchMap(DOCUMENT.ID, DOCUMENT.SHA256));
            }
            return new CarriedBatches(batches, files, shas);
        } catch (SQLException | DataAccessException e) {
            throw new IllegalStateException(
                    "cannot read the batch imports recorded in " + previous + "; not rebuilding: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the records into the new store through {@code tx}, after its documents: each file's document found again
     * by content; a batch that was running is interrupted.
     */
    void carry(DSLContext tx) {
        if (batches.isEmpty()) {
            return;
        }
        Map<String, Long> idOf = tx.select(DOCUMENT.SHA256, DOCUMENT.ID)
                .from(DOCUMENT)
                .where(DOCUMENT.SHA256.in(documentSha.values()))
                .fetchMap(DOCUMENT.SHA256, DOCUMENT.ID);
        List<ImportBatchRecord> batchCopies = new ArrayList<>();
        for (ImportBatchRecord b : batches) {
            ImportBatchRecord copy = b.copy();
            copy.setId(b.getId());
            if (BatchState.RUNNING.code().equals(b.getState())) {
                copy.setState(BatchState.INTERRUPTED.code());
            }
            batchCopies.add(copy);
        }
        List<ImportBatchFileRecord> fileCopies = new ArrayList<>();
        for (ImportBatchFileRecord f : files) {
            ImportBatchFileRecord copy = f.copy();
            copy.setBatchId(f.getBatchId());
            copy.setSeq(f.getSeq());
            copy.setDocumentId(newId(f.getDocumentId(), idOf));
            copy.setReplacedId(newId(f.getReplacedId(), idOf));
            if (FileOutcome.PENDING.code().equals(f.getOutcome())) {
                copy.setOutcome(FileOutcome.INTERRUPTED.code());
            }
            fileCopies.add(copy);
        }
        BulkInsert.insert(tx, IMPORT_BATCH, batchCopies);
        BulkInsert.insert(tx, IMPORT_BATCH_FILE, fileCopies);
    }

    private Long newId(Long old, Map<String, Long> idOf) {
        return old == null ? null : idOf.get(documentSha.get(old));
    }
}
