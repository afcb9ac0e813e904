package com.jixiao.insight.ingest.model;

import java.util.List;

/**
 * What the importer recognised in one file, before anything is stored: the report (its region may still
 * be missing: see {@link #regionStated()}), the verbatim source its rows point into, the warnings, and
 * how the file was read (format, encoding).
 */
public record ParsedFile(
        ReportDocument document,
        SourceText source,
        List<ImportIssue> warnings,
        String format,
        String encoding,
        boolean regionStated) {

    public ParsedFile {
        warnings = List.copyOf(warnings);
    }

    public int indicatorCount() {
        return document.reports().stream().mapToInt(r -> r.indicators().size()).sum();
    }
}
