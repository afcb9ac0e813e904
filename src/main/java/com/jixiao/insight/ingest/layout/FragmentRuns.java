package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.layout.Fragments.Piece;
import com.jixiao.insight.ingest.layout.PairedRow.Line;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runs of cells without anchors of a {@link FragmentTable} and their pairing with its rows by order: a row with
 * more cells than a row has columns gives its excess to a run of its own ({@link #cut}); a run completes the rows of a
 * group only if it fills them exactly ({@link PairedRow#fill}), the run nearest to the rows first, and only if nothing
 * but the table's own pieces or other runs stand between them ({@link #pair}).
 */
final class FragmentRuns {

    /** Anchored rows in a row, and the pieces they span. */
    record Group(List<Line> lines, int from, int to) {}

    private record Run(List<Integer> at) {}

    private final List<Piece> pieces;
    private final List<Integer> consumed;
    private final Diagnostics diag;
    private final List<Run> runs = new ArrayList<>();

    FragmentRuns(List<Piece> pieces, List<Integer> consumed, Diagnostics diag) {
        this.pieces = pieces;
        this.consumed = consumed;
        this.diag = diag;
    }

    /** Closes a run of cells without anchors (the pieces at these indices). */
    void close(List<Integer> run) {
        if (!run.isEmpty()) {
            runs.add(new Run(List.copyOf(run)));
            run.clear();
        }
    }

    /**
     * A row with more cells than a row has columns (target, actual, score) runs into a run without anchors: it keeps
     * as many as its neighbour has, the rest is a run of its own. The last row is held to the one before it.
     */
    void cut(List<Line> group) {
        for (int g = 0; g < group.size(); g++) {
            Line l = group.get(g);
            boolean last = g == group.size() - 1;
            if (group.size() > 1 && (l.own.size() > 3 || last)) {
                int cap = Math.max(1, group.get(g == 0 ? 1 : g - 1).own.size());
                if (l.own.size() > cap) {
                    int cutPieces = l.rest.size() - (l.own.size() - cap);
                    List<Integer> excess = l.restAt.subList(cutPieces, l.restAt.size());
                    l.own.subList(cap, l.own.size()).clear();
                    diag.warn(
                            "fragmentRowCut",
                            l.anchor.first(),
                            null,
                            pieces.get(excess.getFirst()).first());
                    runs.add(new Run(List.copyOf(excess)));
                    l.restAt = l.restAt.subList(0, cutPieces);
                }
            }
        }
    }

    /** Completes the groups' open rows from the runs, until no run fills a group's open rows exactly. */
    void pair(List<Group> groups) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Group g : groups) {
                List<Line> open = g.lines().stream().filter(l -> !l.complete()).toList();
                if (open.isEmpty()) {
                    continue;
                }
                List<Run> near = new ArrayList<>(runs);
                near.sort(Comparator.comparingInt(r -> distance(r, g)));
                for (Run r : near) {
                    if (adjacent(r, g)
                            && PairedRow.fill(
                                    open, r.at().stream().map(pieces::get).toList(), diag)) {
                        runs.remove(r);
                        consumed.addAll(r.at());
                        progress = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * Whether nothing but the table's own pieces (一级指标 words, remarks, anchored rows) or other runs stand between
     * the run and the rows: a run further away (the notes below the table, a goal's text) is not the table's.
     */
    private boolean adjacent(Run r, Group g) {
        int from = r.at().getLast() < g.from() ? r.at().getLast() + 1 : g.to() + 1;
        int to = r.at().getLast() < g.from() ? g.from() : r.at().getFirst();
        for (int k = from; k < to; k++) {
            int at = k;
            if (!consumed.contains(at)
                    && !pieces.get(at).text().isEmpty()
                    && runs.stream().noneMatch(o -> o.at().contains(at))) {
                return false;
            }
        }
        return true;
    }

    private static int distance(Run r, Group g) {
        int rs = r.at().getFirst();
        int re = r.at().getLast();
        return re < g.from() ? g.from() - re : Math.max(0, rs - g.to());
    }
}
