package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Sequences.STORE_ID_SEQ;
import static com.jixiao.insight.store.generated.Tables.IMPORT_BATCH;
import static com.jixiao.insight.store.generated.Tables.IMPORT_BATCH_FILE;

import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.store.generated.tables.records.ImportBatchFileRecord;
import com.jixiao.insight.store.generated.tables.records.ImportBatchRecord;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The record of batch imports in the store ({@code import_batch}, {@code import_batch_file}): written when a batch is
 * submitted (every file pending, or refused before it could be read), each file's outcome in the transaction that
 * stores its document, the batch's state as it changes. Carried over by a rebuild ({@link CarriedBatches}), each file
 * finding its document again by content.
 */
public final class BatchRecords {

    /** A batch as its row says. */
    public record BatchRow(
            long id,
            String username,
            String region,
            BatchState state,
            LocalDateTime createdAt,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            int fileCount,
            String message) {}

    /** A file of a batch as its row says: what it is, what became of it, and why it was refused. */
    public record FileRow(
            int seq,
            String fileName,
            String sha256,
            long byteSize,
            FileOutcome outcome,
            Long documentId,
            Long replacedId,
            String unit,
            Integer year,
            Integer evaluations,
            Integer indicators,
            Integer warnings,
            ImportIssue error) {

        /** A file received, not yet read. */
        public static FileRow pending(int seq, String fileName, String sha256, long byteSize) {
            return new FileRow(
                    seq,
                    fileName,
                    sha256,
                    byteSize,
                    FileOutcome.PENDING,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        public FileRow refused(ImportIssue issue) {
            return new FileRow(
                    seq,
                    fileName,
                    sha256,
                    byteSize,
                    FileOutcome.REFUSED,
                    null,
                    null,
                    unit,
                    year,
                    evaluations,
                    indicators,
                    warnings,
                    issue);
        }

        /** A file its batch stopped before: what it is, as read, and not in the store. */
        public FileRow interrupted() {
            return new FileRow(
                    seq,
                    fileName,
                    sha256,
                    byteSize,
                    FileOutcome.INTERRUPTED,
                    null,
                    null,
                    unit,
                    year,
                    evaluations,
                    indicators,
                    warnings,
                    null);
        }
    }

    private BatchRecords() {}

    /** A new batch's id, from the store's sequence. */
    public static long nextId(DSLContext db) {
        return db.nextval(STORE_ID_SEQ);
    }

    /** Records a batch and all its files, in one transaction of {@code tx}. */
    public static void create(DSLContext tx, BatchRow batch, List<FileRow> files) {
        ImportBatchRecord b = new ImportBatchRecord();
        b.setId(batch.id());
        b.setUsername(batch.username());
        b.setRegion(batch.region());
        b.setState(batch.state().code());
        b.setCreatedAt(batch.createdAt());
        b.setStartedAt(batch.startedAt());
        b.setFinishedAt(batch.finishedAt());
        b.setFileCount(batch.fileCount());
        b.setMessage(batch.message());
        tx.insertInto(IMPORT_BATCH).set(b).execute();
        BulkInsert.insert(
                tx,
                IMPORT_BATCH_FILE,
                files.stream().map(f -> record(batch.id(), f)).toList());
    }

    /** A file's row of {@code import_batch_file}, as {@link #create} and {@link BatchOutcomes} write it. */
    static ImportBatchFileRecord record(long batchId, FileRow f) {
        ImportBatchFileRecord r = new ImportBatchFileRecord();
        r.setBatchId(batchId);
        r.setSeq(f.seq());
        r.setFileName(f.fileName());
        r.setSha256(f.sha256());
        r.setByteSize(f.byteSize());
        r.setOutcome(f.outcome().code());
        r.setDocumentId(f.documentId());
        r.setReplacedId(f.replacedId());
        r.setUnit(f.unit());
        r.setFiscalYear(f.year());
        r.setEvaluations(f.evaluations());
        r.setIndicators(f.indicators());
        r.setWarnings(f.warnings());
        ImportIssue e = f.error();
        if (e != null) {
            r.setErrorCode(e.code());
            r.setErrorArgs(e.args().toArray(String[]::new));
            r.setErrorLine(e.line());
            r.setErrorColumn(e.column());
            r.setErrorCell(e.cell());
        }
        return r;
    }

    /** Sets a batch's state, and the times and message given (null: left as they are). */
    public static void state(
            DSLContext db,
            long id,
            BatchState state,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            String message) {
        var update = db.update(IMPORT_BATCH).set(IMPORT_BATCH.STATE, state.code());
        if (startedAt != null) {
            update = update.set(IMPORT_BATCH.STARTED_AT, startedAt);
        }
        if (finishedAt != null) {
            update = update.set(IMPORT_BATCH.FINISHED_AT, finishedAt);
        }
        if (message != null) {
            update = update.set(IMPORT_BATCH.MESSAGE, message);
        }
        update.where(IMPORT_BATCH.ID.eq(id)).execute();
    }

    public static Optional<BatchRow> batch(DSLContext db, long id) {
        return db.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.ID.eq(id))
                .fetchOptional()
                .map(BatchRecords::row);
    }

    /** The latest batches, newest first. */
    public static List<BatchRow> recent(DSLContext db, int limit) {
        return db.selectFrom(IMPORT_BATCH)
                .orderBy(IMPORT_BATCH.CREATED_AT.desc(), IMPORT_BATCH.ID.desc())
                .limit(limit)
                .fetch(BatchRecords::row);
    }

    /** Per batch, how many of its files came to each outcome. */
    public static Map<Long, Map<FileOutcome, Integer>> counts(DSLContext db, Collection<Long> batchIds) {
        Map<Long, Map<FileOutcome, Integer>> counts = new HashMap<>();
        for (var r : db.select(IMPORT_BATCH_FILE.BATCH_ID, IMPORT_BATCH_FILE.OUTCOME, DSL.count())
                .from(IMPORT_BATCH_FILE)
                .where(IMPORT_BATCH_FILE.BATCH_ID.in(batchIds))
                .groupBy(IMPORT_BATCH_FILE.BATCH_ID, IMPORT_BATCH_FILE.OUTCOME)
                .fetch()) {
            counts.computeIfAbsent(r.value1(), k -> new EnumMap<>(FileOutcome.class))
                    .put(FileOutcome.of(r.value2()), r.value3());
        }
        return counts;
    }

    /** A batch's files, in order. */
    public static List<FileRow> files(DSLContext db, long batchId) {
        return db.selectFrom(IMPORT_BATCH_FILE)
                .where(IMPORT_BATCH_FILE.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_BATCH_FILE.SEQ)
                .fetch(BatchRecords::row);
    }

    /**
     * Batches left running by a process that stopped become interrupted, and their pending files too (they are not in
     * the store: a file's outcome is committed with its document). Returns their ids.
     */
    public static List<Long> interruptRunning(DSLContext db, LocalDateTime now) {
        List<Long> ids = db.select(IMPORT_BATCH.ID)
                .from(IMPORT_BATCH)
                .where(IMPORT_BATCH.STATE.eq(BatchState.RUNNING.code()))
                .fetch(IMPORT_BATCH.ID);
        if (!ids.isEmpty()) {
            db.transaction(tx -> {
                tx.dsl()
                        .update(IMPORT_BATCH_FILE)
                        .set(IMPORT_BATCH_FILE.OUTCOME, FileOutcome.INTERRUPTED.code())
                        .where(
                                IMPORT_BATCH_FILE.BATCH_ID.in(ids),
                                IMPORT_BATCH_FILE.OUTCOME.eq(FileOutcome.PENDING.code()))
                        .execute();
                tx.dsl()
                        .update(IMPORT_BATCH)
                        .set(IMPORT_BATCH.STATE, BatchState.INTERRUPTED.code())
                        .set(IMPORT_BATCH.FINISHED_AT, now)
                        .where(IMPORT_BATCH.ID.in(ids))
                        .execute();
            });
        }
        return ids;
    }

    /** The pending files of a batch that stopped become interrupted: they are not in the store. */
    public static void interruptPending(DSLContext tx, long batchId) {
        tx.update(IMPORT_BATCH_FILE)
                .set(IMPORT_BATCH_FILE.OUTCOME, FileOutcome.INTERRUPTED.code())
                .where(IMPORT_BATCH_FILE.BATCH_ID.eq(batchId), IMPORT_BATCH_FILE.OUTCOME.eq(FileOutcome.PENDING.code()))
                .execute();
    }

    /** Previewed batches created before {@code before} become discarded; returns their ids. */
    public static List<Long> discardPreviewed(DSLContext db, LocalDateTime before, LocalDateTime now) {
        // Compared here, not in SQL: jOOQ casts a bound timestamp to a type DuckDB does not parse, and there are few.
        List<Long> ids = db
                .select(IMPORT_BATCH.ID, IMPORT_BATCH.CREATED_AT)
                .from(IMPORT_BATCH)
                .where(IMPORT_BATCH.STATE.eq(BatchState.PREVIEWED.code()))
                .fetch()
                .stream()
                .filter(r -> r.value2().isBefore(before))
                .map(r -> r.value1())
                .toList();
        for (long id : ids) {
            state(db, id, BatchState.DISCARDED, null, now, null);
        }
        return ids;
    }

    /** Staging tables whose name starts with {@code prefix}, left by a process that stopped, dropped. */
    public static List<String> dropStaging(DSLContext db, String prefix) {
        List<String> tables = db.select(DSL.field(DSL.name("table_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "tables")))
                .where(DSL.field(DSL.name("table_name"), String.class).startsWith(prefix))
                .fetch(r -> r.value1());
        for (String table : tables) {
            db.dropTableIfExists(DSL.name(table)).execute();
        }
        return tables;
    }

    private static BatchRow row(ImportBatchRecord r) {
        return new BatchRow(
                r.getId(),
                r.getUsername(),
                r.getRegion(),
                BatchState.of(r.getState()),
                r.getCreatedAt(),
                r.getStartedAt(),
                r.getFinishedAt(),
                r.getFileCount(),
                r.getMessage());
    }

    private static FileRow row(ImportBatchFileRecord r) {
        ImportIssue error = r.getErrorCode() == null
                ? null
                : new ImportIssue(
                        ImportIssue.Severity.ERROR,
                        r.getErrorCode(),
                        r.getFileName(),
                        r.getErrorLine(),
                        r.getErrorColumn(),
                        r.getErrorCell(),
                        r.getErrorArgs() == null ? List.of() : List.of(r.getErrorArgs()));
        return new FileRow(
                r.getSeq(),
                r.getFileName(),
                r.getSha256(),
                r.getByteSize(),
                FileOutcome.of(r.getOutcome()),
                r.getDocumentId(),
                r.getReplacedId(),
                r.getUnit(),
                r.getFiscalYear(),
                r.getEvaluations(),
                r.getIndicators(),
                r.getWarnings(),
                error);
    }
}
