package com.jixiao.insight.ingest.form;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.ImportLimits;
import java.util.List;

/** What every part of the form reader shares: the rows of one file, its diagnostics and its limits. */
record FormContext(List<Row> rows, Diagnostics diag, ImportLimits limits) {

    Row row(int index) {
        return rows.get(index);
    }
}
