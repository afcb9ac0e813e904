package com.jixiao.insight.dashboard;

import com.jixiao.insight.base.security.AccessScope;
import org.jooq.DSLContext;

/** The dashboard's services over a store, for tests of features that build on them. */
public final class DashboardServices {

    private DashboardServices() {}

    public static OverviewService overview(DSLContext db, AccessScope access) {
        return new OverviewService(db, access);
    }
}
