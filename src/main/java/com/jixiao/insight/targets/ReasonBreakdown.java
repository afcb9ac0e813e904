package com.jixiao.insight.targets;

import com.jixiao.insight.evaluation.reasons.ReasonClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why targets were missed in a scope: the unmet indicators and narrative unmet goals counted by the class of
 * their reason (decision 0007), in all, per region (one level below the scope's region) and per year. Small
 * whatever the scope: at most regions × classes and years × classes rows.
 *
 * @param totals every class that occurs, with its count, in rule order
 */
public record ReasonBreakdown(Map<ReasonClass, Integer> totals, List<Count> byRegion, List<Count> byYear) {

    /** The unmet targets of one group (a region's name, or a year as text) whose reason is of one class. */
    public record Count(String group, ReasonClass reasonClass, int count) {}

    public ReasonBreakdown {
        totals = totals.isEmpty() ? Map.of() : new EnumMap<>(totals);
        byRegion = List.copyOf(byRegion);
        byYear = List.copyOf(byYear);
    }

    /** Every unmet target counted. */
    public int total() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The unmet targets whose text names a cause (every class but other and unstated). */
    public int withCause() {
        return totals.entrySet().stream()
                .filter(e -> e.getKey().isCause())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** The cause given most often (ties by rule order); empty when no text names one. */
    public Optional<ReasonClass> mainCause() {
        return totals.entrySet().stream()
                .filter(e -> e.getKey().isCause())
                .max(Map.Entry.<ReasonClass, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    public int count(ReasonClass c) {
        return totals.getOrDefault(c, 0);
    }
}
