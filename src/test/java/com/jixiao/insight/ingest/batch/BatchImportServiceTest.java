package com.jixiao.insight.ingest.batch;

import static com.jixiao.insight.store.generated.Tables.AUDIT_LOG;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.jixiao.insight.ingest.ImportServiceTest;
import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.batch.BatchFixtures.Report;
import com.jixiao.insight.ingest.store.BatchRecords;
import com.jixiao.insight.ingest.store.BatchRecords.FileRow;
import com.jixiao.insight.ingest.store.BatchState;
import com.jixiao.insight.ingest.store.FileOutcome;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches into a real store built from the seeds: every good file stored whole, every bad one refused with its
 * reason, the rest untouched by it; duplicates, two revisions of one report, a preview that stores nothing, the
 * record of a batch the process left running, and the record carried over by a rebuild.
 */
class BatchImportServiceTest {

    @TempDir
    Path dir;

    Path store;
    HikariDataSource pool;
    DSLContext db;
    BatchImportService service;

    @BeforeEach
    void open() {
        store = TestStores.seededCopy(dir);
        connect();
    }

    private void connect() {
        pool = BatchStores.pool(store);
        db = DSL.using(pool, SQLDialect.DUCKDB);
        service = BatchStores.service(pool, store);
    }

    @AfterEach
    void close() {
        service.shutdown();
        pool.close();
    }

    private Batch submit(List<Report> files, boolean preview) throws IOException {
        BatchFiles received = service.receive();
        for (Report r : files) {
            received.add(r.name(), new ByteArrayInputStream(r.bytes()));
        }
        return service.submit(received, BatchFixtures.REGION, preview);
    }

    private Batch run(List<Report> files) throws IOException {
        return BatchStores.await(service, submit(files, false).id(), false);
    }

    private static Map<String, FileRow> byName(Batch b) {
        return b.files().stream().collect(Collectors.toMap(FileRow::fileName, Function.identity()));
    }

    @Test
    void everyGoodFileIsStoredWholeAndEveryBadOneListedWithItsReason() throws Exception {
        List<Report> files = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            files.add(BatchFixtures.derived("a", k));
        }
        Report first = files.getFirst();
        files.add(new Report("cut.txt", BatchFixtures.truncated(files.get(1)), null, 0, 0, 0));
        files.add(new Report("photo.png", BatchFixtures.binary(1), null, 0, 0, 0));
        files.add(new Report("typo.txt", BatchFixtures.wrongYear(BatchFixtures.derived("a", 30)), null, 0, 0, 0));
        files.add(new Report("copy.txt", first.bytes(), null, 0, 0, 0));
        List<Report> zipped =
                List.of(BatchFixtures.derived("z", 0), BatchFixtures.derived("z", 1), BatchFixtures.derived("z", 2));
        files.add(new Report(
                "more.zip",
                BatchFixtures.zip(List.of(
                        rename(zipped.get(0), "sub/deeper/" + zipped.get(0).name()),
                        rename(zipped.get(1), "sub/" + zipped.get(1).name()),
                        zipped.get(2),
                        new Report("__MACOSX/sub/._x.txt", new byte[] {0, 1}, null, 0, 0, 0),
                        new Report(".DS_Store", new byte[] {0, 1}, null, 0, 0, 0))),
                null,
                0,
                0,
                0));

        Batch b = run(files);

        assertThat(b.state()).isEqualTo(BatchState.DONE);
        assertThat(b.counts().total()).isEqualTo(24 + 4 + 3);
        assertThat(b.counts().done()).isEqualTo(31);
        assertThat(b.counts().stored()).isEqualTo(27);
        assertThat(b.counts().refused()).isEqualTo(4);
        Map<String, FileRow> out = byName(b);
        assertThat(out.keySet())
                .contains("more.zip/sub/deeper/z-0.txt", "more.zip/sub/z-1.txt", "more.zip/z-2.txt")
                .noneMatch(n -> n.contains("__MACOSX") || n.contains(".DS_Store"));
        assertThat(out.get("cut.txt").error().code()).isEqualTo("truncatedRow");
        assertThat(out.get("photo.png").error().code()).isEqualTo("binary");
        assertThat(out.get("typo.txt").error().code()).isEqualTo("yearOutOfRange");
        assertThat(out.get("copy.txt").error().code()).isEqualTo("duplicateInBatch");
        assertThat(out.get("copy.txt").error().args()).containsExactly(first.name());
        for (Report r : files.subList(0, 24)) {
            FileRow f = out.get(r.name());
            assertThat(f.outcome()).isEqualTo(FileOutcome.NEW);
            assertThat(f.unit()).isEqualTo(r.unit());
            assertThat(f.year()).isEqualTo(r.year());
            assertThat(f.evaluations()).isEqualTo(r.evaluations());
            assertThat(f.indicators()).isEqualTo(r.indicators());
            BatchStores.assertWhole(db, f);
        }
        for (String bad : List.of("cut.txt", "photo.png", "typo.txt")) {
            BatchStores.assertAbsent(db, out.get(bad));
        }
        BatchStores.assertNoPartialDocuments(db);
        // 5 seeds, 27 new reports of 7 + 1 new units (24 reports: 2 units per source, 4 years; the ZIP: 3 units)
        assertThat(db.fetchCount(DOCUMENT)).isEqualTo(5 + 27);
        assertThat(db.fetchCount(UNIT)).isEqualTo(5 + 6 + 3);

        // The record in the store says the same, file by file; the audit log has each file and the batch.
        assertThat(BatchRecords.files(db, b.id())).isEqualTo(b.files());
        assertThat(BatchRecords.batch(db, b.id()).orElseThrow().state()).isEqualTo(BatchState.DONE);
        assertThat(db.fetchCount(
                        AUDIT_LOG, AUDIT_LOG.ACTION.eq("import"), AUDIT_LOG.DETAIL.contains("batch=" + b.id())))
                .isEqualTo(31);
        assertThat(db.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG.ACTION.eq("import-batch"),
                        AUDIT_LOG.OUTCOME.eq("done"),
                        AUDIT_LOG.DETAIL.contains("stored=27")))
                .isOne();
        assertThat(b.rate().filesPerSecond()).isPositive();
        assertThat(Files.exists(
                        store.resolveSibling(store.getFileName() + ".batches").resolve("" + b.id())))
                .isFalse();

        // The same files again change nothing.
        Batch again = run(files.subList(0, 24));
        assertThat(again.files()).allMatch(f -> f.outcome() == FileOutcome.UNCHANGED);
        assertThat(db.fetchCount(DOCUMENT)).isEqualTo(5 + 27);
    }

    private static Report rename(Report r, String name) {
        return new Report(name, r.bytes(), r.unit(), r.year(), r.evaluations(), r.indicators());
    }

    @Test
    void theLaterOfTwoRevisionsInOneBatchReplacesTheEarlierAsTwoImportsWould() throws Exception {
        long seeded = db.select(DOCUMENT.ID)
                .from(DOCUMENT)
                .where(DOCUMENT.FILE_NAME.eq("004_0ed4b7e3fbc5b049.txt"))
                .fetchSingle(DOCUMENT.ID);
        Batch b = run(List.of(
                new Report("wuwei-87.txt", ImportServiceTest.revisedWuwei("87"), null, 0, 0, 0),
                BatchFixtures.derived("r", 0),
                new Report("wuwei-86.txt", ImportServiceTest.revisedWuwei("86"), null, 0, 0, 0)));
        Map<String, FileRow> out = byName(b);
        FileRow first = out.get("wuwei-87.txt");
        FileRow second = out.get("wuwei-86.txt");
        assertThat(first.outcome()).isEqualTo(FileOutcome.REPLACES);
        assertThat(first.replacedId()).isEqualTo(seeded);
        assertThat(second.outcome()).isEqualTo(FileOutcome.REPLACES);
        assertThat(second.replacedId()).isEqualTo(first.documentId());
        assertThat(db.select(DOCUMENT.REPLACED_BY)
                        .from(DOCUMENT)
                        .where(DOCUMENT.ID.in(seeded, first.documentId(), second.documentId()))
                        .orderBy(DOCUMENT.ID)
                        .fetch(DOCUMENT.REPLACED_BY))
                .containsExactly(first.documentId(), second.documentId(), null);
        BatchStores.assertNoPartialDocuments(db);
    }

    @Test
    void aPreviewStoresNothingAndConfirmingStoresTheBatch() throws Exception {
        List<Report> files = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            files.add(BatchFixtures.derived("p", k));
        }
        files.add(new Report("photo.png", BatchFixtures.binary(2), null, 0, 0, 0));
        Map<String, String> before = TestStores.checksums(db);

        Batch previewed = BatchStores.await(service, submit(files, true).id(), true);

        assertThat(previewed.state()).isEqualTo(BatchState.PREVIEWED);
        Batch.Summary s = previewed.preview().orElseThrow();
        assertThat(s.units()).isEqualTo(3);
        assertThat(s.years()).containsExactly(2021, 2022, 2023, 2024);
        assertThat(s.newReports()).isEqualTo(6);
        assertThat(s.evaluations()).isEqualTo(2 * (5 + 7 + 4));
        assertThat(s.indicators()).isEqualTo(2 * (90 + 69 + 79));
        assertThat(s.refused()).extracting(FileRow::fileName).containsExactly("photo.png");
        Map<String, String> after = TestStores.checksums(db);
        after.keySet().removeAll(List.of("import_batch", "import_batch_file", "audit_log"));
        before.keySet().removeAll(List.of("import_batch", "import_batch_file", "audit_log"));
        assertThat(after).as("a preview stores no report").isEqualTo(before);

        service.confirm(previewed.id());
        Batch done = BatchStores.await(service, previewed.id(), false);
        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(done.counts().stored()).isEqualTo(6);
        assertThat(done.counts().refused()).isEqualTo(1);
        assertThatIllegalStateException().isThrownBy(() -> service.confirm(previewed.id()));
    }

    @Test
    void aDiscardedPreviewLeavesNoFiles() throws Exception {
        Batch previewed = BatchStores.await(
                service, submit(List.of(BatchFixtures.derived("d", 0)), true).id(), true);
        Path folder = store.resolveSibling(store.getFileName() + ".batches").resolve("" + previewed.id());
        assertThat(folder).isDirectory();
        assertThat(service.discard(previewed.id()).state()).isEqualTo(BatchState.DISCARDED);
        assertThat(folder).doesNotExist();
        assertThat(service.batch(previewed.id()).orElseThrow().state()).isEqualTo(BatchState.DISCARDED);
    }

    @Test
    void noFilesOrAnUnreadableRegionStartNoBatch() throws Exception {
        assertThatIllegalArgumentException().isThrownBy(() -> service.submit(service.receive(), null, false));
        BatchFiles received = service.receive();
        received.add("a.txt", new ByteArrayInputStream(new byte[] {1}));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> service.submit(received, "a/b/c/d", false))
                .withMessageContaining("a/b/c/d");
    }

    @Test
    void aBatchLeftRunningIsInterruptedOnTheNextStart() {
        long id = BatchRecords.nextId(db);
        db.transaction(tx -> BatchRecords.create(
                tx.dsl(),
                new BatchRecords.BatchRow(
                        id, "admin", null, BatchState.RUNNING, LocalDateTime.now(), LocalDateTime.now(), null, 2, null),
                List.of(FileRow.pending(1, "a.txt", "aa", 1), FileRow.pending(2, "b.txt", "bb", 1))));
        db.createTable(BatchImportService.STAGING_PREFIX + id + "_document")
                .column("id", org.jooq.impl.SQLDataType.BIGINT)
                .execute();

        service.recover();

        assertThat(BatchRecords.batch(db, id).orElseThrow().state()).isEqualTo(BatchState.INTERRUPTED);
        assertThat(BatchRecords.files(db, id)).extracting(FileRow::outcome).containsOnly(FileOutcome.INTERRUPTED);
        assertThat(db.meta().getTables(BatchImportService.STAGING_PREFIX + id + "_document"))
                .isEmpty();
    }

    @Test
    void aRebuildCarriesTheRecordOverWithEachFileFindingItsDocument() throws Exception {
        Batch b = run(List.of(BatchFixtures.derived("c", 0), BatchFixtures.derived("c", 1)));
        service.shutdown();
        pool.close();

        SeedsAndImports.build(store);

        connect();
        List<FileRow> files = BatchRecords.files(db, b.id());
        assertThat(files).hasSize(2).allMatch(f -> f.outcome() == FileOutcome.NEW);
        for (FileRow f : files) {
            BatchStores.assertWhole(db, f); // the document of that content has the file's (new) document id
        }
        assertThat(BatchRecords.batch(db, b.id()).orElseThrow().state()).isEqualTo(BatchState.DONE);
    }
}
