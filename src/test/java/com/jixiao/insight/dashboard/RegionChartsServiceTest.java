package com.jixiao.insight.dashboard;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.dashboard.RegionCharts.Cell;
import com.jixiao.insight.dashboard.RegionCharts.Spread;
import com.jixiao.insight.ingest.store.SeedsAndImports;
import com.jixiao.insight.scope.Scope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region charts over the five seed reports: five regions in three provinces, one year each. */
class RegionChartsServiceTest {

    @TempDir
    static Path dir;

    static Connection connection;
    static DSLContext db;
    static RegionChartsService service;

    @BeforeAll
    static void store() throws Exception {
        Path store = dir.resolve("seeds.duckdb");
        SeedsAndImports.build(store);
        connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        db = DSL.using(connection, SQLDialect.DUCKDB);
        service = new RegionChartsService(
                db,
                AccessScope.fixed(Restriction.NONE),
                new DashboardProperties(null, null, null, null, null, null, null));
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @Test
    void theExecutionRateOfEachRegionAndYearIsWeightedByFundingAndAYearWithoutExecutedHasNone() {
        RegionCharts charts = service.regionCharts(Scope.all(), RegionMetric.EXECUTION_RATE);
        // Five regions in path order, each with its one year; no more cells than reports.
        assertThat(charts.cells())
                .extracting(Cell::regionLabel, Cell::fiscalYear)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("张店区", 2024),
                        org.assertj.core.groups.Tuple.tuple("江汉区", 2024),
                        org.assertj.core.groups.Tuple.tuple("洪山区", 2024),
                        org.assertj.core.groups.Tuple.tuple("葛店经开区", 2023),
                        org.assertj.core.groups.Tuple.tuple("武威市", 2022));
        assertThat(cell(charts, "洪山区").value()).isEqualByComparingTo("0.990146"); // 3,155.06 / 3,186.46
        assertThat(cell(charts, "张店区").value()).isEqualByComparingTo("0.898702"); // 754.73 / 839.80
        assertThat(cell(charts, "葛店经开区").value()).isEqualByComparingTo("0.720690"); // 573.15 / 795.28
        assertThat(cell(charts, "江汉区").value()).isEqualByComparingTo("1");
        // Seed 004 prints no executed (B): no weighted rate, never 0.
        assertThat(cell(charts, "武威市").value()).isNull();
        assertThat(cell(charts, "武威市").regionPath()).isEqualTo("甘肃省/武威市");
        assertThat(charts.cells()).allSatisfy(c -> assertThat(c.units()).isEqualTo(1));
    }

    @Test
    void theSpreadIsOfTheLastYearsUnitsWithQuartilesFromSql() {
        RegionCharts charts = service.regionCharts(Scope.all(), RegionMetric.EXECUTION_RATE);
        assertThat(charts.spreadYear()).contains(2024);
        assertThat(charts.spreads()).extracting(Spread::regionLabel).containsExactly("张店区", "江汉区", "洪山区");
        Spread hongshan = charts.spreads().get(2);
        // One unit: every statistic is its rate as reported.
        assertThat(hongshan.units()).isEqualTo(1);
        for (BigDecimal v : new BigDecimal[] {
            hongshan.min(),
            hongshan.lowWhisker(),
            hongshan.q1(),
            hongshan.median(),
            hongshan.q3(),
            hongshan.highWhisker(),
            hongshan.max(),
            hongshan.mean()
        }) {
            assertThat(v).isEqualByComparingTo("0.9901");
        }
        assertThat(hongshan.weak()).isZero();

        // Wuhan's districts when Wuhan is chosen; rolled up to Wuhan when fewer rows are allowed.
        Scope wuhan = Scope.all().withRegion(Optional.of("湖北省/武汉市"));
        assertThat(service.regionCharts(wuhan, RegionMetric.EXECUTION_RATE).spreads())
                .extracting(Spread::regionLabel)
                .containsExactly("江汉区", "洪山区");
        RegionCharts city = service.regionCharts(wuhan, RegionMetric.EXECUTION_RATE, 1);
        assertThat(city.cells()).singleElement().satisfies(c -> {
            assertThat(c.regionLabel()).isEqualTo("武汉市");
            assertThat(c.units()).isEqualTo(2);
            // (3,434.90 + 3,155.06) / (3,434.90 + 3,186.46)
            assertThat(c.value()).isEqualByComparingTo("0.995258");
        });
        // Two units: the quartiles interpolate between 0.9901 and 1, as quantile_cont does.
        assertThat(city.spreads()).singleElement().satisfies(s -> {
            assertThat(s.units()).isEqualTo(2);
            assertThat(s.q1()).isEqualByComparingTo("0.992575");
            assertThat(s.median()).isEqualByComparingTo("0.99505");
            assertThat(s.q3()).isEqualByComparingTo("0.997525");
            assertThat(s.lowWhisker()).isEqualByComparingTo("0.9901");
            assertThat(s.highWhisker()).isEqualByComparingTo("1");
        });
    }

    @Test
    void theUnmetShareIsUnmetOverAssessedIndicatorsAndLinksAKindFilter() {
        RegionCharts charts = service.regionCharts(Scope.all(), RegionMetric.UNMET_SHARE);
        var e = EVALUATION_OVERVIEW;
        int unmet = db.select(DSL.sum(e.INDICATORS_UNMET))
                .from(e)
                .where(e.REGION_PATH.eq("湖北省/鄂州市/葛店经开区"))
                .fetchSingle()
                .value1()
                .intValue();
        assertThat(unmet).isEqualTo(17);
        // 17 unmet of 103 assessed (met, partly met, unmet) in Gedian's overall and eight project evaluations.
        assertThat(cell(charts, "葛店经开区").value()).isEqualByComparingTo("0.165049");
        assertThat(cell(charts, "洪山区").value()).isEqualByComparingTo("0.068966"); // 8 / 116
        assertThat(cell(charts, "江汉区").value()).isEqualByComparingTo("0.011111"); // 1 / 90
        // Gedian, the only region of 2023, is the 2023 spread; with 16.5% it is in the red band (from 15%).
        RegionCharts gedian = service.regionCharts(
                Scope.all().withYears(Optional.of(2023), Optional.of(2023)), RegionMetric.UNMET_SHARE);
        assertThat(gedian.spreads()).singleElement().satisfies(s -> {
            assertThat(s.median()).isEqualByComparingTo("0.165049");
            assertThat(s.weak()).isEqualTo(1);
        });
        // Project evaluations only: 13 of 63.
        RegionCharts projects =
                service.regionCharts(Scope.all().withKind(Optional.of("project")), RegionMetric.UNMET_SHARE);
        assertThat(cell(projects, "葛店经开区").value()).isEqualByComparingTo("0.206349");
    }

    @Test
    void theScoreIsTheMeanOfTheUnitYearsReportedScores() {
        RegionCharts charts = service.regionCharts(Scope.all(), RegionMetric.REPORTED_SCORE);
        assertThat(cell(charts, "洪山区").value()).isEqualByComparingTo("99.8");
        assertThat(cell(charts, "武威市").value()).isEqualByComparingTo("88");
        assertThat(cell(charts, "张店区").value()).isEqualByComparingTo("94.7471"); // mean of seven projects
        assertThat(cell(charts, "江汉区").value()).isNull(); // seed 001 prints no score
    }

    @Test
    void anEmptyScopeHasNoCellsRatherThanZeros() {
        RegionCharts charts = service.regionCharts(
                Scope.all().withYears(Optional.of(2030), Optional.of(2030)), RegionMetric.EXECUTION_RATE);
        assertThat(charts.isEmpty()).isTrue();
        assertThat(charts.spreadYear()).isEmpty();
    }

    @Test
    void aRegionIsShownAsItsAncestorAtTheChosenDepthOrAsItselfWhenItLiesHigher() {
        var path = DSL.inline("合成省/合成3市/第7区");
        assertThat(db.select(RegionChartsService.shownRegion(path, 2))
                        .fetchSingle()
                        .value1())
                .isEqualTo("合成省/合成3市");
        assertThat(db.select(RegionChartsService.shownRegion(path, 1))
                        .fetchSingle()
                        .value1())
                .isEqualTo("合成省");
        assertThat(db.select(RegionChartsService.shownRegion(DSL.inline("甘肃省/武威市"), 3))
                        .fetchSingle()
                        .value1())
                .isEqualTo("甘肃省/武威市");
    }

    private static Cell cell(RegionCharts charts, String label) {
        return charts.cells().stream()
                .filter(c -> c.regionLabel().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
