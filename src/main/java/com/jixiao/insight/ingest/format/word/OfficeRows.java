package com.jixiao.insight.ingest.format.word;

import com.jixiao.insight.ingest.grid.GridRow;
import com.jixiao.insight.ingest.grid.UnreadableFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows a Word or sheet reader gives, counted against {@link OfficeLimits} as they are added: too many rows
 * ({@code tooManyRows}), cells ({@code tooManyCells}) or characters in one cell ({@code cellTooLong}) refuse the file
 * at the place where the limit was passed.
 */
public final class OfficeRows {

    private final OfficeLimits limits;
    private final List<GridRow> rows = new ArrayList<>();
    private long cells;

    public OfficeRows(OfficeLimits limits) {
        this.limits = limits;
    }

    /** Refuses a file that says up front it has more rows than the limit ({@code tooManyRows}). */
    public void expectRows(long count) {
        if (count > limits.maxRows()) {
            throw new UnreadableFile("tooManyRows", null, count, limits.maxRows());
        }
    }

    /** Refuses a file that says up front it has more cells than the limit ({@code tooManyCells}). */
    public void expectCells(long count) {
        if (count > limits.maxCells()) {
            throw new UnreadableFile("tooManyCells", null, count, limits.maxCells());
        }
    }

    /** {@code text}, unless it is longer than a cell may be ({@code cellTooLong} at {@code location}). */
    public String checked(String text, String location) {
        if (text.length() > limits.maxCellChars()) {
            throw new UnreadableFile("cellTooLong", location, text.length(), limits.maxCellChars());
        }
        return text;
    }

    public void text(String text, String location) {
        count(1, location);
        rows.add(GridRow.text(checked(text, location), location));
    }

    public void table(List<String> row, Set<Integer> spanned, String location) {
        count(row.size(), location);
        for (String cell : row) {
            checked(cell, location);
        }
        rows.add(GridRow.table(row, spanned, location));
    }

    public List<GridRow> rows() {
        return List.copyOf(rows);
    }

    private void count(int rowCells, String location) {
        if (rows.size() + 1 > limits.maxRows()) {
            throw new UnreadableFile("tooManyRows", location, rows.size() + 1, limits.maxRows());
        }
        cells += rowCells;
        if (cells > limits.maxCells()) {
            throw new UnreadableFile("tooManyCells", location, cells, limits.maxCells());
        }
    }
}
