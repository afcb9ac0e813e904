package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A batch import as its user follows it: its state, how many of its files are done and how, the rate, the time left,
 * the preview's summary (a previewed batch) and every file with what became of it.
 *
 * @param files every file in order; empty in a list of recent batches
 */
public record Batch(
        long id,
        String user,
        BatchState state,
        LocalDateTime createdAt,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        String region,
        Counts counts,
        Rate rate,
        Optional<Summary> preview,
        List<FileRow> files,
        String message) {

    public Batch {
        files = List.copyOf(files);
    }

    /**
     * How many files are done, and how.
     *
     * @param read files read so far (a preview's progress)
     * @param done files with their outcome committed (stored, found unchanged, or refused)
     * @param stored files whose report the batch made current: new, replacing or restoring
     * @param replaced of those, the ones that replaced a unit's report of that year (kept in history)
     * @param restored of those, the ones that made an earlier version current again
     */
    public record Counts(
            int total, int read, int done, int stored, int replaced, int restored, int unchanged, int refused) {}

    /** Files done per second since the batch started, and the seconds left at that rate (empty until known). */
    public record Rate(double filesPerSecond, Optional<Double> secondsLeft) {

        static final Rate NONE = new Rate(0, Optional.empty());
    }

    /**
     * What a previewed batch holds and what storing it would do: its units, years, evaluations, indicators and
     * warnings, how many files are new, revisions, stored already, and the refused ones with their reasons.
     */
    public record Summary(
            int units,
            List<Integer> years,
            int evaluations,
            int indicators,
            int warnings,
            int newReports,
            int replacing,
            int restoring,
            int unchanged,
            List<FileRow> refused) {

        public Summary {
            years = List.copyOf(years);
            refused = List.copyOf(refused);
        }
    }

    /** Whether nothing more will happen to it. */
    public boolean finished() {
        return state.finished();
    }
}
