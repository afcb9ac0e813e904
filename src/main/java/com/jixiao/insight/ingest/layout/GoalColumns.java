package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.words.Goals;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.layout.PositionedLines.Line;
import com.jixiao.insight.ingest.layout.PositionedLines.Token;
import com.jixiao.insight.ingest.model.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The goal rows of a form in {@code pdftotext -layout} text: a header of two words (预期目标 | 实际完成情况), the goal
 * and its outcome wrapped side by side below it, often only one space apart, and the label 年度总体目标 wrapped at the
 * left ("年度总" / "体目标"). The outcome column starts where a line shows it after a wider gap or on its own; each
 * line is cut there (after a sentence's end where one is near). Without such a line the header's middle is taken and
 * the goal rows are warned.
 */
final class GoalColumns {

    private static final List<String> LABELS = List.of("年度总体目标", "年度绩效目标", "年度总体绩效目标", "总体目标", "年度目标");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;！!]$");

    private GoalColumns() {}

    /** The goal header at line {@code k}: two words, a goal's and an outcome's (after a label 年度总体目标, if any). */
    static boolean isHeader(Line line) {
        List<Token> t = line.tokens();
        if (t.size() < 2 || t.size() > 3) {
            return false;
        }
        return Goals.isHeader(List.of(t.get(t.size() - 2).text(), t.getLast().text()))
                && (t.size() == 2 || isLabelPiece(t.getFirst().text()));
    }

    /** The rows: the header and one row of the goal and the outcome; {@code end} is set to the next line's index. */
    static List<Row> read(List<Line> lines, int k, int[] end, Diagnostics diag) {
        Line header = lines.get(k);
        List<Token> ht = header.tokens();
        StringBuilder label = new StringBuilder(ht.size() == 3 ? ht.getFirst().text() : "");
        int j = k + 1;
        List<List<Token>> body = new ArrayList<>();
        List<Line> bodyLines = new ArrayList<>();
        while (j < lines.size() && !endsGoals(lines, j)) {
            List<Token> tokens = new ArrayList<>(lines.get(j).tokens());
            if (!tokens.isEmpty()
                    && tokens.getFirst().start() <= 1
                    && isLabelPiece(tokens.getFirst().text())) {
                label.append(tokens.removeFirst().text());
            }
            body.add(tokens);
            bodyLines.add(lines.get(j));
            j++;
        }
        end[0] = j;
        Token goalHeader = ht.get(ht.size() - 2);
        double middle = (goalHeader.end() + ht.getLast().start()) / 2.0;
        Optional<Integer> seen = outcomeStart(body, goalHeader);
        Optional<Integer> width = seen.isEmpty() ? goalWidth(body, goalHeader, middle) : Optional.empty();
        double cut = seen.or(() -> width).map(Integer::doubleValue).orElse(middle);
        StringBuilder goal = new StringBuilder();
        StringBuilder outcome = new StringBuilder();
        for (List<Token> tokens : body) {
            int split = split(tokens, cut);
            for (int i = 0; i < tokens.size(); i++) {
                StringBuilder to = i < split ? goal : outcome;
                to.append(' ').append(tokens.get(i).text());
            }
        }
        List<Row> rows = new ArrayList<>();
        int first = header.no();
        int last = bodyLines.isEmpty() ? first : bodyLines.getLast().no();
        if (seen.isEmpty() && !bodyLines.isEmpty()) {
            diag.warn(
                    width.isPresent() ? "positionedGoalsByWidth" : "positionedGoalsByHeader",
                    bodyLines.getFirst().no(),
                    null);
        }
        rows.add(new Row(
                first,
                first,
                List.of(
                        CellText.squeeze(label.toString()),
                        ht.get(ht.size() - 2).text(),
                        ht.getLast().text()),
                Form.PLACED));
        rows.add(new Row(
                bodyLines.isEmpty() ? first : bodyLines.getFirst().no(),
                last,
                List.of("", text(goal), text(outcome)),
                Form.PLACED));
        return rows;
    }

    private static String text(StringBuilder s) {
        return CellText.clean(PositionedLines.unspaced(s.toString().strip()));
    }

    private static boolean isLabelPiece(String s) {
        String w = CellText.squeeze(s);
        return !w.isEmpty() && LABELS.stream().anyMatch(l -> l.contains(w));
    }

    private static boolean endsGoals(List<Line> lines, int j) {
        Line line = lines.get(j);
        return HeaderColumns.at(lines, j).isPresent() || !line.isBlank() && PositionedLines.endsTable(line);
    }

    /**
     * Where the outcome column starts, if a line shows it: a word after a gap of two spaces or more, or a line's first
     * word right of the goal header's end.
     */
    private static Optional<Integer> outcomeStart(List<List<Token>> body, Token goalHeader) {
        Integer start = null;
        for (List<Token> tokens : body) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean gap = i > 0 && t.start() - tokens.get(i - 1).end() >= 2;
                boolean alone = i == 0 && t.start() > goalHeader.end();
                if (gap || alone) {
                    start = start == null ? t.start() : Math.min(start, t.start());
                }
            }
        }
        return Optional.ofNullable(start);
    }

    /**
     * Where the goal column ends, from its full lines: a wrapped goal fills its column on every line but its last, so
     * the widest line that ends left of the header's middle (a goal's line with no outcome beside it) ends there; empty
     * if that is not right of the goal's header word (centred over its column).
     */
    private static Optional<Integer> goalWidth(List<List<Token>> body, Token goalHeader, double middle) {
        int widest = -1;
        for (List<Token> tokens : body) {
            if (!tokens.isEmpty() && tokens.getLast().end() < middle) {
                widest = Math.max(widest, tokens.getLast().end());
            }
        }
        return widest > goalHeader.end() ? Optional.of(widest + 1) : Optional.empty();
    }

    /** The index of a line's first outcome word: near the cut, after a sentence's end if one is near. */
    private static int split(List<Token> tokens, double cut) {
        if (tokens.isEmpty() || tokens.getLast().end() <= cut) {
            return tokens.size();
        }
        if (tokens.getFirst().start() >= cut - 1) {
            return 0;
        }
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int i = 1; i < tokens.size(); i++) {
            double distance = Math.abs(tokens.get(i).start() - cut);
            if (distance > 4) {
                continue;
            }
            double score =
                    distance - (SENTENCE_END.matcher(tokens.get(i - 1).text()).matches() ? 4 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= cut) {
                    return i;
                }
            }
            return tokens.size();
        }
        return best;
    }
}
