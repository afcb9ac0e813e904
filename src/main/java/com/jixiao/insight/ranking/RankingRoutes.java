package com.jixiao.insight.ranking;

/** Where the rankings screen lives, for links from other features. */
public final class RankingRoutes {

    public static final String RANKINGS = "rankings";

    private RankingRoutes() {}
}
