package com.jixiao.insight.ingest.model;

import com.jixiao.insight.ingest.model.ImportIssue.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one file and makes its rejections, all located in that file. */
public final class Diagnostics {

    private final String file;
    private final List<ImportIssue> warnings = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    public void warn(String code, Integer line, Integer column, Object... args) {
        warnings.add(ImportIssue.of(Severity.WARNING, code, file, line, column, null, args));
    }

    public void warnCell(String code, String cell, Object... args) {
        warnings.add(ImportIssue.of(Severity.WARNING, code, file, null, null, cell, args));
    }

    public ImportRejected reject(String code, Integer line, Integer column, Object... args) {
        return new ImportRejected(ImportIssue.of(Severity.ERROR, code, file, line, column, null, args));
    }

    public ImportRejected rejectCell(String code, String cell, Object... args) {
        return new ImportRejected(ImportIssue.of(Severity.ERROR, code, file, null, null, cell, args));
    }

    /** An empty collector for the same file: a reading tried beside another, whose warnings count only if it is kept. */
    public Diagnostics fork() {
        return new Diagnostics(file);
    }

    /** Takes on the warnings of a {@link #fork()} whose reading was kept. */
    public void adopt(Diagnostics fork) {
        warnings.addAll(fork.warnings);
    }

    public List<ImportIssue> warnings() {
        return List.copyOf(warnings);
    }
}
