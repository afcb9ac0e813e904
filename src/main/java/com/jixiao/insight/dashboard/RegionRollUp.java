package com.jixiao.insight.dashboard;

import com.jixiao.insight.dashboard.Overview.RegionYear;
import com.jixiao.insight.scope.RegionOrder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rolls the regions' yearly sums up the region tree until a chart can name them all: a province's 120
 * districts become its 12 cities; a city's districts stay districts. The deepest level with at most
 * {@code maxRegions} regions is chosen; a unit placed higher than that level (a city without districts)
 * keeps its own region. Sums stay exact: the weighted rate is Σ executed / Σ adjusted of the units that
 * state both, summed before dividing.
 */
final class RegionRollUp {

    /** A region's sums in one year, as SQL returns them per unit region. */
    record Sums(
            String regionPath,
            int fiscalYear,
            BigDecimal initialBudget,
            BigDecimal adjustedBudget,
            BigDecimal executed,
            BigDecimal adjustedWhereBoth,
            BigDecimal executedWhereBoth) {}

    private RegionRollUp() {}

    static List<RegionYear> of(List<Sums> rows, int maxRegions) {
        int depth = depth(rows.stream().map(Sums::regionPath).toList(), maxRegions);
        Map<String, Sums> merged = new LinkedHashMap<>();
        for (Sums r : rows) {
            String prefix = prefix(r.regionPath(), depth);
            merged.merge(
                    prefix + "\u0000" + r.fiscalYear(),
                    new Sums(
                            prefix,
                            r.fiscalYear(),
                            r.initialBudget(),
                            r.adjustedBudget(),
                            r.executed(),
                            r.adjustedWhereBoth(),
                            r.executedWhereBoth()),
                    RegionRollUp::add);
        }
        List<Sums> ordered = new ArrayList<>(merged.values());
        ordered.sort(Comparator.comparing(Sums::regionPath, RegionOrder.NATURAL).thenComparingInt(Sums::fiscalYear));
        return ordered.stream()
                .map(s -> new RegionYear(
                        name(s.regionPath()),
                        s.fiscalYear(),
                        s.initialBudget(),
                        s.adjustedBudget(),
                        s.executed(),
                        rate(s)))
                .toList();
    }

    /** The deepest level (1 = province) at which {@code paths} make at most {@code maxRegions} regions. */
    static int depth(Collection<String> paths, int maxRegions) {
        int depth = paths.stream().mapToInt(p -> p.split("/").length).max().orElse(1);
        while (depth > 1 && distinctPrefixes(paths, depth) > maxRegions) {
            depth--;
        }
        return depth;
    }

    /**
     * How regions are named on a chart: by their own name, or, where two of them share it (第1区 of two cities), by
     * their parent's name and theirs.
     */
    static Map<String, String> labels(Collection<String> paths) {
        Map<String, Long> uses = paths.stream()
                .distinct()
                .collect(java.util.stream.Collectors.groupingBy(
                        RegionRollUp::name, java.util.stream.Collectors.counting()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String path : paths) {
            String name = name(path);
            String parent = path.contains("/") ? name(path.substring(0, path.lastIndexOf('/'))) : "";
            labels.put(path, uses.get(name) > 1 ? parent + name : name);
        }
        return labels;
    }

    private static long distinctPrefixes(Collection<String> paths, int depth) {
        return paths.stream().map(p -> prefix(p, depth)).distinct().count();
    }

    static String prefix(String path, int depth) {
        String[] parts = path.split("/");
        return parts.length <= depth ? path : String.join("/", Arrays.copyOf(parts, depth));
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Sums add(Sums a, Sums b) {
        return new Sums(
                a.regionPath(),
                a.fiscalYear(),
                plus(a.initialBudget(), b.initialBudget()),
                plus(a.adjustedBudget(), b.adjustedBudget()),
                plus(a.executed(), b.executed()),
                plus(a.adjustedWhereBoth(), b.adjustedWhereBoth()),
                plus(a.executedWhereBoth(), b.executedWhereBoth()));
    }

    /** Null only where neither side states the figure. */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static BigDecimal rate(Sums s) {
        if (s.adjustedWhereBoth() == null || s.adjustedWhereBoth().signum() == 0) {
            return null;
        }
        return Objects.requireNonNull(s.executedWhereBoth())
                .divide(s.adjustedWhereBoth(), MathContext.DECIMAL64)
                .setScale(6, RoundingMode.HALF_UP);
    }
}
