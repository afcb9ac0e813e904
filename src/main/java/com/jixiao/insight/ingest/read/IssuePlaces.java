package com.jixiao.insight.ingest.read;

import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warning or error about a PDF, Word or Excel form placed where a person finds it in that file. The form reader
 * counts the grid's rows as lines; the user sees the place the row came from instead: "第2页 y=341", "表1 第3行 第5格",
 * or the sheet's own cell, "高标准农田!E7" (its row's range, "高标准农田!A7:J7", and the cell's column within it).
 */
final class IssuePlaces {

    /** A sheet row's range: sheet, first column, row ("自评表!A7:J7"). */
    private static final Pattern SHEET_ROW = Pattern.compile("^(.+)!([A-Z]{1,3})(\\d+):[A-Z]{1,3}\\d+$");

    private IssuePlaces() {}

    /** The issue with its place in the file, if its line is a grid row with one; else as it was. */
    static ImportIssue placed(ImportIssue issue, SourceText source) {
        if (issue.cell() != null
                || issue.line() == null
                || issue.line() < 1
                || issue.line() > source.lines().size()) {
            return issue;
        }
        String location = source.location(issue.line());
        if (location == null) {
            return issue;
        }
        return new ImportIssue(
                issue.severity(),
                issue.code(),
                issue.file(),
                issue.line(),
                issue.column(),
                place(location, issue.column()),
                issue.args());
    }

    static String place(String location, Integer column) {
        if (column == null) {
            return location;
        }
        Matcher sheet = SHEET_ROW.matcher(location);
        if (sheet.matches()) {
            return sheet.group(1) + "!" + letters(number(sheet.group(2)) + column - 1) + sheet.group(3);
        }
        return location + " 第" + column + "格";
    }

    /** "A" → 1, "AA" → 27. */
    private static int number(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            n = n * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return n;
    }

    /** 1 → "A", 27 → "AA". */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        while (n > 0) {
            int d = (n - 1) % 26;
            s.insert(0, (char) ('A' + d));
            n = (n - 1) / 26;
        }
        return s.toString();
    }
}
