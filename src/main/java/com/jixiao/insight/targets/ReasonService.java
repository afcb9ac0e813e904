package com.jixiao.insight.targets;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_METRICS;
import static com.jixiao.insight.store.generated.Tables.EVALUATION_UNMET_REASON;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.evaluation.reasons.ReasonClass;
import com.jixiao.insight.scope.RegionOrder;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeConditions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why targets were missed, counted: unmet indicators and narrative unmet goals by the class of their reason, per
 * region and year, from the per-evaluation pre-aggregation written with each document.
 */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class ReasonService {

    private final DSLContext db;
    private final AccessScope access;

    ReasonService(DSLContext db, AccessScope access) {
        this.db = db;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ReasonBreakdown breakdown(Scope scope) {
        var e = EVALUATION_METRICS;
        var u = EVALUATION_UNMET_REASON;
        // Summed in SQL per unit region, year and class (at most regions × years × 12 rows), grouped up in Java.
        var rows = db.select(e.REGION_PATH, e.FISCAL_YEAR, u.REASON_CLASS, DSL.sum(u.UNMET_COUNT))
                .from(u)
                .join(e)
                .on(e.ID.eq(u.EVALUATION_ID))
                .where(
                        ScopeConditions.of(scope, e.REGION_PATH, e.UNIT_ID, e.FISCAL_YEAR, e.KIND),
                        access.current().condition(e.REGION_PATH, e.UNIT_NAME))
                .groupBy(e.REGION_PATH, e.FISCAL_YEAR, u.REASON_CLASS)
                .fetch();
        int depth = depth(
                rows.stream().map(r -> r.value1()).distinct().toList(),
                scope.region().map(r -> r.split("/").length).orElse(0));
        Map<ReasonClass, Integer> totals = new EnumMap<>(ReasonClass.class);
        Map<String, Map<ReasonClass, Integer>> byRegion = new TreeMap<>(RegionOrder.NATURAL);
        Map<String, Map<ReasonClass, Integer>> byYear = new TreeMap<>();
        for (var r : rows) {
            ReasonClass c = ReasonClass.ofCode(r.value3());
            int n = r.value4().intValue();
            totals.merge(c, n, Integer::sum);
            byRegion.computeIfAbsent(group(r.value1(), depth), k -> new EnumMap<>(ReasonClass.class))
                    .merge(c, n, Integer::sum);
            byYear.computeIfAbsent(String.valueOf(r.value2()), k -> new EnumMap<>(ReasonClass.class))
                    .merge(c, n, Integer::sum);
        }
        return new ReasonBreakdown(totals, counts(byRegion), counts(byYear));
    }

    /**
     * The level the regions are counted at: one below the scope's ({@code from} names deep), or further down while a
     * level holds a single region, which would say nothing (a store of one province shows its cities).
     */
    static int depth(List<String> regionPaths, int from) {
        int depth = from;
        while (true) {
            int level = depth;
            boolean single =
                    regionPaths.stream().map(p -> group(p, level)).distinct().count() <= 1;
            boolean deeper = regionPaths.stream().anyMatch(p -> p.split("/").length > level + 1);
            if (!single || !deeper) {
                return depth;
            }
            depth++;
        }
    }

    /** The region one level below the scope's ({@code depth} names deep), or the unit's own where it is not deeper. */
    static String group(String regionPath, int depth) {
        String[] names = regionPath.split("/");
        return names[Math.min(depth, names.length - 1)];
    }

    private static List<ReasonBreakdown.Count> counts(Map<String, Map<ReasonClass, Integer>> grouped) {
        List<ReasonBreakdown.Count> counts = new ArrayList<>();
        grouped.forEach(
                (group, classes) -> classes.forEach((c, n) -> counts.add(new ReasonBreakdown.Count(group, c, n))));
        return counts;
    }
}
