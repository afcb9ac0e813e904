package com.jixiao.insight.dashboard;

import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.WindowSpecification;
import org.jooq.impl.DSL;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Units side by side over the years, with year-over-year changes computed in SQL. */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class CompareService {

    private final DSLContext db;
    private final AccessScope access;

    CompareService(DSLContext db, AccessScope access) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
    }

    /**
     * The chosen units (all units in scope when none is chosen), every year in scope. One statement, so no
     * transaction: DuckDB runs it in its own, and opening and committing one around it took 0.7 of the call's 9 ms.
     */
    public List<CompareRow> compare(Scope scope, List<Long> unitIds) {
        var m = UNIT_YEAR_METRICS;
        WindowSpecification byUnit = DSL.partitionBy(m.UNIT_ID).orderBy(m.FISCAL_YEAR);
        // Changes are taken over all of a unit's years, then the year range is applied: the first year
        // shown still has its change against the year before it.
        return db
                .select(
                        m.UNIT_ID,
                        m.UNIT_NAME,
                        m.REGION_PATH,
                        m.FISCAL_YEAR,
                        m.ADJUSTED_BUDGET,
                        m.EXECUTED,
                        m.EXECUTION_RATE,
                        m.EXECUTION_RATE.minus(DSL.lag(m.EXECUTION_RATE).over(byUnit)),
                        m.REPORTED_SCORE,
                        m.REPORTED_SCORE.minus(DSL.lag(m.REPORTED_SCORE).over(byUnit)),
                        m.RECOMPUTED_SCORE,
                        m.UNMET_TARGETS,
                        m.UNMET_TARGETS.minus(DSL.lag(m.UNMET_TARGETS).over(byUnit)),
                        m.AUDIT_FLAGS,
                        DSL.lag(m.FISCAL_YEAR).over(byUnit))
                .from(m)
                .where(
                        ScopeConditions.of(
                                scope.withYears(Optional.empty(), Optional.empty()),
                                m.REGION_PATH,
                                m.UNIT_ID,
                                m.FISCAL_YEAR,
                                null),
                        unitIds.isEmpty() ? DSL.trueCondition() : m.UNIT_ID.in(unitIds),
                        access.current().condition(m.REGION_PATH, m.UNIT_NAME))
                .orderBy(m.REGION_PATH, m.UNIT_NAME, m.FISCAL_YEAR)
                .fetch()
                .stream()
                .filter(r -> scope.fromYear().map(y -> r.value4() >= y).orElse(true)
                        && scope.toYear().map(y -> r.value4() <= y).orElse(true))
                .map(Records.mapping(
                        (unitId,
                                unitName,
                                regionPath,
                                fiscalYear,
                                adjustedBudget,
                                executed,
                                executionRate,
                                executionRateChange,
                                reportedScore,
                                reportedScoreChange,
                                recomputedScore,
                                unmetTargets,
                                unmetTargetsChange,
                                auditFlags,
                                previousYear) -> {
                            // A change only against the year just before: a missing year is a gap, not a base.
                            boolean consecutive = previousYear != null && previousYear == fiscalYear - 1;
                            return new CompareRow(
                                    unitId,
                                    unitName,
                                    regionPath,
                                    fiscalYear,
                                    adjustedBudget,
                                    executed,
                                    executionRate,
                                    consecutive ? executionRateChange : null,
                                    reportedScore,
                                    consecutive ? reportedScoreChange : null,
                                    recomputedScore,
                                    unmetTargets,
                                    consecutive ? unmetTargetsChange : null,
                                    auditFlags);
                        }))
                .toList();
    }
}
