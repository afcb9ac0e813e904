package com.jixiao.insight.ingest.format.pdf;

import com.jixiao.insight.ingest.grid.CellText;
import java.text.Normalizer;
import org.apache.pdfbox.text.TextPosition;

/**
 * One glyph as it stands on the page, in display coordinates (points, origin top left, page rotation applied), with
 * the text it stands for.
 *
 * @param text the characters (one, or a few for a ligature); a blank glyph has " "
 * @param x left edge
 * @param baseline the baseline's y
 * @param width advance width
 * @param em the font size on the page (text and transformation matrices applied)
 * @param spaceWidth the width of a space in the glyph's font, for telling word gaps from letter spacing
 */
record Glyph(String text, float x, float baseline, float width, float em, float spaceWidth) {

    /** The text of a glyph whose font does not say which character it is. */
    static final String UNDECODABLE = String.valueOf(CellText.REPLACEMENT);

    /** A glyph from PDFBox's text position, or null when it draws nothing readable. */
    static Glyph of(TextPosition t) {
        String text = clean(t.getUnicode());
        if (text.isEmpty()) {
            return null;
        }
        float em = Math.abs(t.getYScale());
        if (!(em > 0.5f) || em > 500) {
            em = Math.max(1f, t.getHeightDir() * 1.4f);
        }
        return new Glyph(text, t.getX(), t.getY(), Math.abs(t.getWidth()), em, Math.abs(t.getWidthOfSpace()));
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isUndecodable() {
        return text.equals(UNDECODABLE);
    }

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /** The middle of a glyph's body: a Chinese glyph sits roughly from 0.85 em above the baseline to 0.15 below. */
    float centerY() {
        return baseline - 0.35f * em;
    }

    float top() {
        return baseline - 0.85f * em;
    }

    float bottom() {
        return baseline + 0.15f * em;
    }

    /**
     * The text with what a font's Unicode map gets wrong for Chinese put right, and nothing else changed: Kangxi
     * radicals (⽇ U+2F47, which Word and WPS exports map some common glyphs to) and compatibility ideographs become
     * the ideographs they look like, ligatures (ﬁ) their letters; spaces of any kind become " "; invisible
     * characters go. Full-width punctuation, ≥ and ％ stay as printed.
     */
    static String clean(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); ) {
            int cp = unicode.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (cp == 0xAD || Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
                // soft hyphen, zero-width characters, control codes: nothing a reader sees
            } else if (cp >= 0x2E80 && cp <= 0x2FDF // CJK radicals supplement, Kangxi radicals
                    || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
                    || cp >= 0xFB00 && cp <= 0xFB4F) { // alphabetic presentation forms (ligatures)
                out.append(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
