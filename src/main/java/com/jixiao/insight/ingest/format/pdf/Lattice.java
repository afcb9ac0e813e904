package com.jixiao.insight.ingest.format.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tables from ruling lines, the "lattice" idea of Tabula and pdfplumber re-done for forms with merged cells.
 *
 * <ol>
 *   <li>Rulings a border drawn twice or per cell left within {@value #SNAP} pt of each other are one line, and
 *       collinear pieces with gaps under {@value #JOIN} pt are joined.
 *   <li>Horizontal and vertical rulings that meet (within {@value #TOUCH} pt) belong together; each connected group
 *       is a table candidate.
 *   <li>The table's column boundaries are all its vertical rulings' positions, its row boundaries all its horizontal
 *       ones' (positions closer than {@value #MIN_CELL} pt, a double border, are one boundary). This gives the finest
 *       grid every row fits. An edge left open (no border where a page break cut the table) is closed where the
 *       rulings crossing it end together. A grid of fewer than two cells is a framed paragraph, not a table.
 *   <li>Between two neighbouring grid cells there is a wall when a ruling covers at least half of their common side.
 *       A merged cell is a rectangle of grid cells without walls inside: grown right from its top-left cell, then
 *       down while the whole width is open and nothing inside it is walled.
 * </ol>
 *
 * Every grid cell ends in exactly one merged cell, whose extent (row and column span) is kept, so that the rows can be
 * written as HTML writes rowspan and colspan; Tabula finds merged cells too, but its table keeps only their text.
 */
final class Lattice {

    /** Rulings closer than this (points) along their normal are the same line. */
    static final float SNAP = 2f;
    /** Collinear pieces with gaps up to this are one ruling. */
    static final float JOIN = 2f;
    /** A horizontal and a vertical ruling this close meet. */
    static final float TOUCH = 2f;
    /** Boundaries closer than this are one: no cell is narrower or lower than a glyph. */
    static final float MIN_CELL = 4f;

    /** One merged cell: grid rows {@code row..lastRow}, columns {@code col..lastCol}. */
    record Cell(int row, int col, int lastRow, int lastCol) {}

    /**
     * A table on a page.
     *
     * @param xs column boundaries left to right
     * @param ys row boundaries top to bottom
     * @param owner for each grid row and column the index of its merged cell in {@code cells}
     * @param cells the merged cells in reading order of their top-left corners
     */
    record Grid(float[] xs, float[] ys, int[][] owner, List<Cell> cells) {

        int rows() {
            return ys.length - 1;
        }

        int columns() {
            return xs.length - 1;
        }

        float left() {
            return xs[0];
        }

        float right() {
            return xs[xs.length - 1];
        }

        float top() {
            return ys[0];
        }

        float bottom() {
            return ys[ys.length - 1];
        }

        boolean contains(float x, float y) {
            return x >= left() && x <= right() && y >= top() && y <= bottom();
        }

        /** The merged cell a point inside the table falls into. */
        int cellAt(float x, float y) {
            return owner[slot(ys, y)][slot(xs, x)];
        }

        private static int slot(float[] bounds, float v) {
            int i = Arrays.binarySearch(bounds, v);
            int slot = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(bounds.length - 2, slot));
        }
    }

    /** A row or column boundary: where it lies and the rulings that draw it. */
    private record Boundary(float position, List<Ruling> rulings) {

        /** Whether the rulings cover at least half of {@code [a, b]}. */
        boolean covers(float a, float b) {
            float covered = 0;
            for (Ruling r : rulings) {
                covered += r.overlap(a, b);
            }
            return covered >= 0.5f * (b - a);
        }
    }

    private Lattice() {}

    /** The tables the rulings draw, top to bottom. */
    static List<Grid> find(List<Ruling> rulings) {
        List<Ruling> horizontal =
                normalise(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> vertical =
                normalise(rulings.stream().filter(r -> !r.horizontal()).toList());
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> group : connected(horizontal, vertical)) {
            Grid grid = grid(group);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top).thenComparingDouble(Grid::left));
        return grids;
    }

    /** Rulings of one orientation snapped onto common positions and joined where they continue each other. */
    static List<Ruling> normalise(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            double weighted = 0;
            double length = 0;
            while (j < sorted.size() && sorted.get(j).position() - sorted.get(i).position() <= SNAP) {
                Ruling r = sorted.get(j);
                weighted += r.position() * (double) Math.max(r.length(), 0.1f);
                length += Math.max(r.length(), 0.1f);
                j++;
            }
            float position = (float) (weighted / length);
            List<Ruling> group = new ArrayList<>(sorted.subList(i, j));
            group.sort(Comparator.comparingDouble(Ruling::from));
            Ruling run = group.getFirst().at(position);
            for (Ruling r : group.subList(1, group.size())) {
                if (r.from() <= run.to() + JOIN) {
                    run = new Ruling(run.horizontal(), position, run.from(), Math.max(run.to(), r.to()));
                } else {
                    out.add(run);
                    run = r.at(position);
                }
            }
            out.add(run);
            i = j;
        }
        return out;
    }

    /** Groups of rulings connected by meeting points (union-find over horizontal × vertical pairs). */
    private static List<List<Ruling>> connected(List<Ruling> horizontal, List<Ruling> vertical) {
        int h = horizontal.size();
        int[] parent = new int[h + vertical.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Ruling> byX = new ArrayList<>(vertical); // normalise() left them sorted by position
        float[] xs = new float[byX.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = byX.get(k).position();
        }
        for (int i = 0; i < h; i++) {
            Ruling hr = horizontal.get(i);
            int k = lowerBound(xs, hr.from() - TOUCH);
            for (; k < xs.length && xs[k] <= hr.to() + TOUCH; k++) {
                Ruling vr = byX.get(k);
                if (hr.position() >= vr.from() - TOUCH && hr.position() <= vr.to() + TOUCH) {
                    union(parent, i, h + k);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[parent.length];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(i < h ? horizontal.get(i) : byX.get(i - h));
        }
        return groups;
    }

    private static int lowerBound(float[] sorted, float v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** The grid a group of rulings draws, or null when it is no table (a box, an underline, a lone frame). */
    private static Grid grid(List<Ruling> group) {
        List<Ruling> horizontal = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vertical = group.stream().filter(r -> !r.horizontal()).toList();
        if (horizontal.isEmpty() || vertical.isEmpty() || horizontal.size() + vertical.size() < 3) {
            return null;
        }
        // A ruling that only touches the table from outside (a tail below it) draws no boundary of it; with a single
        // ruling across (an open-edged part of a table) there is nothing to be outside of.
        float top =
                (float) horizontal.stream().mapToDouble(Ruling::position).min().orElseThrow();
        float bottom =
                (float) horizontal.stream().mapToDouble(Ruling::position).max().orElseThrow();
        float left =
                (float) vertical.stream().mapToDouble(Ruling::position).min().orElseThrow();
        float right =
                (float) vertical.stream().mapToDouble(Ruling::position).max().orElseThrow();
        List<Ruling> inside = bottom - top < MIN_CELL
                ? vertical
                : vertical.stream()
                        .filter(r -> r.overlap(top, bottom) >= MIN_CELL)
                        .toList();
        List<Ruling> across = right - left < MIN_CELL
                ? horizontal
                : horizontal.stream()
                        .filter(r -> r.overlap(left, right) >= MIN_CELL)
                        .toList();
        List<Boundary> columns = frame(boundaries(inside), across);
        List<Boundary> rows = frame(boundaries(across), inside);
        if (columns.size() < 2 || rows.size() < 2 || (columns.size() - 1) * (rows.size() - 1) < 2) {
            return null; // an underline, a lone box: a paragraph in a frame is no table
        }
        float[] xs = positions(columns);
        float[] ys = positions(rows);
        int nr = ys.length - 1;
        int nc = xs.length - 1;
        // wallRight[r][c]: a wall between column c and c+1 in row r; wallBelow[r][c]: between row r and r+1
        boolean[][] wallRight = new boolean[nr][nc];
        boolean[][] wallBelow = new boolean[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                wallRight[r][c] = c == nc - 1 || columns.get(c + 1).covers(ys[r], ys[r + 1]);
                wallBelow[r][c] = r == nr - 1 || rows.get(r + 1).covers(xs[c], xs[c + 1]);
            }
        }
        int[][] owner = new int[nr][nc];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int lastCol = c;
                while (!wallRight[r][lastCol] && owner[r][lastCol + 1] < 0) {
                    lastCol++;
                }
                int lastRow = r;
                while (opensBelow(wallRight, wallBelow, owner, lastRow, c, lastCol)) {
                    lastRow++;
                }
                for (int rr = r; rr <= lastRow; rr++) {
                    for (int cc = c; cc <= lastCol; cc++) {
                        owner[rr][cc] = cells.size();
                    }
                }
                cells.add(new Cell(r, c, lastRow, lastCol));
            }
        }
        return new Grid(xs, ys, owner, List.copyOf(cells));
    }

    /** Whether the cell spanning columns {@code c..lastCol} down to {@code row} continues into the next row. */
    private static boolean opensBelow(
            boolean[][] wallRight, boolean[][] wallBelow, int[][] owner, int row, int c, int lastCol) {
        if (row + 1 >= owner.length) {
            return false;
        }
        for (int k = c; k <= lastCol; k++) {
            if (wallBelow[row][k] || owner[row + 1][k] >= 0 || k < lastCol && wallRight[row + 1][k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The boundaries with the table's open edges closed: where at least two rulings of the other direction run on
     * beyond the outermost boundary and end together, their ends are a boundary too. Word leaves the bottom border off
     * a table that a page break cuts, and the top off its continuation; some forms have no outer side borders.
     */
    private static List<Boundary> frame(List<Boundary> boundaries, List<Ruling> crossing) {
        if (boundaries.isEmpty() || crossing.size() < 2) {
            return boundaries;
        }
        List<Boundary> out = new ArrayList<>(boundaries);
        float start = (float) crossing.stream().mapToDouble(Ruling::from).min().orElseThrow();
        float end = (float) crossing.stream().mapToDouble(Ruling::to).max().orElseThrow();
        if (out.getFirst().position() - start >= MIN_CELL
                && crossing.stream().filter(r -> r.from() - start <= SNAP).count() >= 2) {
            out.addFirst(new Boundary(start, List.of()));
        }
        if (end - out.getLast().position() >= MIN_CELL
                && crossing.stream().filter(r -> end - r.to() <= SNAP).count() >= 2) {
            out.addLast(new Boundary(end, List.of()));
        }
        return out;
    }

    /** Positions of the rulings merged where they lie closer than {@link #MIN_CELL}. */
    private static List<Boundary> boundaries(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position));
        List<Boundary> out = new ArrayList<>();
        List<Ruling> current = new ArrayList<>();
        for (Ruling r : sorted) {
            if (!current.isEmpty() && r.position() - current.getLast().position() >= MIN_CELL) {
                out.add(boundary(current));
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            out.add(boundary(current));
        }
        return out;
    }

    private static Boundary boundary(List<Ruling> rulings) {
        double weighted = 0;
        double length = 0;
        for (Ruling r : rulings) {
            weighted += r.position() * (double) r.length();
            length += r.length();
        }
        return new Boundary((float) (weighted / length), List.copyOf(rulings));
    }

    private static float[] positions(List<Boundary> boundaries) {
        float[] out = new float[boundaries.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = boundaries.get(i).position();
        }
        return out;
    }
}
