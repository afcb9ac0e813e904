package com.jixiao.insight.evaluation.assessment;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS_LIVE;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS_LIVE;
import static com.jixiao.insight.store.generated.Tables.UNMET_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-aggregated tables hold exactly the rows of their views, after a build, an import and a synthetic load. */
class MetricTablesTest {

    @TempDir
    Path dir;

    private static void assertSameAsTheView(DSLContext db) {
        assertSame(db, UNIT_YEAR_METRICS, UNIT_YEAR_METRICS_LIVE);
        assertSame(db, EVALUATION_METRICS, EVALUATION_METRICS_LIVE);
        // The flag count written with each indicator's assessment is the number of its flags.
        var flags = DSL.select(AUDIT_FLAG.INDICATOR_ID, DSL.count().as("n"))
                .from(AUDIT_FLAG)
                .where(AUDIT_FLAG.INDICATOR_ID.isNotNull())
                .groupBy(AUDIT_FLAG.INDICATOR_ID)
                .asTable("f");
        var a = INDICATOR_ASSESSMENT;
        assertThat(db.fetchCount(
                        a.leftJoin(flags)
                                .on(flags.field(AUDIT_FLAG.INDICATOR_ID).eq(a.INDICATOR_ID)),
                        DSL.coalesce(flags.field("n", Integer.class), DSL.inline(0))
                                .ne(a.FLAG_COUNT)))
                .isZero();
        assertThat(db.fetchCount(a, a.FLAG_COUNT.gt(0))).isPositive();
        // The unit-years' report and unmet-goal counts add up to the documents and goals in force.
        var m = UNIT_YEAR_METRICS;
        var sums =
                db.select(DSL.sum(m.DOCUMENTS), DSL.sum(m.UNMET_GOALS)).from(m).fetchSingle();
        var e = CURRENT_EVALUATION;
        assertThat(sums.value1().intValue())
                .isEqualTo(db.fetchCount(DSL.selectDistinct(e.DOCUMENT_ID).from(e)))
                .isPositive();
        assertThat(sums.value2().intValue())
                .isEqualTo(db.fetchCount(UNMET_GOAL.join(e).on(e.ID.eq(UNMET_GOAL.EVALUATION_ID))));
    }

    private static void assertSame(DSLContext db, Table<?> table, Table<?> view) {
        // Fresh selects for each: jOOQ's set operations build on the select they are called on.
        assertThat(db.fetchCount(DSL.select(DSL.asterisk())
                        .from(table)
                        .except(DSL.select(DSL.asterisk()).from(view))))
                .as(table.getName())
                .isZero();
        assertThat(db.fetchCount(DSL.select(DSL.asterisk())
                        .from(view)
                        .except(DSL.select(DSL.asterisk()).from(table))))
                .as(table.getName())
                .isZero();
        assertThat(db.fetchCount(table))
                .as(table.getName())
                .isEqualTo(db.fetchCount(view))
                .isPositive();
    }

    private static BigDecimal overallScore(DSLContext db, String unit) {
        return db.select(EVALUATION_METRICS.TOTAL_SCORE)
                .from(EVALUATION_METRICS)
                .where(EVALUATION_METRICS.UNIT_NAME.eq(unit), EVALUATION_METRICS.KIND.eq("overall"))
                .fetchSingle()
                .value1();
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
            assertThat(db.fetchCount(UNIT_YEAR_METRICS, UNIT_YEAR_METRICS.UNMET_GOALS.gt(0)))
                    .as("the seeds state unmet goals")
                    .isPositive();
            var wuwei = UNIT_YEAR_METRICS.UNIT_NAME.eq("武威市政府政务服务中心");
            assertThat(db.select(UNIT_YEAR_METRICS.REPORTED_SCORE)
                            .from(UNIT_YEAR_METRICS)
                            .where(wuwei)
                            .fetchSingle()
                            .value1())
                    .isEqualByComparingTo("88");
            assertThat(overallScore(db, "武威市政府政务服务中心")).isEqualByComparingTo("88");

            new ImportService(db).store(new ImportRequest("wuwei-revised.txt", revised, "甘肃省/武威市"));
            assertSameAsTheView(db);
            assertThat(db.select(UNIT_YEAR_METRICS.REPORTED_SCORE)
                            .from(UNIT_YEAR_METRICS)
                            .where(wuwei)
                            .fetchSingle()
                            .value1())
                    .isEqualByComparingTo("87");
            assertThat(overallScore(db, "武威市政府政务服务中心")).isEqualByComparingTo("87");
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
