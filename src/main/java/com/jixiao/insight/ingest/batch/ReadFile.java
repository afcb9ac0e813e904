package com.jixiao.insight.ingest.batch;

import com.jixiao.insight.ingest.Settled;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.StoredUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of a batch read and settled, outside the write lock, through the same reader and settling as a single
 * import ({@link ReportReader}, {@link Settled}): ready to store, or refused with its located reason.
 *
 * @param row the file as received, with the unit, year and counts once it is read
 * @param bytes the file's bytes (null when refused)
 */
record ReadFile(FileRow row, byte[] bytes, Settled settled) {

    static ReadFile read(FileRow row, Path file, ReportReader reader, StoredUnits units, String region) {
        if (row.error() != null) {
            return new ReadFile(row, null, null);
        }
        String name = row.fileName();
        try {
            byte[] bytes = Files.readAllBytes(file);
            ParsedFile parsed = reader.parse(name, bytes);
            Settled settled = Settled.inBatch(units, parsed, region);
            FileRow described = new FileRow(
                    row.seq(),
                    name,
                    row.sha256(),
                    row.byteSize(),
                    row.outcome(),
                    null,
                    null,
                    settled.parsed().document().unit(),
                    settled.parsed().document().year(),
                    parsed.document().reports().size(),
                    parsed.indicatorCount(),
                    settled.parsed().warnings().size(),
                    null);
            return settled.refusal()
                    .map(issue -> new ReadFile(described.refused(issue), null, null))
                    .orElseGet(() -> new ReadFile(described, bytes, settled));
        } catch (ImportRejected e) {
            return new ReadFile(row.refused(e.issue()), null, null);
        } catch (IOException e) {
            return new ReadFile(
                    row.refused(ImportIssue.of(
                            Severity.ERROR, "unreadable", name, null, null, null, String.valueOf(e.getMessage()))),
                    null,
                    null);
        } catch (RuntimeException e) {
            // A reader's own failure on a hostile file: that file is refused, the batch goes on.
            return new ReadFile(
                    row.refused(ImportIssue.of(
                            Severity.ERROR,
                            "unreadable",
                            name,
                            null,
                            null,
                            null,
                            CellText.shorten(String.valueOf(e.getMessage())))),
                    null,
                    null);
        }
    }

    boolean refused() {
        return settled == null;
    }

    String unitYear() {
        return row.unit() + "\n" + row.year();
    }
}
