package com.jixiao.insight.evaluation;

/** Where the unit-year summary lives, for links from other features. */
public final class EvaluationRoutes {

    public static final String SUMMARY = "summary";

    private EvaluationRoutes() {}
}
