package com.jixiao.insight.ranking.export;

import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A ranking table as a file that stands on its own when forwarded: CSV for machines, XLSX for analysts,
 * PDF for the meeting. The same rows the screen shows, rendered three ways.
 */
public final class RankingExports {

    private RankingExports() {}

    /** Writes {@code table} to {@code out} (which stays open) with labels in {@code locale}. */
    public static void write(RankingTable table, ExportFormat format, Locale locale, OutputStream out) {
        RankingLayout layout = new RankingLayout(table, locale);
        try {
            switch (format) {
                case CSV -> RankingCsv.write(layout, out);
                case XLSX -> RankingXlsx.write(layout, out);
                case PDF -> RankingPdf.write(layout, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.code() + " export", e);
        }
    }

    /** An ASCII file name from the metric and years: {@code ranking-execution-rate-2022-2024.xlsx}. */
    public static String fileName(RankingTable table, ExportFormat format) {
        RankingQuery query = table.query();
        String years = query.fromYear() == query.toYear()
                ? String.valueOf(query.fromYear())
                : query.fromYear() + "-" + query.toYear();
        return "ranking-" + query.metric().code() + "-" + years + "." + format.extension();
    }
}
