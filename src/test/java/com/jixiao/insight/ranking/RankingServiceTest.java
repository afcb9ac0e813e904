package com.jixiao.insight.ranking;

import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rankings over a store built from the five seed reports. */
class RankingServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2025-03-01T01:30:00Z");

    @TempDir
    static Path dir;

    private static Connection connection;
    private static DSLContext db;
    private static RankingService service;

    @BeforeAll
    static void buildStore() throws Exception {
        Path store = dir.resolve("ranking.duckdb");
        SeedsAndImports.build(store);
        connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        db = DSL.using(connection, SQLDialect.DUCKDB);
        service = new RankingService(db, AccessScope.fixed(Restriction.NONE), Clock.fixed(NOW, SHANGHAI));
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @Test
    void executionRate2024RanksTheThreeUnitsOfThatYearHighestFirst() {
        RankingTable table = service.rank(RankingQuery.year(RankingMetric.EXECUTION_RATE, 2024));

        assertThat(table.rows()).extracting(RankingRow::fiscalYear).containsOnly(2024);
        assertThat(table.rows())
                .extracting(RankingRow::unitName)
                .containsExactlyInAnyOrder("武汉市洪山区行政审批局", "武汉市江汉区行政审批局", "淄博市张店区行政审批服务局");
        assertRankedDescending(table.rows());

        RankingRow hongshan = row(table, "武汉市洪山区行政审批局");
        assertThat(hongshan.value()).isEqualByComparingTo("0.9901");
        assertThat(hongshan.executionRate()).isEqualByComparingTo("0.9901");
        assertThat(hongshan.adjustedBudget()).isEqualByComparingTo("3186.46");
        assertThat(hongshan.executed()).isEqualByComparingTo("3155.06");
        assertThat(hongshan.reportedScore()).isEqualByComparingTo("99.8");
        assertThat(hongshan.scoreBasis()).isEqualTo("overall");
        assertThat(hongshan.regionPath()).isEqualTo("湖北省/武汉市/洪山区");

        // Zhangdian published no overall evaluation: its rate is its projects' executed over their budget.
        RankingRow zhangdian = row(table, "淄博市张店区行政审批服务局");
        var projects = db.select(DSL.sum(EVALUATION.ADJUSTED_BUDGET), DSL.sum(EVALUATION.EXECUTED))
                .from(EVALUATION)
                .join(UNIT)
                .on(UNIT.ID.eq(EVALUATION.UNIT_ID))
                .where(UNIT.NAME.eq("淄博市张店区行政审批服务局"), EVALUATION.KIND.eq("project"))
                .fetchSingle();
        BigDecimal expected = projects.value2().divide(projects.value1(), MathContext.DECIMAL64);
        assertThat(zhangdian.adjustedBudget()).isEqualByComparingTo(projects.value1());
        assertThat(zhangdian.executed()).isEqualByComparingTo(projects.value2());
        assertThat(zhangdian.value().subtract(expected).abs()).isLessThan(new BigDecimal("0.000001"));
        assertThat(zhangdian.scoreBasis()).isEqualTo("projects_mean");

        // None of the three published a report for 2023: no previous rank, no change.
        assertThat(table.rows()).allSatisfy(r -> {
            assertThat(r.previousRank()).isNull();
            assertThat(r.rankChange()).isNull();
        });
        assertThat(table.generatedAt()).isEqualTo(LocalDateTime.ofInstant(NOW, SHANGHAI));
        assertThat(table.synthetic()).as("the seeds are real reports").isFalse();
    }

    @Test
    void aRangeGivesRowsPerYearEachRankedFromOne() {
        RankingTable table = service.rank(new RankingQuery(RankingMetric.EXECUTION_RATE, 2022, 2024, Optional.empty()));

        var years = table.byYear();
        assertThat(years).containsOnlyKeys(2022, 2023, 2024);
        assertThat(years.get(2022)).extracting(RankingRow::unitName).containsExactly("武威市政府政务服务中心");
        assertThat(years.get(2023)).extracting(RankingRow::unitName).containsExactly("鄂州葛店经济技术开发区行政审批局");
        assertThat(years.get(2024)).hasSize(3);
        years.values().forEach(RankingServiceTest::assertRankedDescending);
        assertThat(years.get(2022).getFirst().value()).isEqualByComparingTo("1");
        assertThat(years.get(2023).getFirst().value()).isEqualByComparingTo("0.72");
    }

    @Test
    void theReportedScoreRanksTheOverallScoreOrTheMeanOfTheProjects() {
        RankingTable table = service.rank(RankingQuery.year(RankingMetric.SCORE, 2024));
        assertRankedDescending(table.rows());
        assertThat(table.rows().getFirst().unitName()).isEqualTo("武汉市洪山区行政审批局");
        assertThat(table.rows().getFirst().value()).isEqualByComparingTo("99.8");
        // (95.83 + 95.47 + 81.37 + 99.50 + 94.57 + 99.99 + 96.50) / 7
        assertThat(row(table, "淄博市张店区行政审批服务局").value()).isEqualByComparingTo("94.7471");
        // 江汉 2024 prints no score: named as not reported, never ranked as 0.
        assertThat(table.rows()).noneMatch(r -> r.unitName().equals("武汉市江汉区行政审批局"));
        assertThat(table.notReported()).containsExactly(Map.entry(2024, List.of("武汉市江汉区行政审批局")));
    }

    @Test
    void aRegionKeepsOnlyItsUnitsAndMatchesWholePathSegments() {
        RankingTable hubei =
                service.rank(new RankingQuery(RankingMetric.EXECUTION_RATE, 2022, 2024, Optional.of("湖北省")));
        assertThat(hubei.rows())
                .extracting(RankingRow::unitName)
                .containsExactlyInAnyOrder("武汉市洪山区行政审批局", "武汉市江汉区行政审批局", "鄂州葛店经济技术开发区行政审批局");
        assertThat(hubei.rows()).allSatisfy(r -> assertThat(r.regionPath()).startsWith("湖北省/"));

        RankingTable wuhan =
                service.rank(new RankingQuery(RankingMetric.EXECUTION_RATE, 2024, 2024, Optional.of("湖北省/武汉市")));
        assertThat(wuhan.rows())
                .extracting(RankingRow::unitName)
                .containsExactlyInAnyOrder("武汉市洪山区行政审批局", "武汉市江汉区行政审批局");
        assertThat(wuhan.rows())
                .extracting(RankingRow::rank)
                .as("ranked among themselves")
                .contains(1);

        assertThat(service.rank(new RankingQuery(RankingMetric.EXECUTION_RATE, 2024, 2024, Optional.of("湖北")))
                        .rows())
                .as("a name prefix is not a region")
                .isEmpty();
    }

    @Test
    void countsRankTheMostUnmetTargetsFirst() {
        RankingTable table = service.rank(RankingQuery.year(RankingMetric.UNMET_TARGETS, 2024));
        assertThat(table.rows()).hasSize(3);
        assertRankedDescending(table.rows());
        assertThat(table.rows())
                .allSatisfy(r -> assertThat(r.value()).isEqualByComparingTo(BigDecimal.valueOf(r.unmetTargets())));
    }

    private static void assertRankedDescending(List<RankingRow> rows) {
        assertThat(rows.getFirst().rank()).isEqualTo(1);
        for (int i = 1; i < rows.size(); i++) {
            RankingRow before = rows.get(i - 1);
            RankingRow after = rows.get(i);
            assertThat(after.value()).isLessThanOrEqualTo(before.value());
            assertThat(after.rank()).isEqualTo(after.value().compareTo(before.value()) == 0 ? before.rank() : i + 1);
        }
    }

    private static RankingRow row(RankingTable table, String unit) {
        return table.rows().stream()
                .filter(r -> r.unitName().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + unit));
    }

    @Test
    void pagesRankedInSqlAreTheRowsOfTheWholeRankingInOrderWithTheirRankChanges(@TempDir Path own) throws Exception {
        var store =
                SyntheticStore.generate(own.resolve("s.duckdb"), Scale.SMALL, 4).store();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            var synthetic = new RankingService(DSL.using(c, SQLDialect.DUCKDB), AccessScope.fixed(Restriction.NONE));
            for (RankingMetric metric : RankingMetric.values()) {
                var query = new RankingQuery(metric, 2021, 2024, Optional.empty());
                var whole = synthetic.rank(query).rows();
                assertThat(synthetic.count(query)).isEqualTo(whole.size());
                var pages = new ArrayList<RankingRow>();
                for (int offset = 0; offset < whole.size(); offset += 37) {
                    pages.addAll(synthetic.page(query, offset, 37));
                }
                assertThat(pages).as(metric.code()).containsExactlyElementsOf(whole);
                assertThat(whole).anyMatch(r -> r.rankChange() != null && r.rankChange() != 0);
                // Each previous rank is the unit's rank the year before, as the rows of that year give it.
                var rankOf = new HashMap<String, Integer>();
                whole.forEach(r -> rankOf.put(r.unitId() + "@" + r.fiscalYear(), r.rank()));
                whole.stream()
                        .filter(r -> r.fiscalYear() > 2021)
                        .forEach(r -> assertThat(r.previousRank())
                                .as(r.unitName() + " " + r.fiscalYear())
                                .isEqualTo(rankOf.get(r.unitId() + "@" + (r.fiscalYear() - 1))));
            }
        }
    }
}
