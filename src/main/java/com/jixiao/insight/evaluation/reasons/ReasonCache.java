package com.jixiao.insight.evaluation.reasons;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ReasonClassifier#classify} once per distinct text: reports repeat their texts (one boilerplate under
 * every indicator of a table, 无偏差 73 times in one seed), and a synthetic province repeats a dozen texts a
 * million times. Bounded: when full it starts again rather than grow with a store's distinct texts.
 */
public final class ReasonCache {

    private static final int MAX_TEXTS = 20_000;
    private static final Map<String, ReasonClassification> CLASSES = new ConcurrentHashMap<>();

    private ReasonCache() {}

    public static ReasonClassification classify(String text) {
        String key = text == null ? "" : text;
        ReasonClassification known = CLASSES.get(key);
        if (known != null) {
            return known;
        }
        if (CLASSES.size() >= MAX_TEXTS) {
            CLASSES.clear();
        }
        ReasonClassification made = ReasonClassifier.classify(key);
        CLASSES.put(key, made);
        return made;
    }
}
