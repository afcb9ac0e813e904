package com.jixiao.insight.ranking;

import java.util.Arrays;

/** What units are ranked by. Rank 1 is the highest value: the best execution or score, the most unmet targets. */
public enum RankingMetric {
    EXECUTION_RATE("execution-rate"),
    SCORE("score"),
    RECOMPUTED_SCORE("recomputed-score"),
    UNMET_TARGETS("unmet-targets"),
    AUDIT_FLAGS("audit-flags");

    private final String code;

    RankingMetric(String code) {
        this.code = code;
    }

    /** The name used in URLs, on the command line and in the i18n keys (ranking.metric.<code>). */
    public String code() {
        return code;
    }

    public static RankingMetric fromCode(String code) {
        return Arrays.stream(values())
                .filter(m -> m.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + code + "'; use one of "
                        + Arrays.stream(values()).map(RankingMetric::code).toList()));
    }
}
