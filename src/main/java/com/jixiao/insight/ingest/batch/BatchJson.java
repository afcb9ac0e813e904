package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A batch as {@code GET /api/imports/{id}} answers it: the state, the counts, the rate and the time left, the preview's
 * summary, and every file with its outcome, document, unit, year and, when refused, the reason with its place.
 */
record BatchJson(
        long batchId,
        String state,
        String user,
        String createdAt,
        String startedAt,
        String finishedAt,
        String region,
        int total,
        int read,
        int done,
        int stored,
        int replaced,
        int restored,
        int unchanged,
        int refused,
        double reportsPerSecond,
        Double secondsLeft,
        PreviewJson preview,
        String message,
        List<FileJson> files) {

    record PreviewJson(
            int units,
            List<Integer> years,
            int evaluations,
            int indicators,
            int warnings,
            int newReports,
            int replacing,
            int restoring,
            int unchanged,
            List<FileJson> refused) {}

    record FileJson(
            int seq,
            String name,
            String sha256,
            long bytes,
            String outcome,
            Long documentId,
            Long replacedDocumentId,
            String unit,
            Integer year,
            Integer evaluations,
            Integer indicators,
            Integer warnings,
            ErrorJson error) {}

    /** Why a file was refused: the code, the message in the asked language, and where (line, column, cell or place). */
    record ErrorJson(String code, String message, Integer line, Integer column, String cell) {}

    static BatchJson of(Batch b, Messages messages) {
        Batch.Counts c = b.counts();
        return new BatchJson(
                b.id(),
                b.state().code(),
                b.user(),
                time(b.createdAt()),
                time(b.startedAt()),
                time(b.finishedAt()),
                b.region(),
                c.total(),
                c.read(),
                c.done(),
                c.stored(),
                c.replaced(),
                c.restored(),
                c.unchanged(),
                c.refused(),
                Math.round(b.rate().filesPerSecond() * 10) / 10.0,
                b.finished()
                        ? null
                        : b.rate()
                                .secondsLeft()
                                .map(s -> Math.round(s * 10) / 10.0)
                                .orElse(null),
                b.preview()
                        .map(p -> new PreviewJson(
                                p.units(),
                                p.years(),
                                p.evaluations(),
                                p.indicators(),
                                p.warnings(),
                                p.newReports(),
                                p.replacing(),
                                p.restoring(),
                                p.unchanged(),
                                p.refused().stream().map(f -> file(f, messages)).toList()))
                        .orElse(null),
                b.message(),
                b.files().stream().map(f -> file(f, messages)).toList());
    }

    static FileJson file(FileRow f, Messages messages) {
        ImportIssue e = f.error();
        return new FileJson(
                f.seq(),
                f.fileName(),
                f.sha256(),
                f.byteSize(),
                f.outcome().code(),
                f.documentId(),
                f.replacedId(),
                f.unit(),
                f.year(),
                f.evaluations(),
                f.indicators(),
                f.warnings(),
                e == null ? null : new ErrorJson(e.code(), e.what(messages), e.line(), e.column(), e.cell()));
    }

    private static String time(LocalDateTime t) {
        return t == null ? null : t.toString();
    }
}
