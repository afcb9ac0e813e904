package com.jixiao.insight.scope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The global filters every view honours and keeps in the URL: region (a path prefix such as
 * 湖北省/武汉市), unit, year range and evaluation kind (overall | project). Unreadable URL values are
 * dropped, never guessed.
 */
public record Scope(
        Optional<String> region,
        Optional<Long> unitId,
        Optional<Integer> fromYear,
        Optional<Integer> toYear,
        Optional<String> kind) {

    public static final String REGION = "region";
    public static final String UNIT = "unit";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String KIND = "kind";

    public Scope {
        region = region.map(String::strip).filter(r -> !r.isEmpty());
        kind = kind.filter(k -> k.equals("overall") || k.equals("project"));
    }

    public static Scope all() {
        return new Scope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Scope fromParameters(Map<String, List<String>> params) {
        return new Scope(
                first(params, REGION),
                first(params, UNIT).flatMap(Scope::parseLong),
                first(params, FROM).flatMap(Scope::parseYear),
                first(params, TO).flatMap(Scope::parseYear),
                first(params, KIND));
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        region.ifPresent(v -> p.put(REGION, List.of(v)));
        unitId.ifPresent(v -> p.put(UNIT, List.of(v.toString())));
        fromYear.ifPresent(v -> p.put(FROM, List.of(v.toString())));
        toYear.ifPresent(v -> p.put(TO, List.of(v.toString())));
        kind.ifPresent(v -> p.put(KIND, List.of(v)));
        return p;
    }

    public Scope withRegion(Optional<String> v) {
        return new Scope(v, unitId, fromYear, toYear, kind);
    }

    public Scope withUnit(Optional<Long> v) {
        return new Scope(region, v, fromYear, toYear, kind);
    }

    public Scope withYears(Optional<Integer> from, Optional<Integer> to) {
        return new Scope(region, unitId, from, to, kind);
    }

    public Scope withKind(Optional<String> v) {
        return new Scope(region, unitId, fromYear, toYear, v);
    }

    /** Whether a region path lies in the scope's region (the region itself or below it). */
    public boolean covers(String regionPath) {
        return region.map(r -> regionPath.equals(r) || regionPath.startsWith(r + "/"))
                .orElse(true);
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseYear(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= 1990 && y <= 2100 ? Optional.of(y) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
