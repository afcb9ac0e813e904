package com.jixiao.insight.ingest.model;

/**
 * How much one file may hold. A real self-evaluation report is well under 1 MB and a few thousand
 * lines; the limits are generous for that and stop a wrong or hostile file long before it costs memory.
 */
public record ImportLimits(
        long maxBytes, int maxLines, int maxReports, int maxIndicatorsPerReport, int maxCellChars, int maxSheetRows) {

    public static final ImportLimits DEFAULT =
            new ImportLimits(20L * 1024 * 1024, 200_000, 500, 2_000, 20_000, 100_000);
}
