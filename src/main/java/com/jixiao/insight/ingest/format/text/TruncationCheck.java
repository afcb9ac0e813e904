package com.jixiao.insight.ingest.format.text;

import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A text report cut short (a download broken off, a copy that stopped) is refused rather than imported
 * half: an HTML table that never closes, or a file that ends, without a line end, on an indicator row
 * that lacks the value columns its header has.
 */
public final class TruncationCheck {

    private TruncationCheck() {}

    public static void check(byte[] bytes, List<Row> rows, Integer lastIncompleteRow, Diagnostics diag) {
        String lower = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        Row last = null;
        for (int i = rows.size() - 1; i >= 0 && last == null; i--) {
            if (!rows.get(i).isBlank()) {
                last = rows.get(i);
            }
        }
        if (count(lower, "<table") > count(lower, "</table")) {
            throw diag.reject("truncatedTable", last == null ? null : last.last(), null);
        }
        boolean endsWithNewline =
                bytes.length > 0 && (bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r');
        if (!endsWithNewline && last != null && lastIncompleteRow != null && lastIncompleteRow == last.last()) {
            throw diag.reject("truncatedRow", last.first(), null);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
