package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text whose order is not reading order, which no reader can put right: {@code pdftotext -raw} of a PDF that
 * LibreOffice Calc printed writes the cells of one line first and every wrapped cell after the whole table, so that
 * the pieces of the wrapped header words ("一级指" / "标", "年初预算" / "数") stand below the form's total. Refused
 * with a reason that says so, not with whatever the scrambled text first lacks (its year, printed after the table).
 */
final class ContentOrder {

    /** Pieces of header words below a total, before any title, that show the order scrambled. */
    private static final int PIECES = 3;
    /** Longest line a total is ("总分 100 98.54 优"). */
    private static final int MAX_TOTAL = 40;
    /** Longest piece of a header word ("实际完成指标"). */
    private static final int MAX_PIECE = 10;

    private static final Pattern TOTAL = Pattern.compile("^(总分|自评总分|自评得分|综合得分|得分合计)[:：]?\\d.*");

    private ContentOrder() {}

    /** Refuses the rows if they are in such an order. */
    static void check(List<Row> rows, Diagnostics diag) {
        boolean afterTotal = false;
        int pieces = 0;
        Row first = null;
        for (Row r : rows) {
            if (r.isBlank()) {
                continue;
            }
            String raw = r.text();
            if (!afterTotal) {
                // most lines: only a total matters here (its label starts the line)
                afterTotal = raw.length() < MAX_TOTAL && isTotal(CellText.squeeze(raw));
                continue;
            }
            String text = CellText.squeeze(raw);
            if (text.contains("表") && FormVocabulary.isTitle(text)) {
                afterTotal = false;
                pieces = 0;
                first = null;
            } else if (text.length() >= 2 && text.length() < MAX_PIECE && startsHeaderWord(text)) {
                first = first == null ? r : first;
                if (++pieces >= PIECES) {
                    throw diag.reject("textOutOfOrder", first.first(), null, CellText.squeeze(first.text()));
                }
            }
        }
    }

    /** The first piece of a wrapped header word, of the indicator table's or the budget's ("一级指", "年初预算"). */
    private static boolean startsHeaderWord(String text) {
        return WrappedLines.couldStartHeaderWord(text)
                || HeaderColumns.MORE_WORDS.stream().anyMatch(w -> w.startsWith(text) && w.length() > text.length());
    }

    /** The form's total and its figures on one line ("总分 100 98.54"); not a 合计 of a budget or a summary. */
    private static boolean isTotal(String text) {
        return TOTAL.matcher(text).matches();
    }
}
