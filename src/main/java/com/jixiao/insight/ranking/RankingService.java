package com.jixiao.insight.ranking;

import static com.jixiao.insight.store.generated.Tables.STORE_META;
import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_METRICS;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.ReadQueries;
import com.jixiao.insight.scope.ScopeConditions;
import com.jixiao.insight.store.generated.tables.UnitYearMetrics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks units per year by a metric, with each unit's rank the year before. */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class RankingService {

    private final DSLContext db;
    private final Clock clock;
    private final AccessScope access;

    @Autowired
    public RankingService(DSLContext db, AccessScope access) {
        this(db, access, Clock.systemDefaultZone());
    }

    RankingService(DSLContext db, AccessScope access, Clock clock) {
        this.db = ReadQueries.inlined(db);
        this.access = access;
        this.clock = clock;
    }

    /** Every row of the ranking (an export): the pages of {@link #page} in one, and the units not ranked. */
    @Transactional(readOnly = true)
    public RankingTable rank(RankingQuery query) {
        return new RankingTable(
                query, page(query, 0, Integer.MAX_VALUE), notReported(query), LocalDateTime.now(clock), synthetic());
    }

    /** How many rows {@link #rank} gives for {@code query}: units with a figure, per year of the range. */
    @Transactional(readOnly = true)
    public int count(RankingQuery query) {
        UnitYearMetrics m = UNIT_YEAR_METRICS;
        return db.fetchCount(
                m,
                m.FISCAL_YEAR.between(query.fromYear(), query.toYear()),
                region(m, query),
                metric(m, query.metric()).isNotNull());
    }

    /**
     * Rows {@code offset … offset + limit} of the ranking, by year, rank and unit, ranked and compared with the
     * year before in SQL (the year before the range is ranked too, only for that): a screen pages through a
     * province's 70,000 rows without holding them.
     */
    @Transactional(readOnly = true)
    public List<RankingRow> page(RankingQuery query, int offset, int limit) {
        UnitYearMetrics m = UNIT_YEAR_METRICS;
        Field<BigDecimal> value = metric(m, query.metric());
        var ranked = DSL.select(
                        m.FISCAL_YEAR,
                        m.UNIT_ID,
                        m.UNIT_NAME,
                        m.REGION_PATH,
                        value.as("value"),
                        m.ADJUSTED_BUDGET,
                        m.EXECUTED,
                        m.EXECUTION_RATE,
                        m.REPORTED_SCORE,
                        m.RECOMPUTED_SCORE,
                        m.SCORE_BASIS,
                        m.UNMET_TARGETS,
                        m.AUDIT_FLAGS,
                        DSL.rank()
                                .over(DSL.partitionBy(m.FISCAL_YEAR)
                                        .orderBy(value.desc().nullsLast()))
                                .as("rank"))
                .from(m)
                .where(
                        m.FISCAL_YEAR.between(query.fromYear() - 1, query.toYear()),
                        region(m, query),
                        value.isNotNull());
        var r = ranked.asTable("ranked");
        var before = ranked.asTable("before");
        Field<Integer> year = r.field(m.FISCAL_YEAR);
        Field<Integer> rank = r.field("rank", Integer.class);
        // A typed select in the order of RankingRow's components: each row is mapped by position, without
        // looking its fields up by name (that was most of the time of a 7,000-row ranking).
        return db.select(
                        year,
                        rank,
                        before.field("rank", Integer.class),
                        r.field(m.UNIT_ID),
                        r.field(m.UNIT_NAME),
                        r.field(m.REGION_PATH),
                        r.field("value", BigDecimal.class),
                        r.field(m.ADJUSTED_BUDGET),
                        r.field(m.EXECUTED),
                        r.field(m.EXECUTION_RATE),
                        r.field(m.REPORTED_SCORE),
                        r.field(m.RECOMPUTED_SCORE),
                        r.field(m.SCORE_BASIS),
                        r.field(m.UNMET_TARGETS),
                        r.field(m.AUDIT_FLAGS))
                .from(r)
                .leftJoin(before)
                .on(
                        before.field(m.UNIT_ID).eq(r.field(m.UNIT_ID)),
                        before.field(m.FISCAL_YEAR).eq(year.minus(1)))
                .where(year.ge(query.fromYear()))
                .orderBy(year, rank, r.field(m.UNIT_NAME))
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(RankingRow::new));
    }

    /** The units without a figure for the metric, per year: named, never ranked as 0. */
    @Transactional(readOnly = true)
    public Map<Integer, List<String>> notReported(RankingQuery query) {
        UnitYearMetrics m = UNIT_YEAR_METRICS;
        Map<Integer, List<String>> notReported = new TreeMap<>();
        db.select(m.FISCAL_YEAR, m.UNIT_NAME)
                .from(m)
                .where(
                        m.FISCAL_YEAR.between(query.fromYear(), query.toYear()),
                        region(m, query),
                        metric(m, query.metric()).isNull())
                .orderBy(m.FISCAL_YEAR, m.UNIT_NAME)
                .forEach(r -> notReported
                        .computeIfAbsent(r.value1(), y -> new ArrayList<>())
                        .add(r.value2()));
        return notReported;
    }

    private Condition region(UnitYearMetrics m, RankingQuery query) {
        return ScopeConditions.inRegion(m.REGION_PATH, query.regionPath())
                .and(access.current().condition(m.REGION_PATH, m.UNIT_NAME));
    }

    private boolean synthetic() {
        return "synthetic"
                .equals(db.select(STORE_META.VALUE)
                        .from(STORE_META)
                        .where(STORE_META.KEY.eq("content"))
                        .fetchOne(STORE_META.VALUE));
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
