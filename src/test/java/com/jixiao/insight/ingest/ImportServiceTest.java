package com.jixiao.insight.ingest;

import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.DOCUMENT_FILE;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.SOURCE_LINE;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.ingest.ImportPreview.RegionSource;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.ingest.store.DocumentStore;
import com.jixiao.insight.ingest.store.ImportStatus;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing imports against a real DuckDB store built from the seeds: new, identical, revised and restored
 * reports; a report broken off half-way leaves nothing; a rebuild carries every imported report over.
 */
public class ImportServiceTest {

    static final String WUWEI = "004_0ed4b7e3fbc5b049.txt";

    @TempDir
    Path dir;

    Path store;
    Connection connection;
    DSLContext db;
    ImportService service;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.seededCopy(dir);
        connect();
    }

    private void connect() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        db = DSL.using(connection, SQLDialect.DUCKDB);
        service = new ImportService(db);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    static byte[] seedSource(String name) {
        return TestStores.resource("/data/sources/" + name);
    }

    /** Seed 004 with its overall total changed from 88 to 87: a revised report of the same unit and year. */
    public static byte[] revisedWuwei(String total) {
        String text = new String(seedSource(WUWEI), StandardCharsets.UTF_8);
        String revised = text.replace("合 计\t\t\t\t\t\t\t88", "合 计\t\t\t\t\t\t\t" + total);
        assertThat(revised).isNotEqualTo(text);
        return revised.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void identicalContentIsANoOp() {
        Map<String, String> before = TestStores.checksums(db);
        ImportPreview preview = service.preview(new ImportRequest(WUWEI, seedSource(WUWEI), null));
        assertThat(preview.status()).isEqualTo(ImportStatus.UNCHANGED);
        ImportOutcome outcome = service.store(new ImportRequest(WUWEI, seedSource(WUWEI), null));
        assertThat(outcome.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(TestStores.checksums(db)).isEqualTo(before);
    }

    @Test
    void aNewUnitGoesInWithItsOriginalItsSourceLinesAndTheRulesResults() {
        byte[] bytes = TestStores.resource("/import/good/pipe-gbk.txt");
        ImportPreview preview = service.preview(new ImportRequest("pipe-gbk.txt", bytes, null));
        assertThat(preview.regionSource()).isEqualTo(RegionSource.STATED);
        assertThat(preview.status()).isEqualTo(ImportStatus.NEW);
        ImportOutcome outcome = service.store(new ImportRequest("pipe-gbk.txt", bytes, null));
        assertThat(outcome.status()).isEqualTo(ImportStatus.NEW);
        assertThat(outcome.unit()).isEqualTo("示例县农业农村局");
        assertThat(outcome.region()).isEqualTo("河南省/示例市/示例县");
        assertThat(outcome.indicators()).isEqualTo(5);

        var doc = db.selectFrom(DOCUMENT)
                .where(DOCUMENT.ID.eq(outcome.documentId()))
                .fetchSingle();
        assertThat(doc.getOrigin()).isEqualTo("import");
        assertThat(doc.getSha256()).isEqualTo(SourceText.sha256(bytes));
        var kept = db.selectFrom(DOCUMENT_FILE)
                .where(DOCUMENT_FILE.SHA256.eq(doc.getSha256()))
                .fetchSingle();
        assertThat(kept.getContent()).isEqualTo(bytes);
        assertThat(kept.getRegion()).isEqualTo("河南省/示例市/示例县");

        // Every stored indicator points at a source line that holds its figures.
        var row = db.select(INDICATOR.LINE_TO, INDICATOR.TARGET, INDICATOR.ACTUAL)
                .from(INDICATOR)
                .join(EVALUATION)
                .on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .where(EVALUATION.DOCUMENT_ID.eq(outcome.documentId()), INDICATOR.NAME.eq("新建高标准农田面积"))
                .fetchSingle();
        String line = db.select(SOURCE_LINE.TEXT)
                .from(SOURCE_LINE)
                .where(SOURCE_LINE.DOCUMENT_ID.eq(outcome.documentId()), SOURCE_LINE.LINE_NO.eq(row.value1()))
                .fetchSingle(SOURCE_LINE.TEXT);
        assertThat(line).contains("新建高标准农田面积", row.value2(), row.value3());
        assertThat(db.fetchCount(
                        INDICATOR_ASSESSMENT
                                .join(INDICATOR)
                                .on(INDICATOR.ID.eq(INDICATOR_ASSESSMENT.INDICATOR_ID))
                                .join(EVALUATION)
                                .on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID)),
                        EVALUATION.DOCUMENT_ID.eq(outcome.documentId())))
                .isEqualTo(5);
        var unmet = db.select(INDICATOR_ASSESSMENT.STATUS)
                .from(INDICATOR_ASSESSMENT)
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(INDICATOR_ASSESSMENT.INDICATOR_ID))
                .where(INDICATOR.NAME.eq("新建高标准农田面积"))
                .fetchSingle()
                .value1();
        assertThat(unmet).isEqualTo("unmet");

        // Imported again: nothing changes.
        Map<String, String> after = TestStores.checksums(db);
        assertThat(service.store(new ImportRequest("again.txt", bytes, null)).status())
                .isEqualTo(ImportStatus.UNCHANGED);
        assertThat(TestStores.checksums(db)).isEqualTo(after);
    }

    @Test
    void aRevisedReportReplacesTheCurrentOneAndTheOldStaysInHistory() {
        long seedDocument = db.select(DOCUMENT.ID)
                .from(DOCUMENT)
                .where(DOCUMENT.FILE_NAME.eq(WUWEI))
                .fetchSingle()
                .value1();
        ImportPreview preview = service.preview(new ImportRequest("wuwei-rev.txt", revisedWuwei("87"), null));
        assertThat(preview.status()).isEqualTo(ImportStatus.REPLACES);
        assertThat(preview.existingDocumentId()).isEqualTo(seedDocument);
        assertThat(preview.regionSource()).isEqualTo(RegionSource.STORED_UNIT);
        assertThat(preview.region()).isEqualTo("甘肃省/武威市");

        ImportOutcome outcome = service.store(new ImportRequest("wuwei-rev.txt", revisedWuwei("87"), null));
        assertThat(outcome.status()).isEqualTo(ImportStatus.REPLACES);
        assertThat(outcome.replacedDocumentId()).isEqualTo(seedDocument);
        assertThat(db.select(DOCUMENT.REPLACED_BY)
                        .from(DOCUMENT)
                        .where(DOCUMENT.ID.eq(seedDocument))
                        .fetchSingle()
                        .value1())
                .isEqualTo(outcome.documentId());
        assertThat(overallTotal()).isEqualByComparingTo("87");
        // History: the seed's evaluations are still there, only no longer current.
        assertThat(db.fetchCount(EVALUATION, EVALUATION.DOCUMENT_ID.eq(seedDocument)))
                .isEqualTo(4);
        assertThat(db.fetchCount(CURRENT_EVALUATION, CURRENT_EVALUATION.UNIT_NAME.eq("武威市政府政务服务中心")))
                .isEqualTo(4);

        // A second revision, then the first again: the first becomes current once more.
        ImportOutcome second = service.store(new ImportRequest("wuwei-rev2.txt", revisedWuwei("86"), null));
        assertThat(second.replacedDocumentId()).isEqualTo(outcome.documentId());
        assertThat(overallTotal()).isEqualByComparingTo("86");
        ImportOutcome restored = service.store(new ImportRequest("wuwei-rev.txt", revisedWuwei("87"), null));
        assertThat(restored.status()).isEqualTo(ImportStatus.RESTORES);
        assertThat(overallTotal()).isEqualByComparingTo("87");
        assertThat(db.fetchCount(DOCUMENT, DOCUMENT.REPLACED_BY.isNull())).isEqualTo(5);
    }

    @Test
    void anImportBrokenOffHalfWayLeavesNothingOfThatReport() {
        Map<String, String> before = TestStores.checksums(db);
        service.progress(count -> {
            if (count == 2) {
                throw new IllegalStateException("killed after 2 of 4 evaluations");
            }
        });
        assertThatThrownBy(() -> service.store(new ImportRequest("wuwei-rev.txt", revisedWuwei("87"), null)))
                .hasMessageContaining("killed after 2 of 4 evaluations");
        assertThat(TestStores.checksums(db)).isEqualTo(before);
        assertThat(overallTotal()).isEqualByComparingTo("88");
        // The same import, not interrupted, then goes in whole.
        service.progress(DocumentStore.Progress.NONE);
        assertThat(service.store(new ImportRequest("wuwei-rev.txt", revisedWuwei("87"), null))
                        .status())
                .isEqualTo(ImportStatus.REPLACES);
    }

    @Test
    void theRegionIsAskedForNeverGuessed() {
        byte[] bytes = TestStores.resource("/import/good/tsv-units-bom.txt");
        ImportPreview preview = service.preview(new ImportRequest("tsv.txt", bytes, null));
        assertThat(preview.needsRegion()).isTrue();
        assertThat(preview.region()).isNull();
        assertThat(preview.canStore()).isFalse();
        Map<String, String> before = TestStores.checksums(db);
        assertThatThrownBy(() -> service.store(new ImportRequest("tsv.txt", bytes, null)))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.issue().code()).isEqualTo("regionRequired"));
        assertThatThrownBy(() -> service.store(new ImportRequest("tsv.txt", bytes, "a/b/c/d")))
                .isInstanceOfSatisfying(
                        ImportRejected.class, e -> assertThat(e.issue().code()).isEqualTo("badRegion"));
        assertThat(TestStores.checksums(db)).isEqualTo(before);
        ImportOutcome outcome = service.store(new ImportRequest("tsv.txt", bytes, "北京市 示例区"));
        assertThat(outcome.region()).isEqualTo("北京市/示例区");
        // A file that states its region may not be given another one.
        byte[] stated = TestStores.resource("/import/good/pipe-gbk.txt");
        assertThat(service.preview(new ImportRequest("p.txt", stated, "河南省/别的市"))
                        .errors())
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("regionConflict"));
    }

    @Test
    void aRebuildCarriesEveryImportedReportOver() throws Exception {
        service.store(new ImportRequest("wuwei-rev.txt", revisedWuwei("87"), null));
        service.store(new ImportRequest("wuwei-rev2.txt", revisedWuwei("86"), null));
        service.store(new ImportRequest("pipe-gbk.txt", TestStores.resource("/import/good/pipe-gbk.txt"), null));
        service.store(new ImportRequest("tsv.txt", TestStores.resource("/import/good/tsv-units-bom.txt"), "北京市/示例区"));
        int documents = db.fetchCount(DOCUMENT);
        int current = db.fetchCount(DOCUMENT, DOCUMENT.REPLACED_BY.isNull());
        int indicators = db.fetchCount(INDICATOR);
        connection.close();

        SeedsAndImports.build(store);

        connect();
        assertThat(db.fetchCount(DOCUMENT)).isEqualTo(documents).isEqualTo(9);
        assertThat(db.fetchCount(DOCUMENT, DOCUMENT.REPLACED_BY.isNull()))
                .isEqualTo(current)
                .isEqualTo(7);
        assertThat(db.fetchCount(INDICATOR)).isEqualTo(indicators);
        assertThat(db.fetchCount(DOCUMENT_FILE)).isEqualTo(4);
        assertThat(overallTotal()).isEqualByComparingTo("86");
        assertThat(db.select(UNIT.NAME).from(UNIT).fetch(UNIT.NAME)).contains("示例县农业农村局", "示例区卫生健康委员会");
    }

    @Test
    void aKeptFileThatNoLongerImportsStopsTheRebuildAndTheOldStoreStays() throws Exception {
        service.store(new ImportRequest("pipe-gbk.txt", TestStores.resource("/import/good/pipe-gbk.txt"), null));
        db.update(DOCUMENT_FILE)
                .set(DOCUMENT_FILE.CONTENT, "damaged".getBytes(StandardCharsets.UTF_8))
                .execute();
        Map<String, String> before = TestStores.checksums(db);
        connection.close();
        assertThatThrownBy(() -> SeedsAndImports.build(store)).hasMessageContaining("pipe-gbk.txt");
        connect();
        assertThat(TestStores.checksums(db)).isEqualTo(before);
        assertThat(store.resolveSibling(store.getFileName() + ".building")).doesNotExist();
    }

    @Test
    void aStoreFromBeforeImportsSaysToRebuild() {
        db.execute("DROP TABLE document_file");
        ImportService fresh = new ImportService(db);
        assertThat(fresh.preview(new ImportRequest("p.txt", TestStores.resource("/import/good/pipe-gbk.txt"), null))
                        .errors())
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("storeOutdated"));
    }

    private BigDecimal overallTotal() {
        return db.select(CURRENT_EVALUATION.TOTAL_SCORE)
                .from(CURRENT_EVALUATION)
                .where(CURRENT_EVALUATION.UNIT_NAME.eq("武威市政府政务服务中心"), CURRENT_EVALUATION.KIND.eq("overall"))
                .fetchSingle()
                .value1();
    }
}
