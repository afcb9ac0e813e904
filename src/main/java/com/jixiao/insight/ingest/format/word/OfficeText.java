package com.jixiao.insight.ingest.format.word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a Word paragraph or cell, or of a sheet cell, as the form reader wants it, the same as the text
 * reader's cells: no control characters, tabs and no-break spaces as spaces, the spaces a wrapped line left between
 * two Chinese characters removed, stripped. The paragraphs (or line breaks) of one cell are joined into one line:
 * with nothing between Chinese text ("目标1：…。" + "目标2：…"), with a space between Latin words or figures
 * ("Level A" + "Level B").
 */
public final class OfficeText {

    private static final Pattern HAN_SPACE_HAN = Pattern.compile("(?<=\\p{IsHan})[ \\u00A0\\u3000]+(?=\\p{IsHan})");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]");

    private OfficeText() {}

    /** One line of text: see the class comment; "" for nothing but spaces. */
    public static String line(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw.replace('\t', ' ').replace('\u00A0', ' ').replace('\n', ' ');
        s = CONTROL.matcher(s).replaceAll("");
        s = HAN_SPACE_HAN.matcher(s).replaceAll("");
        return s.strip();
    }

    /** The pieces (paragraphs, lines) of one cell joined into one line: see the class comment. */
    public static String join(List<String> pieces) {
        StringBuilder b = new StringBuilder();
        for (String piece : pieces) {
            if (piece == null) {
                continue;
            }
            for (String part : piece.split("[\\r\\n\\u000B\\u2028\\u2029]")) {
                String t = line(part);
                if (t.isEmpty()) {
                    continue;
                }
                if (!b.isEmpty() && !isCjk(b.codePointBefore(b.length())) && !isCjk(t.codePointAt(0))) {
                    b.append(' ');
                }
                b.append(t);
            }
        }
        return b.toString();
    }

    /** One cell's text that may hold line breaks: {@link #join} of its lines. */
    public static String cell(String raw) {
        return raw == null || raw.isEmpty() ? "" : join(List.of(raw));
    }

    /** Chinese (and Japanese, Korean) characters and their punctuation, full-width forms and quotes. */
    static boolean isCjk(int cp) {
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
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || "“”‘’…—·".indexOf(cp) >= 0;
    }
}
