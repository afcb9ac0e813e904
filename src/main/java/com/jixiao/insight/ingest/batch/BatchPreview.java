package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.ImportStatus;
import com.jixiao.insight.ingest.store.ImportStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * What storing a batch would do, read without storing anything: every file read and settled in parallel as the run
 * will read it, compared with the store, then taken in order as the run takes them (a second copy of a file is a
 * duplicate, a second report of a unit and year replaces the first, a new unit keeps the region it first came with).
 * Only each file's facts are kept, not its report: a preview of thousands of files stays small. Confirming reads
 * the files again, as a single import's confirmation does.
 */
final class BatchPreview {

    /** A file's facts: its row (refused, or with unit, year and counts) and what the store holds of it. */
    private record Fact(FileRow row, ImportStatus status, String region) {}

    private BatchPreview() {}

    static Batch.Summary of(
            List<FileRow> files,
            ExecutorService readers,
            Function<FileRow, ReadFile> reader,
            DSLContext db,
            BatchProgress progress)
            throws InterruptedException {
        List<Future<Fact>> futures = new ArrayList<>();
        for (FileRow f : files) {
            futures.add(readers.submit(() -> {
                ReadFile read = reader.apply(f);
                progress.read();
                if (read.refused()) {
                    return new Fact(read.row(), ImportStatus.REJECTED, null);
                }
                ImportStore.Existing existing = ImportStore.existing(
                        db, read.row().sha256(), read.row().unit(), read.row().year());
                return new Fact(read.row(), existing.status(), read.settled().region());
            }));
        }
        Map<String, String> firstOfSha = new HashMap<>();
        Map<String, String> regionOfUnit = new HashMap<>();
        Set<String> unitYears = new HashSet<>();
        Set<String> units = new HashSet<>();
        Set<Integer> years = new TreeSet<>();
        List<FileRow> refused = new ArrayList<>();
        int evaluations = 0, indicators = 0, warnings = 0, added = 0, replacing = 0, restoring = 0, unchanged = 0;
        for (Future<Fact> future : futures) {
            Fact fact;
            try {
                fact = future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading a file failed: " + e.getCause(), e.getCause());
            }
            FileRow row = fact.row();
            if (row.error() != null) {
                refused.add(row);
                continue;
            }
            String first = firstOfSha.putIfAbsent(row.sha256(), row.fileName());
            String region = regionOfUnit.putIfAbsent(row.unit(), fact.region());
            if (first != null) {
                refused.add(row.refused(
                        ImportIssue.of(Severity.ERROR, "duplicateInBatch", row.fileName(), null, null, null, first)));
                continue;
            }
            if (region != null && !region.equals(fact.region())) {
                refused.add(row.refused(ImportIssue.of(
                        Severity.ERROR,
                        "unitRegionConflict",
                        row.fileName(),
                        null,
                        null,
                        null,
                        row.unit(),
                        region,
                        fact.region())));
                continue;
            }
            units.add(row.unit());
            years.add(row.year());
            evaluations += row.evaluations();
            indicators += row.indicators();
            warnings += row.warnings();
            boolean later = !unitYears.add(row.unit() + "\n" + row.year());
            switch (later ? ImportStatus.REPLACES : fact.status()) {
                case NEW -> added++;
                case REPLACES -> replacing++;
                case RESTORES -> restoring++;
                default -> unchanged++;
            }
        }
        return new Batch.Summary(
                units.size(),
                List.copyOf(years),
                evaluations,
                indicators,
                warnings,
                added,
                replacing,
                restoring,
                unchanged,
                refused);
    }
}
