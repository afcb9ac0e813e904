package com.jixiao.insight.evaluation;

import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_SUMMARY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units × years as reported: the first overview of what the store holds. */
@Service
public class EvaluationSummaryService {

    private final DSLContext db;

    EvaluationSummaryService(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<UnitYearSummary> unitYearSummaries() {
        var s = UNIT_YEAR_SUMMARY;
        return db.selectFrom(s)
                .orderBy(s.REGION_PATH, s.UNIT_NAME, s.FISCAL_YEAR)
                .fetch(r -> new UnitYearSummary(
                        r.getUnitId(),
                        r.getUnitName(),
                        r.getRegionPath(),
                        r.getFiscalYear(),
                        Optional.ofNullable(r.getOverallAdjustedBudget()),
                        Optional.ofNullable(r.getOverallExecuted()),
                        Optional.ofNullable(r.getOverallExecutionRate()),
                        Optional.ofNullable(r.getOverallTotalScore()),
                        r.getProjectCount().intValue(),
                        Optional.ofNullable(r.getProjectsAdjustedBudget()),
                        Optional.ofNullable(r.getProjectsExecuted())));
    }
}
