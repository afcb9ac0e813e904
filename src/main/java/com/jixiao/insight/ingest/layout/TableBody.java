package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An indicator table's body in -layout text ({@link PositionedLines}): its lines, and the index of the line after it. */
record TableBody(List<Line> lines, int end) {

    /**
     * The lines of an indicator table below its header: up to a total, a grade, a title or another header. The table's
     * own header printed again at the top of a page (a Word table's repeated header row) is left out, and the page's
     * rows go on with the table: the line after it starts the page.
     */
    static TableBody below(List<Line> lines, int from, HeaderColumns header) {
        List<Line> body = new ArrayList<>();
        int k = from;
        boolean pageStarts = false;
        while (k < lines.size()) {
            Line line = lines.get(k);
            if (!line.isBlank()) {
                if (PositionedLines.endsTable(line)) {
                    break;
                }
                Optional<HeaderColumns> again = HeaderColumns.at(lines, k);
                if (again.isPresent()) {
                    if (!again.get().texts().equals(header.texts())
                            || !startsPage(lines, k, again.get().end())) {
                        break;
                    }
                    k = again.get().end();
                    pageStarts = true;
                    continue;
                }
            }
            body.add(pageStarts ? new Line(line.no(), line.tokens(), true) : line);
            pageStarts = false;
            k++;
        }
        return new TableBody(body, k);
    }

    /** Whether a page starts on one of the lines from..to-1. */
    private static boolean startsPage(List<Line> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            if (lines.get(j).newPage()) {
                return true;
            }
        }
        return false;
    }
}
