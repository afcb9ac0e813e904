package com.jixiao.insight.briefing;

import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.targets.ReasonBreakdown;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything a briefing (分析简报) states for one scope, as the store gives it: the overview's figures for the
 * scope and for each year (and the year before the first, for the change), the units ranked by execution rate,
 * the units below the amber threshold, why targets were missed, and the audit flags by kind. Rendered as DOCX or
 * PDF by {@link Briefings}; every sentence is made from these figures by {@link BriefingText}.
 *
 * @param regionYears one row per region and year in scope, for the execution-rate and budget charts
 * @param years every year in scope the store holds, in order, with the overview's weighted execution rate of each
 *     (null where no unit-year states both budget and executed)
 * @param yearBefore the year before the first, when the store has a rate for it (for "较上年")
 * @param ranked the unit-years in scope with an execution rate, best first, when there are at most twice {@link
 *     BriefingService#TOP} of them; else empty and {@code top} and {@code bottom} hold the ends
 * @param lowUnits unit-years below the amber threshold ({@code amberFrom}), lowest first
 */
public record Briefing(
        BriefingScope scope,
        Overview overview,
        List<Overview.RegionYear> regionYears,
        List<YearRate> years,
        Optional<YearRate> yearBefore,
        List<Overview.UnitYear> ranked,
        List<Overview.UnitYear> top,
        List<Overview.UnitYear> bottom,
        BigDecimal amberFrom,
        BigDecimal targetRate,
        List<Overview.UnitYear> lowUnits,
        int lowUnitCount,
        ReasonBreakdown reasons,
        List<FlagCount> flags,
        boolean synthetic,
        LocalDateTime generatedAt) {

    /** The weighted execution rate of one year (Σ executed / Σ adjusted), as the overview computes it; may be null. */
    public record YearRate(int year, BigDecimal rate, int units) {}

    /** Audit flags of one kind (see FlagKind) in scope. */
    public record FlagCount(String kind, int count) {}

    public Briefing {
        years = List.copyOf(years);
        ranked = List.copyOf(ranked);
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
        lowUnits = List.copyOf(lowUnits);
        flags = List.copyOf(flags);
    }

    public Overview.Kpis kpis() {
        return overview.kpis();
    }
}
