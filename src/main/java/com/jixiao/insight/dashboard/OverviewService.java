package com.jixiao.insight.dashboard;

import com.jixiao.insight.catalog.AccessScope;
import org.springframework.security.access.annotation.Secured;
import com.jixiao.insight.base.security.Role;
import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.jixiao.insight.store.generated.Tables.INDICATOR_STATUS;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.catalog.Scope;
import com.jixiao.insight.catalog.ScopeConditions;
import com.jixiao.insight.dashboard.Overview.Kpis;
import com.jixiao.insight.dashboard.Overview.ScorePoint;
import com.jixiao.insight.dashboard.Overview.UnitYear;
import com.jixiao.insight.dashboard.Overview.UnmetCount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leaders' overview: KPIs and the rows behind each chart, all from aggregated views. */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class OverviewService {

    private final DSLContext db;
    private final AccessScope access;

    OverviewService(DSLContext db, AccessScope access) {
        this.db = db;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Overview overview(Scope scope) {
        var allowed = access.current();
        var m = UNIT_YEAR_METRICS;
        List<UnitYear> unitYears = db.selectFrom(m)
                .where(ScopeConditions.of(scope, m.REGION_PATH, m.UNIT_ID, m.FISCAL_YEAR, null),
                        allowed.condition(m.REGION_PATH, m.UNIT_NAME))
                .orderBy(m.REGION_PATH, m.UNIT_NAME, m.FISCAL_YEAR)
                .fetch(r -> new UnitYear(r.getUnitId(), r.getUnitName(), r.getRegionName(), r.getRegionPath(),
                        r.getFiscalYear(), r.getInitialBudget(), r.getAdjustedBudget(), r.getExecuted(),
                        r.getExecutionRate(), r.getReportedScore(), r.getRecomputedScore(), r.getUnmetTargets(),
                        r.getAuditFlags()));

        // Aggregated in SQL: one row per region and year, whatever the number of units.
        var both = m.ADJUSTED_BUDGET.isNotNull().and(m.EXECUTED.isNotNull());
        List<Overview.RegionYear> regionYears = db.select(m.REGION_NAME, m.FISCAL_YEAR, DSL.sum(m.INITIAL_BUDGET),
                        DSL.sum(m.ADJUSTED_BUDGET), DSL.sum(m.EXECUTED),
                        DSL.sum(DSL.when(both, m.EXECUTED)).div(DSL.nullif(DSL.sum(DSL.when(both, m.ADJUSTED_BUDGET)),
                                java.math.BigDecimal.ZERO)))
                .from(m)
                .where(ScopeConditions.of(scope, m.REGION_PATH, m.UNIT_ID, m.FISCAL_YEAR, null),
                        allowed.condition(m.REGION_PATH, m.UNIT_NAME))
                .groupBy(m.REGION_PATH, m.REGION_NAME, m.FISCAL_YEAR)
                .orderBy(m.REGION_PATH, m.FISCAL_YEAR)
                .fetch(r -> new Overview.RegionYear(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : r.value6().setScale(6, java.math.RoundingMode.HALF_UP)));

        var e = EVALUATION_OVERVIEW;
        List<ScorePoint> scores = db.select(e.ID, e.UNIT_NAME, e.NAME, e.FISCAL_YEAR, e.TOTAL_SCORE,
                        e.RECOMPUTED_TOTAL_SCORE)
                .from(e)
                .where(ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                        allowed.condition(e.REGION_PATH, e.UNIT_NAME), e.TOTAL_SCORE.isNotNull(), e.RECOMPUTED_TOTAL_SCORE.isNotNull())
                .orderBy(e.ID)
                .fetch(r -> new ScorePoint(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));

        var i = INDICATOR_STATUS;
        // Inlined, not bound: DuckDB matches GROUP BY expressions by text.
        var category = DSL.coalesce(i.CATEGORY, DSL.inline("—"));
        List<UnmetCount> unmet = db.select(i.UNIT_NAME, category, DSL.count())
                .from(i)
                .where(ScopeConditions.of(scope, i.REGION_PATH, i.UNIT_ID, i.FISCAL_YEAR, i.EVALUATION_KIND),
                        allowed.condition(i.REGION_PATH, i.UNIT_NAME), i.STATUS.eq("unmet"))
                .groupBy(i.UNIT_NAME, category)
                .orderBy(i.UNIT_NAME, category)
                .fetch(r -> new UnmetCount(r.value1(), r.value2(), r.value3()));

        var c = CURRENT_EVALUATION;
        int reports = db.fetchCount(db.selectDistinct(c.DOCUMENT_ID).from(c)
                .where(ScopeConditions.of(scope, c.REGION_PATH, c.UNIT_ID, c.FISCAL_YEAR, c.KIND),
                        allowed.condition(c.REGION_PATH, c.UNIT_NAME)));
        return new Overview(kpis(unitYears, scores, unmet, reports), unitYears, regionYears, scores, unmet);
    }

    private static Kpis kpis(List<UnitYear> rows, List<ScorePoint> scores, List<UnmetCount> unmet, int reports) {
        BigDecimal adjusted = sum(rows.stream().map(UnitYear::adjustedBudget).toList());
        BigDecimal executed = sum(rows.stream().map(UnitYear::executed).toList());
        // Weighted by funding: Σ executed / Σ adjusted over the unit-years that state both.
        BigDecimal bothAdjusted = sum(rows.stream().filter(r -> r.executed() != null).map(UnitYear::adjustedBudget).toList());
        BigDecimal bothExecuted = sum(rows.stream().filter(r -> r.adjustedBudget() != null).map(UnitYear::executed).toList());
        BigDecimal rate = bothAdjusted == null || bothAdjusted.signum() == 0 ? null
                : bothExecuted.divide(bothAdjusted, MathContext.DECIMAL64);
        return new Kpis(
                (int) rows.stream().map(UnitYear::unitId).distinct().count(),
                reports,
                adjusted,
                executed,
                rate,
                mean(scores.stream().map(ScorePoint::reported).toList()),
                mean(scores.stream().map(ScorePoint::recomputed).toList()),
                unmet.stream().mapToInt(UnmetCount::count).sum(),
                rows.stream().mapToInt(UnitYear::auditFlags).sum());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal total = sum(values);
        long n = values.stream().filter(Objects::nonNull).count();
        return total == null ? null : total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    }
}
