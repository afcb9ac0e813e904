package com.jixiao.insight.evaluation.reasons;

import java.util.Locale;

/**
 * Why a target was missed, as the report tells it (docs/decisions/0007-reasons.md). The declaration order is the
 * rule order: when a text names several causes and its wording does not single one out, the first class here wins.
 * Specific causes outside the unit's hands come first; the unit's judgement of its own planning and capacity comes
 * last, because self-criticism (有待提高, 预算编制不够精准) accompanies almost every other cause.
 */
public enum ReasonClass {
    /** An epidemic, a natural disaster or another event beyond control (疫情, 自然灾害, 不可抗力). */
    FORCE_MAJEURE,
    /** A contract or settlement runs across the fiscal year, so part is paid the next year (跨年度, 尾款). */
    CROSS_YEAR,
    /** The money exists but was not yet allocated or paid out, or came late (资金未到位, 未进行资金支付). */
    FUNDS_LATE,
    /** Funds were cut, tight or allotted below the budget (资金压减, 资金紧张, 较年初预算数调减). */
    FUNDS_SHORT,
    /** A decision changed what was to be done: policy, plan or arrangement changed, postponed, dropped (计划有变, 搬迁). */
    PLAN_CHANGE,
    /** The work stood but started late or went slowly: procurement, contract, start (年中开始实施, 流标, 进度滞后). */
    IMPLEMENTATION_DELAY,
    /** Demand or workload set by others differed from the plan: fewer applications, peaks (业务量较为集中). */
    DEMAND_SHIFT,
    /** Too few staff, vacancies or turnover (人员不足, 人员离职). */
    STAFFING,
    /** The target, indicator or budget was set without a sound basis (预算编制不够精准, 测算依据不够充分). */
    TARGET_UNREALISTIC,
    /** The unit's own capacity, systems or ways of working still fall short (有待提升, 还不高, 思路不宽). */
    CAPACITY_WEAK,
    /** A cause is given (因, 由于, 导致 …) but none of the classes fits it. */
    OTHER,
    /** No cause is given: empty, a placeholder (无, /, 不涉及, 无偏差), or only the gap restated. */
    UNSTATED;

    /** The English code, as stored and used in the i18n key. */
    public String code() {
        return name();
    }

    /** The key of the class's label in the i18n bundle. */
    public String i18nKey() {
        return "reason." + name();
    }

    /** Whether the class names a cause (every class but {@link #OTHER} and {@link #UNSTATED}). */
    public boolean isCause() {
        return this != OTHER && this != UNSTATED;
    }

    public static ReasonClass ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
