package com.jixiao.insight.targets;

/** Where the unmet-targets screen lives, for links from other features. */
public final class TargetRoutes {

    public static final String UNMET = "unmet";

    private TargetRoutes() {}
}
