package com.jixiao.insight.ranking.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.ranking.RankingService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** GET /export/ranking over a store built from the seeds, through Spring MVC's request handling. */
class RankingExportControllerTest {

    @TempDir
    static Path dir;

    private static Connection connection;
    private static MockMvc mvc;

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("export.duckdb");
        SeedsAndImports.build(store);
        connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        var db = DSL.using(connection, SQLDialect.DUCKDB);
        var service = new RankingService(db, AccessScope.fixed(Restriction.NONE));
        var exports = new RankingExportService(service, new AuditLog(db));
        mvc = MockMvcBuilders.standaloneSetup(new RankingExportController(service, exports))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
    }

    @Test
    void returnsTheWorkbookAsAnAttachment() throws Exception {
        var response = mvc.perform(get("/export/ranking")
                        .param("metric", "execution-rate")
                        .param("from", "2024")
                        .param("to", "2024")
                        .param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; "
                                                + "filename=\"ranking-execution-rate-2024.xlsx\"; filename*=UTF-8''ranking-execution-rate-2024.xlsx"))
                .andReturn()
                .getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("2024");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("执行率排名");
        }
    }

    @Test
    void csvInEnglishForARegion() throws Exception {
        var response = mvc.perform(get("/export/ranking")
                        .param("metric", "execution-rate")
                        .param("from", "2022")
                        .param("to", "2024")
                        .param("region", "湖北省")
                        .param("format", "csv")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString("filename*=UTF-8''ranking-execution-rate-2022-2024.csv")))
                .andReturn()
                .getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFRank,")
                .contains("武汉市洪山区行政审批局", "鄂州葛店经济技术开发区行政审批局")
                .doesNotContain("淄博市张店区行政审批服务局");
        assertThat(csv.lines()).hasSize(1 + 3);
    }

    @Test
    void pdfIsServedAsPdf() throws Exception {
        var response = mvc.perform(get("/export/ranking")
                        .param("metric", "score")
                        .param("year", "2024")
                        .param("format", "pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse();
        assertThat(new String(response.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void badParametersAre400WithAClearMessage() throws Exception {
        expect400("?metric=speed&year=2024&format=xlsx", "unknown metric 'speed'");
        expect400("?year=2024&format=xlsx", "metric is missing");
        expect400("?metric=score&from=2024&format=xlsx", "from and to go together");
        expect400("?metric=score&from=abc&to=2024&format=xlsx", "from 'abc' is not a year such as 2024");
        expect400("?metric=score&from=2024&to=2022&format=xlsx", "from 2024 is after to 2022");
        expect400("?metric=score&year=2024&format=docx", "unknown format 'docx'; use one of csv, xlsx, pdf");
        expect400("?metric=score&year=2024", "format is missing");
        expect400("?metric=score&year=2024&format=pdf&lang=fr", "unsupported language 'fr'");
    }

    @Test
    void fileNamesAreQuotedAndEncodedPerRfc5987() {
        assertThat(RankingExportController.attachment("ranking-score-2024.pdf"))
                .isEqualTo("attachment; filename=\"ranking-score-2024.pdf\"; filename*=UTF-8''ranking-score-2024.pdf");
        assertThat(RankingExportController.attachment("排名 2024.pdf"))
                .isEqualTo("attachment; filename=\"__ 2024.pdf\"; filename*=UTF-8''%E6%8E%92%E5%90%8D%202024.pdf");
    }

    private static void expect400(String query, String message) throws Exception {
        var response = mvc.perform(get("/export/ranking" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .as(query)
                .contains(message);
        assertThat(response.getHeader("Content-Disposition")).as(query).isNull();
    }
}
