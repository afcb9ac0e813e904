package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.layout.AnchoredTable.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The level words (一级 / 二级指标) among the words between two anchored rows ({@link AnchoredTable}): the form's own,
 * wrapped ones joined ("经济成本指" / "标"), and a short word on a line of its own that the form's words do not know.
 */
final class LevelAtoms {

    private static final Pattern LEVEL = Pattern.compile("^\\p{IsHan}{4,8}$");
    private static final Pattern UNKNOWN = Pattern.compile("^\\p{IsHan}{2,8}$");

    private LevelAtoms() {}

    /**
     * The level words found, and those with one more after them that the form's words do not know: a short Chinese
     * word standing on its line (or two lines) of its own ("人力资源" / "管理"), taken at a cost.
     */
    static List<List<Atom[]>> withUnknown(List<Atom> seg, int s, List<Atom[]> known) {
        int k = s;
        for (Atom[] l : known) {
            k += l.length;
        }
        List<List<Atom[]>> options = new ArrayList<>();
        options.add(known);
        if (!known.isEmpty() && isBare(known.getLast())) {
            // a bare level word (社会效益, 可持续影响) is also a third level's name in the older frameworks
            options.add(known.subList(0, known.size() - 1));
        }
        if (known.size() >= 2 || k >= seg.size() || !seg.get(k).lineStart()) {
            return options;
        }
        StringBuilder text = new StringBuilder();
        for (int j = k; j < seg.size() && j < k + 2 && seg.get(j).lineStart(); j++) {
            text.append(seg.get(j).text());
            boolean wholeLine = j + 1 < seg.size() && seg.get(j + 1).lineStart();
            if (wholeLine && UNKNOWN.matcher(text).matches()) {
                List<Atom[]> more = new ArrayList<>(known);
                more.add(seg.subList(k, j + 1).toArray(Atom[]::new));
                options.add(more);
            }
        }
        return options;
    }

    /** The level words (one or two) starting at atom {@code s}, each joined over the lines it was wrapped on. */
    static List<Atom[]> levels(List<Atom> seg, int s) {
        List<Atom[]> found = new ArrayList<>();
        int k = s;
        while (found.size() < 2 && k < seg.size()) {
            Atom[] level = level(seg, k);
            if (level.length == 0) {
                break;
            }
            found.add(level);
            k += level.length;
        }
        return found;
    }

    /** The longest level word starting at atom {@code k}, joined over at most three lines. */
    private static Atom[] level(List<Atom> seg, int k) {
        Atom[] found = new Atom[0];
        StringBuilder text = new StringBuilder();
        for (int j = k; j < seg.size() && j < k + 3; j++) {
            if (j > k && (!seg.get(j).lineStart() || isVocabulary(seg.get(j).text()))) {
                break;
            }
            text.append(seg.get(j).text());
            String t = text.toString();
            boolean endsLine = j + 1 >= seg.size() || seg.get(j + 1).lineStart();
            if (isLevel(t) && (endsLine || !IndicatorWords.looksLikeSubcategory(t) || isVocabulary(t))) {
                found = seg.subList(k, j + 1).toArray(Atom[]::new);
            }
        }
        return found;
    }

    /** A second level's word of the form's vocabulary that does not end in 指标 (社会效益, 预算管理). */
    static boolean isBare(Atom[] level) {
        String t = CellCuts.text(java.util.Arrays.asList(level));
        return IndicatorWords.isSubcategoryWord(t) && !IndicatorWords.isCategoryWord(t) && !t.endsWith("指标");
    }

    /** A level word: one of the form's, or a short Chinese word ending in 指标 ("产出质量指标"). */
    private static boolean isLevel(String t) {
        return isVocabulary(t) || (LEVEL.matcher(t).matches() && IndicatorWords.looksLikeSubcategory(t));
    }

    private static boolean isVocabulary(String t) {
        return IndicatorWords.isCategoryWord(t) || IndicatorWords.isSubcategoryWord(t);
    }
}
