package com.jixiao.insight.ingest;

import com.jixiao.insight.ingest.ImportIssue.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one file and makes its rejections, all located in that file. */
final class Diagnostics {

    private final String file;
    private final List<ImportIssue> warnings = new ArrayList<>();

    Diagnostics(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void warn(String code, Integer line, Integer column, Object... args) {
        warnings.add(ImportIssue.of(Severity.WARNING, code, file, line, column, null, args));
    }

    void warnCell(String code, String cell, Object... args) {
        warnings.add(ImportIssue.of(Severity.WARNING, code, file, null, null, cell, args));
    }

    ImportRejected reject(String code, Integer line, Integer column, Object... args) {
        return new ImportRejected(ImportIssue.of(Severity.ERROR, code, file, line, column, null, args));
    }

    ImportRejected rejectCell(String code, String cell, Object... args) {
        return new ImportRejected(ImportIssue.of(Severity.ERROR, code, file, null, null, cell, args));
    }

    List<ImportIssue> warnings() {
        return List.copyOf(warnings);
    }
}
