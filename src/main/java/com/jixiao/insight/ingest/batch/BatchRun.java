package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.store.StagedLoad;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.store.BatchOutcomes;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.DocumentStore;
import com.jixiao.insight.ingest.store.FileOutcome;
import com.jixiao.insight.ingest.store.ImportStore;
import com.jixiao.insight.ingest.store.StoreWriteLock;
import com.jixiao.insight.ingest.store.StoredUnits;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a batch's pending files. They are read and settled in parallel ({@code readers}, a window of files ahead),
 * then taken in the batch's order into chunks of up to {@link #CHUNK_FILES} files or {@link #CHUNK_SECONDS} seconds.
 * Each chunk is written under the store's write lock in one transaction on the writer's own connection: the new
 * documents through the Appender into the writer's temporary staging tables and from there into the store ({@link
 * ImportStore#storeAll}), their originals, the history links, the units'
 * metrics, every file's outcome in the batch's record and its audit entry. Readers see a chunk whole or not at all;
 * a crash leaves every file of the chunk pending, none of it stored. A file is never stored twice in one batch (a
 * second copy is refused as a duplicate), and a chunk never holds two reports of one unit and year: the later starts
 * the next chunk and replaces the earlier, as two imports one after the other would. If a chunk fails as a whole,
 * its files are stored one by one, so that one bad file refuses itself, not its neighbours.
 */
final class BatchRun {

    static final int CHUNK_FILES = 200;
    static final int CHUNK_SECONDS = 5;
    /** Files read ahead of the writer: enough to keep the readers busy while a chunk is written. */
    static final int WINDOW = 2 * CHUNK_FILES;

    private static final Logger log = LoggerFactory.getLogger(BatchRun.class);

    /** What a run needs of its service. */
    record Context(
            DSLContext db,
            StoreWriteLock lock,
            ExecutorService readers,
            Function<FileRow, ReadFile> reader,
            StoredUnits units,
            DuckDBConnection writer) {}

    private final Context ctx;
    private final BatchProgress progress;
    /** The writer's staging tables, temporary, created once for the run: the documents' and the files' outcomes. */
    private final StagedLoad staging;

    private final StagedLoad outcomes;

    private final Map<String, String> firstOfSha = new HashMap<>();

    BatchRun(Context ctx, BatchProgress progress) {
        this.ctx = ctx;
        this.progress = progress;
        String prefix = BatchImportService.STAGING_PREFIX + progress.id() + "_";
        this.staging = DocumentStore.staging(ctx.writer(), prefix);
        this.outcomes = BatchOutcomes.staging(ctx.writer(), prefix);
    }

    /** Stores every pending file; returns false if it stopped before the end (the service is shutting down). */
    boolean run() {
        List<FileRow> pending = progress.files().stream()
                .filter(f -> f.outcome() == FileOutcome.PENDING)
                .toList();
        Deque<Future<ReadFile>> ahead = new ArrayDeque<>();
        int next = 0;
        Chunk chunk = new Chunk();
        try {
            while (next < pending.size() || !ahead.isEmpty()) {
                while (next < pending.size() && ahead.size() < WINDOW) {
                    FileRow f = pending.get(next++);
                    ahead.add(ctx.readers().submit(() -> ctx.reader().apply(f)));
                }
                ReadFile file = take(ahead.peek(), chunk);
                ahead.poll();
                progress.read();
                add(file, chunk);
                if (chunk.size() >= CHUNK_FILES || chunk.age() >= CHUNK_SECONDS * 1_000_000_000L) {
                    flush(chunk);
                    chunk.clear();
                    if (progress.stopping()) {
                        ahead.forEach(f -> f.cancel(true));
                        return false;
                    }
                }
            }
            flush(chunk);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ahead.forEach(f -> f.cancel(true));
            return false;
        }
    }

    /** The next file read, writing the chunk meanwhile if it has waited its time. */
    private ReadFile take(Future<ReadFile> future, Chunk chunk) throws InterruptedException {
        while (true) {
            long wait = chunk.size() == 0 ? Long.MAX_VALUE : CHUNK_SECONDS * 1_000_000_000L - chunk.age();
            try {
                if (wait <= 0) {
                    flush(chunk);
                    chunk.clear();
                    continue;
                }
                return future.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                flush(chunk);
                chunk.clear();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading a file failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private void add(ReadFile file, Chunk chunk) {
        if (file.refused()) {
            chunk.refuse(file.row());
            return;
        }
        String first = firstOfSha.putIfAbsent(file.row().sha256(), file.row().fileName());
        if (first != null) {
            chunk.refuse(file.row()
                    .refused(ImportIssue.of(
                            Severity.ERROR, "duplicateInBatch", file.row().fileName(), null, null, null, first)));
            return;
        }
        if (chunk.unitYears.contains(file.unitYear())) {
            flush(chunk); // the later report of a unit and year replaces the earlier, as a later import would
            chunk.clear();
        }
        chunk.store(file);
    }

    private void flush(Chunk chunk) {
        if (chunk.size() == 0) {
            return;
        }
        List<FileRow> rows = ctx.lock().holding(() -> {
            try {
                return write(chunk.files, chunk.refused);
            } catch (RuntimeException e) {
                log.warn(
                        "Batch {}: a chunk of {} files failed as a whole ({}); storing them one by one",
                        progress.id(),
                        chunk.size(),
                        e.toString());
                return oneByOne(chunk);
            }
        });
        progress.settled(rows);
    }

    private List<FileRow> oneByOne(Chunk chunk) {
        List<FileRow> rows = new ArrayList<>(write(List.of(), chunk.refused));
        for (ReadFile file : chunk.files) {
            try {
                rows.addAll(write(List.of(file), List.of()));
            } catch (RuntimeException e) {
                log.warn(
                        "Batch {}: {} could not be stored",
                        progress.id(),
                        file.row().fileName(),
                        e);
                rows.addAll(write(
                        List.of(),
                        List.of(file.row()
                                .refused(ImportIssue.of(
                                        Severity.ERROR,
                                        "storeFailed",
                                        file.row().fileName(),
                                        null,
                                        null,
                                        null,
                                        CellText.shorten(String.valueOf(e.getMessage())))))));
            }
        }
        return rows;
    }

    /**
     * One transaction: the files' documents, their outcomes in the batch's record, their audit entries. Once it has
     * committed, the units of the documents stored are known to the files read from then on.
     */
    private List<FileRow> write(List<ReadFile> files, List<FileRow> refused) {
        List<FileRow> rows = commit(files, refused);
        for (int i = 0; i < files.size(); i++) {
            if (rows.get(refused.size() + i).outcome() != FileOutcome.REFUSED) {
                ctx.units().stored(files.get(i).settled().parsed().document());
            }
        }
        return rows;
    }

    private List<FileRow> commit(List<ReadFile> files, List<FileRow> refused) {
        LocalDateTime now = LocalDateTime.now();
        return DSL.using(ctx.writer(), SQLDialect.DUCKDB).transactionResult(cfg -> {
            List<ImportStore.Result> results = ImportStore.storeAll(
                    ctx.writer(),
                    staging,
                    files.stream()
                            .map(f -> new ImportStore.ToStore(f.settled().parsed(), f.bytes()))
                            .toList(),
                    now);
            List<FileRow> rows = new ArrayList<>(refused);
            for (int i = 0; i < files.size(); i++) {
                rows.add(outcome(files.get(i).row(), results.get(i)));
            }
            BatchOutcomes.record(ctx.writer(), outcomes, progress.id(), rows);
            AuditLog.recordIn(
                    cfg.dsl(),
                    progress.user(),
                    "import",
                    rows.stream().map(this::audit).toList());
            return rows;
        });
    }

    private static FileRow outcome(FileRow row, ImportStore.Result result) {
        if (result.refusal() != null) {
            return row.refused(result.refusal());
        }
        ImportStore.Stored s = result.stored();
        return new FileRow(
                row.seq(),
                row.fileName(),
                row.sha256(),
                row.byteSize(),
                FileOutcome.of(s.status()),
                s.documentId(),
                s.replacedDocumentId(),
                row.unit(),
                row.year(),
                row.evaluations(),
                row.indicators(),
                row.warnings(),
                null);
    }

    /** As a single import records itself: the file, its hash, what happened; and the batch. */
    private AuditLog.Line audit(FileRow f) {
        String detail = f.fileName() + " sha256=" + f.sha256() + " batch=" + progress.id();
        return f.outcome() == FileOutcome.REFUSED
                ? new AuditLog.Line("rejected", detail + " " + f.error().code())
                : new AuditLog.Line(f.outcome().code(), detail + " document=" + f.documentId());
    }

    /** Files waiting to be written together. */
    private static final class Chunk {
        final List<ReadFile> files = new ArrayList<>();
        final List<FileRow> refused = new ArrayList<>();
        final Set<String> unitYears = new HashSet<>();
        long started;

        void store(ReadFile file) {
            begin();
            unitYears.add(file.unitYear());
            files.add(file);
        }

        void refuse(FileRow row) {
            begin();
            refused.add(row);
        }

        /** The chunk's clock starts with its first file. */
        private void begin() {
            if (size() == 0) {
                started = System.nanoTime();
            }
        }

        int size() {
            return files.size() + refused.size();
        }

        long age() {
            return System.nanoTime() - started;
        }

        void clear() {
            files.clear();
            refused.clear();
            unitYears.clear();
        }
    }
}
