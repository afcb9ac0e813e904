package com.jixiao.insight.base.store;

import static com.jixiao.insight.store.generated.Tables.DOCUMENT;
import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.EXPENDITURE_LINE;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;
import static com.jixiao.insight.store.generated.Tables.UNIT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** What the store holds, in one line, for the command line. */
@Component
class StoreReport {

    private final DSLContext db;
    private final StoreProperties store;

    StoreReport(DSLContext db, StoreProperties store) {
        this.db = db;
        this.store = store;
    }

    String describe() {
        return "Store " + store.path() + ": "
                + db.fetchCount(UNIT) + " units, "
                + db.fetchCount(DOCUMENT) + " documents, "
                + db.fetchCount(EVALUATION) + " evaluations, "
                + db.fetchCount(INDICATOR) + " indicators, "
                + db.fetchCount(EXPENDITURE_LINE) + " expenditure lines";
    }
}
