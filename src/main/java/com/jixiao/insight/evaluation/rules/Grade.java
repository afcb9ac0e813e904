package com.jixiao.insight.evaluation.rules;

import java.math.BigDecimal;

/** Ministry of Finance grades for project evaluations (2020): 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
public final class Grade {

    private Grade() {}

    public static String of(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        if (score.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return "中";
        }
        return "差";
    }
}
