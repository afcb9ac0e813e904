package com.jixiao.insight.ingest.batch;

/**
 * How much a ZIP of reports may unpack to. A province's year is ~7,000 reports of ~30 KB; the limits are generous
 * for that and stop a ZIP bomb (a small file that unpacks to gigabytes) long before it fills the disk.
 *
 * @param maxEntries files in the ZIP (folders and skipped files not counted)
 * @param maxTotalBytes all entries unpacked
 * @param maxRatio unpacked bytes per compressed byte, checked once {@code ratioFloorBytes} are unpacked: text reports
 *     compress 5–10 times, Office files and PDFs hardly at all; a bomb compresses a thousand times
 * @param ratioFloorBytes below this, a high ratio is a small repetitive file, not a bomb
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

    public static final ZipLimits DEFAULT = new ZipLimits(20_000, 2L * 1024 * 1024 * 1024, 100, 1024 * 1024);
}
