package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Tables.STORE_META;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** What kind of store is open: real reports, or synthetic data that must never pass for real. */
@Service
public class StoreInfo {

    private final boolean synthetic;

    StoreInfo(DSLContext db) {
        this.synthetic = "synthetic"
                .equals(db.select(STORE_META.VALUE)
                        .from(STORE_META)
                        .where(STORE_META.KEY.eq("content"))
                        .fetchOne(STORE_META.VALUE));
    }

    public boolean synthetic() {
        return synthetic;
    }
}
