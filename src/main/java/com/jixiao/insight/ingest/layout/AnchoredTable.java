package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary.IndicatorShape;
import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.WrappedLines.Line;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of an indicator table in content order (plain PDF text, {@code pdftotext -raw}) whose form prints 分值 and
 * 得分 right after the target and the actual. Every indicator row holds those two figures side by side on one line:
 * its anchor. What stands between two anchors is the first row's 偏差原因 / 改进措施 and the second row's level words,
 * name, target and actual, each cell whole on a line or wrapped over lines:
 *
 * <ul>
 *   <li>level words (产出指标, 经济成本指标, wrapped or not) are found by the form's vocabulary and part the two rows;
 *   <li>the rest is cut into exactly the cells the form has (name, target, actual; up to the text columns after the
 *       score) at the cut that costs least ({@link CellCuts}): a cell wrapped over lines fills its column on every
 *       line but the last; words that share a line are different cells unless a figure and its unit.
 * </ul>
 *
 * A row whose cells could only be cut at a cost (lines of unequal width inside a cell) is read and warned.
 */
final class AnchoredTable {

    private static final Pattern FIGURE = Pattern.compile("^\\d+(\\.\\d+)?$");
    private static final Pattern DASH = Pattern.compile("^[—－\\-/／]+$");
    private static final Pattern COMPARATOR = Pattern.compile("^(≥|≤|≧|≦|>|<|>=|<=|＞|＜|≥=)$");
    /** A name's numbering printed apart from it: "指标 1:" before "保安保洁". */
    private static final Pattern NUMBERING = Pattern.compile("^指标\\s*\\d+[:：]$");

    private static final Pattern LATIN = Pattern.compile("^[A-Za-z]+$");
    /** What a level word ending in 指标 takes off a cut's cost: of two equal cuts, the one that reads it as a level. */
    private static final double LEVEL_BONUS = 0.3;
    /** What reading a word the form's vocabulary does not know as a level costs. */
    private static final double UNKNOWN_LEVEL = 0.6;

    /** What reading a bare level word of the vocabulary (社会效益) as the row's name costs: of two equal cuts, the level. */
    private static final double BARE_LEVEL_AS_NAME = 0.3;

    /** Above this cost a row's cut is uncertain and said so. */
    private static final double UNCERTAIN = 1.0;

    private final List<String> roles;
    /** The form prints no 分值 / 得分: each row's target and actual side by side are its anchor ({@link ValuePair}). */
    private final boolean pair;

    private final int texts;
    /** The columns from the name up to 分值. */
    private final BodyColumns body;

    private final Diagnostics diag;
    private final List<Line> lines = new ArrayList<>();

    private AnchoredTable(List<String> roles, List<String> body, int texts, boolean pair, Diagnostics diag) {
        this.roles = roles;
        this.pair = pair;
        this.body = new BodyColumns(body);
        this.texts = texts;
        this.diag = diag;
    }

    /**
     * The reader for a header whose columns are the levels, the name, target, actual, 分值, 得分 and at most two text
     * columns, in this order, the target maybe printed as 指标性质 | 指标值 | 度量单位; empty for any other header.
     */
    static Optional<AnchoredTable> of(IndicatorShape shape, Diagnostics diag) {
        List<String> roles = shape.roles();
        int name = roles.indexOf("NAME");
        int weight = roles.indexOf("WEIGHT");
        if (weight < 0 && !roles.contains("SCORE")) {
            return paired(roles, diag);
        }
        if (name < 0
                || weight < name
                || weight + 1 >= roles.size()
                || !roles.get(weight + 1).equals("SCORE")) {
            return Optional.empty();
        }
        List<String> body = roles.subList(name, weight);
        List<String> values = body.stream()
                .filter(r -> !r.equals("NATURE") && !r.equals("UNIT"))
                .toList();
        if (!values.equals(List.of("NAME", "TARGET", "ACTUAL"))) {
            return Optional.empty();
        }
        List<String> before = roles.subList(0, name);
        List<String> after = roles.subList(weight + 2, roles.size());
        if (!List.of("FRAME", "CATEGORY", "SUBCATEGORY").containsAll(before)
                || !List.of("REASON", "MEASURES").containsAll(after)
                || after.size() > 2) {
            return Optional.empty();
        }
        return Optional.of(new AnchoredTable(roles, List.copyOf(body), after.size(), false, diag));
    }

    /** A form without 分值 / 得分: the levels, the name, target, actual and at most two text columns, in this order. */
    private static Optional<AnchoredTable> paired(List<String> roles, Diagnostics diag) {
        int name = roles.indexOf("NAME");
        if (name < 0
                || name + 2 >= roles.size()
                || !roles.subList(name, name + 3).equals(List.of("NAME", "TARGET", "ACTUAL"))) {
            return Optional.empty();
        }
        List<String> after = roles.subList(name + 3, roles.size());
        if (!List.of("FRAME", "CATEGORY", "SUBCATEGORY").containsAll(roles.subList(0, name))
                || !List.of("REASON", "MEASURES").containsAll(after)
                || after.size() > 2) {
            return Optional.empty();
        }
        return Optional.of(new AnchoredTable(roles, List.of("NAME"), after.size(), true, diag));
    }

    /** Whether the rows are anchored by their target and actual (a form without 分值 / 得分). */
    boolean paired() {
        return pair;
    }

    /** Whether the lines of a table have an anchor this reader needs: two figures, or a target and actual, side by side. */
    boolean anchored(List<Line> body) {
        return body.stream().anyMatch(l -> lineWords(l).anchor() >= 0);
    }

    private LineWords lineWords(Line line) {
        if (!pair) {
            return words(line, body.apart());
        }
        LineWords plain = words(line, false);
        return plain.anchor() >= 0 ? plain : new LineWords(plain.atoms(), ValuePair.at(plain.atoms()));
    }

    void line(Line line) {
        lines.add(line);
    }

    List<Row> finish() {
        List<Atom> all = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        for (Line l : lines) {
            LineWords words = lineWords(l);
            if (words.anchor() >= 0) {
                anchors.add(all.size() + words.anchor());
            }
            all.addAll(words.atoms());
        }
        List<Row> out = new ArrayList<>();
        if (anchors.isEmpty()) {
            return out;
        }
        List<Atom[]> levels = List.of();
        CellCuts body = CellCuts.NONE;
        int from = 0;
        for (int i = 0; i < anchors.size(); i++) {
            int a = anchors.get(i);
            Parted parted = part(all.subList(from, a), i > 0, all.get(a).line());
            if (i > 0) {
                out.add(row(anchors.get(i - 1), all, levels, body, parted.post()));
            }
            levels = parted.levels();
            body = parted.body();
            from = a + 2;
        }
        List<Atom> tail = all.subList(from, all.size());
        CellCuts cells = CellCuts.post(tail, texts);
        out.add(row(anchors.getLast(), all, levels, body, cells.cells()));
        if (cells == CellCuts.IMPOSSIBLE) {
            // No text column to hold what follows the last row: its lines stay lines of text, for the form to read.
            for (Atom a : tail) {
                if (a.lineStart()) {
                    out.add(new Row(a.line(), a.line(), List.of(lineText(tail, a.line())), Form.TEXT));
                }
            }
        }
        return out;
    }

    private static String lineText(List<Atom> atoms, int line) {
        return String.join(
                " ",
                atoms.stream().filter(a -> a.line() == line).map(Atom::text).toList());
    }

    // ---- one row -------------------------------------------------------------------------------------------

    /** A segment parted: the previous row's text cells, this row's levels and its name, target and actual. */
    private record Parted(List<List<Atom>> post, List<Atom[]> levels, CellCuts body) {}

    private Parted part(List<Atom> segment, boolean hasPost, int anchorLine) {
        List<Atom> seg = hasPost
                ? segment
                : segment.stream()
                        .filter(a -> !IndicatorWords.isFrameWord(a.text()))
                        .toList();
        double best = Double.MAX_VALUE;
        Parted parted = null;
        // The next row's words are the last: no more of them than a name, a target and an actual take.
        for (int s = hasPost ? Math.max(0, seg.size() - CellCuts.MAX_BODY) : 0; s <= (hasPost ? seg.size() : 0); s++) {
            if (hasPost && s < seg.size() && !seg.get(s).lineStart()) {
                continue; // a row starts on a line of its own: never beside the row above's last cell
            }
            CellCuts post = CellCuts.post(seg.subList(0, s), texts);
            if (post == CellCuts.IMPOSSIBLE) {
                continue;
            }
            List<Atom[]> known = LevelAtoms.levels(seg, s);
            for (List<Atom[]> levels : LevelAtoms.withUnknown(seg, s, known)) {
                int end = s;
                double bonus = levels.size() > known.size()
                        ? -UNKNOWN_LEVEL
                        : levels.size() < known.size() ? -BARE_LEVEL_AS_NAME : 0;
                for (Atom[] l : levels) {
                    end += l.length;
                    bonus += CellCuts.text(Arrays.asList(l)).endsWith("指标") ? LEVEL_BONUS : 0;
                }
                CellCuts body = this.body.cut(seg.subList(end, seg.size()), anchorLine);
                double cost = post.cost() + body.cost() - bonus;
                if (cost < best - 1e-9) {
                    best = cost;
                    parted = new Parted(post.cells(), levels, body);
                }
            }
        }
        return parted != null ? parted : new Parted(List.of(), List.of(), this.body.cut(seg, anchorLine));
    }

    /** A row: its levels, its name, target and actual as {@code body} cut them, its anchor and its text cells. */
    private Row row(int anchor, List<Atom> all, List<Atom[]> levels, CellCuts body, List<List<Atom>> post) {
        String[] row = new String[roles.size()];
        Arrays.fill(row, "");
        for (Atom[] level : levels) {
            String text = CellCuts.text(Arrays.asList(level));
            // A word of the form's vocabulary says its level; another is the 一级 of two, else the 二级.
            boolean category = IndicatorWords.isCategoryWord(text)
                    || (!IndicatorWords.isSubcategoryWord(text) && levels.size() == 2 && level == levels.getFirst());
            String role = category ? "CATEGORY" : "SUBCATEGORY";
            if (roles.contains(role)) {
                row[roles.indexOf(role)] = text;
            }
        }
        int name = roles.indexOf("NAME");
        int k = this.body.size();
        List<List<Atom>> cells = body.cells();
        for (int c = 0; c < cells.size() && c < k; c++) {
            row[name + c] = CellCuts.text(cells.get(c));
        }
        // a target and actual as anchors are cells too, without the spaces PDF text puts where the script changes
        row[name + k] =
                pair ? CellCuts.text(List.of(all.get(anchor))) : all.get(anchor).text();
        row[name + k + 1] = pair
                ? CellCuts.text(List.of(all.get(anchor + 1)))
                : all.get(anchor + 1).text();
        for (int c = 0; c < post.size() && c < texts; c++) {
            row[name + k + 2 + c] = CellCuts.text(post.get(c));
        }
        int first = all.get(anchor).line();
        int last = first;
        for (List<Atom> cell : cells) {
            for (Atom a : cell) {
                first = Math.min(first, a.line());
            }
        }
        for (Atom[] l : levels) {
            first = Math.min(first, l[0].line());
        }
        for (List<Atom> p : post) {
            last = Math.max(last, p.getLast().line());
        }
        int target = pair ? name + 1 : name + this.body.index("TARGET");
        int actual = pair ? name + 2 : name + this.body.index("ACTUAL");
        if (cells.size() < this.body.size()) {
            diag.warn("wrappedRowIncomplete", first, null);
        } else if (body.cost() >= UNCERTAIN) {
            diag.warn("anchoredCutUncertain", first, null, row[name], row[target], row[actual]);
        }
        return new Row(first, last, List.of(row), Form.PLACED);
    }

    // ---- words ---------------------------------------------------------------------------------------------

    /** A word of a line, as the line's cells are cut: its text, line, whether it starts the line. */
    record Atom(String text, int line, boolean lineStart) {
        int width() {
            return Words.width(text);
        }
    }

    /** A line's words, and the index of its 分值 among them (-1 if none). */
    record LineWords(List<Atom> atoms, int anchor) {}

    /**
     * A line's words: its 分值 and 得分 (the last two figures side by side with only text after them) found among the
     * words as spaces part them, the words before and after them cut as cells print them ({@link Words}:
     * "2.63 万盏"), a comparator printed apart joined to its figure ("≥ 98%")
     * a Latin word to the Chinese after it ("LED 节能改造数"), as PDF text puts a space where the script changes, and a
     * name's numbering to it ("指标 1: 保安保洁").
     */
    static LineWords words(Line line) {
        return words(line, false);
    }

    /**
     * A line's words as {@link #words(Line)}; {@code apart}: the form prints the target's nature and unit in columns of
     * their own, so a comparator, a figure and its unit stay three words ("≥ 85 公里").
     */
    static LineWords words(Line line, boolean apart) {
        String[] plain = Words.plain(String.join(" ", line.words())).toArray(String[]::new);
        int anchor = -1;
        for (int j = plain.length - 2; j >= 0; j--) {
            if (FIGURE.matcher(plain[j]).matches()
                    && (FIGURE.matcher(plain[j + 1]).matches()
                            || DASH.matcher(plain[j + 1]).matches())) {
                anchor = j;
                break;
            }
            if (FIGURE.matcher(plain[j + 1]).matches()) {
                break;
            }
        }
        List<Atom> atoms = new ArrayList<>(plain.length);
        if (anchor < 0) {
            add(atoms, plain, 0, plain.length, line.no(), apart);
            return new LineWords(atoms, -1);
        }
        add(atoms, plain, 0, anchor, line.no(), apart);
        int at = atoms.size();
        atoms.add(new Atom(plain[anchor], line.no(), atoms.isEmpty()));
        atoms.add(new Atom(plain[anchor + 1], line.no(), false));
        add(atoms, plain, anchor + 2, plain.length, line.no(), apart);
        return new LineWords(atoms, at);
    }

    private static void add(List<Atom> atoms, String[] plain, int from, int to, int line, boolean apart) {
        if (from >= to) {
            return;
        }
        List<String> words = apart
                ? Arrays.asList(plain).subList(from, to)
                : Words.split(String.join(" ", Arrays.asList(plain).subList(from, to)));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            while (i + 1 < words.size()
                    && (!apart && COMPARATOR.matcher(w).matches()
                            || NUMBERING.matcher(w).matches()
                            || (NUMBERING.matcher(w + words.get(i + 1)).matches() && w.equals("指标"))
                            || (LATIN.matcher(w).matches()
                                    && Character.isIdeographic(words.get(i + 1).codePointAt(0))))) {
                w = w + " " + words.get(++i);
            }
            atoms.add(new Atom(w, line, atoms.isEmpty()));
        }
    }
}
