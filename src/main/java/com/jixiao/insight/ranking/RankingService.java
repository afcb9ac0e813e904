package com.jixiao.insight.ranking;

import com.jixiao.insight.catalog.AccessScope;
import org.springframework.security.access.annotation.Secured;
import com.jixiao.insight.base.security.Role;
import static com.jixiao.insight.store.generated.Tables.STORE_META;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.store.generated.tables.UnitYearMetrics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks units per year by a metric, with each unit's rank the year before. */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class RankingService {

    private final DSLContext db;
    private final Clock clock;
    private final AccessScope access;

    @org.springframework.beans.factory.annotation.Autowired
    RankingService(DSLContext db, AccessScope access) {
        this(db, access, Clock.systemDefaultZone());
    }

    RankingService(DSLContext db, AccessScope access, Clock clock) {
        this.db = db;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RankingTable rank(RankingQuery query) {
        UnitYearMetrics m = UNIT_YEAR_METRICS;
        Field<BigDecimal> value = metric(m, query.metric());
        Condition region = query.regionPath().map(p -> m.REGION_PATH.eq(p).or(m.REGION_PATH.startsWith(p + "/")))
                .orElse(DSL.trueCondition()).and(access.current().condition(m.REGION_PATH, m.UNIT_NAME));
        // The year before the range is ranked too, only to give the first year its rank change.
        var ranked = db.select(m.FISCAL_YEAR, m.UNIT_ID, m.UNIT_NAME, m.REGION_PATH, value.as("value"),
                        m.ADJUSTED_BUDGET, m.EXECUTED, m.EXECUTION_RATE, m.REPORTED_SCORE, m.RECOMPUTED_SCORE,
                        m.SCORE_BASIS, m.UNMET_TARGETS, m.AUDIT_FLAGS,
                        DSL.rank().over(DSL.partitionBy(m.FISCAL_YEAR).orderBy(value.desc().nullsLast())).as("rank"))
                .from(m)
                .where(m.FISCAL_YEAR.between(query.fromYear() - 1, query.toYear()), region, value.isNotNull())
                .orderBy(m.FISCAL_YEAR, DSL.field(DSL.name("rank")), m.UNIT_NAME)
                .fetch();
        Map<String, Integer> previous = new HashMap<>();
        ranked.forEach(r -> previous.put(r.get(m.UNIT_ID) + "@" + r.get(m.FISCAL_YEAR), r.get("rank", Integer.class)));
        List<RankingRow> rows = ranked.stream()
                .filter(r -> r.get(m.FISCAL_YEAR) >= query.fromYear())
                .map(r -> new RankingRow(r.get(m.FISCAL_YEAR), r.get("rank", Integer.class),
                        previous.get(r.get(m.UNIT_ID) + "@" + (r.get(m.FISCAL_YEAR) - 1)),
                        r.get(m.UNIT_ID), r.get(m.UNIT_NAME), r.get(m.REGION_PATH), r.get("value", BigDecimal.class),
                        r.get(m.ADJUSTED_BUDGET), r.get(m.EXECUTED), r.get(m.EXECUTION_RATE), r.get(m.REPORTED_SCORE),
                        r.get(m.RECOMPUTED_SCORE), r.get(m.SCORE_BASIS), r.get(m.UNMET_TARGETS),
                        r.get(m.AUDIT_FLAGS)))
                .toList();
        Map<Integer, List<String>> notReported = new java.util.TreeMap<>();
        db.select(m.FISCAL_YEAR, m.UNIT_NAME).from(m)
                .where(m.FISCAL_YEAR.between(query.fromYear(), query.toYear()), region, value.isNull())
                .orderBy(m.FISCAL_YEAR, m.UNIT_NAME)
                .forEach(r -> notReported.computeIfAbsent(r.value1(), y -> new java.util.ArrayList<>()).add(r.value2()));
        return new RankingTable(query, rows, notReported, LocalDateTime.now(clock), synthetic());
    }

    private boolean synthetic() {
        return "synthetic".equals(db.select(STORE_META.VALUE).from(STORE_META)
                .where(STORE_META.KEY.eq("content")).fetchOne(STORE_META.VALUE));
    }

    private static Field<BigDecimal> metric(UnitYearMetrics m, RankingMetric metric) {
        return switch (metric) {
            case EXECUTION_RATE -> m.EXECUTION_RATE;
            case SCORE -> m.REPORTED_SCORE;
            case RECOMPUTED_SCORE -> m.RECOMPUTED_SCORE;
            case UNMET_TARGETS -> m.UNMET_TARGETS.cast(BigDecimal.class);
            case AUDIT_FLAGS -> m.AUDIT_FLAGS.cast(BigDecimal.class);
        };
    }
}
