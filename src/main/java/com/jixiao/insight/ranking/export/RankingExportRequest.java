package com.jixiao.insight.ranking.export;

import com.jixiao.insight.ranking.RankingMetric;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.scope.ScopeArguments;
import java.util.Arrays;
import java.util.Locale;

/**
 * A ranking export as asked for on the command line or over HTTP, checked: what to rank, in which format
 * and language. Parsing the raw parameters here keeps the two entry points saying the same things.
 */
public record RankingExportRequest(RankingQuery query, ExportFormat format, Locale locale) {

    /** A range wider than this is a typo, not a report (and would be one sheet per year). */
    static final int MAX_YEARS = 30;

    /**
     * From the raw parameters, null or blank where absent: either {@code year} or both {@code from} and
     * {@code to}; {@code lang} defaults to zh-CN. Throws IllegalArgumentException naming what is wrong.
     */
    public static RankingExportRequest parse(
            String metric, String year, String from, String to, String region, String format, String lang) {
        if (ScopeArguments.absent(metric)) {
            throw new IllegalArgumentException("metric is missing; use one of " + metricCodes());
        }
        RankingMetric rankBy = RankingMetric.fromCode(metric.strip());
        int fromYear;
        int toYear;
        if (!ScopeArguments.absent(year)) {
            if (!ScopeArguments.absent(from) || !ScopeArguments.absent(to)) {
                throw new IllegalArgumentException("give either year or from and to, not both");
            }
            fromYear = toYear = ScopeArguments.year("year", year);
        } else if (ScopeArguments.absent(from) || ScopeArguments.absent(to)) {
            throw new IllegalArgumentException(
                    ScopeArguments.absent(from) && ScopeArguments.absent(to)
                            ? "the year is missing; give year, or from and to for a range"
                            : "from and to go together; give both, or year for a single year");
        } else {
            fromYear = ScopeArguments.year("from", from);
            toYear = ScopeArguments.year("to", to);
            if (fromYear > toYear) {
                throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
            }
            if (toYear - fromYear + 1 > MAX_YEARS) {
                throw new IllegalArgumentException(
                        "a range covers at most " + MAX_YEARS + " years, not " + (toYear - fromYear + 1));
            }
        }
        if (ScopeArguments.absent(format)) {
            throw new IllegalArgumentException("format is missing; use one of csv, xlsx, pdf");
        }
        ExportFormat as = ExportFormat.fromCode(format);
        return new RankingExportRequest(
                new RankingQuery(rankBy, fromYear, toYear, ScopeArguments.region(region)), as, language(lang));
    }

    /** zh-CN (also zh, zh_CN) or en (also en-US …); absent means zh-CN, the users' language. */
    public static Locale language(String lang) {
        if (ScopeArguments.absent(lang)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        Locale asked = Locale.forLanguageTag(lang.strip().replace('_', '-'));
        return switch (asked.getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("unsupported language '" + lang + "'; use zh-CN or en");
        };
    }

    private static String metricCodes() {
        return Arrays.stream(RankingMetric.values())
                .map(RankingMetric::code)
                .toList()
                .toString();
    }
}
