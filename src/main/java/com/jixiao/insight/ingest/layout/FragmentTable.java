package com.jixiao.insight.ingest.layout;

import static com.jixiao.insight.ingest.layout.PairedRow.nameEnd;
import static com.jixiao.insight.ingest.layout.PairedRow.startsName;

import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.Figures;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.FragmentLines.Header;
import com.jixiao.insight.ingest.layout.FragmentRuns.Group;
import com.jixiao.insight.ingest.layout.Fragments.Piece;
import com.jixiao.insight.ingest.layout.PairedRow.Cell;
import com.jixiao.insight.ingest.layout.PairedRow.Line;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator table in fragments ({@link FragmentLines}) whose columns come in separate runs. A row is anchored by
 * its 二级指标 word (and the number after it, "数量指标", "3"); the cells after the anchor are the row's share of the
 * columns (its name if most rows of the run start with one, then its values: one is the target; two the target and
 * the actual, or the target and the score when the second is a bare figure; three target, actual and score). What a
 * row lacks (name, actual, score) is in a run of cells without anchors, which is paired with the rows by order: each
 * lacking row takes from the run, in turn, a name, then values up to a bare figure (its score), the values before it
 * being its actual. A run is paired only if it fills the rows exactly, the run nearest to the rows first; each row so
 * completed is warned with the lines it took cells from. The 一级指标 words stand in a run of their own; each row takes
 * the one of its 二级指标's family. Rows whose numbering restarts after the table's rows are complete belong to the
 * next table (printed before its title, as an embedded image's text often is) and are carried to it.
 */
final class FragmentTable {

    /** Rows printed before their table, carried to the next one. */
    record Carried(List<Line> lines) {
        void dropped(Diagnostics diag) {
            diag.warn("fragmentRowsWithoutTable", lines.getFirst().anchor.first(), null, lines.size());
        }
    }

    private final List<Piece> pieces;
    private final Header header;
    private final Diagnostics diag;
    private final List<Integer> consumed = new ArrayList<>();
    private final List<Piece> categories = new ArrayList<>();
    private final List<Row> remarks = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final FragmentRuns runs;
    private Carried carriedOut;

    FragmentTable(List<Piece> pieces, Header header, List<Integer> body, Carried carried, Diagnostics diag) {
        this.pieces = pieces;
        this.header = header;
        this.diag = diag;
        this.runs = new FragmentRuns(pieces, consumed, diag);
        scan(body);
        if (carried != null && !groups.isEmpty()) {
            Group g = groups.getFirst();
            List<Line> lines = new ArrayList<>(carried.lines());
            lines.addAll(g.lines());
            groups.set(0, new Group(lines, g.from(), g.to()));
            diag.warn(
                    "fragmentRowsCarried",
                    carried.lines().getFirst().anchor.first(),
                    null,
                    header.cells().getFirst().first());
        } else if (carried != null) {
            carried.dropped(diag);
        }
        carryRestartedGroups();
        pair();
    }

    List<Integer> consumed() {
        return consumed;
    }

    Carried carried() {
        return carriedOut;
    }

    // ---- scanning ------------------------------------------------------------------------------------------

    private boolean isAnchor(Piece p) {
        return p.fragment() && IndicatorWords.isSubcategoryWord(p.text()) && !IndicatorWords.isCategoryWord(p.text());
    }

    private boolean isCategory(Piece p) {
        return p.fragment() && IndicatorWords.isCategoryWord(p.text());
    }

    private boolean separates(Piece p) {
        return p.isBarrier() || p.isProse() || isCategory(p) || Fragments.isRemarkLabel(p.text());
    }

    private void scan(List<Integer> body) {
        int n = body.size();
        int b = 0;
        List<Line> group = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        while (b < n) {
            int k = body.get(b);
            Piece p = pieces.get(k);
            boolean gap = b > 0 && body.get(b - 1) != k - 1;
            if (gap || separates(p) || isAnchor(p)) {
                runs.close(run);
            }
            if (gap || separates(p)) {
                closeGroup(group);
            }
            if (Fragments.isRemarkLabel(p.text())) {
                b = remark(body, b);
                continue;
            }
            if (isCategory(p)) {
                categories.add(p);
                consumed.add(k);
            } else if (isAnchor(p)) {
                Line line = new Line(p);
                consumed.add(k);
                int j = b + 1;
                List<Piece> rest = new ArrayList<>();
                List<Integer> restAt = new ArrayList<>();
                if (j < n && body.get(j) == k + 1 && isOrdinal(pieces.get(k + 1))) {
                    consumed.add(k + 1);
                    j++;
                }
                while (j < n
                        && body.get(j) == body.get(j - 1) + 1
                        && !separates(pieces.get(body.get(j)))
                        && !isAnchor(pieces.get(body.get(j)))) {
                    rest.add(pieces.get(body.get(j)));
                    restAt.add(body.get(j));
                    j++;
                }
                line.restAt = restAt;
                line.rest = rest;
                group.add(line);
                b = j;
                continue;
            } else if (!p.isProse() && !p.isBarrier()) {
                closeGroup(group);
                run.add(k);
            }
            b++;
        }
        runs.close(run);
        closeGroup(group);
    }

    private static boolean isOrdinal(Piece p) {
        return p.text().matches("^\\d{1,2}$");
    }

    /** The rows of a group: names if most rows start with one; the last row no longer than the one before it. */
    private void closeGroup(List<Line> group) {
        if (group.isEmpty()) {
            return;
        }
        long named = group.stream()
                .filter(l -> !l.rest.isEmpty() && startsName(l.rest, 0))
                .count();
        boolean names = named * 2 > group.size();
        for (int g = 0; g < group.size(); g++) {
            Line l = group.get(g);
            List<Cell> cells = new ArrayList<>();
            int i = 0;
            if (names && !l.rest.isEmpty() && startsName(l.rest, 0)) {
                int end = nameEnd(l.rest, 0);
                l.name = Cell.of(l.rest.subList(0, end));
                i = end;
            }
            for (; i < l.rest.size(); i++) {
                cells.add(Cell.of(List.of(l.rest.get(i))));
            }
            l.own.addAll(cells);
        }
        runs.cut(group);
        Line last = group.getLast();
        for (Line l : group) {
            PairedRow.values(l, diag);
            l.restAt.forEach(consumed::add);
        }
        groups.add(new Group(List.copyOf(group), indexOf(group.getFirst().anchor), indexOf(last.anchor)));
        group.clear();
    }

    private int indexOf(Piece p) {
        return pieces.indexOf(p);
    }

    // ---- restarted numbering -----------------------------------------------------------------------------

    /** A later group that starts as the first did (same 二级指标 and number) and the groups before it complete. */
    private void carryRestartedGroups() {
        for (int g = 1; g < groups.size(); g++) {
            Line first = groups.getFirst().lines().getFirst();
            Line again = groups.get(g).lines().getFirst();
            if (first.anchor.text().equals(again.anchor.text()) && ordinal(first) == ordinal(again)) {
                List<Line> moved = new ArrayList<>();
                for (Group later : groups.subList(g, groups.size())) {
                    moved.addAll(later.lines());
                }
                groups.subList(g, groups.size()).clear();
                carriedOut = new Carried(moved);
                return;
            }
        }
    }

    private int ordinal(Line l) {
        int k = indexOf(l.anchor) + 1;
        return k < pieces.size() && isOrdinal(pieces.get(k))
                ? Integer.parseInt(pieces.get(k).text())
                : -1;
    }

    // ---- pairing -------------------------------------------------------------------------------------------

    private void pair() {
        runs.pair(groups);
        for (Group g : groups) {
            for (Line l : g.lines()) {
                if (l.name == null) {
                    diag.warn("fragmentNoName", l.anchor.first(), null, l.anchor.text());
                }
            }
        }
    }

    // ---- remarks -------------------------------------------------------------------------------------------

    /** 偏差原因 / 改进措施 and the text after it, to the next label, anchor or 一级指标 word. */
    private int remark(List<Integer> body, int b) {
        int k = body.get(b);
        Piece label = pieces.get(k);
        consumed.add(k);
        StringBuilder text = new StringBuilder();
        int last = label.last();
        int j = b + 1;
        while (j < body.size() && body.get(j) == body.get(j - 1) + 1) {
            Piece p = pieces.get(body.get(j));
            if (Fragments.isRemarkLabel(p.text())
                    || isAnchor(p)
                    || isCategory(p)
                    || p.isBarrier()
                    || p.text().matches("^(备注|注)[:：]?$")) {
                break;
            }
            text.append(p.text());
            last = p.last();
            consumed.add(body.get(j));
            j++;
        }
        remarks.add(new Row(label.first(), last, List.of(label.text(), text.toString()), Form.CELLS));
        return j;
    }

    // ---- rows ----------------------------------------------------------------------------------------------

    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        List<Piece> h = header.cells();
        out.add(new Row(
                h.getFirst().first(),
                h.getLast().last(),
                h.stream().map(Piece::text).toList(),
                Form.CELLS));
        List<String> roles = header.shape().roles();
        for (Group g : groups) {
            Piece lastCategory = null;
            for (Line l : g.lines()) {
                Piece category = categoryOf(l.anchor.text());
                if (category != null && category != lastCategory) {
                    // the merged 一级指标 cell: a row of its own at its line, as a ruled table's merged cell stands
                    String[] level = new String[roles.size()];
                    java.util.Arrays.fill(level, "");
                    put(level, roles, "CATEGORY", category.text());
                    put(level, roles, "SUBCATEGORY", l.anchor.text());
                    out.add(new Row(category.first(), category.last(), List.of(level), Form.PLACED));
                }
                lastCategory = category;
                String[] cells = new String[roles.size()];
                java.util.Arrays.fill(cells, "");
                int first = l.anchor.first();
                int last = l.anchor.last();
                if (ordinal(l) >= 0) { // the row's number belongs to its 二级指标 cell
                    last = Math.max(last, pieces.get(indexOf(l.anchor) + 1).last());
                }
                Piece cat = categoryOf(l.anchor.text());
                List<Object[]> placed = new ArrayList<>();
                placed.add(
                        new Object[] {"CATEGORY", cat == null ? null : new Cell(cat.text(), cat.first(), cat.last())});
                placed.add(new Object[] {"SUBCATEGORY", new Cell(l.anchor.text(), l.anchor.first(), l.anchor.last())});
                placed.add(new Object[] {"NAME", l.name});
                placed.add(new Object[] {"TARGET", l.target});
                placed.add(new Object[] {"ACTUAL", l.actual});
                placed.add(new Object[] {"SCORE", l.score});
                for (Object[] pc : placed) {
                    Cell c = (Cell) pc[1];
                    int col = roles.indexOf((String) pc[0]);
                    if (c == null || col < 0) {
                        continue;
                    }
                    if (Figures.isPlaceholder(c.text())) {
                        continue; // "/": nothing printed in the cell
                    }
                    cells[col] = c.text();
                    first = Math.min(first, c.first());
                    last = Math.max(last, c.last());
                }
                out.add(new Row(first, last, List.of(cells), Form.PLACED));
            }
        }
        out.addAll(remarks);
        return out;
    }

    private static void put(String[] cells, List<String> roles, String role, String text) {
        int col = roles.indexOf(role);
        if (col >= 0) {
            cells[col] = text;
        }
    }

    /** The 一级指标 word of the table that heads a 二级指标's family (产出 for 数量/质量/时效, 效益 for 社会效益 …). */
    private Piece categoryOf(String subcategory) {
        String family = subcategory.contains("成本")
                ? "成本"
                : subcategory.matches(".*(数量|质量|时效|产出).*")
                        ? "产出"
                        : subcategory.matches(".*(效益|影响).*") ? "效益" : subcategory.contains("满意") ? "满意" : "";
        for (Piece c : categories) {
            if (!family.isEmpty() && c.text().contains(family)) {
                return c;
            }
        }
        return null;
    }
}
