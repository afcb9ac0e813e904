package com.jixiao.insight.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.ImportServiceTest;
import com.jixiao.insight.ingest.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import [--dry-run] [--region] FILE...}: arguments, the JSON of a dry run, and storing file by file. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void argumentsAreCheckedBeforeAnythingStarts() throws Exception {
        Path f = write("a.txt", "x".getBytes(StandardCharsets.UTF_8));
        ImportRun c = ImportRun.parse(
                "--dry-run", "--region", "山东省 淄博市 张店区", "--lang=en", f.toString(), "--jixiao.store.path=/srv/j.duckdb");
        assertThat(c.dryRun()).isTrue();
        assertThat(c.region()).isEqualTo("山东省/淄博市/张店区");
        assertThat(c.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(c.files()).containsExactly(f);
        assertThat(c.springArgs()).containsExactly("--jixiao.store.path=/srv/j.duckdb");
        assertThatIllegalArgumentException().isThrownBy(ImportRun::parse).withMessageContaining("import what?");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImportRun.parse("--colour", f.toString()))
                .withMessageContaining("unknown option --colour");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImportRun.parse(dir.resolve("nope.txt").toString()))
                .withMessageContaining("no such file");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImportRun.parse("--region", "", f.toString()))
                .withMessageContaining("--region");
    }

    @Test
    void aDryRunPrintsTheReportsAsJsonWithTheDocumentedNames() throws Exception {
        Path zhangdian = write("003.txt", TestStores.resource("/data/sources/003_c9f88a5f83ff11a3.txt"));
        Path bad = write("empty.txt", new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportRun.parse("--dry-run", "--region", "山东省/淄博市/张店区", zhangdian.toString(), bad.toString())
                .dryRun(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt：文件是空的。");
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.propertyNames()).containsExactly("reports", "warnings", "errors");
        JsonNode reports = json.get("reports");
        assertThat(reports).hasSize(7);
        JsonNode hall = reports.get(1);
        for (String name : List.of(
                "unit",
                "region",
                "year",
                "kind",
                "name",
                "initialBudget",
                "adjustedBudget",
                "executed",
                "executionRate",
                "executionWeight",
                "executionScore",
                "totalScore",
                "grade",
                "note",
                "indicators",
                "sourceLines")) {
            assertThat(hall.has(name)).as(name).isTrue();
        }
        assertThat(hall.get("unit").asString()).isEqualTo("淄博市张店区行政审批服务局");
        assertThat(hall.get("region").asString()).isEqualTo("山东省/淄博市/张店区");
        assertThat(hall.get("year").asInt()).isEqualTo(2024);
        assertThat(hall.get("kind").asString()).isEqualTo("project");
        assertThat(hall.get("name").asString()).isEqualTo("政务服务大厅费用");
        assertThat(hall.get("executionRate").decimalValue()).isEqualByComparingTo(new BigDecimal("0.5465"));
        assertThat(hall.get("executionScore").decimalValue()).isEqualByComparingTo("5.47");
        assertThat(hall.get("grade").asString()).isEqualTo("优");
        JsonNode indicator = hall.get("indicators").get(0);
        for (String name : List.of(
                "category",
                "subcategory",
                "name",
                "target",
                "actual",
                "weight",
                "score",
                "deviationReason",
                "sourceLines")) {
            assertThat(indicator.has(name)).as(name).isTrue();
        }
        assertThat(indicator.get("sourceLines").get(0).asInt()).isEqualTo(60);
        assertThat(json.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("file").asString()).isEqualTo("empty.txt");
            assertThat(e.get("code").asString()).isEqualTo("empty");
        });
    }

    @Test
    void withoutARegionTheDryRunSaysItIsMissing() throws Exception {
        Path zhangdian = write("003.txt", TestStores.resource("/data/sources/003_c9f88a5f83ff11a3.txt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ImportRun.parse("--dry-run", zhangdian.toString())
                .dryRun(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("reports").get(0).get("region").isNull()).isTrue();
        assertThat(json.get("warnings").valueStream().map(w -> w.get("code").asString()))
                .contains("regionNotStated");
    }

    @Test
    void storingGoesFileByFileAndSaysWhatHappened() throws Exception {
        Path store = TestStores.seededCopy(dir);
        Path revised = write("wuwei-rev.txt", ImportServiceTest.revisedWuwei("87"));
        Path same = write("004.txt", TestStores.resource("/data/sources/004_0ed4b7e3fbc5b049.txt"));
        Path noRegion = write("tsv.txt", TestStores.resource("/import/good/tsv-units-bom.txt"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            ImportService service = new ImportService(DSL.using(c, SQLDialect.DUCKDB));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ImportRun.parse(revised.toString(), same.toString(), noRegion.toString())
                    .store(
                            service,
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(1);
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed)
                    .contains("wuwei-rev.txt：已导入 武威市政府政务服务中心 2022 年度，4 个评价、79 个指标")
                    .contains("替换文档", "004.txt：已恢复先前版本");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("tsv.txt：文件没有写明地区");
        }
    }
}
