package com.jixiao.insight.briefing;

import static com.jixiao.insight.store.generated.Tables.AUDIT_FLAG;
import static com.jixiao.insight.store.generated.Tables.CURRENT_EVALUATION;
import static com.jixiao.insight.store.generated.Tables.STORE_META;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import com.jixiao.insight.targets.ReasonService;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a briefing's figures from the services and tables the screens read (the overview for the KPIs and
 * charts, the reasons' pre-aggregation, unit_year_metrics for the ranked units), so that a briefing never states a
 * number the overview does not show; renders it and records the export in the audit log. For leaders: a briefing
 * holds what the overview and the rankings already show them, under the same row restriction.
 */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class BriefingService {

    /** The top and bottom lists name this many unit-years each. */
    public static final int TOP = 10;
    /** The sentence on weak units names at most this many. */
    static final int LOW_NAMED = 5;

    private final DSLContext db;
    private final AccessScope access;
    private final OverviewService overview;
    private final ReasonService reasons;
    private final DashboardProperties settings;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public BriefingService(
            DSLContext db,
            AccessScope access,
            OverviewService overview,
            ReasonService reasons,
            DashboardProperties settings,
            AuditLog audit) {
        this(db, access, overview, reasons, settings, audit, Clock.systemDefaultZone());
    }

    BriefingService(
            DSLContext db,
            AccessScope access,
            OverviewService overview,
            ReasonService reasons,
            DashboardProperties settings,
            AuditLog audit,
            Clock clock) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
        this.overview = overview;
        this.reasons = reasons;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures of a briefing of {@code scope}. */
    @Transactional(readOnly = true)
    public Briefing briefing(BriefingScope scope) {
        Scope s = scope.toScope();
        Overview whole = overview.overview(s);
        List<Integer> yearsInScope = years(s);
        List<Briefing.YearRate> years = new ArrayList<>();
        for (int year : yearsInScope) {
            // A one-year scope's rate is the whole overview's: not asked for twice.
            years.add(
                    yearsInScope.size() == 1
                            ? new Briefing.YearRate(
                                    year,
                                    whole.kpis().weightedExecutionRate(),
                                    whole.kpis().units())
                            : rate(s, year));
        }
        Optional<Briefing.YearRate> before = yearsInScope.isEmpty()
                ? Optional.empty()
                : Optional.of(rate(s, yearsInScope.getFirst() - 1)).filter(y -> y.rate() != null);

        var m = UNIT_YEAR_METRICS;
        Condition inScope = DSL.and(unitYears(s), m.EXECUTION_RATE.isNotNull());
        int rankedCount = db.fetchCount(m, inScope);
        List<Overview.UnitYear> ranked = List.of();
        List<Overview.UnitYear> top = List.of();
        List<Overview.UnitYear> bottom = List.of();
        if (rankedCount <= 2 * TOP) {
            ranked = unitYears(inScope, m.EXECUTION_RATE.desc(), rankedCount);
        } else {
            top = unitYears(inScope, m.EXECUTION_RATE.desc(), TOP);
            bottom = unitYears(inScope, m.EXECUTION_RATE.asc(), TOP);
        }
        Condition low = DSL.and(inScope, m.EXECUTION_RATE.lt(settings.rateAmberFrom()));
        int lowCount = db.fetchCount(m, low);
        List<Overview.UnitYear> lowUnits = unitYears(low, m.EXECUTION_RATE.asc(), LOW_NAMED);

        return new Briefing(
                scope,
                whole,
                overview.regionYears(s),
                years,
                before,
                ranked,
                top,
                bottom,
                settings.rateAmberFrom(),
                settings.targetRate(),
                lowUnits,
                lowCount,
                reasons.breakdown(s),
                flags(s),
                synthetic(),
                LocalDateTime.now(clock));
    }

    /** The briefing of {@code scope} as a file, whole or not at all; the export is recorded in the audit log. */
    public byte[] export(BriefingScope scope, BriefingFormat format, Locale locale) {
        return export(briefing(scope), format, locale);
    }

    /** Renders a briefing already made (the page's), recording the export. */
    public byte[] export(Briefing briefing, BriefingFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        Briefings.write(briefing, format, locale, out);
        BriefingScope scope = briefing.scope();
        audit.recordForCurrentUser(
                "export.briefing",
                "ok",
                format.code() + " region=" + scope.region().orElse("*") + " years="
                        + scope.fromYear().map(String::valueOf).orElse("*") + "-"
                        + scope.toYear().map(String::valueOf).orElse("*"));
        return out.toByteArray();
    }

    private Condition unitYears(Scope s) {
        var m = UNIT_YEAR_METRICS;
        return DSL.and(
                ScopeConditions.of(s, m.REGION_PATH, m.UNIT_ID, m.FISCAL_YEAR, null),
                access.current().condition(m.REGION_PATH, m.UNIT_NAME));
    }

    private List<Integer> years(Scope s) {
        var m = UNIT_YEAR_METRICS;
        return db.selectDistinct(m.FISCAL_YEAR)
                .from(m)
                .where(unitYears(s))
                .orderBy(m.FISCAL_YEAR)
                .fetch(m.FISCAL_YEAR);
    }

    /** The overview's weighted execution rate of one year in the scope's region (null where no unit-year states it). */
    private Briefing.YearRate rate(Scope s, int year) {
        var kpis = overview.overview(s.withYears(Optional.of(year), Optional.of(year)))
                .kpis();
        return new Briefing.YearRate(year, kpis.weightedExecutionRate(), kpis.units());
    }

    private List<Overview.UnitYear> unitYears(Condition where, SortField<?> order, int limit) {
        var m = UNIT_YEAR_METRICS;
        return db.selectFrom(m)
                .where(where)
                .orderBy(order, m.REGION_PATH.asc(), m.UNIT_NAME.asc(), m.FISCAL_YEAR.asc())
                .limit(limit)
                .fetch(Overview.UnitYear::of);
    }

    /** Audit flags in scope by kind, most first. */
    private List<Briefing.FlagCount> flags(Scope s) {
        var e = CURRENT_EVALUATION;
        var f = AUDIT_FLAG;
        var n = DSL.count();
        return db.select(f.KIND, n)
                .from(f)
                .join(e)
                .on(e.ID.eq(f.EVALUATION_ID))
                .where(
                        ScopeConditions.of(s, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, null),
                        access.current().condition(e.REGION_PATH, e.UNIT_NAME))
                .groupBy(f.KIND)
                .orderBy(n.desc(), f.KIND)
                .fetch(r -> new Briefing.FlagCount(r.value1(), r.value2()));
    }

    private boolean synthetic() {
        return "synthetic"
                .equals(db.select(STORE_META.VALUE)
                        .from(STORE_META)
                        .where(STORE_META.KEY.eq("content"))
                        .fetchOne(STORE_META.VALUE));
    }
}
