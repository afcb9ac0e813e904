package com.jixiao.insight.dashboard;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a synthetic store with several units per district: every aggregate of the overview agrees with the
 * same figure counted row by row from the detailed views.
 */
class OverviewServiceTest {

    @TempDir
    static Path dir;

    static Connection connection;
    static DSLContext db;
    static OverviewService service;

    @BeforeAll
    static void store() throws Exception {
        var store =
                SyntheticStore.generate(dir.resolve("s.duckdb"), Scale.SMALL, 3).store();
        connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        db = DSL.using(connection, SQLDialect.DUCKDB);
        service = new OverviewService(db, AccessScope.fixed(Restriction.NONE));
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @Test
    void regionYearsSumTheirUnitsAndWeighTheRateByFunding() {
        var regionYears = service.regionYears(Scope.all());
        assertThat(regionYears).hasSize(10 * 5); // 10 districts × 5 years
        var first = regionYears.getFirst();
        var m = UNIT_YEAR_METRICS;
        var units = db.selectFrom(m)
                .where(m.REGION_NAME.eq(first.regionName()), m.FISCAL_YEAR.eq(first.fiscalYear()))
                .fetch();
        assertThat(units).hasSizeGreaterThan(1);
        BigDecimal adjusted = units.stream().map(r -> r.getAdjustedBudget()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal executed = units.stream().map(r -> r.getExecuted()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(first.adjustedBudget()).isEqualByComparingTo(adjusted);
        assertThat(first.executed()).isEqualByComparingTo(executed);
        assertThat(first.executionRate())
                .isCloseTo(executed.divide(adjusted, MathContext.DECIMAL64), Offset.offset(new BigDecimal("0.000001")));
    }

    @Test
    void unmetTargetsFromThePreAggregationEqualTheIndicatorsCountedOneByOne() {
        int year = 2023;
        var scope = Scope.all().withYears(Optional.of(year), Optional.of(year));
        var overview = service.overview(scope);
        var i = INDICATOR_STATUS;
        int counted = db.fetchCount(i, i.STATUS.eq("unmet"), i.FISCAL_YEAR.eq(year));
        assertThat(counted).isPositive();
        assertThat(overview.kpis().unmetTargets()).isEqualTo(counted);

        // The chart's units are those with the most unmet targets, with their counts per category.
        var total = DSL.count();
        var expected = db.select(i.UNIT_NAME, total)
                .from(i)
                .where(i.STATUS.eq("unmet"), i.FISCAL_YEAR.eq(year))
                .groupBy(i.UNIT_NAME)
                .orderBy(total.desc(), i.UNIT_NAME)
                .limit(OverviewService.UNMET_CHART_UNITS)
                .fetch(i.UNIT_NAME);
        assertThat(overview.mostUnmet())
                .extracting(Overview.UnmetCount::unitName)
                .containsOnlyElementsOf(expected)
                .containsAll(expected);
        // With a kind chosen the counts come from the per-evaluation pre-aggregation: the same answers.
        var projects = service.overview(scope.withKind(Optional.of("project")));
        assertThat(projects.kpis().unmetTargets())
                .isEqualTo(
                        db.fetchCount(i, i.STATUS.eq("unmet"), i.FISCAL_YEAR.eq(year), i.EVALUATION_KIND.eq("project")))
                .isLessThan(counted);
        assertThat(projects.mostUnmet().stream()
                        .map(Overview.UnmetCount::unitName)
                        .distinct()
                        .count())
                .isEqualTo(OverviewService.UNMET_CHART_UNITS);
        var one = overview.mostUnmet().getFirst();
        assertThat(one.count())
                .isEqualTo(db.fetchCount(
                        i,
                        i.STATUS.eq("unmet"),
                        i.FISCAL_YEAR.eq(year),
                        i.UNIT_NAME.eq(one.unitName()),
                        i.CATEGORY.eq(one.category())));
    }

    @Test
    void scoreBinsCountEveryScoredEvaluationOnceOnTheRightSideOfTheDiagonal() {
        var overview = service.overview(Scope.all());
        var e = EVALUATION_OVERVIEW;
        var scored = e.TOTAL_SCORE.isNotNull().and(e.RECOMPUTED_TOTAL_SCORE.isNotNull());
        assertThat(overview.scoreBins().stream()
                        .mapToInt(Overview.ScoreBin::evaluations)
                        .sum())
                .isEqualTo(db.fetchCount(e, scored));
        int tooGood = db.fetchCount(e, scored.and(e.TOTAL_SCORE.gt(e.RECOMPUTED_TOTAL_SCORE)));
        assertThat(tooGood).isPositive();
        assertThat(overview.scoreBins().stream()
                        .filter(Overview.ScoreBin::tooGood)
                        .mapToInt(Overview.ScoreBin::evaluations)
                        .sum())
                .isEqualTo(tooGood);
        assertThat(overview.scoreBins())
                .allSatisfy(b -> assertThat(b.reported()
                                .multiply(BigDecimal.TWO)
                                .stripTrailingZeros()
                                .scale())
                        .isLessThanOrEqualTo(0));
        // Far fewer points than evaluations: the chart does not grow with the scope.
        assertThat(overview.scoreBins().size()).isLessThan(db.fetchCount(e, scored) / 4);

        var gap = overview.largestScoreGaps().getFirst();
        var widest = db.select(DSL.max(e.TOTAL_SCORE.minus(e.RECOMPUTED_TOTAL_SCORE)))
                .from(e)
                .where(scored)
                .fetchSingle()
                .value1();
        assertThat(gap.gap()).isEqualByComparingTo(widest);
        assertThat(overview.largestScoreGaps()).hasSize(5);
    }

    @Test
    void theLowestExecutionRatesAreTheFiveLowestUnitYears() {
        var overview = service.overview(Scope.all());
        var m = UNIT_YEAR_METRICS;
        var lowest = db.select(m.EXECUTION_RATE)
                .from(m)
                .where(m.EXECUTION_RATE.isNotNull())
                .orderBy(m.EXECUTION_RATE)
                .limit(5)
                .fetch(m.EXECUTION_RATE);
        assertThat(overview.lowestExecution())
                .extracting(Overview.UnitYear::executionRate)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(lowest);
        assertThat(overview.kpis().units()).isEqualTo(10 * 6);
    }
}
