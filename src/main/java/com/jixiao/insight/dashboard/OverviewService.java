package com.jixiao.insight.dashboard;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_CATEGORY;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.dashboard.Overview.Kpis;
import com.jixiao.insight.dashboard.Overview.RegionYear;
import com.jixiao.insight.dashboard.Overview.ScoreBin;
import com.jixiao.insight.dashboard.Overview.ScorePoint;
import com.jixiao.insight.dashboard.Overview.UnitYear;
import com.jixiao.insight.dashboard.Overview.UnmetCount;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' overview: KPIs and the rows behind each chart. Every figure is aggregated in SQL, so the
 * work and the result stay small whatever the number of units in scope (a province: 7,000 unit-years and
 * 90,000 evaluations a year).
 */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class OverviewService {

    /** The unmet-targets chart names this many units, those with the most unmet targets, to stay readable. */
    static final int UNMET_CHART_UNITS = 15;

    private static final int ATTENTION_ROWS = 5;
    /** The region charts name at most this many regions: a province's districts are shown by city. */
    static final int CHART_REGIONS = 12;

    private final DSLContext db;
    private final AccessScope access;

    OverviewService(DSLContext db, AccessScope access) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Overview overview(Scope scope) {
        Restriction allowed = access.current();
        Condition unitYears = unitYears(scope, allowed);
        // Evaluations from their pre-aggregation (one flat row each): the view evaluation_overview joins five tables.
        var e = EVALUATION_METRICS;
        Condition evaluations = DSL.and(
                ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                allowed.condition(e.REGION_PATH, e.UNIT_NAME));
        Condition scored = DSL.and(evaluations, e.TOTAL_SCORE.isNotNull(), e.RECOMPUTED_TOTAL_SCORE.isNotNull());
        // Without a kind, unit_year_metrics (one row per unit-year) already counts every unmet indicator.
        boolean allKinds = scope.kind().isEmpty();
        List<Bin> bins = scoreBins(scored);
        return new Overview(
                kpis(unitYears, bins, evaluations, allKinds),
                bins.stream().map(Bin::bin).toList(),
                lowestExecution(unitYears),
                largestScoreGaps(scored),
                mostUnmet(unitYears, evaluations, allKinds));
    }

    /** The unit-years of {@code scope} the user may see. */
    private static Condition unitYears(Scope scope, Restriction allowed) {
        var m = UNIT_YEAR_METRICS;
        return DSL.and(
                ScopeConditions.of(scope, m.REGION_PATH, m.UNIT_ID, m.FISCAL_YEAR, null),
                allowed.condition(m.REGION_PATH, m.UNIT_NAME));
    }

    private Kpis kpis(Condition unitYears, List<Bin> bins, Condition evaluations, boolean allKinds) {
        var m = UNIT_YEAR_METRICS;
        // Weighted by funding: Σ executed / Σ adjusted over the unit-years that state both.
        var both = m.ADJUSTED_BUDGET.isNotNull().and(m.EXECUTED.isNotNull());
        var money = db.select(
                        DSL.countDistinct(m.UNIT_ID),
                        DSL.sum(m.ADJUSTED_BUDGET),
                        DSL.sum(m.EXECUTED),
                        DSL.sum(DSL.when(both, m.ADJUSTED_BUDGET)),
                        DSL.sum(DSL.when(both, m.EXECUTED)),
                        DSL.sum(m.AUDIT_FLAGS),
                        DSL.sum(m.UNMET_TARGETS),
                        DSL.sum(m.DOCUMENTS))
                .from(m)
                .where(unitYears)
                .fetchSingle();
        BigDecimal bothAdjusted = money.value4();
        BigDecimal rate = bothAdjusted == null || bothAdjusted.signum() == 0
                ? null
                : money.value5().divide(bothAdjusted, MathContext.DECIMAL64);

        // The mean scores from the scatter's bins, which carry their exact sums: one scan of the evaluations, not two.
        int n = bins.stream().mapToInt(b -> b.bin().evaluations()).sum();
        BigDecimal reported = bins.stream().map(Bin::reported).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recomputed = bins.stream().map(Bin::recomputed).reduce(BigDecimal.ZERO, BigDecimal::add);

        var c = EVALUATION_METRICS;
        var u = EVALUATION_UNMET_CATEGORY;
        Integer unmet = allKinds
                ? (money.value7() == null ? null : money.value7().intValue())
                : db.select(DSL.sum(u.UNMET_COUNT).cast(Integer.class))
                        .from(u)
                        .join(c)
                        .on(c.ID.eq(u.EVALUATION_ID))
                        .where(evaluations)
                        .fetchSingle()
                        .value1();
        // A report is one unit's for one year, so the unit-years' counts add up; of one kind, the reports that have it.
        int reports = allKinds
                ? (money.value8() == null ? 0 : money.value8().intValue())
                : db.fetchCount(db.selectDistinct(c.DOCUMENT_ID).from(c).where(evaluations));
        BigDecimal flags = money.value6();
        return new Kpis(
                money.value1(),
                reports,
                money.value2(),
                money.value3(),
                rate,
                mean(reported, n),
                mean(recomputed, n),
                unmet == null ? 0 : unmet,
                flags == null ? 0 : flags.intValue());
    }

    private static BigDecimal mean(BigDecimal total, int n) {
        return n == 0 || total == null ? null : total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    }

    /**
     * One row per region and year in scope, for the briefing's execution-rate and budget charts (the overview page
     * shows its region charts from {@link RegionChartsService}, so it does not run this query).
     */
    @Transactional(readOnly = true)
    public List<RegionYear> regionYears(Scope scope) {
        var m = UNIT_YEAR_METRICS;
        Condition unitYears = unitYears(scope, access.current());
        var both = m.ADJUSTED_BUDGET.isNotNull().and(m.EXECUTED.isNotNull());
        // Summed in SQL per unit region and year (at most regions × years rows), rolled up the tree in Java.
        return RegionRollUp.of(
                db.select(
                                m.REGION_PATH,
                                m.FISCAL_YEAR,
                                DSL.sum(m.INITIAL_BUDGET),
                                DSL.sum(m.ADJUSTED_BUDGET),
                                DSL.sum(m.EXECUTED),
                                DSL.sum(DSL.when(both, m.ADJUSTED_BUDGET)),
                                DSL.sum(DSL.when(both, m.EXECUTED)))
                        .from(m)
                        .where(unitYears)
                        .groupBy(m.REGION_PATH, m.FISCAL_YEAR)
                        .fetch(r -> new RegionRollUp.Sums(
                                r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())),
                CHART_REGIONS);
    }

    /** A bin of the scatter with the exact sums of its evaluations' reported and recomputed scores. */
    private record Bin(ScoreBin bin, BigDecimal reported, BigDecimal recomputed) {}

    private List<Bin> scoreBins(Condition scored) {
        var e = EVALUATION_METRICS;
        // Inlined, not bound: DuckDB matches GROUP BY expressions by text.
        var two = DSL.inline(BigDecimal.valueOf(2));
        var reported = DSL.round(e.TOTAL_SCORE.mul(two)).div(two);
        var recomputed = DSL.round(e.RECOMPUTED_TOTAL_SCORE.mul(two)).div(two);
        var tooGood = DSL.field(e.TOTAL_SCORE.gt(e.RECOMPUTED_TOTAL_SCORE));
        return db.select(
                        reported,
                        recomputed,
                        tooGood,
                        DSL.count(),
                        DSL.sum(e.TOTAL_SCORE),
                        DSL.sum(e.RECOMPUTED_TOTAL_SCORE))
                .from(e)
                .where(scored)
                .groupBy(reported, recomputed, tooGood)
                .orderBy(reported, recomputed, tooGood)
                .fetch(r ->
                        new Bin(new ScoreBin(r.value1(), r.value2(), r.value3(), r.value4()), r.value5(), r.value6()));
    }

    private List<UnitYear> lowestExecution(Condition unitYears) {
        var m = UNIT_YEAR_METRICS;
        return db.selectFrom(m)
                .where(unitYears, m.EXECUTION_RATE.isNotNull())
                .orderBy(m.EXECUTION_RATE, m.REGION_PATH, m.UNIT_NAME, m.FISCAL_YEAR)
                .limit(ATTENTION_ROWS)
                .fetch(UnitYear::of);
    }

    private List<ScorePoint> largestScoreGaps(Condition scored) {
        var e = EVALUATION_METRICS;
        return db.select(e.ID, e.UNIT_NAME, e.NAME, e.FISCAL_YEAR, e.TOTAL_SCORE, e.RECOMPUTED_TOTAL_SCORE)
                .from(e)
                .where(scored, e.TOTAL_SCORE.gt(e.RECOMPUTED_TOTAL_SCORE))
                .orderBy(e.TOTAL_SCORE.minus(e.RECOMPUTED_TOTAL_SCORE).desc(), e.ID)
                .limit(ATTENTION_ROWS)
                .fetch(r -> new ScorePoint(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Unmet targets per category of the units with the most of them (ties by name), from the pre-aggregation. */
    private List<UnmetCount> mostUnmet(Condition unitYears, Condition evaluations, boolean allKinds) {
        var c = EVALUATION_METRICS;
        var u = EVALUATION_UNMET_CATEGORY;
        var total = DSL.sum(u.UNMET_COUNT);
        var m = UNIT_YEAR_METRICS;
        var perUnit = DSL.sum(m.UNMET_TARGETS);
        List<String> units = allKinds
                ? db.select(m.UNIT_NAME)
                        .from(m)
                        .where(unitYears)
                        .groupBy(m.UNIT_NAME)
                        .having(perUnit.gt(BigDecimal.ZERO))
                        .orderBy(perUnit.desc(), m.UNIT_NAME)
                        .limit(UNMET_CHART_UNITS)
                        .fetch(m.UNIT_NAME)
                : db.select(c.UNIT_NAME)
                        .from(u)
                        .join(c)
                        .on(c.ID.eq(u.EVALUATION_ID))
                        .where(evaluations)
                        .groupBy(c.UNIT_NAME)
                        .orderBy(total.desc(), c.UNIT_NAME)
                        .limit(UNMET_CHART_UNITS)
                        .fetch(c.UNIT_NAME);
        if (units.isEmpty()) {
            return List.of();
        }
        // Inlined, not bound: DuckDB matches GROUP BY expressions by text.
        var category = DSL.coalesce(u.CATEGORY, DSL.inline("—"));
        return db.select(c.UNIT_NAME, category, total.cast(Integer.class))
                .from(u)
                .join(c)
                .on(c.ID.eq(u.EVALUATION_ID))
                .where(evaluations, c.UNIT_NAME.in(units))
                .groupBy(c.UNIT_NAME, category)
                .orderBy(c.UNIT_NAME, category)
                .fetch(r -> new UnmetCount(r.value1(), r.value2(), r.value3()));
    }
}
