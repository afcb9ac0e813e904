package com.jixiao.insight.ingest;

import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.ingest.ImportPreview.RegionSource;
import com.jixiao.insight.ingest.format.template.TemplateWriter;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.DocumentStore;
import com.jixiao.insight.ingest.store.ImportStatus;
import com.jixiao.insight.ingest.store.ImportStore;
import com.jixiao.insight.ingest.store.StoreWriteLock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Brings new reports into the store: {@link #preview} says what a file holds and what storing it would do,
 * without storing anything; {@link #store} parses the same bytes again and stores them in one transaction,
 * so a report is fully in or not at all. The view and the command line both go through here, so a role
 * check on this service (ADMIN, with the security work) guards every way in.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final DSLContext db;
    private final ReportReader parser;
    private final ImportLimits limits;
    /** One writer at a time, shared with the batch import: DuckDB takes one writer, two revisions must not cross. */
    private final StoreWriteLock lock;
    /** Lets a test break an import half-way (after the n-th evaluation is written). */
    private volatile DocumentStore.Progress progress = DocumentStore.Progress.NONE;

    /** A service of its own, outside the application (a test, the benchmark, a child process). */
    public ImportService(DSLContext db) {
        this(db, new StoreWriteLock(), ImportLimits.DEFAULT);
    }

    @Autowired
    public ImportService(DSLContext db, StoreWriteLock lock) {
        this(db, lock, ImportLimits.DEFAULT);
    }

    ImportService(DSLContext db, StoreWriteLock lock, ImportLimits limits) {
        this.db = db;
        this.lock = lock;
        this.limits = limits;
        this.parser = new ReportReader(limits);
    }

    public ImportLimits limits() {
        return limits;
    }

    void progress(DocumentStore.Progress progress) {
        this.progress = progress;
    }

    /** Imports are recorded in the audit log (file hash, user, outcome) when one is present. */
    private volatile AuditLog audit;

    @Autowired(required = false)
    void audit(AuditLog audit) {
        this.audit = audit;
    }

    /** What the file holds and what storing it would do; never stores, never throws for a bad file. */
    @Secured(Role.ADMIN_AUTHORITY)
    public ImportPreview preview(ImportRequest request) {
        String name = FileNames.displayName(request.fileName());
        String sha = SourceText.sha256(request.bytes());
        ParsedFile parsed;
        try {
            checkSchema(name);
            parsed = parser.parse(name, request.bytes());
        } catch (ImportRejected e) {
            return new ImportPreview(
                    name,
                    sha,
                    request.size(),
                    Optional.empty(),
                    List.of(e.issue()),
                    null,
                    RegionSource.MISSING,
                    ImportStatus.REJECTED,
                    null);
        }
        try {
            Settled s = Settled.of(db, parsed, request.region());
            ImportStore.Existing existing = ImportStore.existing(
                    db, sha, s.parsed().document().unit(), s.parsed().document().year());
            return new ImportPreview(
                    name,
                    sha,
                    request.size(),
                    Optional.of(s.parsed()),
                    s.errors(),
                    s.region(),
                    s.source(),
                    s.errors().isEmpty() ? existing.status() : ImportStatus.REJECTED,
                    existing.documentId());
        } catch (ImportRejected e) {
            return new ImportPreview(
                    name,
                    sha,
                    request.size(),
                    Optional.of(parsed),
                    List.of(e.issue()),
                    null,
                    RegionSource.MISSING,
                    ImportStatus.REJECTED,
                    null);
        }
    }

    /**
     * Parses the file again and stores it in one transaction, or throws {@link ImportRejected} (nothing
     * stored). Storing identical content again changes nothing.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public ImportOutcome store(ImportRequest request) {
        String name = FileNames.displayName(request.fileName());
        String sha = SourceText.sha256(request.bytes());
        try {
            ImportOutcome outcome = storeChecked(request, name);
            if (audit != null) {
                audit.recordForCurrentUser(
                        "import",
                        outcome.status().name().toLowerCase(Locale.ROOT),
                        name + " sha256=" + sha + " document=" + outcome.documentId());
            }
            return outcome;
        } catch (ImportRejected e) {
            if (audit != null) {
                audit.recordForCurrentUser(
                        "import",
                        "rejected",
                        name + " sha256=" + sha + " " + e.issue().code());
            }
            throw e;
        }
    }

    private ImportOutcome storeChecked(ImportRequest request, String name) {
        checkSchema(name);
        ParsedFile parsed = parser.parse(name, request.bytes());
        return lock.holding(() -> storeLocked(request, name, parsed));
    }

    private ImportOutcome storeLocked(ImportRequest request, String name, ParsedFile parsed) {
        try {
            Settled s = Settled.of(db, parsed, request.region());
            s.refusal().ifPresent(issue -> {
                throw new ImportRejected(issue);
            });
            DocumentStore.Progress p = progress;
            ImportStore.Stored stored = db.transactionResult(
                    cfg -> ImportStore.store(cfg.dsl(), s.parsed(), request.bytes(), LocalDateTime.now(), p));
            ReportDocument doc = s.parsed().document();
            log.info(
                    "Import {}: {} {} {} → document {} ({})",
                    name,
                    doc.unit(),
                    doc.year(),
                    stored.status(),
                    stored.documentId(),
                    s.parsed().source().sha256());
            return new ImportOutcome(
                    stored.status(),
                    name,
                    stored.documentId(),
                    stored.replacedDocumentId(),
                    doc.unit(),
                    doc.region(),
                    doc.year(),
                    doc.reports().size(),
                    s.parsed().indicatorCount());
        } catch (DataAccessException e) {
            Throwable cause = e.getCause() instanceof ImportRejected ? e.getCause() : null;
            if (cause != null) {
                throw (ImportRejected) cause;
            }
            log.warn("Import {} failed; nothing stored", name, e);
            throw new ImportRejected(ImportIssue.of(
                    Severity.ERROR,
                    "storeFailed",
                    name,
                    null,
                    null,
                    null,
                    CellText.shorten(String.valueOf(e.getMessage()))));
        }
    }

    private volatile boolean schemaChecked;

    /** A store built before imports existed has no table for the originals: say how to upgrade it. */
    private void checkSchema(String file) {
        if (schemaChecked) {
            return;
        }
        boolean present = db.fetchExists(DSL.selectOne()
                .from(DSL.table(DSL.name("information_schema", "tables")))
                .where(DSL.field(DSL.name("table_name")).eq("document_file")));
        if (!present) {
            throw new ImportRejected(ImportIssue.of(Severity.ERROR, "storeOutdated", file, null, null, null));
        }
        schemaChecked = true;
    }

    /** The empty template, to download and fill in. */
    @Secured(Role.ADMIN_AUTHORITY)
    public byte[] templateXlsx() {
        return TemplateWriter.xlsx(List.of());
    }

    @Secured(Role.ADMIN_AUTHORITY)
    public byte[] templateCsv() {
        return TemplateWriter.csv(List.of());
    }
}
