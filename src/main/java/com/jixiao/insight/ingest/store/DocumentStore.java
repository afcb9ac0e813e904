package com.jixiao.insight.ingest.store;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CONTRADICTION;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_FIGURE_SOURCE;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_REASON;
import static com.jixiao.insight.store.generated.Tables.EXPENDITURE_LINE;
import static com.jixiao.insight.store.generated.Tables.FUNDING_LINE;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.PRIOR_YEAR_FIGURE;
import static com.jixiao.insight.store.generated.Tables.SCORE_COMPONENT;
import static com.jixiao.insight.store.generated.Tables.SOURCE_LINE;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;
import static com.jixiao.insight.store.generated.Tables.UNMET_REASON;

import com.jixiao.insight.base.store.AppenderSink;
import com.jixiao.insight.base.store.BulkInsert;
import com.jixiao.insight.base.store.RowSink;
import com.jixiao.insight.base.store.StagedLoad;
import com.jixiao.insight.evaluation.assessment.Assessments;
import com.jixiao.insight.evaluation.assessment.MetricTables;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The one way a document goes into the store, whoever brings it (an import, the store build's seeds and replayed
 * imports, a load of many): its rows, the rules engine's assessment of them, the history link to the documents it
 * replaces, and the pre-aggregated metrics of its unit, in the caller's transaction. A caller cannot store a
 * document without the rest: there is no other method that writes one.
 */
public final class DocumentStore {

    /** Told after each evaluation is written (with the count so far): lets a test break an import half-way. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = count -> {};

        void evaluationStored(int count);
    }

    /** Every table a document's rows go into, parents first. */
    static final List<Table<?>> TABLES = List.of(
            DOCUMENT,
            SOURCE_LINE,
            EVALUATION,
            EVALUATION_FIGURE_SOURCE,
            FUNDING_LINE,
            SCORE_COMPONENT,
            INDICATOR,
            UNMET_GOAL,
            EXPENDITURE_LINE,
            PRIOR_YEAR_FIGURE,
            CONTRADICTION,
            INDICATOR_ASSESSMENT,
            EVALUATION_ASSESSMENT,
            EVALUATION_UNMET_CATEGORY,
            AUDIT_FLAG,
            UNMET_REASON,
            EVALUATION_UNMET_REASON);

    /** One of many documents stored together ({@link #addAll}): its unit and region settled, what it replaces. */
    public record Incoming(ReportDocument doc, SourceText source, String origin, List<Long> replaces) {

        public Incoming {
            replaces = List.copyOf(replaces);
        }
    }

    private final DSLContext db;

    /** Writes through {@code tx}, the caller's transaction. */
    public DocumentStore(DSLContext tx) {
        this.db = tx;
    }

    /**
     * Stores {@code doc} (its unit and region settled) read from {@code source}, marks the documents in
     * {@code replaces} as replaced by it, and returns its id.
     */
    public long add(ReportDocument doc, SourceText source, String origin, List<Long> replaces, Progress progress) {
        long unitId = new Units(db).resolve(doc.unit(), doc.region(), doc.unitAliases());
        BulkInsert.Ids ids = BulkInsert.ids(db, DocumentRows.idCount(doc));
        DocumentRows.Rows rows = DocumentRows.of(doc, source, origin, unitId, LocalDateTime.now(), ids::next);
        ids.checkAllUsed();
        Assessments assessments = rows.assess();
        BulkInsert.Ids flagIds = BulkInsert.ids(db, assessments.flagCount());
        Assessments.Rows results = assessments.rows(flagIds::next);
        RowSink sink = BulkInsert.sink(db);
        db.insertInto(DOCUMENT).set(rows.document()).execute();
        sink.insertValues(SOURCE_LINE, rows.lines());
        int seq = 0;
        for (DocumentRows.EvaluationRows e : rows.evaluations()) {
            writeEvaluation(sink, e);
            progress.evaluationStored(++seq);
        }
        writeRest(sink, rows, results);
        long id = rows.document().getId();
        if (!replaces.isEmpty()) {
            db.update(DOCUMENT)
                    .set(DOCUMENT.REPLACED_BY, id)
                    .where(DOCUMENT.ID.in(replaces))
                    .execute();
        }
        MetricTables.refreshUnit(db, unitId);
        return id;
    }

    /**
     * Stores many documents as {@link #add} stores one, in the transaction open on {@code connection}: their units and
     * regions found with one query and the missing ones created, every document's rows built and assessed in memory,
     * appended through DuckDB's Appender into {@code staged} (the writer's temporary tables of {@link #staging}, emptied
     * first in this transaction: a rolled-back call may have left rows there) and moved into the store's tables, the documents each one replaces marked, and the metrics of
     * their units refreshed once. Two documents of one unit and year cannot go in one call (the later must replace the
     * earlier: store them in two). Returns the new documents' ids, in order.
     */
    public static List<Long> addAll(
            DuckDBConnection connection, StagedLoad staged, List<Incoming> docs, LocalDateTime loadedAt) {
        if (docs.isEmpty()) {
            return List.of();
        }
        DSLContext db = DSL.using(connection, SQLDialect.DUCKDB);
        Set<String> unitYears = new HashSet<>();
        for (Incoming in : docs) {
            if (!unitYears.add(in.doc().unit() + "\n" + in.doc().year())) {
                throw new IllegalArgumentException(
                        "two documents of " + in.doc().unit() + " " + in.doc().year() + " in one call");
            }
        }
        Map<String, Long> units =
                new Units(db).resolveAll(docs.stream().map(Incoming::doc).toList());
        BulkInsert.Ids ids = BulkInsert.ids(
                db, docs.stream().mapToInt(in -> DocumentRows.idCount(in.doc())).sum());
        List<DocumentRows.Rows> rows = new ArrayList<>(docs.size());
        List<Assessments> assessments = new ArrayList<>(docs.size());
        int flags = 0;
        for (Incoming in : docs) {
            DocumentRows.Rows r = DocumentRows.of(
                    in.doc(), in.source(), in.origin(), units.get(in.doc().unit()), loadedAt, ids::next);
            Assessments a = r.assess();
            rows.add(r);
            assessments.add(a);
            flags += a.flagCount();
        }
        ids.checkAllUsed();
        BulkInsert.Ids flagIds = BulkInsert.ids(db, flags);
        staged.clear();
        try (AppenderSink sink = staged.sink(connection)) {
            for (int i = 0; i < docs.size(); i++) {
                write(sink, rows.get(i), assessments.get(i).rows(flagIds::next));
            }
            sink.flush();
        }
        flagIds.checkAllUsed();
        staged.move();
        List<Long> added = new ArrayList<>(docs.size());
        Set<Long> unitIds = new LinkedHashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            long id = rows.get(i).document().getId();
            added.add(id);
            unitIds.add(rows.get(i).document().getUnitId());
            List<Long> replaces = docs.get(i).replaces();
            if (!replaces.isEmpty()) {
                db.update(DOCUMENT)
                        .set(DOCUMENT.REPLACED_BY, id)
                        .where(DOCUMENT.ID.in(replaces))
                        .execute();
            }
        }
        MetricTables.refreshUnits(db, unitIds);
        return added;
    }

    /**
     * Staging tables for {@link #addAll}, for many calls one after the other on {@code connection} (a writer's own),
     * named {@code prefix + table}: temporary, created once, outside a transaction. Creating and dropping 17 tables of
     * the store per chunk cost a batch about 2 ms a report.
     */
    public static StagedLoad staging(DuckDBConnection connection, String prefix) {
        return StagedLoad.temporary(connection, prefix, TABLES);
    }

    /** Makes the stored document {@code documentId} of the unit {@code unitId} current again, displacing {@code current}. */
    public void makeCurrent(long documentId, long unitId, List<Long> current) {
        db.update(DOCUMENT)
                .set(DOCUMENT.REPLACED_BY, documentId)
                .where(DOCUMENT.ID.in(current))
                .execute();
        db.update(DOCUMENT)
                .setNull(DOCUMENT.REPLACED_BY)
                .where(DOCUMENT.ID.eq(documentId))
                .execute();
        MetricTables.refreshUnit(db, unitId);
    }

    /**
     * Appends a document's rows and their assessment to {@code sink}, for a load of many documents ({@link
     * BulkLoad}); the unit is known, ids come from {@code ids}, the metrics are refreshed when the load commits.
     */
    static void append(
            RowSink sink,
            ReportDocument doc,
            SourceText source,
            String origin,
            long unitId,
            LocalDateTime loadedAt,
            LongSupplier ids) {
        DocumentRows.Rows rows = DocumentRows.of(doc, source, origin, unitId, loadedAt, ids);
        write(sink, rows, rows.assess().rows(ids));
    }

    private static void write(RowSink sink, DocumentRows.Rows rows, Assessments.Rows results) {
        sink.insert(DOCUMENT, List.of(rows.document()));
        sink.insertValues(SOURCE_LINE, rows.lines());
        rows.evaluations().forEach(e -> writeEvaluation(sink, e));
        writeRest(sink, rows, results);
    }

    private static void writeEvaluation(RowSink sink, DocumentRows.EvaluationRows e) {
        sink.insert(EVALUATION, List.of(e.evaluation()));
        sink.insert(EVALUATION_FIGURE_SOURCE, e.figures());
        sink.insert(FUNDING_LINE, e.funding());
        sink.insert(SCORE_COMPONENT, e.components());
        sink.insert(INDICATOR, e.indicators());
        sink.insert(UNMET_GOAL, e.goals());
    }

    private static void writeRest(RowSink sink, DocumentRows.Rows rows, Assessments.Rows results) {
        sink.insert(EXPENDITURE_LINE, rows.expenditureLines());
        sink.insert(PRIOR_YEAR_FIGURE, rows.priorYearFigures());
        sink.insert(CONTRADICTION, rows.contradictions());
        sink.insert(INDICATOR_ASSESSMENT, results.indicators());
        sink.insert(AUDIT_FLAG, results.flags());
        sink.insert(EVALUATION_ASSESSMENT, results.evaluations());
        sink.insert(EVALUATION_UNMET_CATEGORY, results.unmetByCategory());
        sink.insert(UNMET_REASON, results.reasons());
        sink.insert(EVALUATION_UNMET_REASON, results.unmetByReason());
    }
}
