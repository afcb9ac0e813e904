package com.jixiao.insight.dashboard;

import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.evaluation.assessment.MetricTables;
import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.SourceText;
import com.jixiao.insight.ingest.store.DocumentStore;
import com.jixiao.insight.ingest.store.SeedReports;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.scope.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Year-over-year changes over a store holding 张店 in 2024 and in an earlier year. */
class CompareServiceTest {

    private static final AccessScope ALL = AccessScope.fixed(Restriction.NONE);

    @TempDir
    Path dir;

    @Test
    void changesAreAgainstTheYearJustBefore() throws Exception {
        try (Connection c = storeWithZhangdianAlsoIn(2023)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            long unit = zhangdian(db);
            // 2023: every project executed in full, so the rate was 100%; 2024 is 754.73 / 839.80.
            db.update(EVALUATION)
                    .set(EVALUATION.EXECUTED, EVALUATION.ADJUSTED_BUDGET)
                    .where(EVALUATION.UNIT_ID.eq(unit), EVALUATION.FISCAL_YEAR.eq(2023))
                    .execute();
            MetricTables.refreshAll(db); // the test changed figures behind the pre-aggregation
            List<CompareRow> rows = new CompareService(db, ALL).compare(Scope.all(), List.of(unit));
            assertThat(rows).extracting(CompareRow::fiscalYear).containsExactly(2023, 2024);
            assertThat(rows.get(0).executionRate()).isEqualByComparingTo("1");
            assertThat(rows.get(0).executionRateChange())
                    .as("no year before 2023")
                    .isNull();
            CompareRow y2024 = rows.get(1);
            assertThat(y2024.executionRate()).isEqualByComparingTo("0.898702");
            assertThat(y2024.executionRateChange()).isEqualByComparingTo("-0.101298");
            assertThat(y2024.unmetTargetsChange()).isZero();
            assertThat(y2024.reportedScoreChange()).isEqualByComparingTo("0");

            // A year range keeps the change of its first year, computed against the year before it.
            List<CompareRow> only2024 = new CompareService(db, ALL)
                    .compare(Scope.all().withYears(Optional.of(2024), Optional.of(2024)), List.of(unit));
            assertThat(only2024)
                    .singleElement()
                    .satisfies(r -> assertThat(r.executionRateChange()).isEqualByComparingTo("-0.101298"));
        }
    }

    @Test
    void aMissingYearIsAGapNotABase() throws Exception {
        try (Connection c = storeWithZhangdianAlsoIn(2022)) {
            DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
            List<CompareRow> rows = new CompareService(db, ALL).compare(Scope.all(), List.of(zhangdian(db)));
            assertThat(rows).extracting(CompareRow::fiscalYear).containsExactly(2022, 2024);
            assertThat(rows.get(1).executionRateChange())
                    .as("2023 has no report")
                    .isNull();
            assertThat(rows.get(1).unmetTargetsChange()).isNull();
        }
    }

    @Test
    void withoutAChoiceEveryUnitInScopeIsCompared() throws Exception {
        Path store = dir.resolve("plain.duckdb");
        SeedsAndImports.build(store);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var rows = new CompareService(DSL.using(c, SQLDialect.DUCKDB), ALL)
                    .compare(Scope.all().withRegion(Optional.of("湖北省")), List.of());
            assertThat(rows)
                    .extracting(CompareRow::unitName)
                    .containsExactlyInAnyOrder("武汉市洪山区行政审批局", "武汉市江汉区行政审批局", "鄂州葛店经济技术开发区行政审批局");
            assertThat(rows).allSatisfy(r -> assertThat(r.executionRateChange()).isNull());
        }
    }

    /** The seeds, plus 张店's 2024 report stored once more as the given year's. */
    private Connection storeWithZhangdianAlsoIn(int year) throws Exception {
        Path store = dir.resolve("compare-" + year + ".duckdb");
        SeedsAndImports.build(store);
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + store);
        DSLContext db = DSL.using(c, SQLDialect.DUCKDB);
        var seed = SeedReports.all().stream()
                .filter(s -> s.name().startsWith("003"))
                .findFirst()
                .orElseThrow();
        ReportDocument d = seed.document();
        ReportDocument earlier = new ReportDocument(
                d.source(),
                d.title(),
                d.unit(),
                d.unitAliases(),
                d.region(),
                year,
                d.reports(),
                d.expenditureLines(),
                d.priorYearFigures(),
                d.contradictions());
        byte[] bytes = (String.join("\n", seed.source().lines()) + "\n" + year).getBytes(StandardCharsets.UTF_8);
        db.transaction(tx -> new DocumentStore(tx.dsl())
                .add(earlier, SourceText.utf8("earlier.txt", bytes), "import", List.of(), DocumentStore.Progress.NONE));
        return c;
    }

    private static long zhangdian(DSLContext db) {
        return db.select(UNIT.ID)
                .from(UNIT)
                .where(UNIT.NAME.eq("淄博市张店区行政审批服务局"))
                .fetchSingle()
                .value1();
    }
}
