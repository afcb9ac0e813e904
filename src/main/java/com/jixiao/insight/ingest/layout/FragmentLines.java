package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.Fragments.Piece;
import com.jixiao.insight.ingest.model.Diagnostics;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables whose text was cut into fragments, one a line with blank lines between ({@link Fragments}), and whose columns
 * come in separate runs that only their order pairs again ({@link FragmentTable}). The pieces are read by the form's
 * words: a title is a line of its own; a label (项目名称, 主管部门, 自评得分 …) and the piece after it a row; the budget
 * header's words and the figures after them the budget rows; an indicator header the table up to the next header or
 * title, read by {@link FragmentTable}. Everything else stays a line of text.
 */
final class FragmentLines {

    /** Fewest fragment lines, and their least share of the non-blank lines, for the layout to be this one. */
    private static final int MIN_FRAGMENTS = 60;

    private static final double MIN_SHARE = 0.6;

    private final List<Piece> pieces;
    private final Diagnostics diag;
    private final List<Row> out = new ArrayList<>();

    private FragmentLines(List<Piece> pieces, Diagnostics diag) {
        this.pieces = pieces;
        this.diag = diag;
    }

    /**
     * Whether the text is in this layout: most non-blank lines are fragments standing between blank lines, and the
     * fragments make an indicator header.
     */
    static boolean applies(SourceText source, List<Row> rows) {
        List<String> lines = source.lines();
        int nonBlank = 0;
        int isolated = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            nonBlank++;
            boolean blankBefore = i == 0 || lines.get(i - 1).isBlank();
            boolean blankAfter = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
            if (blankBefore && blankAfter && Fragments.isFragment(s)) {
                isolated++;
            }
        }
        if (isolated < MIN_FRAGMENTS || isolated < MIN_SHARE * nonBlank) {
            return false;
        }
        List<Piece> pieces = Fragments.pieces(source, rows);
        for (int k = 0; k < pieces.size(); k++) {
            if (header(pieces, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static List<Row> read(SourceText source, List<Row> rows, Diagnostics diag) {
        FragmentLines f = new FragmentLines(Fragments.pieces(source, rows), diag);
        f.read();
        return f.out;
    }

    /** An indicator header starting at piece {@code k}: its cells and how many pieces it spans. */
    record Header(List<Piece> cells, IndicatorShape shape) {}

    static Optional<Header> header(List<Piece> pieces, int k) {
        int j = k;
        List<String> words = new ArrayList<>();
        while (j < pieces.size()
                && pieces.get(j).fragment()
                && !Fragments.isRemarkLabel(pieces.get(j).text())
                && FormVocabulary.isIndicatorHeaderWord(pieces.get(j).text())) {
            words.add(pieces.get(j).text());
            j++;
        }
        if (words.size() < 3) {
            return Optional.empty();
        }
        Optional<IndicatorShape> shape = FormVocabulary.indicatorHeader(words);
        if (shape.isEmpty()
                || !List.of("CATEGORY", "SUBCATEGORY", "NAME")
                        .contains(shape.get().roles().getFirst())) {
            return Optional.empty(); // a frame word (项目年度绩效指标) or the goal's header opens no indicator header
        }
        return Optional.of(new Header(pieces.subList(k, j), shape.get()));
    }

    private void read() {
        FragmentTable.Carried carried = null;
        boolean[] used = new boolean[pieces.size()];
        int k = 0;
        while (k < pieces.size()) {
            if (used[k]) {
                k++;
                continue;
            }
            Piece p = pieces.get(k);
            Optional<Header> h = header(pieces, k);
            if (p.isBarrier()) {
                out.add(p.row());
                k++;
            } else if (h.isPresent()) {
                int start = k + h.get().cells().size();
                int end = tableEnd(start);
                List<Integer> body = new ArrayList<>();
                for (int j = start; j < end; j++) {
                    if (!used[j] && !pieces.get(j).isBarrier() && !opensBudget(j)) {
                        body.add(j);
                    } else if (opensBudget(j)) {
                        int label = labelBefore(j) - 1; // the budget inside the table is read as a budget (below)
                        body.removeIf(b -> b >= label);
                        j = budgetEnd(j) - 1;
                    }
                }
                FragmentTable table = new FragmentTable(pieces, h.get(), body, carried, diag);
                out.addAll(table.rows());
                carried = table.carried();
                for (int j : table.consumed()) {
                    used[j] = true;
                }
                k = start;
            } else if (opensBudget(k)) {
                k = budget(k);
            } else if (isLabel(p.text()) && k + 1 < pieces.size() && isValue(k + 1)) {
                out.add(new Row(
                        p.first(),
                        pieces.get(k + 1).last(),
                        List.of(p.text(), pieces.get(k + 1).text()),
                        Form.CELLS));
                used[k + 1] = true;
                k++;
            } else {
                out.add(new Row(p.first(), p.last(), List.of(p.text()), Form.TEXT));
                k++;
            }
        }
        if (carried != null) {
            carried.dropped(diag);
        }
    }

    /** The table runs to the next title or indicator header. */
    private int tableEnd(int from) {
        int j = from;
        while (j < pieces.size()
                && !FormVocabulary.isTitle(pieces.get(j).text())
                && header(pieces, j).isEmpty()) {
            j++;
        }
        return j;
    }

    private static boolean isLabel(String s) {
        return FormVocabulary.isRowLabel(s);
    }

    private boolean isValue(int k) {
        Piece p = pieces.get(k);
        return !p.isBarrier()
                && !isLabel(p.text())
                && !FormVocabulary.isTitle(p.text())
                && !FormVocabulary.isIndicatorHeaderWord(p.text())
                && !opensBudget(k);
    }

    // ---- budget ------------------------------------------------------------------------------------------

    /** The budget header's words start here, after the row's label (one or two pieces: "年度财政资金", "总额"). */
    private boolean opensBudget(int k) {
        return budgetWords(k) >= 2 && labelBefore(k) >= 0;
    }

    private int budgetWords(int k) {
        int j = k;
        while (j < pieces.size()
                && pieces.get(j).fragment()
                && FormVocabulary.isBudgetHeaderWord(pieces.get(j).text())) {
            j++;
        }
        List<String> words = new ArrayList<>();
        for (int i = k; i < j; i++) {
            words.add(pieces.get(i).text());
        }
        return j > k && FormVocabulary.isBudgetHeader(words) ? j - k : 0;
    }

    /** The first piece of the label before the budget words at {@code k} (-1 if none). */
    private int labelBefore(int k) {
        if (k == 0 || budgetWords(k - 1) > 0) {
            return -1;
        }
        int j = k - 1;
        Piece p = pieces.get(j);
        if (p.isBarrier() || !p.hasHan() || p.isProse()) {
            return -1;
        }
        return j;
    }

    private int budgetEnd(int k) {
        int words = budgetWords(k);
        int j = k + words;
        int n = 0;
        while (j < pieces.size() && n < words && Budget.isFigure(pieces.get(j).text())) {
            j++;
            n++;
        }
        return j;
    }

    /** The header row (label and words) and the figures' row; the label's pieces are already out as text. */
    private int budget(int k) {
        int words = budgetWords(k);
        Piece label = pieces.get(labelBefore(k));
        String name = label.text();
        if (!out.isEmpty() && out.getLast().isText() && out.getLast().first() == label.first()) {
            out.removeLast();
            // a label wrapped over two pieces ("年度财政资金", "总额"): the first is the line before
            if (!out.isEmpty()
                    && out.getLast().isText()
                    && !Budget.isFigure(out.getLast().firstNonEmpty())) {
                String before = out.getLast().firstNonEmpty();
                if (before.length() <= 12 && !before.contains("（") && !before.contains("(")) {
                    name = before + name;
                    out.removeLast();
                }
            }
        }
        // the budget's own label before it ("预算执行情况（万元）（20分）") heads the header row: it gives the weight
        String section = name;
        if (!out.isEmpty()
                && out.getLast().isText()
                && out.getLast().firstNonEmpty().matches(".*(预算执行|分[)）]).*")) {
            section = out.removeLast().firstNonEmpty();
        }
        List<String> header = new ArrayList<>(List.of(section));
        for (int i = k; i < k + words; i++) {
            header.add(pieces.get(i).text());
        }
        Piece lastWord = pieces.get(k + words - 1);
        out.add(new Row(label.first(), lastWord.last(), header, Form.CELLS));
        int end = budgetEnd(k);
        if (end > k + words) {
            List<String> figures = new ArrayList<>(List.of(name));
            for (int i = k + words; i < end; i++) {
                figures.add(pieces.get(i).text());
            }
            out.add(new Row(pieces.get(k + words).first(), pieces.get(end - 1).last(), figures, Form.CELLS));
        }
        return end;
    }

    /** A budget figure: money, a rate or a placeholder. */
    private static final class Budget {
        static boolean isFigure(String s) {
            String t = CellText.squeeze(s);
            return t.matches("^[+-]?\\d+(\\.\\d+)?(万元|万|元|%|％)?$") || t.matches("^[/／—-]$");
        }
    }
}
