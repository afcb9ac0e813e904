package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.StoreProperties;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.Regions;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.BatchRecords;
import com.jixiao.insight.ingest.store.BatchRecords.BatchRow;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
import com.jixiao.insight.ingest.store.FileOutcome;
import com.jixiao.insight.ingest.store.StoreWriteLock;
import com.jixiao.insight.ingest.store.StoredUnits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Many reports at once, from the import page, {@code import DIR|ZIP|FILE…} and {@code POST /api/imports}: the files
 * are received into the batch's folder ({@link #receive}), recorded ({@link #submit}), previewed if asked and
 * confirmed ({@link #confirm}), then stored in the background, chunk by chunk ({@link BatchRun}), while the app keeps
 * answering. Each file is stored whole or not at all, a refused file is recorded with its reason and the rest go in.
 * Progress is kept here for the batches being worked on and in the store per chunk; a batch the process left running
 * is marked interrupted on the next start. Role checks (ADMIN) on every public method, as on {@code ImportService}.
 */
@Service
public class BatchImportService {

    /** Staging tables of a batch's chunks are named {@code stage_batch_<id>_<table>}. */
    static final String STAGING_PREFIX = "stage_batch_";

    private static final Logger log = LoggerFactory.getLogger(BatchImportService.class);

    private final DSLContext db;
    private final DataSource dataSource;
    private final BatchFolders folders;
    private final StoreWriteLock lock;
    private final ImportLimits limits;
    private final ZipLimits zipLimits;
    private final ReportReader reader;
    private final ExecutorService readers;
    private final ExecutorService runs;
    private final Map<Long, BatchProgress> active = new ConcurrentHashMap<>();

    @Autowired
    BatchImportService(DSLContext db, DataSource dataSource, StoreProperties store, StoreWriteLock lock) {
        this(db, dataSource, store.path(), lock, ImportLimits.DEFAULT, ZipLimits.DEFAULT);
    }

    /** A service of its own, outside the application (a child process, the benchmark); call {@link #recover}. */
    public BatchImportService(
            DSLContext db,
            DataSource dataSource,
            Path store,
            StoreWriteLock lock,
            ImportLimits limits,
            ZipLimits zipLimits) {
        this.db = db;
        this.dataSource = dataSource;
        this.folders = new BatchFolders(store);
        this.lock = lock;
        this.limits = limits;
        this.zipLimits = zipLimits;
        this.reader = new ReportReader(limits);
        this.readers = Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors(),
                Thread.ofPlatform().daemon().name("batch-read-", 1).factory());
        this.runs = Executors.newCachedThreadPool(
                Thread.ofPlatform().daemon().name("batch-", 1).factory());
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * What the last process left: a running batch is interrupted (its stored files stay, the others are not in the
     * store), staging tables it may have left are dropped, previews older than a day discarded, and the folders of
     * batches that are over deleted.
     */
    @PostConstruct
    public void recover() {
        LocalDateTime now = LocalDateTime.now();
        try {
            List<Long> interrupted = BatchRecords.interruptRunning(db, now);
            if (!interrupted.isEmpty()) {
                log.warn("Batch imports {} were running when the app stopped: marked interrupted", interrupted);
            }
            BatchRecords.dropStaging(db, STAGING_PREFIX);
        } catch (DataAccessException e) {
            log.warn("Cannot check the batch imports of the store: {}", e.getMessage());
            return;
        }
        sweep();
    }

    /** Discards previews older than a day and deletes the folders of batches that are over (or never submitted). */
    private void sweep() {
        LocalDateTime now = LocalDateTime.now();
        BatchRecords.discardPreviewed(db, now.minusDays(1), now).forEach(active::remove);
        folders.tidy(db, active.keySet());
    }

    /** A new batch's files, to receive uploads, ZIPs or folders into; then {@link #submit} them. */
    @Secured(Role.ADMIN_AUTHORITY)
    public BatchFiles receive() {
        sweep();
        long id = BatchRecords.nextId(db);
        return new BatchFiles(id, folders.create(id), limits, zipLimits);
    }

    /**
     * Records the batch of {@code files} and starts it: stored in the background, or with {@code preview} only read
     * and summarised, waiting for {@link #confirm}. {@code region} is the region of files that do not state one.
     * Throws IllegalArgumentException for no files or an unreadable region.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public Batch submit(BatchFiles files, String region, boolean preview) {
        List<BatchFiles.Received> received = files.files();
        if (received.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        String normalised = region == null || region.isBlank()
                ? null
                : Regions.normalise(region)
                        .orElseThrow(() -> new IllegalArgumentException("region '" + region + "': write 省/市/区"));
        LocalDateTime now = LocalDateTime.now();
        String user = AuditLog.currentUser();
        BatchRow row = new BatchRow(
                files.id(),
                user,
                normalised,
                preview ? BatchState.PREVIEWED : BatchState.RUNNING,
                now,
                preview ? null : now,
                null,
                received.size(),
                null);
        List<FileRow> rows = received.stream()
                .map(r -> {
                    FileRow f = FileRow.pending(r.seq(), r.name(), r.sha256(), r.size());
                    return r.refusal() == null ? f : f.refused(r.refusal());
                })
                .toList();
        db.transaction(tx -> {
            BatchRecords.create(tx.dsl(), row, rows);
            AuditLog.recordIn(
                    tx.dsl(),
                    user,
                    "import",
                    rows.stream()
                            .filter(f -> f.error() != null)
                            .map(f -> new AuditLog.Line(
                                    "rejected",
                                    f.fileName() + " sha256=" + f.sha256() + " batch=" + row.id() + " "
                                            + f.error().code()))
                            .toList());
        });
        BatchProgress progress = new BatchProgress(row, rows);
        active.put(row.id(), progress);
        log.info("Batch {} of {} files by {}{}", row.id(), rows.size(), user, preview ? " (preview)" : "");
        if (preview) {
            startPreview(progress);
        } else {
            startRun(progress, now);
        }
        return progress.snapshot(true);
    }

    /** Stores a previewed batch. Throws IllegalStateException if it is not waiting for confirmation. */
    @Secured(Role.ADMIN_AUTHORITY)
    public Batch confirm(long id) {
        BatchProgress progress = loaded(id);
        synchronized (progress) {
            requirePreviewed(progress);
            LocalDateTime now = LocalDateTime.now();
            BatchRecords.state(db, id, BatchState.RUNNING, now, null, null);
            startRun(progress, now);
        }
        return progress.snapshot(true);
    }

    /** Drops a previewed batch and its files. Throws IllegalStateException if it is not waiting for confirmation. */
    @Secured(Role.ADMIN_AUTHORITY)
    public Batch discard(long id) {
        BatchProgress progress = loaded(id);
        synchronized (progress) {
            requirePreviewed(progress);
            LocalDateTime now = LocalDateTime.now();
            BatchRecords.state(db, id, BatchState.DISCARDED, null, now, null);
            progress.finished(BatchState.DISCARDED, now, null);
            active.remove(id);
            folders.delete(id);
        }
        return progress.snapshot(true);
    }

    private static void requirePreviewed(BatchProgress progress) {
        if (progress.state() != BatchState.PREVIEWED) {
            throw new IllegalStateException(
                    "batch " + progress.id() + " is " + progress.state().code() + ", not previewed");
        }
    }

    /** A batch with every file, as it stands; a previewed batch read after a restart is summarised again. */
    @Secured(Role.ADMIN_AUTHORITY)
    public Optional<Batch> batch(long id) {
        BatchProgress progress = active.get(id);
        if (progress != null) {
            return Optional.of(progress.snapshot(true));
        }
        Optional<BatchRow> row = BatchRecords.batch(db, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().state() == BatchState.PREVIEWED) {
            return Optional.of(loaded(id).snapshot(true));
        }
        return Optional.of(BatchProgress.recorded(row.get(), BatchRecords.files(db, id), true));
    }

    /** The latest batches, newest first, with their counts (not their files). */
    @Secured(Role.ADMIN_AUTHORITY)
    public List<Batch> recent(int limit) {
        List<BatchRow> rows = BatchRecords.recent(db, limit);
        Map<Long, Map<FileOutcome, Integer>> counts =
                BatchRecords.counts(db, rows.stream().map(BatchRow::id).toList());
        List<Batch> batches = new ArrayList<>();
        for (BatchRow row : rows) {
            BatchProgress progress = active.get(row.id());
            batches.add(
                    progress != null
                            ? progress.snapshot(false)
                            : BatchProgress.recorded(row, counts.getOrDefault(row.id(), Map.of())));
        }
        return batches;
    }

    /** The batch in memory, loaded from the store if the service does not hold it (a preview after a restart). */
    private BatchProgress loaded(long id) {
        return active.computeIfAbsent(id, k -> {
            BatchRow row = BatchRecords.batch(db, id).orElseThrow(() -> new IllegalArgumentException("no batch " + id));
            BatchProgress progress = new BatchProgress(row, BatchRecords.files(db, id));
            if (row.state() == BatchState.PREVIEWED) {
                startPreview(progress);
            }
            return progress;
        });
    }

    /** Reads a file of the batch and settles it against {@code units} (the store's, read when the batch starts). */
    private Function<FileRow, ReadFile> reader(BatchProgress progress, StoredUnits units) {
        Path dir = folders.of(progress.id());
        return f -> ReadFile.read(f, dir.resolve(Integer.toString(f.seq())), reader, units, progress.region());
    }

    private void startPreview(BatchProgress progress) {
        runs.submit(() -> {
            try {
                progress.previewed(BatchPreview.of(
                        progress.files(), readers, reader(progress, StoredUnits.load(db)), db, progress));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Batch {}: the preview failed", progress.id(), e);
            }
        });
    }

    private void startRun(BatchProgress progress, LocalDateTime startedAt) {
        progress.started(startedAt);
        runs.submit(() -> run(progress));
    }

    private void run(BatchProgress progress) {
        BatchState end = BatchState.FAILED;
        String message = null;
        try (DuckDBConnection writer = writer()) {
            StoredUnits units = StoredUnits.load(db);
            boolean complete = new BatchRun(
                            new BatchRun.Context(db, lock, readers, reader(progress, units), units, writer), progress)
                    .run();
            // Once a batch, at its end (see StoreWriteLock.checkpoint).
            lock.checkpoint(writer)
                    .ifPresent(why ->
                            log.info("Batch {}: the log is left for DuckDB to checkpoint ({})", progress.id(), why));
            end = complete ? BatchState.DONE : BatchState.INTERRUPTED;
        } catch (SQLException | RuntimeException e) {
            log.error("Batch {} failed", progress.id(), e);
            message = String.valueOf(e.getMessage());
        } finally {
            finish(progress, end, message);
        }
    }

    private void finish(BatchProgress progress, BatchState end, String message) {
        LocalDateTime now = LocalDateTime.now();
        try {
            db.transaction(tx -> {
                if (end != BatchState.DONE) {
                    BatchRecords.interruptPending(tx.dsl(), progress.id());
                }
                BatchRecords.state(tx.dsl(), progress.id(), end, null, now, message);
                Batch.Counts c = progress.snapshot(false).counts();
                AuditLog.recordIn(
                        tx.dsl(),
                        progress.user(),
                        "import-batch",
                        List.of(new AuditLog.Line(
                                end.code(),
                                "batch=" + progress.id() + " files=" + c.total() + " stored=" + c.stored()
                                        + " replaced=" + c.replaced() + " unchanged=" + c.unchanged() + " refused="
                                        + c.refused())));
            });
        } catch (RuntimeException e) {
            log.error("Batch {}: cannot record its end ({})", progress.id(), end, e);
        }
        if (end != BatchState.DONE) {
            progress.settled(progress.files().stream()
                    .filter(f -> f.outcome() == FileOutcome.PENDING)
                    .map(FileRow::interrupted)
                    .toList());
        }
        progress.finished(end, now, message);
        active.remove(progress.id());
        folders.delete(progress.id());
        Batch b = progress.snapshot(false);
        log.info(
                "Batch {} {}: {} files, {} stored, {} unchanged, {} refused, {} files/s",
                b.id(),
                end.code(),
                b.counts().total(),
                b.counts().stored(),
                b.counts().unchanged(),
                b.counts().refused(),
                String.format(Locale.ROOT, "%.1f", b.rate().filesPerSecond()));
    }

    /** A connection of the writer's own, outside the pool: the Appender and a chunk's transaction live on it. */
    private DuckDBConnection writer() throws SQLException {
        try (Connection pooled = dataSource.getConnection()) {
            return (DuckDBConnection) pooled.unwrap(DuckDBConnection.class).duplicate();
        }
    }

    /** Running batches stop after their chunk and are recorded as interrupted; nothing half-written. */
    @PreDestroy
    public void shutdown() {
        active.values().forEach(BatchProgress::stop);
        runs.shutdown();
        try {
            if (!runs.awaitTermination(60, TimeUnit.SECONDS)) {
                log.warn("Batch imports still running at shutdown: {}", active.values());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.shutdownNow();
    }
}
