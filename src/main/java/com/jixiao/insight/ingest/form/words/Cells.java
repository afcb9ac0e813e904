package com.jixiao.insight.ingest.form.words;

import com.jixiao.insight.ingest.grid.CellText;
import java.util.List;

/** How the form reader looks up cells: a label among a row's cells, an empty cell as absent. */
public final class Cells {

    private Cells() {}

    /** The index of the cell that reads {@code label} (spaces aside), or -1. */
    public static int indexOf(List<String> cells, String label) {
        for (int i = 0; i < cells.size(); i++) {
            if (CellText.squeeze(cells.get(i)).equals(label)) {
                return i;
            }
        }
        return -1;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
