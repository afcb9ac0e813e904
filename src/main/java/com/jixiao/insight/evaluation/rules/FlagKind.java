package com.jixiao.insight.evaluation.rules;

import java.util.Locale;

/** The ways a report departs from its own scoring rules; each is explained through the i18n bundle (flag.*). */
public enum FlagKind {
    /** The target was missed, yet the indicator got its whole weight. */
    FULL_MARKS_UNMET,
    /** A ≤ (less is better) indicator scored as weight × B/A, as if more were better. */
    NEGATIVE_SCORED_AS_POSITIVE,
    /** A ≥ target exceeded, yet points were deducted. */
    OVER_ACHIEVEMENT_PENALISED,
    /** A score above the indicator's weight. */
    SCORE_ABOVE_WEIGHT,
    /** A qualitative indicator scored outside the tier of its status. */
    QUALITATIVE_SCORE_OUTSIDE_TIER,
    /** A quantitative score that differs from the rule for another reason. */
    SCORE_DEPARTS_FROM_RULE,
    /** The parts of the evaluation do not add up to its reported total. */
    TOTAL_MISMATCH,
    /** The reported execution rate is not B/A. */
    EXECUTION_RATE_MISMATCH,
    /** The reported execution score is not weight × rate. */
    EXECUTION_SCORE_MISMATCH,
    /** The report's narrative and its table disagree. */
    NARRATIVE_CONTRADICTION,
    /** The reported grade does not follow from the reported score. */
    GRADE_MISMATCH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
