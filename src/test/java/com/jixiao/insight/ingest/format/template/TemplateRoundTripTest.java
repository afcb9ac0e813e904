package com.jixiao.insight.ingest.format.template;

import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.REGION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.TestStores;
import com.jixiao.insight.ingest.cli.ImportJson;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.store.ImportStatus;
import com.jixiao.insight.ingest.store.SeedReports;
import com.jixiao.insight.ingest.store.SeedReports.Seed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed data exported to the import template, imported into an empty store: the same evaluation and
 * indicator rows as the store built from data/ (every field the template carries), as XLSX and as CSV.
 */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void seedsThroughTheXlsxTemplateGiveTheSameRows() throws Exception {
        roundTrip(TemplateWriter::xlsx, ".xlsx");
    }

    @Test
    void seedsThroughTheCsvTemplateGiveTheSameRows() throws Exception {
        roundTrip(TemplateWriter::csv, ".csv");
    }

    private void roundTrip(Function<List<ReportDocument>, byte[]> writer, String extension) throws Exception {
        Path seeded = TestStores.seededCopy(dir);
        Path empty = TestStores.empty(dir);
        try (Connection a = DriverManager.getConnection("jdbc:duckdb:" + seeded);
                Connection b = DriverManager.getConnection("jdbc:duckdb:" + empty)) {
            DSLContext seeds = DSL.using(a, SQLDialect.DUCKDB);
            DSLContext imported = DSL.using(b, SQLDialect.DUCKDB);
            ImportService service = new ImportService(imported);
            for (Seed seed : SeedReports.all()) {
                byte[] file = writer.apply(List.of(seed.document()));
                ImportOutcome o = service.store(new ImportRequest(seed.name().replace(".json", extension), file, null));
                assertThat(o.status()).isEqualTo(ImportStatus.NEW);
            }
            List<List<Object>> want = evaluations(seeds);
            List<List<Object>> got = evaluations(imported);
            List<List<Object>> wantIndicators = indicators(seeds);
            List<List<Object>> gotIndicators = indicators(imported);
            System.out.printf(
                    "TemplateRoundTrip %s: %d evaluation rows, %d indicator rows, identical: %s%n",
                    extension,
                    got.size(),
                    gotIndicators.size(),
                    want.equals(got) && wantIndicators.equals(gotIndicators));
            assertThat(got).hasSize(28).containsExactlyElementsOf(want);
            assertThat(gotIndicators).hasSize(474).containsExactlyElementsOf(wantIndicators);
        }
    }

    private static List<List<Object>> evaluations(DSLContext db) {
        return db.select(
                        UNIT.NAME,
                        REGION.PATH,
                        EVALUATION.FISCAL_YEAR,
                        EVALUATION.KIND,
                        EVALUATION.SEQ,
                        EVALUATION.NAME,
                        EVALUATION.SUPERVISING_DEPARTMENT,
                        EVALUATION.IMPLEMENTING_UNIT,
                        EVALUATION.INITIAL_BUDGET,
                        EVALUATION.ADJUSTED_BUDGET,
                        EVALUATION.EXECUTED,
                        EVALUATION.EXECUTION_RATE,
                        EVALUATION.EXECUTION_WEIGHT,
                        EVALUATION.EXECUTION_SCORE,
                        EVALUATION.TOTAL_SCORE,
                        EVALUATION.GRADE,
                        EVALUATION.ANNUAL_GOAL,
                        EVALUATION.GOAL_OUTCOME,
                        EVALUATION.NOTE)
                .from(EVALUATION)
                .join(UNIT)
                .on(UNIT.ID.eq(EVALUATION.UNIT_ID))
                .join(REGION)
                .on(REGION.ID.eq(UNIT.REGION_ID))
                .orderBy(UNIT.NAME, EVALUATION.FISCAL_YEAR, EVALUATION.SEQ)
                .fetch(TemplateRoundTripTest::values);
    }

    private static List<List<Object>> indicators(DSLContext db) {
        return db.select(
                        UNIT.NAME,
                        EVALUATION.FISCAL_YEAR,
                        EVALUATION.SEQ,
                        INDICATOR.SEQ,
                        INDICATOR.CATEGORY,
                        INDICATOR.SUBCATEGORY,
                        INDICATOR.NAME,
                        INDICATOR.INDICATOR_CLASS,
                        INDICATOR.NATURE,
                        INDICATOR.UNIT_OF_MEASURE,
                        INDICATOR.TARGET,
                        INDICATOR.ACTUAL,
                        INDICATOR.WEIGHT,
                        INDICATOR.SCORE,
                        INDICATOR.DEVIATION_REASON,
                        INDICATOR.IMPROVEMENT_MEASURES,
                        INDICATOR.NOTE)
                .from(INDICATOR)
                .join(EVALUATION)
                .on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .join(UNIT)
                .on(UNIT.ID.eq(EVALUATION.UNIT_ID))
                .orderBy(UNIT.NAME, EVALUATION.FISCAL_YEAR, EVALUATION.SEQ, INDICATOR.SEQ)
                .fetch(TemplateRoundTripTest::values);
    }

    /** Decimals compared by value (DECIMAL(18,4) both sides, but be plain about it). */
    private static List<Object> values(Record r) {
        return java.util.Arrays.stream(r.intoArray())
                .map(v -> v instanceof java.math.BigDecimal d ? ImportJson.plain(d) : v)
                .map(v -> (Object) (v == null ? "∅" : v))
                .toList();
    }
}
