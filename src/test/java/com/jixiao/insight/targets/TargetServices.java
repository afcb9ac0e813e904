package com.jixiao.insight.targets;

import com.jixiao.insight.base.security.AccessScope;
import org.jooq.DSLContext;

/** The targets feature's services over a store, for tests of features that build on them. */
public final class TargetServices {

    private TargetServices() {}

    public static ReasonService reasons(DSLContext db, AccessScope access) {
        return new ReasonService(db, access);
    }
}
