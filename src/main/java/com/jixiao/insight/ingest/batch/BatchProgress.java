package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.store.BatchRecords.BatchRow;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
import com.jixiao.insight.ingest.store.FileOutcome;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch the service is working on, in memory: its files' outcomes as each chunk commits them, how many are read,
 * the preview's summary, the clock. A user's page and the HTTP progress read it; the store holds the same per chunk.
 */
final class BatchProgress {

    private final BatchRow row;
    private final FileRow[] files;
    private final AtomicInteger read = new AtomicInteger();
    private volatile BatchState state;
    private volatile LocalDateTime startedAt;
    private volatile LocalDateTime finishedAt;
    private volatile String message;
    private volatile long startedNanos;
    private volatile Batch.Summary preview;
    private volatile boolean stopping;

    BatchProgress(BatchRow row, List<FileRow> files) {
        this.row = row;
        this.files = files.toArray(FileRow[]::new);
        this.state = row.state();
        this.startedAt = row.startedAt();
        this.finishedAt = row.finishedAt();
        this.message = row.message();
    }

    long id() {
        return row.id();
    }

    String user() {
        return row.username();
    }

    String region() {
        return row.region();
    }

    BatchState state() {
        return state;
    }

    synchronized List<FileRow> files() {
        return List.of(files);
    }

    void started(LocalDateTime at) {
        startedAt = at;
        startedNanos = System.nanoTime();
        read.set(0);
        state = BatchState.RUNNING;
    }

    void read() {
        read.incrementAndGet();
    }

    /** Outcomes committed: the files' rows as the store now holds them. */
    synchronized void settled(List<FileRow> rows) {
        for (FileRow f : rows) {
            files[f.seq() - 1] = f;
        }
    }

    void previewed(Batch.Summary summary) {
        preview = summary;
    }

    Optional<Batch.Summary> preview() {
        return Optional.ofNullable(preview);
    }

    void finished(BatchState state, LocalDateTime at, String message) {
        this.state = state;
        this.finishedAt = at;
        if (message != null) {
            this.message = message;
        }
    }

    void stop() {
        stopping = true;
    }

    boolean stopping() {
        return stopping;
    }

    /** The batch as its user sees it now; {@code withFiles} false for a list of batches. */
    Batch snapshot(boolean withFiles) {
        List<FileRow> now = files();
        Batch.Counts counts = counts(now, read.get());
        Batch.Rate rate = Batch.Rate.NONE;
        if (startedNanos > 0 && counts.done() > 0) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            rate = rate(counts, seconds);
        }
        return new Batch(
                row.id(),
                row.username(),
                state,
                row.createdAt(),
                startedAt,
                finishedAt,
                row.region(),
                counts,
                rate,
                Optional.ofNullable(preview),
                withFiles ? now : List.of(),
                message);
    }

    /** A batch as its record in the store says, for one the service is not working on. */
    static Batch recorded(BatchRow row, List<FileRow> files, boolean withFiles) {
        Batch.Counts counts = counts(files, 0);
        return new Batch(
                row.id(),
                row.username(),
                row.state(),
                row.createdAt(),
                row.startedAt(),
                row.finishedAt(),
                row.region(),
                counts,
                rate(counts, row.startedAt(), row.finishedAt()),
                Optional.empty(),
                withFiles ? files : List.of(),
                row.message());
    }

    /** A batch of a list, from its record and how many of its files came to each outcome. */
    static Batch recorded(BatchRow row, Map<FileOutcome, Integer> by) {
        List<FileRow> files = new ArrayList<>();
        int seq = 0;
        for (var e : by.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                files.add(new FileRow(++seq, "", "", 0, e.getKey(), null, null, null, null, null, null, null, null));
            }
        }
        return recorded(row, files, false);
    }

    static Batch.Rate rate(Batch.Counts counts, double seconds) {
        if (seconds <= 0 || counts.done() == 0) {
            return Batch.Rate.NONE;
        }
        double perSecond = counts.done() / seconds;
        return new Batch.Rate(perSecond, Optional.of((counts.total() - counts.done()) / perSecond));
    }

    static Batch.Rate rate(Batch.Counts counts, LocalDateTime startedAt, LocalDateTime finishedAt) {
        if (startedAt == null || finishedAt == null) {
            return Batch.Rate.NONE;
        }
        return rate(counts, Duration.between(startedAt, finishedAt).toNanos() / 1e9);
    }

    static Batch.Counts counts(List<FileRow> files, int read) {
        int[] by = new int[FileOutcome.values().length];
        for (FileRow f : files) {
            by[f.outcome().ordinal()]++;
        }
        int pending = by[FileOutcome.PENDING.ordinal()] + by[FileOutcome.INTERRUPTED.ordinal()];
        int stored =
                by[FileOutcome.NEW.ordinal()] + by[FileOutcome.REPLACES.ordinal()] + by[FileOutcome.RESTORES.ordinal()];
        return new Batch.Counts(
                files.size(),
                Math.max(read, files.size() - pending),
                files.size() - pending,
                stored,
                by[FileOutcome.REPLACES.ordinal()],
                by[FileOutcome.RESTORES.ordinal()],
                by[FileOutcome.UNCHANGED.ordinal()],
                by[FileOutcome.REFUSED.ordinal()]);
    }

    @Override
    public String toString() {
        return "batch " + row.id() + " " + state + " "
                + Arrays.stream(files)
                        .filter(f -> f.outcome() != FileOutcome.PENDING)
                        .count() + "/" + files.length;
    }
}
