package com.jixiao.insight.ingest.layout;

import com.jixiao.insight.ingest.form.FormVocabulary;
import com.jixiao.insight.ingest.form.words.IndicatorWords;
import com.jixiao.insight.ingest.layout.AnchoredTable.Atom;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The anchor of an indicator row in content-order text of a form without 分值 and 得分 (the 转移支付区域绩效自评表):
 * its target and actual side by side at the end of a line ("≥320 户 326 户", "逐步完善 已建立", "户均补助标准 ≤1.6 万元/户
 * 1.52 万元/户"). Two cells that share a line stand on one baseline, and a row's target and actual are the cells that do;
 * a wrapped name or reason stands on lines of its own. Each of the two reads as a value: short, no sentence
 * punctuation, no level or header word, a figure in it or a few Chinese characters that are no piece of a level word.
 */
final class ValuePair {

    /** Longest a value is, in characters ("≤1.6 万元/户", "2024 年 12 月底前"). */
    private static final int MAX_VALUE = 14;
    /** Longest a value without a figure is ("逐步完善", "有效保护", "显著提升"). */
    private static final int MAX_WORDS = 6;

    private static final Pattern SENTENCE = Pattern.compile(".*[，。；;！!？?、：:].*");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern HAN = Pattern.compile("^\\p{IsHan}+$");

    private ValuePair() {}

    /** The index of the target among a line's cells, -1 if its last two cells are no target and actual. */
    static int at(List<Atom> atoms) {
        int n = atoms.size();
        if (n < 2
                || !isValue(atoms.get(n - 2).text())
                || !isValue(atoms.get(n - 1).text())) {
            return -1;
        }
        return n - 2;
    }

    static boolean isValue(String text) {
        String t = text.strip();
        if (t.isEmpty()
                || t.length() > MAX_VALUE
                || SENTENCE.matcher(t).matches()
                || IndicatorWords.isCategoryWord(t)
                || IndicatorWords.isSubcategoryWord(t)
                || FormVocabulary.isIndicatorHeaderWord(t)) {
            return false;
        }
        // words alone: a few Chinese characters, not a piece of a wrapped level word ("满意度指", "服务对象满")
        return DIGIT.matcher(t).matches()
                || HAN.matcher(t).matches() && t.length() <= MAX_WORDS && !IndicatorWords.isLevelPiece(t);
    }
}
