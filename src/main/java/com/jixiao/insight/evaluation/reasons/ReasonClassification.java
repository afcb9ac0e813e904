package com.jixiao.insight.evaluation.reasons;

import java.util.List;

/**
 * The class of one deviation text, with what decided it, for the UI to show: the words that matched (in the
 * normalised reason part, {@link #reasonPart()}), and the basis of the choice when several classes matched.
 *
 * @param reasonPart the normalised text before any improvement measures ("改进措施", "下一步" …); match offsets
 *     point into it
 * @param improvementPart the normalised improvement measures that were cut off and not classified
 */
public record ReasonClassification(
        ReasonClass reasonClass, Basis basis, List<Match> matches, String reasonPart, String improvementPart) {

    public ReasonClassification {
        matches = List.copyOf(matches);
    }

    /**
     * One phrase of the rule table found in the reason part.
     *
     * @param words the text that matched, as it stands in the normalised reason part
     * @param start its offset in {@link #reasonPart()}
     * @param namedAsCause whether it stands where the text names its cause (after 因, 由于, 原因是, inside 受…影响,
     *     or before 导致, 造成)
     */
    public record Match(ReasonClass reasonClass, String words, int start, boolean namedAsCause) {}

    /** How the class was chosen; the UI explains each through the i18n bundle ({@code reason.basis.*}). */
    public enum Basis {
        /** No text at all. */
        EMPTY(Confidence.HIGH),
        /** A placeholder that gives no reason: 无, /, 不涉及, 无偏差. */
        PLACEHOLDER(Confidence.HIGH),
        /** Only improvement measures, no reason before them. */
        IMPROVEMENT_ONLY(Confidence.HIGH),
        /** No phrase matched and no causal word (因, 由于, 导致 …): the text restates the gap or says something else. */
        NO_CAUSE(Confidence.MEDIUM),
        /** No phrase matched, but the text does name a cause. */
        UNKNOWN_CAUSE(Confidence.MEDIUM),
        /** Every phrase that matched belongs to one class. */
        ONE_CLASS(Confidence.HIGH),
        /** Several classes matched; only one of them stands where the text names its cause. */
        NAMED_CAUSE(Confidence.MEDIUM),
        /** Several classes matched and the wording does not single one out: the rule order decided. */
        RULE_ORDER(Confidence.LOW);

        private final Confidence confidence;

        Basis(Confidence confidence) {
            this.confidence = confidence;
        }

        public Confidence confidence() {
            return confidence;
        }

        public String i18nKey() {
            return "reason.basis." + name();
        }
    }

    /** How far to trust a class: one class matched, the cause was singled out, or the rule order decided. */
    public enum Confidence {
        HIGH,
        MEDIUM,
        LOW
    }

    public Confidence confidence() {
        return basis.confidence();
    }

    /** The words that matched for the chosen class, in text order, each once. */
    public List<String> matchedWords() {
        return matches.stream()
                .filter(m -> m.reasonClass() == reasonClass)
                .map(Match::words)
                .distinct()
                .toList();
    }

    /** The other classes that matched, in rule order: what the chosen class outranked. */
    public List<ReasonClass> outranked() {
        return matches.stream()
                .map(Match::reasonClass)
                .filter(c -> c != reasonClass)
                .distinct()
                .sorted()
                .toList();
    }
}
