package com.jixiao.insight.evaluation.rules;

import java.util.Locale;

/** Whether an indicator's target was reached. */
public enum Status {
    MET,
    PARTLY_MET,
    UNMET,
    NOT_ASSESSABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
