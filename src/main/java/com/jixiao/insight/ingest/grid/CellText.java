package com.jixiao.insight.ingest.grid;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cell of a report says, as text: markup that the extraction left in a cell is read (paragraphs
 * become line breaks, {@code m <sup>2</sup>} becomes m², a ticked box ☑) and every other tag dropped;
 * spaces that a line-wrapped cell left between two Chinese characters are removed. Nothing else changes:
 * no full-width to half-width, no typo fixing (docs/data-format.md). Imported text is data, never markup.
 */
public final class CellText {

    /** What a reader puts for a character the file does not say: U+FFFD (a glyph without a map, a lossy conversion). */
    public static final char REPLACEMENT = '\uFFFD';

    /** Tags an extracted report may carry inside or around its tables; anything else is refused. */
    static final Set<String> HARMLESS_TAGS = Set.of(
            "p",
            "br",
            "sup",
            "sub",
            "span",
            "b",
            "strong",
            "i",
            "em",
            "u",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "div",
            "font",
            "input",
            "caption",
            "colgroup",
            "col",
            "center",
            "small",
            "big",
            "s",
            "strike",
            "del",
            "ins",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "code",
            "a",
            "body",
            "html",
            "head",
            "title",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "nobr",
            "wbr",
            "label");

    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("(?i)\\bon[a-z]+\\s*=|javascript:|vbscript:");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p\\s*>\\s*<p(\\s[^<>]*)?>|<br\\s*/?>");
    private static final Pattern SUP = Pattern.compile("(?i)\\s*<sup>\\s*([0-9])\\s*</sup>");
    private static final Pattern INPUT = Pattern.compile("(?i)<input([^<>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern HAN_SPACE_HAN = Pattern.compile("(?<=\\p{IsHan})[ \\u00A0\\u3000]+(?=\\p{IsHan})");

    private CellText() {}

    /** The text of a raw cell: markup read as described above, stripped; "" for an empty cell. */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = SUP.matcher(s).replaceAll(m -> superscript(m.group(1)));
            s = PARAGRAPH_BREAK.matcher(s).replaceAll("\n");
            s = INPUT.matcher(s)
                    .replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT).contains("checked") ? "☑" : "□");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        return plain(s);
    }

    /**
     * The text of a cell that holds no markup (read from a PDF, Word or Excel file, where "<b>" is what the cell
     * says): spaces between two Chinese characters removed, each line and the whole stripped.
     */
    public static String plain(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Most cells hold none of the spaces the pattern removes: then it has nothing to do.
        String s = hasHanGapSpace(raw) ? HAN_SPACE_HAN.matcher(raw).replaceAll("") : raw;
        // Each line of a multi-paragraph cell is stripped; the cell as a whole too.
        if (s.indexOf('\n') >= 0) {
            StringBuilder b = new StringBuilder();
            for (String line : s.split("\n")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    b.append(b.isEmpty() ? "" : "\n").append(t);
                }
            }
            return b.toString();
        }
        return s.strip();
    }

    /** The first tag in {@code raw} that a report has no business carrying (script, link, event handler …). */
    public static Optional<String> dangerousMarkup(String raw) {
        if (raw.indexOf('<') < 0) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(raw);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!HARMLESS_TAGS.contains(name)
                    || EVENT_ATTRIBUTE.matcher(m.group(3)).find()) {
                return Optional.of(shorten(m.group()));
            }
        }
        if (raw.contains("<!--") || raw.toLowerCase(Locale.ROOT).contains("<![cdata[")) {
            return Optional.of("<!--");
        }
        return Optional.empty();
    }

    public static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }

    private static String superscript(String digit) {
        return switch (digit) {
            case "2" -> "²";
            case "3" -> "³";
            default -> "^" + digit;
        };
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            } else if (e.startsWith("#")) {
                r = codePoint(Integer.parseInt(e.substring(1)), m.group());
            } else {
                r = switch (e) {
                    case "nbsp", "ensp", "emsp", "thinsp" -> " ";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "ge" -> "≥";
                    case "le" -> "≤";
                    case "mdash" -> "—";
                    case "ndash" -> "–";
                    case "ldquo" -> "“";
                    case "rdquo" -> "”";
                    case "middot" -> "·";
                    case "times" -> "×";
                    default -> m.group();
                };
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String codePoint(int cp, String original) {
        // Control characters and unassigned code points stay as written rather than sneaking into the text.
        if (cp < 0x20 && cp != '\t'
                || !Character.isValidCodePoint(cp)
                || Character.getType(cp) == Character.UNASSIGNED) {
            return original;
        }
        return cp == 0xA0 ? " " : new String(Character.toChars(cp));
    }

    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");

    /** All whitespace removed: for comparing labels such as "合 计" with 合计. */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        // Called for nearly every cell, many times: most cells hold no whitespace, and a scan is far cheaper than
        // a regular expression (the batch import's profile, README "Many files at once").
        // What replaceAll("[\\s\\u3000]+", "") gives, by a scan: every character isSpace accepts dropped.
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() - 1).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!isSpace(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** A header without its remarks in brackets: "实际完成值（B）" → 实际完成值; whitespace removed. */
    public static String headerWords(String header) {
        String h = squeeze(header);
        return h.indexOf('(') < 0 && h.indexOf('（') < 0
                ? h
                : BRACKETED.matcher(h).replaceAll("");
    }

    /**
     * Whether some cell holds one of {@code chars}: a cheap test that a row cannot be a header before its words are
     * squeezed and matched (reading tests every row against several headers; whitespace and brackets are all that
     * {@link #headerWords} removes, so a word's characters are in the raw cell).
     */
    public static boolean anyHolds(List<String> cells, String chars) {
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                if (chars.indexOf(cell.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first character of {@code cell} that is not a space ({@link #isSpace}), or 0 if there is none. */
    public static char firstNonSpace(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!isSpace(cell.charAt(i))) {
                return cell.charAt(i);
            }
        }
        return 0;
    }

    /** Whether {@code s} holds a space {@link #HAN_SPACE_HAN} removes (between two Chinese characters). */
    private static boolean hasHanGapSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\u00A0' || ch == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** What {@code [\\s\\u3000]} matches: Java's \\s (without UNICODE_CHARACTER_CLASS) and the ideographic space. */
    static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r' || ch == '\u3000';
    }
}
