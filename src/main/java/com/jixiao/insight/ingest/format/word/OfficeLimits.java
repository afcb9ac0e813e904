package com.jixiao.insight.ingest.format.word;

/**
 * How much a Word or Excel file may hold before it is refused. A self-evaluation form is a few pages, a few hundred
 * rows and well under a megabyte unpacked; the limits are generous for that and stop a hostile file (a zip bomb, a
 * sheet of a million rows) before it costs memory.
 *
 * <p>The zip limits are checked on the raw bytes before POI opens an OOXML package, entry by entry, while the entry is
 * inflated (so a bomb is refused after a few hundred kilobytes, not after it has filled memory):
 *
 * @param maxEntryBytes the most one zip entry may unpack to
 * @param maxTotalBytes the most all entries together may unpack to
 * @param minInflateRatio the smallest compressed/uncompressed ratio an entry may show once it is past {@code
 *     graceBytes}: 0.01 means a file may not unpack to more than a hundred times its size
 * @param graceBytes how much an entry may unpack to before its ratio is checked (small entries of repeated XML
 *     compress very well and are harmless)
 * @param maxEntries the most entries a package may have
 * @param maxRows the most rows (paragraphs and table rows, or sheet rows) a file may give
 * @param maxCells the most cells all rows together may have
 * @param maxCellChars the most characters one cell or paragraph may have
 */
public record OfficeLimits(
        long maxEntryBytes,
        long maxTotalBytes,
        double minInflateRatio,
        long graceBytes,
        int maxEntries,
        int maxRows,
        int maxCells,
        int maxCellChars) {

    private static final long MB = 1024L * 1024;

    /** 100 MB per entry, 200 MB in all, ratio 0.01 past 100 KB, 10,000 entries, 100,000 rows, 500,000 cells. */
    public static final OfficeLimits DEFAULT =
            new OfficeLimits(100 * MB, 200 * MB, 0.01, 100 * 1024, 10_000, 100_000, 500_000, 20_000);

    public OfficeLimits {
        if (maxEntryBytes <= 0
                || maxTotalBytes <= 0
                || !(minInflateRatio >= 0 && minInflateRatio < 1)
                || graceBytes < 0
                || maxEntries <= 0
                || maxRows <= 0
                || maxCells <= 0
                || maxCellChars <= 0) {
            throw new IllegalArgumentException("limits must be positive, the ratio in [0, 1)");
        }
    }

    public OfficeLimits withMaxRows(int rows) {
        return new OfficeLimits(
                maxEntryBytes, maxTotalBytes, minInflateRatio, graceBytes, maxEntries, rows, maxCells, maxCellChars);
    }

    public OfficeLimits withMaxCells(int cells) {
        return new OfficeLimits(
                maxEntryBytes, maxTotalBytes, minInflateRatio, graceBytes, maxEntries, maxRows, cells, maxCellChars);
    }

    public OfficeLimits withMaxEntryBytes(long bytes) {
        return new OfficeLimits(
                bytes, maxTotalBytes, minInflateRatio, graceBytes, maxEntries, maxRows, maxCells, maxCellChars);
    }
}
