package com.jixiao.insight.ranking.export;

import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingService;
import com.jixiao.insight.ranking.RankingTable;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Exports for analysts: the ranking the user may see (row restriction applied by the ranking query),
 * rendered in memory, and the export recorded in the audit log with its filters.
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class RankingExportService {

    private final RankingService rankings;
    private final AuditLog audit;

    RankingExportService(RankingService rankings, AuditLog audit) {
        this.rankings = rankings;
        this.audit = audit;
    }

    /** Ranks and renders; the file is whole or not at all. */
    public byte[] export(RankingQuery query, ExportFormat format, Locale locale) {
        return export(rankings.rank(query), format, locale);
    }

    /** Renders exactly the rows of a table already shown on screen. */
    public byte[] export(RankingTable table, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        RankingExports.write(table, format, locale, out);
        RankingQuery q = table.query();
        audit.recordForCurrentUser(
                "export.ranking",
                "ok",
                format.code() + " metric=" + q.metric().code() + " years=" + q.fromYear() + "-" + q.toYear()
                        + " region=" + q.regionPath().orElse("*") + " rows="
                        + table.rows().size());
        return out.toByteArray();
    }
}
