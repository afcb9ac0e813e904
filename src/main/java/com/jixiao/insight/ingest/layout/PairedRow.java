package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.Fragments.Piece;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of an indicator table in fragments ({@link FragmentTable}) as it is put together: the cells its anchored run
 * gives it, read by their count (one value is the target; two the target and the actual, or the target and the score
 * when the second is a bare figure; three target, actual and score), and the cells a run without anchors completes it
 * with, by order ({@link #fill}).
 */
final class PairedRow {

    private PairedRow() {}

    /** A cell put in a row: its text and lines. */
    record Cell(String text, int first, int last) {
        static Cell of(List<Piece> ps) {
            StringBuilder b = new StringBuilder();
            ps.forEach(p -> b.append(p.text()));
            return new Cell(b.toString(), ps.getFirst().first(), ps.getLast().last());
        }
    }

    /** An indicator row being put together. */
    static final class Line {
        final Piece anchor;
        final List<Cell> own = new ArrayList<>();
        Cell name;
        Cell target;
        Cell actual;
        Cell score;
        List<Piece> rest = List.of();
        List<Integer> restAt = List.of();

        Line(Piece anchor) {
            this.anchor = anchor;
        }

        boolean complete() {
            return name != null && actual != null && score != null;
        }
    }

    /** A value that ends with its figure (and unit): "41人次", "95%", "2台". */
    private static final java.util.regex.Pattern COMPLETE =
            java.util.regex.Pattern.compile(".*\\d[%％]?\\p{IsHan}{0,4}(/\\p{IsHan}{1,2})?$");

    /** The values after the anchor (and name): target; target and actual (or score); target, actual, score. */
    static void values(Line l, Diagnostics diag) {
        List<Cell> v = l.own;
        switch (v.size()) {
            case 0 -> {}
            case 1 -> l.target = v.getFirst();
            case 2 -> {
                l.target = v.get(0);
                if (isScore(v.get(1).text()) && !isScore(v.get(0).text())) {
                    l.score = v.get(1);
                } else {
                    l.actual = v.get(1);
                }
            }
            default -> {
                l.target = v.get(0);
                l.actual = join(v.subList(1, v.size() - 1));
                l.score = v.getLast();
                if (v.size() > 3) {
                    diag.warn("fragmentValuesJoined", v.get(1).first(), null, l.actual.text());
                }
            }
        }
    }

    static Cell join(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        cells.forEach(c -> b.append(c.text()));
        return new Cell(b.toString(), cells.getFirst().first(), cells.getLast().last());
    }

    /** A score: a bare figure of at most 100 points. */
    static boolean isScore(String s) {
        return Fragments.BARE.matcher(s).matches() && new BigDecimal(s).compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /** A name starts here: words, or a figure and the words it heads ("24", "小时自助服务终端租赁费"). */
    static boolean startsName(List<Piece> ps, int i) {
        Piece p = ps.get(i);
        if (p.isBare()) {
            return i + 1 < ps.size()
                    && ps.get(i + 1).hasHan()
                    && ps.get(i + 1).text().length() >= 5
                    && Character.UnicodeScript.of(ps.get(i + 1).text().codePointAt(0)) == Character.UnicodeScript.HAN;
        }
        return p.hasHan()
                        && !p.isProse()
                        && Character.UnicodeScript.of(p.text().codePointAt(0)) != Character.UnicodeScript.COMMON
                || p.text().startsWith("“") && p.hasHan();
    }

    static int nameEnd(List<Piece> ps, int i) {
        return ps.get(i).isBare() ? i + 2 : i + 1;
    }

    /** Fills the open rows from the run, if the run fills them exactly; else leaves them as they were. */
    static boolean fill(List<Line> open, List<Piece> ps, Diagnostics diag) {
        List<Cell[]> found = new ArrayList<>();
        int i = 0;
        for (int n = 0; n < open.size(); n++) {
            Line l = open.get(n);
            Cell name = null;
            Cell actual = null;
            Cell score = null;
            if (i >= ps.size()) {
                return false;
            }
            if (l.name == null) {
                if (!startsName(ps, i)) {
                    return false;
                }
                int end = nameEnd(ps, i);
                name = Cell.of(ps.subList(i, end));
                i = end;
            }
            if (l.score == null) {
                List<Piece> before = new ArrayList<>();
                while (i < ps.size() && !isScore(ps.get(i).text()) && before.size() < 6) {
                    before.add(ps.get(i++));
                }
                if (i >= ps.size() || !isScore(ps.get(i).text())) {
                    return false;
                }
                score = Cell.of(List.of(ps.get(i++)));
                if (!before.isEmpty()) {
                    if (l.actual != null) {
                        return false;
                    }
                    actual = Cell.of(before);
                }
            } else if (l.actual == null) {
                if (i >= ps.size()) {
                    return false;
                }
                // an actual alone may have been cut into several pieces ("书籍", "5本、电影票", "41人次"): while the
                // run has more pieces than rows, a value that does not end with a figure takes the next piece
                int from = i++;
                while (name == null
                        && i < ps.size()
                        && ps.size() - i > open.size() - n - 1
                        && !COMPLETE.matcher(ps.get(i - 1).text()).matches()) {
                    i++;
                }
                actual = Cell.of(ps.subList(from, i));
            }
            found.add(new Cell[] {name, actual, score});
        }
        if (i != ps.size()) {
            return false;
        }
        int runLine = ps.getFirst().first();
        for (int k = 0; k < open.size(); k++) {
            Line l = open.get(k);
            Cell[] c = found.get(k);
            l.name = l.name == null ? c[0] : l.name;
            l.actual = l.actual == null ? c[1] : l.actual;
            l.score = l.score == null ? c[2] : l.score;
            diag.warn("fragmentsPairedByOrder", l.anchor.first(), null, runLine, k + 1);
        }
        return true;
    }
}
