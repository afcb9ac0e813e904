package com.jixiao.insight.ingest.format.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into visual lines, and lines into the text a person reads. A printed space is kept (one, however wide),
 * except inside a cell between two Chinese characters, where it is a wrapping or spacing artefact (as CellText treats
 * it). Where no space is printed, a word-sized gap between Latin letters or digits reads as one space, and a gap next
 * to a Chinese character or full-width punctuation (the spacing Word adds between Chinese and Latin) as nothing,
 * unless it is wider than 1.5 em on a line outside tables (two fields on one line). A line break inside a cell is
 * nothing next to Chinese, and one space between Latin words unless it split a number or stands next to a hyphen,
 * slash, bracket or closing punctuation.
 */
final class TextLines {

    /** One visual line: its glyphs left to right. */
    record Line(List<Glyph> glyphs, float top, float baseline) {

        /** The line's text, read as inside a table cell or as a line of its own. */
        String text(boolean inCell) {
            StringBuilder out = new StringBuilder();
            Glyph previous = null;
            boolean spaceGlyph = false;
            for (Glyph g : glyphs) {
                if (g.isBlank()) {
                    spaceGlyph = previous != null;
                    continue;
                }
                if (previous != null) {
                    float gap = g.x() - previous.right();
                    float em = Math.max(previous.em(), g.em());
                    if (spaced(out, g.text(), spaceGlyph, gap, wordGap(previous, em), em, inCell)) {
                        out.append(' ');
                    }
                }
                out.append(g.text());
                previous = g;
                spaceGlyph = false;
            }
            return out.toString().strip();
        }
    }

    private TextLines() {}

    /**
     * The glyphs grouped into lines: sorted by baseline, a glyph joins the line while its baseline lies within half an
     * em of the line's lowest baseline so far (superscripts and subscripts stay on their line), then left to right.
     */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float lowest = 0;
        float em = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - lowest > 0.5f * Math.max(em, g.em())) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lowest = g.baseline();
                em = g.em();
            }
            current.add(g);
            lowest = Math.max(lowest, g.baseline());
            em = Math.max(em, g.em());
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float top = Float.MAX_VALUE;
        float baseline = 0;
        for (Glyph g : glyphs) {
            top = Math.min(top, g.top());
            baseline = Math.max(baseline, g.baseline());
        }
        return new Line(List.copyOf(glyphs), top, baseline);
    }

    /** The text of a cell: its lines top to bottom, joined as a reader joins a wrapped line. */
    static String cellText(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            String text = line.text(true);
            if (text.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && lineBreakIsSpace(out.codePointBefore(out.length()), text.codePointAt(0))) {
                out.append(' ');
            }
            out.append(text);
        }
        return out.toString();
    }

    /** A gap that separates words: half a space of the font, at least 0.15 em, at most 0.3 em. */
    private static float wordGap(Glyph before, float em) {
        float space = before.spaceWidth() > 0 ? before.spaceWidth() * 0.5f : 0.2f * em;
        return Math.min(Math.max(space, 0.15f * em), 0.3f * em);
    }

    private static boolean spaced(
            CharSequence before, String after, boolean spaceGlyph, float gap, float wordGap, float em, boolean inCell) {
        boolean wideBefore = wide(Character.codePointBefore(before, before.length()));
        boolean wideAfter = wide(after.codePointAt(0));
        if (spaceGlyph) {
            return !inCell || !(wideBefore && wideAfter);
        }
        if (wideBefore || wideAfter) {
            return !inCell && gap > 1.5f * em;
        }
        return gap > wordGap;
    }

    static boolean lineBreakIsSpace(int before, int after) {
        if (wide(before) || wide(after)) {
            return false;
        }
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false; // a number broken by a narrow cell
        }
        return "-/([{'\"".indexOf(before) < 0 && ")]}%.,;:!?/'\"".indexOf(after) < 0;
    }

    /**
     * Characters of Chinese text, which is written without spaces: ideographs, kana and hangul, CJK and full-width
     * punctuation, the general punctuation Chinese text uses (“”‘’—…), circled numbers and unit symbols (℃, ㎡).
     */
    static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS;
    }
}
