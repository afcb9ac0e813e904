package com.jixiao.insight.evaluation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation's unmet indicators counted per indicator category (一级指标), in the order the categories
 * first appear; a null key for indicators without a category. Stored beside the assessment so that
 * dashboards count unmet targets from one row per evaluation and category, not from every indicator.
 */
public final class UnmetByCategory {

    private UnmetByCategory() {}

    /** {@code categories} and {@code assessments} are the evaluation's indicators in the same order. */
    public static Map<String, Integer> of(List<String> categories, List<IndicatorAssessment> assessments) {
        if (categories.size() != assessments.size()) {
            throw new IllegalArgumentException(
                    categories.size() + " categories for " + assessments.size() + " assessed indicators");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            if (assessments.get(i).status() == Status.UNMET) {
                counts.merge(categories.get(i), 1, Integer::sum);
            }
        }
        return counts;
    }
}
