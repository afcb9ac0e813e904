package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT_FILE;

import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.ingest.read.ReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The originals of imported files, as a rebuild carries them from the old store into the new one: read
 * before the old store is replaced, imported again (in import order, so that revisions replace each other
 * as they did) after the seeds. A kept file that no longer imports stops the rebuild, and the old store
 * stays as it is: nothing a user imported is dropped silently.
 */
public final class KeptFiles {

    /** One kept original and the choice made at import (the region, where the file does not state it). */
    public record KeptFile(String sha256, String fileName, byte[] content, String region, LocalDateTime importedAt) {}

    private KeptFiles() {}

    /** The kept originals of the store at {@code store}; none if there is no store or it predates imports. */
    public static List<KeptFile> read(Path store) {
        if (!Files.exists(store)) {
            return List.of();
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, readOnly)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            boolean hasTable = db.fetchExists(DSL.selectOne()
                    .from(DSL.table(DSL.name("information_schema", "tables")))
                    .where(DSL.field(DSL.name("table_name")).eq("document_file")));
            if (!hasTable) {
                return List.of();
            }
            List<KeptFile> files = new ArrayList<>();
            for (var r : db.select(
                            DOCUMENT_FILE.SHA256,
                            DOCUMENT_FILE.FILE_NAME,
                            DOCUMENT_FILE.CONTENT,
                            DOCUMENT_FILE.REGION,
                            DOCUMENT_FILE.IMPORTED_AT)
                    .from(DOCUMENT_FILE)
                    .orderBy(DOCUMENT_FILE.IMPORTED_AT, DOCUMENT_FILE.SHA256)
                    .fetch()) {
                files.add(new KeptFile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
            }
            return files;
        } catch (SQLException | DataAccessException e) {
            throw new IllegalStateException(
                    "cannot read the imported files kept in " + store + "; not rebuilding, so that they are not lost: "
                            + e.getMessage(),
                    e);
        }
    }

    /** Imports the kept files again into {@code db}, inside the caller's transaction; returns how many. */
    public static int replay(DSLContext db, List<KeptFile> files) {
        ReportReader parser = new ReportReader(ImportLimits.DEFAULT);
        int n = 0;
        for (KeptFile f : files) {
            try {
                if (!SourceText.sha256(f.content()).equals(f.sha256())) {
                    throw new IllegalStateException("its content no longer matches its sha256");
                }
                ParsedFile parsed = parser.parse(f.fileName(), f.content());
                ReportDocument doc = parsed.document();
                String unit = ImportStore.storedUnitName(db, doc.unit()).orElse(doc.unit());
                String region = doc.region() != null ? doc.region() : f.region();
                if (region == null) {
                    throw new IllegalStateException("no region was kept for it");
                }
                ReportDocument settled = new ReportDocument(
                        doc.source(),
                        doc.title(),
                        unit,
                        doc.unitAliases(),
                        region,
                        doc.year(),
                        doc.reports(),
                        doc.expenditureLines(),
                        doc.priorYearFigures(),
                        doc.contradictions());
                ImportStore.store(
                        db,
                        new ParsedFile(
                                settled,
                                parsed.source(),
                                parsed.warnings(),
                                parsed.format(),
                                parsed.encoding(),
                                parsed.regionStated()),
                        f.content(),
                        f.importedAt(),
                        DocumentStore.Progress.NONE);
                n++;
            } catch (ImportRejected | IllegalStateException | IllegalArgumentException e) {
                throw new IllegalStateException(
                        "imported file " + f.fileName() + " (" + f.sha256() + ") cannot be imported again: "
                                + e.getMessage(),
                        e);
            }
        }
        return n;
    }
}
