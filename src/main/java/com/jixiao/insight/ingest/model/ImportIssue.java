package com.jixiao.insight.ingest.model;

import com.jixiao.insight.base.i18n.Messages;
import java.util.Arrays;
import java.util.List;

/**
 * Something the importer has to say about a file, located: an error (the file is refused) or a warning
 * (a row was read, and how). {@code line} and {@code column} are 1-based positions in a text report;
 * {@code cell} is a spreadsheet reference such as {@code 自评表!F12}, or the place in a PDF or Word file
 * ({@code 第2页 y=341}, {@code 表1 第3行}). The message comes from the i18n
 * bundle ({@code import.issue.<code>}), so it is said in the user's language.
 */
public record ImportIssue(
        Severity severity, String code, String file, Integer line, Integer column, String cell, List<String> args) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public ImportIssue {
        args = List.copyOf(args);
    }

    public static ImportIssue of(
            Severity severity, String code, String file, Integer line, Integer column, String cell, Object... args) {
        return new ImportIssue(
                severity,
                code,
                file,
                line,
                column,
                cell,
                Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
    }

    /** Where, then what: "004.txt，第 19 行第 6 格：…". */
    public String message(Messages messages) {
        return where(messages) + what(messages);
    }

    public String what(Messages messages) {
        return messages.get("import.issue." + code, args.toArray());
    }

    public String where(Messages messages) {
        String name = file == null ? "" : file;
        if (cell != null) {
            // A spreadsheet reference (自评表!F12) is a cell; else a place in a PDF or Word file (第2页 y=341, 表1 第3行).
            return messages.get(cell.contains("!") ? "import.at.cell" : "import.at.place", name, cell);
        }
        if (line != null && column != null) {
            return messages.get("import.at.lineColumn", name, String.valueOf(line), String.valueOf(column));
        }
        if (line != null) {
            return messages.get("import.at.line", name, String.valueOf(line));
        }
        return messages.get("import.at.file", name);
    }
}
