package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.grid.CellText;
import com.jixiao.insight.ingest.grid.Row;
import com.jixiao.insight.ingest.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text whose extraction cut every table cell at each change between Chinese, figures and punctuation, one fragment a
 * line and a blank line between fragments ("专家评审费标准", "/", "件", "800", "元"): the fragments put together again
 * into pieces where the join is certain from the fragments alone — a bracket group to the word before it ("年初目标值",
 * "（", "A", "）"), a figure with its comparator and unit ("≥", "7", "万件"; "1.9995", "万", "/", "台"), words joined
 * by a connector ("/", "+", "、", "，") or quotes ("“", "网上办", "”", "审批数量"), and two words whose join is a word
 * of the form ("服务对象满意度" / "指标", "偏差大或目标未" / "完成原因分析"). Two plain words in a row stay apart: whether
 * the second continues the first or opens the next cell is for the table's reader to tell. Lines that are not
 * fragments (prose, tab rows) stay pieces of their own.
 */
final class Fragments {

    /** A piece: its text, its source lines, whether it was put together from fragments, the row it stands for. */
    record Piece(String text, int first, int last, boolean fragment, Row row) {

        boolean isBarrier() {
            return row != null;
        }

        /** A figure alone, without unit or sign: "2", "19.80" (a score's shape). */
        boolean isBare() {
            return BARE.matcher(text).matches();
        }

        boolean hasHan() {
            return HAN.matcher(text).find();
        }

        /** Prose: a sentence (or a line that is not a fragment), not a cell of the indicator table. */
        boolean isProse() {
            return !fragment || text.contains("，") || text.contains("。") || text.contains("；") || text.length() > 40;
        }
    }

    private enum Kind {
        HAN,
        NUMBER,
        COMPARATOR,
        OPEN_QUOTE,
        CLOSE_QUOTE,
        BOTH_QUOTES,
        SLASH,
        CONNECTOR,
        STOP,
        COLON,
        OPEN_BRACKET,
        CLOSE_BRACKET,
        LATIN,
        OTHER
    }

    static final Pattern BARE = Pattern.compile("^\\d+(\\.\\d+)?$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ONLY_HAN = Pattern.compile("^\\p{IsHan}+$");
    private static final Pattern NUMBER = Pattern.compile("^[=＝]?[+-]?\\d+(\\.\\d+)*[%％]?$");
    private static final Pattern IMAGE = Pattern.compile("^\\[image:[^\\]]*\\]");
    /** The first characters of units and measure words ("万件", "人次", "个五门柜", "台饮水机", "元"). */
    private static final String MEASURE = "万亿千百个台套件次项人本元户卷批份张辆家所座条篇期场天日月年周时分秒亩平米里吨斤处间名位部册株棵头只组轮课倍度";

    private static final Pattern REMARK_LABEL = Pattern.compile("^(偏差.*(原因分析|原因)|改进措施.*(方案|措施))$");

    private Fragments() {}

    /** Whether a line is a fragment: one run of Chinese, or a figure, or punctuation only. */
    static boolean isFragment(String line) {
        String s = IMAGE.matcher(line.strip()).replaceFirst("");
        return !s.isEmpty() && kind(s) != Kind.OTHER;
    }

    private static Kind kind(String s) {
        if (ONLY_HAN.matcher(s).matches()) {
            return Kind.HAN;
        }
        if (NUMBER.matcher(s).matches()) {
            return Kind.NUMBER;
        }
        if (s.matches("^[A-Za-z][A-Za-z/*]*$")) {
            return Kind.LATIN;
        }
        return switch (s) {
            case "≥", "≤", "≧", "≦", "<", ">", "＜", "＞", "=", "＝" -> Kind.COMPARATOR;
            case "“", "‘" -> Kind.OPEN_QUOTE;
            case "”", "’" -> Kind.CLOSE_QUOTE;
            case "”“" -> Kind.BOTH_QUOTES;
            case "/", "／" -> Kind.SLASH;
            case "+", "*", "-", "—", "、", "，", ",", "；", ";", "~", "～" -> Kind.CONNECTOR;
            case "。" -> Kind.STOP;
            case "：", ":" -> Kind.COLON;
            default -> {
                if (s.startsWith("（") || s.startsWith("(") || s.endsWith("（") || s.endsWith("(")) {
                    yield s.matches("^[（()）]+[：:，,]?$|^[（(].*") ? Kind.OPEN_BRACKET : Kind.OTHER;
                }
                if (s.matches("^[）)]+[：:，,。]?$")) {
                    yield Kind.CLOSE_BRACKET;
                }
                yield Kind.OTHER;
            }
        };
    }

    /** The pieces of the text: one per fragment run joined as above, one per other line, one per non-text row. */
    static List<Piece> pieces(SourceText source, List<Row> rows) {
        List<Piece> out = new ArrayList<>();
        List<String> lines = source.lines();
        int r = 0;
        Builder b = new Builder(out);
        for (int i = 0; i < lines.size(); i++) {
            int no = i + 1;
            while (r < rows.size() && rows.get(r).last() < no) {
                r++;
            }
            Row row = r < rows.size() && rows.get(r).first() <= no ? rows.get(r) : null;
            if (row != null && !row.isText()) {
                b.flush();
                if (row.first() == no) {
                    out.add(new Piece("", row.first(), row.last(), false, row));
                }
                continue;
            }
            String raw = lines.get(i).strip();
            if (raw.isEmpty() || raw.indexOf('\uFFFD') >= 0) {
                continue; // a blank line; or a glyph the extraction could not map (nothing to read in it)
            }
            boolean image = IMAGE.matcher(raw).find();
            String s = IMAGE.matcher(raw).replaceFirst("");
            if (image) {
                b.flush(); // what follows an embedded image's marker starts afresh: a break between runs
                out.add(new Piece("", no, no, false, null));
            }
            if (s.isEmpty()) {
                continue;
            }
            if (!isFragment(s)) {
                b.flush();
                out.add(new Piece(CellText.clean(s), no, no, false, null));
            } else {
                b.add(s, no);
            }
        }
        b.flush();
        return out;
    }

    /** Joins fragments into a piece while the join is certain. */
    private static final class Builder {
        private final List<Piece> out;
        private final StringBuilder text = new StringBuilder();
        private int first;
        private int last;
        private Kind lastKind;
        /** The kind before a pending connector or comparator (the piece continues with the next fragment). */
        private boolean pending;

        private int brackets;

        Builder(List<Piece> out) {
            this.out = out;
        }

        void add(String s, int no) {
            Kind k = kind(s);
            if (k == Kind.COLON && brackets == 0) {
                flush(); // "单位名称", "：", "…": the colon only separates a label from its value
                return;
            }
            if (text.isEmpty()) {
                start(s, k, no);
                return;
            }
            if (slash && k == Kind.HAN && s.length() <= 2) {
                append(s, k, no);
                return;
            }
            if (slash && brackets == 0) {
                // "/" standing for "none" ("购置打印机数量", "/", "数量指标"): a piece of its own
                int slashLine = last;
                text.setLength(text.length() - 1);
                flush();
                out.add(new Piece("/", slashLine, slashLine, true, null));
                start(s, k, no);
                return;
            }
            if (brackets > 0 || pending || !ordinal && joins(k, s)) {
                append(s, k, no);
                return;
            }
            flush();
            start(s, k, no);
        }

        private boolean joins(Kind k, String s) {
            String cur = text.toString();
            return switch (k) {
                case OPEN_BRACKET, CLOSE_BRACKET, CLOSE_QUOTE, BOTH_QUOTES, STOP -> true;
                case CONNECTOR, SLASH -> true;
                case OPEN_QUOTE -> lastKind == Kind.HAN;
                case NUMBER -> s.startsWith("=") || s.startsWith("＝");
                case HAN ->
                    lastKind == Kind.CLOSE_QUOTE || lastKind == Kind.BOTH_QUOTES
                            ? true
                            : lastKind == Kind.NUMBER
                                    ? isUnit(s) || cur.matches("\\d{4}") && FormVocabulary.isTitle(cur + s)
                                    : lastKind == Kind.HAN && isWrappedWord(lastRun(cur), s);
                default -> false;
            };
        }

        private void start(String s, Kind k, int no) {
            // a number right after a 二级指标 word is the row's number: it takes no unit ("数量指标", "4", "推广…")
            ordinal = k == Kind.NUMBER
                    && !out.isEmpty()
                    && out.getLast().fragment()
                    && IndicatorWords.isSubcategoryWord(out.getLast().text());
            first = no;
            text.setLength(0);
            brackets = 0;
            append(s, k, no);
        }

        private void append(String s, Kind k, int no) {
            text.append(s);
            last = no;
            lastKind = k;
            for (char c : s.toCharArray()) {
                if (c == '（' || c == '(') {
                    brackets++;
                } else if ((c == '）' || c == ')') && brackets > 0) {
                    brackets--;
                }
            }
            if (brackets > 0 && no - first > 40) {
                brackets = 0; // an unclosed bracket does not swallow the rest of the table
            }
            pending = k == Kind.COMPARATOR || k == Kind.OPEN_QUOTE || k == Kind.BOTH_QUOTES || k == Kind.CONNECTOR;
            if (k == Kind.SLASH) {
                pending = false; // "/" joins the next fragment only if that is a unit (see joinsAfterSlash)
                slash = true;
            } else {
                slash = false;
            }
        }

        private boolean slash;
        private boolean ordinal;

        void flush() {
            if (!text.isEmpty()) {
                out.add(new Piece(CellText.clean(text.toString()), first, last, true, null));
            }
            text.setLength(0);
            brackets = 0;
            pending = false;
            slash = false;
            lastKind = null;
        }

        /** After "/", a unit of one or two characters ("元/件", "次/年") joins; anything else opens a new piece. */
        private boolean isUnit(String s) {
            return s.length() <= 4
                    && MEASURE.indexOf(s.charAt(0)) >= 0
                    && !isFormWord(s)
                    && !FormVocabulary.isRowLabel(s);
        }
    }

    /** The run of Chinese characters at the end of a piece. */
    private static String lastRun(String s) {
        int k = s.length();
        while (k > 0 && Character.UnicodeScript.of(s.codePointAt(k - 1)) == Character.UnicodeScript.HAN) {
            k--;
        }
        return s.substring(k);
    }

    /** Two words that make one of the form's words, the second not one by itself ("服务对象满意度", "指标"). */
    private static boolean isWrappedWord(String a, String b) {
        String s = a + b;
        return !IndicatorWords.isSubcategoryWord(b)
                && !IndicatorWords.isCategoryWord(b)
                && (IndicatorWords.isSubcategoryWord(s)
                        || IndicatorWords.isCategoryWord(s)
                        || IndicatorWords.isFrameWord(s)
                        || FormVocabulary.isTitle(s)
                        || REMARK_LABEL.matcher(s).matches());
    }

    /** A word of the form. */
    static boolean isFormWord(String s) {
        return IndicatorWords.isSubcategoryWord(s)
                || IndicatorWords.isCategoryWord(s)
                || FormVocabulary.isIndicatorHeaderWord(s)
                || FormVocabulary.isTitle(s)
                || REMARK_LABEL.matcher(s).matches();
    }

    static boolean isRemarkLabel(String s) {
        return REMARK_LABEL.matcher(CellText.squeeze(s)).matches();
    }
}
