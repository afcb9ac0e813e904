package com.jixiao.insight.ranking;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exactly the rows a ranking screen shows, with what an export prints around them. Units whose reports
 * give no figure for the metric are not ranked (never as 0): {@code notReported} names them per year.
 */
public record RankingTable(
        RankingQuery query,
        List<RankingRow> rows,
        Map<Integer, List<String>> notReported,
        LocalDateTime generatedAt,
        boolean synthetic) {

    public RankingTable {
        rows = List.copyOf(rows);
        notReported = Map.copyOf(notReported);
    }

    public RankingTable(RankingQuery query, List<RankingRow> rows, LocalDateTime generatedAt, boolean synthetic) {
        this(query, rows, Map.of(), generatedAt, synthetic);
    }

    /** Rows per year, years ascending: an export writes one sheet or section per year. */
    public Map<Integer, List<RankingRow>> byYear() {
        Map<Integer, List<RankingRow>> years = new TreeMap<>();
        rows.forEach(r ->
                years.computeIfAbsent(r.fiscalYear(), y -> new ArrayList<>()).add(r));
        return years;
    }
}
