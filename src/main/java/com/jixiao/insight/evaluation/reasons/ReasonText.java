package com.jixiao.insight.evaluation.reasons;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deviation text made comparable and cut in two: the reason, and the improvement measures that reports often
 * write into the same cell ("原因：… 改进措施：…", "…，下一步将…"). Only the reason part is classified, because
 * improvement measures are mostly boilerplate (合理编制预算, 加强管理) that would pull every text the same way.
 */
record ReasonText(String normalised, String reasonPart, String improvementPart, Optional<String> placeholder) {

    /** Cells that say there is nothing to explain. Compared after normalisation and without punctuation. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("无", "/", "-", "—", "——", "无偏差", "没有偏差", "无差异", "无原因", "暂无", "不涉及", "不适用", "未发生偏差", "偏差原因无");

    /**
     * Where the improvement part begins: the earliest marker that opens a clause (so that "按上级建议调整了计划"
     * stays a reason); text that starts with one gives no reason.
     */
    private static final Pattern IMPROVEMENT = Pattern.compile("(?<![^,。:、(])(?:改进措施|整改措施|改进建议|改进方向|下一步|下步|今后|将来|建议)");

    /** A heading in front of the reason: "原因:", "偏差原因分析：", "（1）". */
    private static final Pattern HEADING =
            Pattern.compile("^(\\(\\d+\\)|\\d+[.、](?!\\d))?((主要)?(偏差)?原因(分析)?(及改进措施)?:)?");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[;!?；！？]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    static ReasonText of(String raw) {
        String s = normalise(raw);
        if (isPlaceholder(s)) {
            return new ReasonText(s, s, "", Optional.of(s));
        }
        String body = s.substring(headingEnd(s));
        Matcher m = IMPROVEMENT.matcher(body);
        int cut = m.find() ? m.start() : body.length();
        String reason = trimPunctuation(body.substring(0, cut));
        String improvement = trimPunctuation(body.substring(cut));
        // "原因：无。改进措施：…" gives no reason either.
        Optional<String> placeholder =
                !reason.isEmpty() && isPlaceholder(reason) ? Optional.of(reason) : Optional.empty();
        return new ReasonText(s, reason, improvement, placeholder);
    }

    private static boolean isPlaceholder(String s) {
        String bare = s.length() > 12 ? s : PUNCTUATION.matcher(s).replaceAll("");
        return bare.isEmpty() || PLACEHOLDERS.contains(bare) || PLACEHOLDERS.contains(s);
    }

    /**
     * NFKC (full-width letters, digits and punctuation become half-width: ，→ , ：→ : （→ ( ), whitespace removed
     * (Chinese needs none, and the seeds' cells carry stray spaces: "2023 年"), Latin lower-cased, and the
     * sentence marks ; ! ? made 。 so that clauses end at , or 。 only.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFKC)
                ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = WHITESPACE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return SENTENCE_PUNCTUATION.matcher(s).replaceAll("。");
    }

    private static int headingEnd(String s) {
        Matcher m = HEADING.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isEdgePunctuation(s.charAt(from))) {
            from++;
        }
        while (to > from && isEdgePunctuation(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isEdgePunctuation(char c) {
        return c == ',' || c == '。' || c == ':' || c == '、' || c == '.' || c == '(';
    }
}
