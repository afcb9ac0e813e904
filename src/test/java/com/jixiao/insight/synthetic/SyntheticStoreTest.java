package com.jixiao.insight.synthetic;

import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_ASSESSMENT;
import static com.jixiao.insight.store.generated.Tables.STORE_META;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreTest {

    @TempDir
    Path dir;

    @Test
    void smallScaleIsAboutFiftyThousandIndicatorsMarkedSyntheticAndDeterministic() throws Exception {
        var first = SyntheticStore.generate(dir.resolve("a.duckdb"), Scale.SMALL, 7);
        var second = SyntheticStore.generate(dir.resolve("b.duckdb"), Scale.SMALL, 7);
        System.out.printf(
                "SyntheticStoreTest: small scale, %d evaluations, %d indicators in %d ms%n",
                first.evaluations(), first.indicators(), first.millis());
        assertThat(first.indicators()).isBetween(35_000L, 70_000L).isEqualTo(second.indicators());
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + first.store())) {
            var db = DSL.using(c, SQLDialect.DUCKDB);
            assertThat(db.select(STORE_META.VALUE)
                            .from(STORE_META)
                            .where(STORE_META.KEY.eq("content"))
                            .fetchOne(STORE_META.VALUE))
                    .isEqualTo("synthetic");
            assertThat(db.fetchCount(INDICATOR)).isEqualTo((int) first.indicators());
            assertThat(db.fetchCount(INDICATOR_ASSESSMENT)).isEqualTo((int) first.indicators());
            assertThat(db.fetchCount(EVALUATION)).isEqualTo((int) first.evaluations());
            // Shaped like the seeds: mostly met, some missed, low execution rates exist, some self-scores depart.
            double unmet = db.fetchCount(INDICATOR_ASSESSMENT, INDICATOR_ASSESSMENT.STATUS.eq("unmet"))
                    / (double) first.indicators();
            assertThat(unmet).isBetween(0.02, 0.2);
            assertThat(db.fetchCount(UNIT_YEAR_METRICS, UNIT_YEAR_METRICS.EXECUTION_RATE.lt(new BigDecimal("0.6"))))
                    .isPositive();
            assertThat(db.fetchCount(DSL.table(DSL.name("audit_flag")))).isPositive();
        }
    }
}
