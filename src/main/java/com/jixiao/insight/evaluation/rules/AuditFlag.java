package com.jixiao.insight.evaluation.rules;

/** One departure from the rules: what was reported, what the rules give, and the figures behind it. */
public record AuditFlag(FlagKind kind, String reported, String recomputed, String detail) {}
