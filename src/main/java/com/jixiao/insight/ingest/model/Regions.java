package com.jixiao.insight.ingest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A region path as the store keeps it: province/city[/district], e.g. 湖北省/武汉市/洪山区. */
public final class Regions {

    private Regions() {}

    /**
     * The path of a region written as "湖北省/武汉市/洪山区", "湖北省 武汉市 洪山区" or "湖北省、武汉市";
     * empty if it is blank or has more than three levels.
     */
    public static Optional<String> normalise(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String p : written.strip().split("[/／\\\\>＞\\s,，、|]+")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty() || parts.size() > 3 || parts.stream().anyMatch(p -> p.length() > 30 || p.contains("<"))) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", parts));
    }
}
