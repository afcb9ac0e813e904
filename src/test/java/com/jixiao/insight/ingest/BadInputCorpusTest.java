package com.jixiao.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.ingest.model.FileNames;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.ImportLimits;
import com.jixiao.insight.ingest.model.ImportRejected;
import com.jixiao.insight.ingest.read.ReportReader;
import com.jixiao.insight.ingest.store.ImportStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-input corpus (src/test/resources/import/bad, its PDF and Office files made by
 * tools/badinput/make_bad_input.sh; plus a 50 MB file made here) is refused
 * with its own error, which names the file and, where there is one, the line or cell, in Chinese and in
 * English; and the store is left exactly as it was, table by table.
 */
class BadInputCorpusTest {

    @TempDir
    static Path dir;

    static Connection connection;
    static DSLContext db;
    static ImportService service;
    static Map<String, String> before;

    @BeforeAll
    static void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:" + TestStores.seededCopy(dir));
        db = DSL.using(connection, SQLDialect.DUCKDB);
        service = new ImportService(db);
        before = TestStores.checksums(db);
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("truncated-row.txt", "truncatedRow", 36),
                Arguments.of("truncated-character.txt", "truncatedCharacter", 2),
                Arguments.of("truncated.xlsx", "officeCorrupt", null),
                Arguments.of("unterminated-quote.csv", "unterminatedQuote", 3),
                Arguments.of("binary.png", "binary", null),
                Arguments.of("utf16.txt", "utf16", null),
                Arguments.of("latin1.txt", "unknownEncoding", null),
                Arguments.of("empty.txt", "empty", null),
                Arguments.of("blank.txt", "empty", null),
                Arguments.of("missing-columns.csv", "missingTemplateColumns", 1),
                Arguments.of("missing-columns.txt", "missingColumns", 4),
                Arguments.of("non-numeric.csv", "notANumber", 2),
                Arguments.of("non-numeric.txt", "budgetNotANumber", 5),
                Arguments.of("shifted-cells.csv", "extraCells", 3),
                Arguments.of("formula.csv", "formula", 2),
                Arguments.of("formula.xlsx", "formula", null),
                Arguments.of("html-in-cell.csv", "markupInCell", 2),
                Arguments.of("html-in-cell.xlsx", "markupInCell", null),
                Arguments.of("html-script.txt", "markup", 5),
                Arguments.of("no-tables.txt", "noReports", null),
                Arguments.of("calc-raw-order.txt", "textOutOfOrder", 33),
                Arguments.of("report.pdf", "pdfCorrupt", null),
                Arguments.of("truncated.pdf", "pdfCorrupt", null),
                Arguments.of("encrypted.pdf", "pdfEncrypted", null),
                Arguments.of("scan.pdf", "pdfNoText", null),
                Arguments.of("undecodable.pdf", "pdfUndecodable", null),
                Arguments.of("500-pages.pdf", "pdfTooManyPages", null),
                Arguments.of("zip-bomb.docx", "officeZipBomb", null),
                Arguments.of("zip-bomb.xlsx", "officeZipBomb", null),
                Arguments.of("corrupt.docx", "officeCorrupt", null),
                Arguments.of("encrypted.docx", "officeEncrypted", null),
                Arguments.of("old.xls", "officeCorrupt", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("corpus")
    void refusedWithItsOwnErrorAndTheStoreUnchanged(String file, String code, Integer line) {
        byte[] bytes = TestStores.resource("/import/bad/" + file);
        assertRefused(file, bytes, code, line);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
        byte[] row = "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10\n".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[50 * 1024 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = row[i % row.length];
        }
        assertRefused("big.txt", big, "tooLarge", null);
    }

    @Test
    void cellsAreNamedInTheTemplate() {
        ImportRejected e = refused("formula.xlsx", TestStores.resource("/import/bad/formula.xlsx"));
        assertThat(e.issue().cell()).isEqualTo("自评表!F2");
        assertThat(e.issue().message(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("formula.xlsx，单元格 自评表!F2：单元格是公式（=SUM(100,80)）：请只填数值或文字。");
        ImportRejected html = refused("html-in-cell.xlsx", TestStores.resource("/import/bad/html-in-cell.xlsx"));
        assertThat(html.issue().cell()).isEqualTo("自评表!H2");
        ImportRejected text = refused("non-numeric.txt", TestStores.resource("/import/bad/non-numeric.txt"));
        assertThat(text.issue().message(Messages.of(Locale.ENGLISH)))
                .isEqualTo("non-numeric.txt, line 5, cell 3: The budget figure “待定” is not a number.");
    }

    @Test
    void aCutOffOfficeFileSaysWhatItWasMeantToBe() {
        ImportRejected docx = refused("corrupt.docx", TestStores.resource("/import/bad/corrupt.docx"));
        assertThat(docx.issue().message(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("corrupt.docx：DOCX 文件已损坏或不完整（可能下载中断），无法打开。");
        ImportRejected xlsx = refused("truncated.xlsx", TestStores.resource("/import/bad/truncated.xlsx"));
        assertThat(xlsx.issue().message(Messages.of(Locale.ENGLISH)))
                .isEqualTo("truncated.xlsx: The XLSX file is damaged or incomplete (perhaps a broken download) and"
                        + " cannot be opened.");
    }

    @Test
    void aZipBombNamesThePartThatUnpacksTooMuch() {
        ImportRejected e = refused("zip-bomb.docx", TestStores.resource("/import/bad/zip-bomb.docx"));
        assertThat(e.issue().message(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo(
                        "zip-bomb.docx：文件中的“word/document.xml”解压后过大（超过 100 MB，或比压缩前大 100 倍以上），" + "像是恶意构造的“压缩炸弹”，已拒绝。");
    }

    @Test
    void aFileNameIsALabelNeverAPath() {
        ImportRejected e = refused("../../etc/passwd\u0000.txt", TestStores.resource("/import/bad/empty.txt"));
        assertThat(e.issue().file()).isEqualTo("passwd.txt");
    }

    private static ImportRejected refused(String file, byte[] bytes) {
        try {
            new ReportReader(ImportLimits.DEFAULT).parse(file, bytes);
        } catch (ImportRejected e) {
            return e;
        }
        throw new AssertionError(file + " was not refused");
    }

    private static void assertRefused(String file, byte[] bytes, String code, Integer line) {
        ImportRejected e = refused(file, bytes);
        assertThat(e.issue().code()).as(file).isEqualTo(code);
        if (line != null) {
            assertThat(e.issue().line()).as(file + " line").isEqualTo(line);
        }
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String message = e.issue().message(Messages.of(locale));
            assertThat(message).as(file).startsWith(FileNames.displayName(file)).doesNotContain("import.issue");
            System.out.println("BadInput " + file + " [" + locale + "] " + message);
        }
        ImportPreview preview = service.preview(new ImportRequest(file, bytes, "湖北省/武汉市"));
        assertThat(preview.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(preview.errors()).extracting(ImportIssue::code).containsExactly(code);
        assertThatThrownBy(() -> service.store(new ImportRequest(file, bytes, "湖北省/武汉市")))
                .isInstanceOfSatisfying(
                        ImportRejected.class, r -> assertThat(r.issue().code()).isEqualTo(code));
        assertThat(TestStores.checksums(db)).as("store after " + file).isEqualTo(before);
    }
}
