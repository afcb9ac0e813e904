package com.jixiao.insight.ranking.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.Application;
import com.jixiao.insight.ranking.RankingMetric;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.RankingTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code export ranking …}: what the arguments mean, what is refused and why, and that a file is whole or absent. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSingleYearToAFile() {
        ExportRun command = ExportRun.parse(
                "ranking",
                "--metric",
                "execution-rate",
                "--year",
                "2024",
                "--format",
                "xlsx",
                "--out",
                dir.resolve("r.xlsx").toString());
        assertThat(command.request().query()).isEqualTo(RankingQuery.year(RankingMetric.EXECUTION_RATE, 2024));
        assertThat(command.request().format()).isEqualTo(ExportFormat.XLSX);
        assertThat(command.request().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(command.out()).isEqualTo(dir.resolve("r.xlsx").toAbsolutePath());
        assertThat(command.springArgs()).isEmpty();
    }

    @Test
    void aRangeInARegionInEnglishWithTheFormatFromTheFileName() {
        ExportRun command = ExportRun.parse(
                "ranking",
                "--metric",
                "unmet-targets",
                "--from",
                "2022",
                "--to",
                "2024",
                "--region",
                "湖北省/武汉市/",
                "--lang",
                "en",
                "--out",
                dir.resolve("r.CSV").toString());
        assertThat(command.request().query())
                .isEqualTo(new RankingQuery(RankingMetric.UNMET_TARGETS, 2022, 2024, Optional.of("湖北省/武汉市")));
        assertThat(command.request().format()).isEqualTo(ExportFormat.CSV);
        assertThat(command.request().locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void equalsFormsADirectoryAndSpringProperties() {
        ExportRun command = ExportRun.parse(
                "ranking",
                "--metric=score",
                "--year=2023",
                "--format=pdf",
                "--out=" + dir,
                "--jixiao.store.path=/srv/jixiao.duckdb",
                "--lang=zh-CN");
        assertThat(command.request().query().metric()).isEqualTo(RankingMetric.SCORE);
        assertThat(command.request().format()).isEqualTo(ExportFormat.PDF);
        assertThat(command.out()).isEqualTo(dir.toAbsolutePath());
        assertThat(command.springArgs()).containsExactly("--jixiao.store.path=/srv/jixiao.duckdb");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of(), "export what?"),
                Arguments.of(
                        List.of("rankings", "--metric", "score"), "use export ranking, export briefing or export lake"),
                Arguments.of(List.of("ranking", "2024"), "unexpected argument '2024'"),
                Arguments.of(List.of("ranking", "--colour", "red"), "unknown option --colour"),
                Arguments.of(List.of("ranking", "--jixiao.store.path", "/x"), "--jixiao.store.path=VALUE"),
                Arguments.of(List.of("ranking", "--metric"), "--metric needs a value"),
                Arguments.of(List.of("ranking", "--metric", "--year", "2024"), "--metric needs a value"),
                Arguments.of(List.of("ranking", "--year", "2024", "--year", "2023"), "--year is given twice"),
                Arguments.of(
                        List.of("ranking", "--year", "2024", "--format", "csv", "--out", "OUT/r.csv"),
                        "metric is missing; use one of [execution-rate, score, recomputed-score, unmet-targets, audit-flags]"),
                Arguments.of(
                        List.of("ranking", "--metric", "speed", "--year", "2024", "--out", "OUT/r.csv"),
                        "unknown metric 'speed'"),
                Arguments.of(List.of("ranking", "--metric", "score", "--out", "OUT/r.csv"), "the year is missing"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--year", "24", "--out", "OUT/r.csv"),
                        "year '24' is not a year such as 2024"),
                Arguments.of(
                        List.of(
                                "ranking",
                                "--metric",
                                "score",
                                "--year",
                                "2024",
                                "--from",
                                "2022",
                                "--out",
                                "OUT/r.csv"),
                        "give either year or from and to, not both"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--from", "2022", "--out", "OUT/r.csv"),
                        "from and to go together"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--from", "2024", "--to", "2022", "--out", "OUT/r.csv"),
                        "from 2024 is after to 2022"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--from", "1990", "--to", "2024", "--out", "OUT/r.csv"),
                        "at most 30 years"),
                Arguments.of(
                        List.of(
                                "ranking",
                                "--metric",
                                "score",
                                "--year",
                                "2024",
                                "--format",
                                "docx",
                                "--out",
                                "OUT/r.docx"),
                        "unknown format 'docx'; use one of csv, xlsx, pdf"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--year", "2024", "--out", "OUT/r.txt"),
                        "format is missing"),
                Arguments.of(
                        List.of(
                                "ranking",
                                "--metric",
                                "score",
                                "--year",
                                "2024",
                                "--format",
                                "csv",
                                "--out",
                                "OUT/r.xlsx"),
                        "--format csv does not match --out r.xlsx"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--year", "2024", "--format", "csv"),
                        "--out is missing"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--year", "2024", "--out", "OUT/no/such/r.csv"),
                        "does not exist"),
                Arguments.of(
                        List.of("ranking", "--metric", "score", "--year", "2024", "--out", "OUT/r.csv", "--lang", "fr"),
                        "unsupported language 'fr'; use zh-CN or en"),
                Arguments.of(
                        List.of(
                                "ranking",
                                "--metric",
                                "score",
                                "--year",
                                "2024",
                                "--out",
                                "OUT/r.csv",
                                "--region",
                                "/"),
                        "is not a region path"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsAreRefusedWithASpecificMessage(List<String> args, String message) {
        String[] resolved =
                args.stream().map(a -> a.replace("OUT", dir.toString())).toArray(String[]::new);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExportRun.parse(resolved))
                .withMessageContaining(message);
    }

    @Test
    void badArgumentsExitWithStatus2BeforeAnythingStartsOrIsWritten() {
        Path out = dir.resolve("r.csv");
        PrintStream err = System.err;
        var captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            // Object.class: were Spring started, the missing RankingService would end in status 1, not 2.
            status = ExportRun.execute(
                    Object.class, "ranking", "--metric", "speed", "--year", "2024", "--out", out.toString());
        } finally {
            System.setErr(err);
        }
        assertThat(status).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("export: unknown metric 'speed'", "Usage:");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void runWritesTheFileAndSaysHowManyRows() throws IOException {
        ExportRun command = ExportRun.parse(
                "ranking",
                "--metric",
                "execution-rate",
                "--year",
                "2024",
                "--out",
                dir.resolve("r.csv").toString());
        String line = command.run(fixed());
        assertThat(line).isEqualTo("Exported 2 rows to " + dir.resolve("r.csv").toAbsolutePath());
        assertThat(Files.readString(dir.resolve("r.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF名次")
                .contains("武汉市洪山区行政审批局");
        assertThat(dir).isDirectoryContaining("glob:**/r.csv").isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aDirectoryGetsTheGeneratedFileName() throws IOException {
        ExportRun command = ExportRun.parse(
                "ranking", "--metric", "execution-rate", "--year", "2024", "--format", "xlsx", "--out", dir.toString());
        assertThat(command.run(fixed()))
                .endsWith(dir.resolve("ranking-execution-rate-2024.xlsx").toString());
        assertThat(Files.readAllBytes(dir.resolve("ranking-execution-rate-2024.xlsx")))
                .startsWith('P', 'K');
    }

    @Test
    void aFailureLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("r.pdf");
        Files.writeString(out, "last week's report");
        ExportRun command =
                ExportRun.parse("ranking", "--metric", "execution-rate", "--year", "2024", "--out", out.toString());
        assertThatThrownBy(() -> command.run(q -> {
                    throw new IllegalStateException("store unavailable");
                }))
                .hasMessage("store unavailable");
        assertThat(Files.readString(out)).as("the old file is untouched").isEqualTo("last week's report");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theWholeCommandOverARealStore() throws IOException {
        Path out = dir.resolve("hubei.csv");
        int status = ExportRun.execute(
                Application.class,
                "ranking",
                "--metric",
                "execution-rate",
                "--from",
                "2022",
                "--to",
                "2024",
                "--region",
                "湖北省",
                "--out",
                out.toString(),
                "--jixiao.store.path=" + dir.resolve("store.duckdb"));
        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 3);
        assertThat(String.join("\n", lines))
                .contains("武汉市洪山区行政审批局", "0.9901", "鄂州葛店经济技术开发区行政审批局")
                .doesNotContain("淄博市张店区行政审批服务局");
    }

    private static Function<RankingQuery, RankingTable> fixed() {
        return query -> new RankingTable(
                query,
                List.of(
                        new RankingRow(
                                2024,
                                1,
                                null,
                                1,
                                "武汉市洪山区行政审批局",
                                "湖北省/武汉市/洪山区",
                                new BigDecimal("0.9901"),
                                new BigDecimal("3186.46"),
                                new BigDecimal("3155.06"),
                                new BigDecimal("0.9901"),
                                new BigDecimal("99.8"),
                                new BigDecimal("99.8"),
                                "overall",
                                8,
                                5),
                        new RankingRow(
                                2024,
                                2,
                                null,
                                2,
                                "淄博市张店区行政审批服务局",
                                "山东省/淄博市/张店区",
                                new BigDecimal("0.8987"),
                                new BigDecimal("839.80"),
                                new BigDecimal("754.73"),
                                new BigDecimal("0.8987"),
                                null,
                                null,
                                "projects_mean",
                                3,
                                5)),
                LocalDateTime.of(2025, 3, 1, 9, 30),
                false);
    }
}
