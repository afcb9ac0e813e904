package com.jixiao.insight.evaluation.assessment;

import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS_LIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-aggregated table holds exactly the rows of the view, after a build, an import and a synthetic load. */
class UnitYearMetricsTest {

    @TempDir
    Path dir;

    private static void assertSameAsTheView(DSLContext db) {
        // Fresh selects for each: jOOQ's set operations build on the select they are called on.
        assertThat(db.fetchCount(DSL.select(DSL.asterisk())
                        .from(UNIT_YEAR_METRICS)
                        .except(DSL.select(DSL.asterisk()).from(UNIT_YEAR_METRICS_LIVE))))
                .isZero();
        assertThat(db.fetchCount(DSL.select(DSL.asterisk())
                        .from(UNIT_YEAR_METRICS_LIVE)
                        .except(DSL.select(DSL.asterisk()).from(UNIT_YEAR_METRICS))))
                .isZero();
        assertThat(db.fetchCount(UNIT_YEAR_METRICS))
                .isEqualTo(db.fetchCount(UNIT_YEAR_METRICS_LIVE))
                .isPositive();
    }

    @Test
    void afterABuildAndAnImportThatReplacesAReport() throws Exception {
        Path store = dir.resolve("s.duckdb");
        SeedsAndImports.build(store);
        byte[] revised;
        try (InputStream in = getClass().getResourceAsStream("/data/sources/004_0ed4b7e3fbc5b049.txt")) {
            revised = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("合 计\t\t\t\t\t\t\t88", "合 计\t\t\t\t\t\t\t87")
                    .getBytes(StandardCharsets.UTF_8);
        }
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            assertSameAsTheView(db);
            var wuwei = UNIT_YEAR_METRICS.UNIT_NAME.eq("武威市政府政务服务中心");
            assertThat(db.select(UNIT_YEAR_METRICS.REPORTED_SCORE)
                            .from(UNIT_YEAR_METRICS)
                            .where(wuwei)
                            .fetchSingle()
                            .value1())
                    .isEqualByComparingTo("88");

            new ImportService(db).store(new ImportRequest("wuwei-revised.txt", revised, "甘肃省/武威市"));
            assertSameAsTheView(db);
            assertThat(db.select(UNIT_YEAR_METRICS.REPORTED_SCORE)
                            .from(UNIT_YEAR_METRICS)
                            .where(wuwei)
                            .fetchSingle()
                            .value1())
                    .isEqualByComparingTo("87");
        }
    }

    @Test
    void afterASyntheticLoad() throws Exception {
        Path store = SyntheticStore.generate(dir.resolve("syn.duckdb"), Scale.SMALL, 9)
                .store();
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            assertSameAsTheView(DSL.using(c, SQLDialect.DUCKDB));
        }
    }
}
