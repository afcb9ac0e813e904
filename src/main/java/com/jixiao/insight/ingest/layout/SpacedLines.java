package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.grid.Row.Form;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table flattened onto lines, its cells separated by runs of spaces and padded to columns, as {@code pdftotext
 * -layout} and copying from a PDF viewer give: one line per row, a merged cell printed on its first row only, so that
 * the rows below it start indented. As Tabula's and pdfplumber's "stream" readers do, the columns are taken from the
 * text's positions: a line that starts at the margin with several cells (a header, a labelled row) sets the columns,
 * and the cells of the indented lines below it fall into the column whose start is the nearest at or before theirs
 * (counted in display columns: a CJK character is two). A cell pushed past its column by a long neighbour takes the
 * next free one. Empty cells stay empty: a figure is never moved into its neighbour's column because one is missing.
 */
final class SpacedLines {

    /** One cell of a line: its text and the display columns it starts at and ends before. */
    record Word(String text, int start, int end) {}

    /** Most blanks between a word and the one it pushed ({@link #placed}). */
    private static final int ABUTTING = 3;

    private SpacedLines() {}

    /** Whether the rows are plain lines only, among them an indicator header spread over one line by spaces. */
    static boolean applies(SourceText source, List<Row> rows) {
        if (!rows.stream().allMatch(r -> r.isText() || r.isBlank())) {
            return false;
        }
        List<String> lines = source.lines();
        for (int k = 0; k < lines.size(); k++) {
            List<Word> words = words(lines.get(k));
            if (words.size() >= 4
                    && FormVocabulary.indicatorHeader(texts(words)).isPresent()) {
                return true;
            }
            if (k + 1 < lines.size()
                    && twoRowHeader(words, words(lines.get(k + 1))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header printed on two rows and flattened onto two lines: the upper line names the value columns and puts a
     * word such as 绩效指标 over the level columns, the lower line names only those (一级指标 二级指标 三级指标). As one
     * header: the lower line's words, then the upper's words that stand right of them (the frame word is left out).
     */
    static Optional<List<Word>> twoRowHeader(List<Word> upper, List<Word> lower) {
        if (upper.size() < 3
                || lower.size() < 2
                || !lower.stream().allMatch(w -> FormVocabulary.isIndicatorHeaderWord(w.text()))
                || FormVocabulary.indicatorHeader(texts(upper)).isPresent()
                || FormVocabulary.indicatorHeader(texts(lower)).isPresent()) {
            return Optional.empty();
        }
        List<Word> merged = new ArrayList<>(lower);
        int last = lower.getLast().start();
        upper.stream().filter(w -> w.start() > last).forEach(merged::add);
        return FormVocabulary.indicatorHeader(texts(merged)).isPresent() ? Optional.of(merged) : Optional.empty();
    }

    static List<Row> read(SourceText source) {
        List<String> lines = source.lines();
        List<Row> rows = new ArrayList<>(lines.size());
        List<Integer> columns = null;
        for (int k = 0; k < lines.size(); k++) {
            int lineNo = k + 1;
            List<Word> words = words(lines.get(k));
            Optional<List<Word>> twoRows =
                    k + 1 < lines.size() ? twoRowHeader(words, words(lines.get(k + 1))) : Optional.empty();
            if (twoRows.isPresent()) {
                columns = twoRows.get().stream().map(Word::start).toList();
                rows.add(new Row(lineNo, lineNo + 1, texts(twoRows.get()), Form.SPACED));
                k++;
            } else if (words.isEmpty()) {
                rows.add(new Row(lineNo, lineNo, List.of(""), Form.TEXT));
                columns = null;
            } else if (words.getFirst().start() == 0) {
                if (words.size() == 1) {
                    rows.add(new Row(lineNo, lineNo, List.of(words.getFirst().text()), Form.TEXT));
                } else {
                    columns = words.stream().map(Word::start).toList();
                    rows.add(new Row(lineNo, lineNo, texts(words), Form.SPACED));
                }
            } else if (columns == null) {
                rows.add(new Row(lineNo, lineNo, texts(words), words.size() == 1 ? Form.TEXT : Form.SPACED));
            } else {
                rows.add(new Row(lineNo, lineNo, placed(words, columns), Form.SPACED));
            }
        }
        return rows;
    }

    /**
     * The words in the columns: each in the last column starting at or before it, or the next free one. A word that
     * runs past the next column's start and has the next word right after it (two blanks apart: rows flattened with
     * only their leading columns padded) pushed that word and those after it right: they are placed as if it had not.
     * A word standing apart keeps its place, and the empty cells before it stay empty.
     */
    private static List<String> placed(List<Word> words, List<Integer> columns) {
        List<String> cells = new ArrayList<>(Collections.nCopies(columns.size(), ""));
        int previous = -1;
        int pushed = 0;
        boolean overran = false;
        int previousEnd = 0;
        for (Word w : words) {
            int start = w.start() - pushed;
            if (overran && w.start() - previousEnd <= ABUTTING) {
                int by = start - columns.get(previous + 1);
                if (by > 0) {
                    pushed += by;
                    start -= by;
                }
            }
            int col = 0;
            while (col + 1 < columns.size() && columns.get(col + 1) <= start + 1) {
                col++;
            }
            col = Math.max(col, previous + 1);
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, w.text());
            previous = col;
            overran = col + 1 < columns.size() && start + w.end() - w.start() + 2 > columns.get(col + 1);
            previousEnd = w.end();
        }
        return cells;
    }

    /** The cells of a line: text between runs of blanks two display columns wide or wider. */
    static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int col = 0;
        int wordStart = -1;
        int wordEnd = -1;
        int blank = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int width = width(cp);
            if (cp == ' ' || cp == '\u3000' || cp == '\t' || cp == '\u00A0') {
                blank += cp == '\t' ? 2 : width;
            } else {
                if (wordStart >= 0 && blank >= 2) {
                    words.add(new Word(CellText.clean(word.toString()), wordStart, wordEnd));
                    word.setLength(0);
                    wordStart = -1;
                }
                if (wordStart < 0) {
                    wordStart = col;
                } else if (blank > 0) {
                    word.append(' ');
                }
                blank = 0;
                word.appendCodePoint(cp);
                wordEnd = col + width;
            }
            col += width;
        }
        if (wordStart >= 0) {
            words.add(new Word(CellText.clean(word.toString()), wordStart, wordEnd));
        }
        return words;
    }

    /** Display width: two for East Asian wide and full-width characters, one for the rest. */
    static int width(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                        || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                        || cp >= 0xAC00 && cp <= 0xD7A3
                        || cp >= 0xF900 && cp <= 0xFAFF
                        || cp >= 0xFE30 && cp <= 0xFE4F
                        || cp >= 0xFF00 && cp <= 0xFF60
                        || cp >= 0xFFE0 && cp <= 0xFFE6
                        || cp >= 0x20000 && cp <= 0x3FFFD
                ? 2
                : 1;
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }
}
