package com.jixiao.insight.ranking;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Exactly the rows a ranking screen shows, with what an export prints around them. */
public record RankingTable(RankingQuery query, List<RankingRow> rows, LocalDateTime generatedAt, boolean synthetic) {

    public RankingTable {
        rows = List.copyOf(rows);
    }

    /** Rows per year, years ascending: an export writes one sheet or section per year. */
    public Map<Integer, List<RankingRow>> byYear() {
        Map<Integer, List<RankingRow>> years = new TreeMap<>();
        rows.forEach(r -> years.computeIfAbsent(r.fiscalYear(), y -> new java.util.ArrayList<>()).add(r));
        return years;
    }
}
