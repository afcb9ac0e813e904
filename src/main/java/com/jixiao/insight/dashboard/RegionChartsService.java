package com.jixiao.insight.dashboard;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.dashboard.RegionCharts.Cell;
import com.jixiao.insight.dashboard.RegionCharts.Spread;
import com.jixiao.insight.scope.RegionOrder;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview's region charts: a metric by region and year, and the spread of the units within each region.
 * Everything is grouped in SQL by the region the chart names (a district's city at province scale), the quartiles
 * too ({@code percentile_cont} over the pre-aggregated {@code unit_year_metrics}): a province's 72,000 unit-years
 * never leave the database.
 */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class RegionChartsService {

    /** A heat map names at most this many regions (rows); more are rolled up to their parents. */
    public static final int MAX_REGIONS = 24;

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final DSLContext db;
    private final AccessScope access;
    private final DashboardProperties settings;

    RegionChartsService(DSLContext db, AccessScope access, DashboardProperties settings) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public RegionCharts regionCharts(Scope scope, RegionMetric metric) {
        return regionCharts(scope, metric, MAX_REGIONS);
    }

    RegionCharts regionCharts(Scope scope, RegionMetric metric, int maxRegions) {
        Restriction allowed = access.current();
        var m = UNIT_YEAR_METRICS;
        Condition unitYears = DSL.and(
                ScopeConditions.of(scope, m.REGION_PATH, m.UNIT_ID, m.FISCAL_YEAR, null),
                allowed.condition(m.REGION_PATH, m.UNIT_NAME));
        var e = EVALUATION_METRICS;
        Condition evaluations = DSL.and(
                ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                allowed.condition(e.REGION_PATH, e.UNIT_NAME));
        List<String> paths =
                db.selectDistinct(m.REGION_PATH).from(m).where(unitYears).fetch(m.REGION_PATH);
        if (paths.isEmpty()) {
            return new RegionCharts(metric, List.of(), Optional.empty(), List.of());
        }
        int depth = RegionRollUp.depth(paths, maxRegions);
        Map<String, String> labels = RegionRollUp.labels(paths.stream()
                .map(p -> RegionRollUp.prefix(p, depth))
                .distinct()
                .toList());
        List<Cell> cells = new ArrayList<>(
                switch (metric) {
                    case EXECUTION_RATE -> rateCells(unitYears, depth, labels);
                    case REPORTED_SCORE -> scoreCells(unitYears, depth, labels);
                    case UNMET_SHARE -> unmetCells(evaluations, depth, labels);
                });
        cells.sort(Comparator.comparing(Cell::regionPath, RegionOrder.NATURAL).thenComparingInt(Cell::fiscalYear));
        Optional<Integer> year = cells.stream()
                .filter(c -> c.value() != null)
                .map(Cell::fiscalYear)
                .max(Integer::compare);
        List<Spread> spreads = new ArrayList<>(
                year.map(y -> spreads(unitValues(metric, unitYears, evaluations, depth, y), metric, y, labels))
                        .orElse(List.of()));
        spreads.sort(Comparator.comparing(Spread::regionPath, RegionOrder.NATURAL));
        return new RegionCharts(metric, List.copyOf(cells), year, List.copyOf(spreads));
    }

    /**
     * The region a unit's region is shown as: its ancestor {@code depth} levels from the top, or itself if it lies
     * higher (a city without districts). Constants inlined: DuckDB matches GROUP BY expressions by their text.
     */
    static Field<String> shownRegion(Field<String> path, int depth) {
        Field<String> prefix = DSL.splitPart(path, DSL.inline("/"), DSL.inline(1));
        for (int i = 2; i <= depth; i++) {
            prefix = prefix.concat(DSL.inline("/"), DSL.splitPart(path, DSL.inline("/"), DSL.inline(i)));
        }
        Field<Integer> levels = DSL.length(path)
                .minus(DSL.length(DSL.replace(path, DSL.inline("/"), DSL.inline(""))))
                .plus(DSL.inline(1));
        return DSL.when(levels.le(DSL.inline(depth)), path).otherwise(prefix);
    }

    /** Weighted by funding: Σ executed / Σ adjusted over the unit-years that state both. */
    private List<Cell> rateCells(Condition unitYears, int depth, Map<String, String> labels) {
        var m = UNIT_YEAR_METRICS;
        var region = shownRegion(m.REGION_PATH, depth);
        var both = m.ADJUSTED_BUDGET.isNotNull().and(m.EXECUTED.isNotNull());
        return db.select(
                        region,
                        m.FISCAL_YEAR,
                        DSL.sum(DSL.when(both, m.EXECUTED)),
                        DSL.sum(DSL.when(both, m.ADJUSTED_BUDGET)),
                        DSL.count())
                .from(m)
                .where(unitYears)
                .groupBy(region, m.FISCAL_YEAR)
                .orderBy(region, m.FISCAL_YEAR)
                .fetch(r -> new Cell(
                        r.value1(), labels.get(r.value1()), r.value2(), ratio(r.value3(), r.value4()), r.value5()));
    }

    /** The mean of the unit-years' reported scores (the overall evaluation's, else the projects' mean). */
    private List<Cell> scoreCells(Condition unitYears, int depth, Map<String, String> labels) {
        var m = UNIT_YEAR_METRICS;
        var region = shownRegion(m.REGION_PATH, depth);
        return db.select(region, m.FISCAL_YEAR, DSL.sum(m.REPORTED_SCORE), DSL.count(m.REPORTED_SCORE), DSL.count())
                .from(m)
                .where(unitYears)
                .groupBy(region, m.FISCAL_YEAR)
                .orderBy(region, m.FISCAL_YEAR)
                .fetch(r -> new Cell(
                        r.value1(),
                        labels.get(r.value1()),
                        r.value2(),
                        r.value4() == 0 ? null : ratio(r.value3(), BigDecimal.valueOf(r.value4())),
                        r.value5()));
    }

    /** Unmet indicators / assessed indicators (met, partly met or unmet), of the evaluations of the chosen kind. */
    private List<Cell> unmetCells(Condition evaluations, int depth, Map<String, String> labels) {
        var e = EVALUATION_METRICS;
        var region = shownRegion(e.REGION_PATH, depth);
        return db.select(
                        region,
                        e.FISCAL_YEAR,
                        DSL.sum(e.INDICATORS_UNMET),
                        DSL.sum(assessed()),
                        DSL.countDistinct(e.UNIT_ID))
                .from(e)
                .where(evaluations)
                .groupBy(region, e.FISCAL_YEAR)
                .orderBy(region, e.FISCAL_YEAR)
                .fetch(r -> new Cell(
                        r.value1(), labels.get(r.value1()), r.value2(), ratio(r.value3(), r.value4()), r.value5()));
    }

    private static Field<Integer> assessed() {
        var e = EVALUATION_METRICS;
        return e.INDICATORS_MET.plus(e.INDICATORS_PARTLY_MET).plus(e.INDICATORS_UNMET);
    }

    /** Each unit's figure in {@code year}, with the region it is shown in. */
    private Select<Record2<String, BigDecimal>> unitValues(
            RegionMetric metric, Condition unitYears, Condition evaluations, int depth, int year) {
        var m = UNIT_YEAR_METRICS;
        var e = EVALUATION_METRICS;
        return switch (metric) {
            case EXECUTION_RATE ->
                db.select(shownRegion(m.REGION_PATH, depth), m.EXECUTION_RATE)
                        .from(m)
                        .where(unitYears, m.FISCAL_YEAR.eq(year), m.EXECUTION_RATE.isNotNull());
            case REPORTED_SCORE ->
                db.select(shownRegion(m.REGION_PATH, depth), m.REPORTED_SCORE)
                        .from(m)
                        .where(unitYears, m.FISCAL_YEAR.eq(year), m.REPORTED_SCORE.isNotNull());
            case UNMET_SHARE -> {
                var region = shownRegion(e.REGION_PATH, depth);
                yield db.select(
                                region,
                                DSL.sum(e.INDICATORS_UNMET)
                                        .cast(BigDecimal.class)
                                        .div(DSL.sum(assessed()).cast(BigDecimal.class)))
                        .from(e)
                        .where(evaluations, e.FISCAL_YEAR.eq(year))
                        .groupBy(e.UNIT_ID, region)
                        .having(DSL.sum(assessed()).gt(BigDecimal.ZERO));
            }
        };
    }

    /**
     * Per region: count, quartiles, mean and extremes in one pass; then the whiskers (the furthest values within 1.5
     * interquartile ranges of the box) and the weak units in a second pass over the same values.
     */
    private List<Spread> spreads(
            Select<Record2<String, BigDecimal>> values, RegionMetric metric, int year, Map<String, String> labels) {
        CommonTableExpression<Record2<String, BigDecimal>> v =
                DSL.name("unit_value").fields("region", "value").as(values);
        Field<String> vRegion = v.field("region", String.class);
        Field<BigDecimal> vValue = v.field("value", BigDecimal.class);
        var stats = DSL.name("region_stats")
                .fields("region", "units", "low", "q1", "median", "q3", "high", "mean")
                .as(DSL.select(
                                vRegion,
                                DSL.count(),
                                DSL.min(vValue),
                                DSL.percentileCont(DSL.inline(0.25)).withinGroupOrderBy(vValue),
                                DSL.percentileCont(DSL.inline(0.5)).withinGroupOrderBy(vValue),
                                DSL.percentileCont(DSL.inline(0.75)).withinGroupOrderBy(vValue),
                                DSL.max(vValue),
                                DSL.avg(vValue))
                        .from(v)
                        .groupBy(vRegion));
        Field<String> sRegion = stats.field("region", String.class);
        Field<Integer> units = stats.field("units", Integer.class);
        Field<BigDecimal> low = stats.field("low", BigDecimal.class);
        Field<BigDecimal> q1 = stats.field("q1", BigDecimal.class);
        Field<BigDecimal> median = stats.field("median", BigDecimal.class);
        Field<BigDecimal> q3 = stats.field("q3", BigDecimal.class);
        Field<BigDecimal> high = stats.field("high", BigDecimal.class);
        Field<BigDecimal> mean = stats.field("mean", BigDecimal.class);
        Field<BigDecimal> reach = q3.minus(q1).times(DSL.inline(new BigDecimal("1.5")));
        Condition weak = switch (metric) {
            case EXECUTION_RATE -> vValue.lt(settings.rateAmberFrom());
            case REPORTED_SCORE -> vValue.lt(settings.scoreAmberFrom());
            case UNMET_SHARE -> vValue.ge(settings.unmetShareRedFrom());
        };
        return db.with(v)
                .with(stats)
                .select(
                        sRegion,
                        units,
                        low,
                        DSL.min(vValue).filterWhere(vValue.ge(q1.minus(reach))),
                        q1,
                        median,
                        q3,
                        DSL.max(vValue).filterWhere(vValue.le(q3.plus(reach))),
                        high,
                        mean,
                        DSL.count().filterWhere(weak))
                .from(stats)
                .join(v)
                .on(vRegion.eq(sRegion))
                .groupBy(sRegion, units, low, q1, median, q3, high, mean)
                .orderBy(sRegion)
                .fetch(r -> new Spread(
                        r.value1(),
                        labels.get(r.value1()),
                        year,
                        r.value2(),
                        six(r.value3()),
                        six(r.value4()),
                        six(r.value5()),
                        six(r.value6()),
                        six(r.value7()),
                        six(r.value8()),
                        six(r.value9()),
                        six(r.value10()),
                        r.value11()));
    }

    /** Six decimals: what a rate is stored with (an average comes back from DuckDB as a double). */
    private static BigDecimal six(BigDecimal v) {
        return v == null ? null : v.setScale(6, RoundingMode.HALF_UP);
    }

    /** a / b to six decimals; null where b is absent or zero. */
    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, PRECISION).setScale(6, RoundingMode.HALF_UP);
    }
}
