package com.jixiao.insight.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.batch.BatchFixtures.Report;
import com.jixiao.insight.ingest.model.ImportLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIPs of reports: folders walked, system files skipped, GBK names read, and a bomb refused whole with a reason. */
class ZipEntriesTest {

    @TempDir
    Path dir;

    private BatchFiles files(ZipLimits limits) {
        return new BatchFiles(1, dir, ImportLimits.DEFAULT, limits);
    }

    private static Report file(String name, String text) {
        return new Report(name, text.getBytes(StandardCharsets.UTF_8), null, 0, 0, 0);
    }

    @Test
    void foldersAreWalkedAndSystemFilesSkipped() throws Exception {
        BatchFiles files = files(ZipLimits.DEFAULT);
        byte[] zip = BatchFixtures.zip(List.of(
                file("2024/武汉/a.txt", "a"),
                file("2024/b.txt", "b"),
                file("__MACOSX/2024/._a.txt", "x"),
                file(".hidden/c.txt", "x"),
                file("2024/.DS_Store", "x"),
                file("Thumbs.db", "x"),
                file("c.xlsx", "c")));
        files.add("reports.zip", new ByteArrayInputStream(zip));
        assertThat(files.files())
                .extracting(BatchFiles.Received::name)
                .containsExactly("reports.zip/2024/武汉/a.txt", "reports.zip/2024/b.txt", "reports.zip/c.xlsx");
        BatchFiles.Received a = files.files().getFirst();
        assertThat(Files.readString(a.path())).isEqualTo("a");
        assertThat(a.path().getFileName().toString()).isEqualTo("1"); // saved under its number, never its name
        assertThat(a.sha256()).isEqualTo(com.jixiao.insight.ingest.model.SourceText.sha256(new byte[] {'a'}));
    }

    @Test
    void namesWrittenByChineseWindowsAreReadAsGbk() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry("自评报告/洪山区.txt"));
            zip.write('x');
            zip.closeEntry();
        }
        BatchFiles files = files(ZipLimits.DEFAULT);
        files.add("旧.zip", new ByteArrayInputStream(out.toByteArray()));
        assertThat(files.files()).extracting(BatchFiles.Received::name).containsExactly("旧.zip/自评报告/洪山区.txt");
    }

    @Test
    void aZipBombIsRefusedWholeAndNothingOfItKept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("a report".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros); // 64 MB of zeros: ~64 KB compressed
            }
            zip.closeEntry();
        }
        BatchFiles files = files(ZipLimits.DEFAULT);
        files.add("reports.zip", new ByteArrayInputStream(out.toByteArray()));
        assertThat(files.files()).hasSize(1);
        BatchFiles.Received refused = files.files().getFirst();
        assertThat(refused.name()).isEqualTo("reports.zip");
        assertThat(refused.refusal().code()).isEqualTo("zipBomb");
        assertThat(refused.path()).isNull();
        try (var left = Files.list(dir)) {
            assertThat(left)
                    .as("the files unpacked before the bomb are deleted")
                    .isEmpty();
        }
    }

    @Test
    void tooManyFilesOrTooManyBytesRefuseTheZip() throws Exception {
        List<Report> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(file(i + ".txt", "report " + i));
        }
        BatchFiles files = files(new ZipLimits(5, 1_000_000, 100, 1024 * 1024));
        files.add("many.zip", new ByteArrayInputStream(BatchFixtures.zip(many)));
        assertThat(files.files())
                .singleElement()
                .satisfies(r -> assertThat(r.refusal().code()).isEqualTo("zipTooManyEntries"));

        BatchFiles small = files(new ZipLimits(100, 20, 100, 1024 * 1024));
        small.add("big.zip", new ByteArrayInputStream(BatchFixtures.zip(many)));
        assertThat(small.files())
                .singleElement()
                .satisfies(r -> assertThat(r.refusal().code()).isEqualTo("zipTooLarge"));
    }

    @Test
    void aBrokenZipIsRefusedWithItsReason() throws Exception {
        byte[] zip = BatchFixtures.zip(List.of(file("a.txt", "a".repeat(10_000))));
        byte[] broken = java.util.Arrays.copyOf(zip, zip.length / 2);
        BatchFiles files = files(ZipLimits.DEFAULT);
        files.add("broken.zip", new ByteArrayInputStream(broken));
        assertThat(files.files())
                .singleElement()
                .satisfies(r -> assertThat(r.refusal().code()).isIn("zipUnreadable", "zipEmpty"));
        BatchFiles none = files(ZipLimits.DEFAULT);
        none.add("empty.zip", new ByteArrayInputStream(BatchFixtures.zip(List.of(file("__MACOSX/x", "x")))));
        assertThat(none.files())
                .singleElement()
                .satisfies(r -> assertThat(r.refusal().code()).isEqualTo("zipEmpty"));
    }
}
