package com.jixiao.insight.ranking;

import java.util.Optional;

/** What to rank: a metric, a year range (inclusive) and optionally a region (path prefix). */
public record RankingQuery(RankingMetric metric, int fromYear, int toYear, Optional<String> regionPath) {

    public RankingQuery {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("year range " + fromYear + "–" + toYear + " is empty");
        }
        regionPath = regionPath == null ? Optional.empty() : regionPath.filter(p -> !p.isBlank());
    }

    public static RankingQuery year(RankingMetric metric, int year) {
        return new RankingQuery(metric, year, year, Optional.empty());
    }
}
