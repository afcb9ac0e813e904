package com.jixiao.insight.evaluation;

import static com.jixiao.insight.store.generated.Tables.UNIT_YEAR_SUMMARY;

import com.jixiao.insight.base.security.AccessScope;
import com.jixiao.insight.base.security.Role;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units × years as reported: the first overview of what the store holds. */
@Service
@Secured(Role.VIEWER_AUTHORITY)
public class EvaluationSummaryService {

    private final DSLContext db;
    private final AccessScope access;

    EvaluationSummaryService(DSLContext db, AccessScope access) {
        this.db = db;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<UnitYearSummary> unitYearSummaries() {
        var s = UNIT_YEAR_SUMMARY;
        return db.selectFrom(s)
                .where(access.current().condition(s.REGION_PATH, s.UNIT_NAME))
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
