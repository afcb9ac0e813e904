package com.jixiao.insight.evaluation.rules;

import com.jixiao.insight.evaluation.rules.ParsedValue.Missing;
import com.jixiao.insight.evaluation.rules.ParsedValue.Quantity;
import com.jixiao.insight.evaluation.rules.ParsedValue.Unreadable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides met / partly met / unmet / not assessable for one indicator and recomputes its score by the
 * rules the reports state (RULES.md): positive weight × B/A, negative weight × A/B, capped at the
 * weight; qualitative tiers of 100–80%, 80–50% and 50–0% of the weight.
 */
public final class IndicatorAssessor {

    /** A reported score within this of the recomputed one is the same score, rounded. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Words that affirm a qualitative target, deny it, or qualify it. */
    private static final List<String> AFFIRM = List.of(
            "提升", "提高", "完成", "达到", "达标", "实现", "保障", "优化", "健全", "规范", "正常", "及时", "准确", "符合", "稳定", "完善", "标准", "增强",
            "维护", "推进", "减少", "减轻", "压减", "降低", "下降", "拓展", "合规", "相符", "合理", "科学", "足额", "有效", "显著", "保持", "满意", "优",
            "完备", "到位", "充分");

    private static final List<String> DENY = List.of("未", "没有", "尚未", "不足", "不够", "不到", "无法", "差", "不");
    private static final List<String> QUALIFY = List.of("基本", "部分", "有待", "较", "一般", "良好", "良", "初步");

    private IndicatorAssessor() {}

    /** The indicator as printed. */
    public record Input(String category, String target, String actual, BigDecimal weight, BigDecimal score) {}

    public static IndicatorAssessment assess(Input in) {
        Partial p = judge(in);
        return withScore(in, p);
    }

    /** Status and direction before scoring. */
    private record Partial(
            Status status,
            Direction direction,
            boolean implied,
            Quantity target,
            Quantity actual,
            BigDecimal shortfall,
            Reason reason) {

        static Partial of(Status status, Direction direction, Reason reason) {
            return new Partial(status, direction, false, null, null, null, reason);
        }
    }

    private static Partial judge(Input in) {
        ParsedValue target = ValueParser.parse(in.target());
        ParsedValue actual = ValueParser.parse(in.actual());
        if (target instanceof Missing) {
            return Partial.of(Status.NOT_ASSESSABLE, Direction.UNKNOWN, Reason.NO_TARGET);
        }
        if (actual instanceof Missing) {
            return Partial.of(Status.NOT_ASSESSABLE, direction(target, in.category()).direction, Reason.NO_ACTUAL);
        }
        String t = ValueParser.normalise(in.target());
        String a = ValueParser.normalise(in.actual());
        if (t.contains("不涉及") || a.contains("不涉及")) {
            return Partial.of(Status.NOT_ASSESSABLE, Direction.UNKNOWN, Reason.NOT_APPLICABLE);
        }
        if (t.equals(a)) {
            Implied d = direction(target, in.category());
            return new Partial(
                    Status.MET,
                    d.direction,
                    d.implied,
                    target instanceof Quantity q ? q : null,
                    actual instanceof Quantity q ? q : null,
                    BigDecimal.ZERO,
                    Reason.SAME_TEXT);
        }
        if (target instanceof Unreadable u) {
            return Partial.of(Status.NOT_ASSESSABLE, Direction.UNKNOWN, u.reason());
        }
        if (actual instanceof Unreadable u) {
            return Partial.of(Status.NOT_ASSESSABLE, direction(target, in.category()).direction, u.reason());
        }
        if (target instanceof Quantity tq) {
            if (actual instanceof Quantity aq) {
                return compare(tq, aq, in.category());
            }
            Status words = words(a, t);
            Implied d = direction(target, in.category());
            return words == Status.UNMET
                    ? new Partial(Status.UNMET, d.direction, d.implied, tq, null, null, Reason.QUALITATIVE_DENIED)
                    : Partial.of(Status.NOT_ASSESSABLE, d.direction, Reason.QUANTITY_AGAINST_TEXT);
        }
        // A qualitative target.
        if (actual instanceof Quantity aq) {
            if (aq.isPercent() && (aq.comparator() == Comparator.NONE || aq.comparator() == Comparator.EQ)) {
                Status s = aq.value().compareTo(HUNDRED) >= 0 ? Status.MET : Status.PARTLY_MET;
                return new Partial(
                        s,
                        Direction.QUALITATIVE,
                        false,
                        null,
                        aq,
                        HUNDRED.subtract(aq.value()).max(BigDecimal.ZERO).divide(HUNDRED, MC),
                        Reason.PERCENT_OF_COMPLETION);
            }
            return Partial.of(Status.NOT_ASSESSABLE, Direction.QUALITATIVE, Reason.COUNT_AGAINST_QUALITATIVE);
        }
        Status s = words(a, t);
        Reason reason = switch (s) {
            case MET -> Reason.QUALITATIVE_AFFIRMED;
            case PARTLY_MET -> Reason.QUALITATIVE_PARTIAL;
            case UNMET -> Reason.QUALITATIVE_DENIED;
            case NOT_ASSESSABLE -> Reason.QUALITATIVE_NOT_COMPARABLE;
        };
        return Partial.of(s, Direction.QUALITATIVE, reason);
    }

    /** Reads a qualitative actual against its target: denial, qualification, affirmation, or nothing. */
    private static Status words(String actual, String target) {
        if (actual.equals("无") || actual.equals("0")) {
            return Status.UNMET;
        }
        boolean deniedInTarget = DENY.stream().anyMatch(target::contains);
        if (!deniedInTarget && DENY.stream().anyMatch(actual::contains)) {
            return Status.UNMET;
        }
        if (QUALIFY.stream().anyMatch(w -> actual.contains(w) && !target.contains(w))) {
            return Status.PARTLY_MET;
        }
        if (actual.contains(target) || AFFIRM.stream().anyMatch(actual::contains)) {
            return Status.MET;
        }
        return Status.NOT_ASSESSABLE;
    }

    private record Implied(Direction direction, boolean implied, Comparator comparator) {}

    /**
     * The direction a target sets. Where no comparator is written, a zero target means "none" (≤ 0),
     * a cost or an amount of money is a ceiling (≤), anything else a level to reach (≥); such a
     * direction is marked implied.
     */
    private static Implied direction(ParsedValue target, String category) {
        if (!(target instanceof Quantity q)) {
            return new Implied(Direction.QUALITATIVE, false, Comparator.NONE);
        }
        return switch (q.comparator()) {
            case GE, GT -> new Implied(Direction.POSITIVE, false, q.comparator());
            case LE, LT -> new Implied(Direction.NEGATIVE, false, q.comparator());
            case EQ -> new Implied(Direction.EXACT, false, Comparator.EQ);
            case RANGE -> new Implied(Direction.RANGE, false, Comparator.RANGE);
            case NONE -> {
                boolean cost = (category != null && category.contains("成本"))
                        || q.unit().contains("元");
                if (q.value().signum() == 0 || cost) {
                    yield new Implied(Direction.NEGATIVE, true, Comparator.LE);
                }
                yield new Implied(Direction.POSITIVE, true, Comparator.GE);
            }
        };
    }

    private static Partial compare(Quantity target, Quantity actual, String category) {
        if (!compatible(target.unit(), actual.unit())) {
            return Partial.of(Status.NOT_ASSESSABLE, direction(target, category).direction, Reason.UNITS_DIFFER);
        }
        Implied d = direction(target, category);
        BigDecimal a = target.value();
        BigDecimal hi = target.upper();
        BigDecimal b = actual.value();
        Interval wanted = switch (d.comparator) {
            case GE -> Interval.atLeast(a, true);
            case GT -> Interval.atLeast(a, false);
            case LE -> Interval.atMost(a, true);
            case LT -> Interval.atMost(a, false);
            case EQ -> new Interval(a, true, a, true);
            case RANGE -> new Interval(a, true, hi, true);
            case NONE -> throw new IllegalStateException("direction always sets a comparator");
        };
        Interval got = switch (actual.comparator()) {
            case GE -> Interval.atLeast(b, true);
            case GT -> Interval.atLeast(b, false);
            case LE -> Interval.atMost(b, true);
            case LT -> Interval.atMost(b, false);
            case RANGE -> new Interval(b, true, actual.upper(), true);
            case EQ, NONE -> new Interval(b, true, b, true);
        };
        Status status;
        if (wanted.contains(got)) {
            status = Status.MET;
        } else if (!wanted.overlaps(got)) {
            status = Status.UNMET;
        } else {
            return new Partial(
                    Status.NOT_ASSESSABLE, d.direction, d.implied, target, actual, null, Reason.ACTUAL_ONLY_BOUNDED);
        }
        BigDecimal shortfall = null;
        if (got.isPoint() && status == Status.UNMET) {
            BigDecimal reference = switch (d.direction) {
                case RANGE -> b.compareTo(a) < 0 ? a : hi;
                default -> a;
            };
            if (reference.signum() != 0) {
                shortfall = b.subtract(reference).abs().divide(reference.abs(), MC);
            }
        } else if (status == Status.MET) {
            shortfall = BigDecimal.ZERO;
        }
        return new Partial(status, d.direction, d.implied, target, actual, shortfall, Reason.NUMERIC_COMPARISON);
    }

    /** Same unit, or one side without a unit, or "元/台" against "/台" (万/台 written without 元). */
    static boolean compatible(String a, String b) {
        if (a.equals(b) || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return (a.endsWith(b) && b.startsWith("/")) || (b.endsWith(a) && a.startsWith("/"));
    }

    private static IndicatorAssessment withScore(Input in, Partial p) {
        BigDecimal w = in.weight();
        BigDecimal reported = in.score();
        BigDecimal recomputed = null;
        boolean exactActual = p.actual != null
                && (p.actual.comparator() == Comparator.NONE || p.actual.comparator() == Comparator.EQ);
        if (w != null) {
            if (p.status == Status.MET && p.direction != Direction.QUALITATIVE) {
                recomputed = w;
            } else if (p.status == Status.UNMET && p.reason == Reason.NUMERIC_COMPARISON && exactActual) {
                recomputed = quantitativeScore(w, p.direction, p.target, p.actual.value());
            } else if (p.status == Status.UNMET
                    && p.reason == Reason.QUALITATIVE_DENIED
                    && p.direction != Direction.QUALITATIVE) {
                recomputed = BigDecimal.ZERO;
            } else if (p.direction == Direction.QUALITATIVE && p.status != Status.NOT_ASSESSABLE) {
                recomputed = reported == null ? null : clampToTier(w, p.status, reported);
            }
        }
        List<AuditFlag> flags = flags(in, p, recomputed, exactActual);
        return new IndicatorAssessment(
                p.status,
                p.direction,
                p.implied,
                p.target == null ? null : p.target.value(),
                p.target == null ? null : p.target.upper(),
                p.actual == null ? null : p.actual.value(),
                p.target != null ? p.target.unit() : p.actual != null ? p.actual.unit() : null,
                p.shortfall,
                recomputed == null ? null : round(recomputed),
                p.reason,
                flags);
    }

    /** weight × B/A (positive), weight × A/B (negative), ratio of the nearer bound (range), capped at the weight. */
    static BigDecimal quantitativeScore(BigDecimal w, Direction direction, Quantity target, BigDecimal b) {
        BigDecimal a = target.value();
        BigDecimal ratio = switch (direction) {
            case POSITIVE -> a.signum() == 0 ? BigDecimal.ONE : b.divide(a, MC);
            case NEGATIVE -> b.signum() == 0 ? BigDecimal.ONE : a.divide(b, MC);
            case EXACT ->
                a.signum() == 0 || b.signum() == 0 ? BigDecimal.ZERO : a.min(b).divide(a.max(b), MC);
            case RANGE -> b.compareTo(a) < 0 ? b.divide(a, MC) : target.upper().divide(b, MC);
            default -> BigDecimal.ZERO;
        };
        BigDecimal score = w.multiply(ratio.max(BigDecimal.ZERO), MC);
        return score.min(w);
    }

    /** Qualitative tiers (Hongshan's wording, the widest): met 80–100%, partly 50–80%, not met 0–50%. */
    static BigDecimal clampToTier(BigDecimal w, Status status, BigDecimal reported) {
        BigDecimal lo;
        BigDecimal hi;
        switch (status) {
            case MET -> {
                lo = w.multiply(new BigDecimal("0.8"));
                hi = w;
            }
            case PARTLY_MET -> {
                lo = w.multiply(new BigDecimal("0.5"));
                hi = w.multiply(new BigDecimal("0.8"));
            }
            default -> {
                lo = BigDecimal.ZERO;
                hi = w.multiply(new BigDecimal("0.5"));
            }
        }
        return reported.max(lo).min(hi);
    }

    private static List<AuditFlag> flags(Input in, Partial p, BigDecimal recomputed, boolean exactActual) {
        List<AuditFlag> flags = new ArrayList<>();
        BigDecimal w = in.weight();
        BigDecimal reported = in.score();
        if (w == null || reported == null) {
            return flags;
        }
        String detail = in.target() + " | " + in.actual() + " | " + plain(w);
        if (reported.compareTo(w) > 0) {
            flags.add(new AuditFlag(FlagKind.SCORE_ABOVE_WEIGHT, plain(reported), plain(w), detail));
        }
        if (p.status == Status.UNMET && reported.compareTo(w) == 0) {
            flags.add(new AuditFlag(FlagKind.FULL_MARKS_UNMET, plain(reported), str(recomputed), detail));
            return flags;
        }
        if (recomputed == null || close(reported, recomputed)) {
            return flags;
        }
        if (p.direction == Direction.QUALITATIVE) {
            flags.add(new AuditFlag(FlagKind.QUALITATIVE_SCORE_OUTSIDE_TIER, plain(reported), str(recomputed), detail));
        } else if (p.direction == Direction.NEGATIVE
                && exactActual
                && p.target.value().signum() > 0
                && close(
                        reported,
                        round(w.multiply(p.actual.value().divide(p.target.value(), MC))
                                .min(w)))) {
            flags.add(new AuditFlag(FlagKind.NEGATIVE_SCORED_AS_POSITIVE, plain(reported), str(recomputed), detail));
        } else if (p.direction == Direction.POSITIVE
                && p.status == Status.MET
                && exactActual
                && p.actual.value().compareTo(p.target.value()) > 0
                && reported.compareTo(w) < 0) {
            flags.add(new AuditFlag(FlagKind.OVER_ACHIEVEMENT_PENALISED, plain(reported), str(recomputed), detail));
        } else {
            flags.add(new AuditFlag(FlagKind.SCORE_DEPARTS_FROM_RULE, plain(reported), str(recomputed), detail));
        }
        return flags;
    }

    static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String str(BigDecimal v) {
        return v == null ? null : plain(round(v));
    }

    /** A closed or open interval, possibly unbounded on one side (null). */
    private record Interval(BigDecimal lo, boolean loClosed, BigDecimal hi, boolean hiClosed) {

        static Interval atLeast(BigDecimal v, boolean closed) {
            return new Interval(v, closed, null, false);
        }

        static Interval atMost(BigDecimal v, boolean closed) {
            return new Interval(null, false, v, closed);
        }

        boolean isPoint() {
            return lo != null && hi != null && lo.compareTo(hi) == 0;
        }

        boolean contains(Interval o) {
            boolean loOk = lo == null
                    || (o.lo != null
                            && (o.lo.compareTo(lo) > 0 || (o.lo.compareTo(lo) == 0 && (loClosed || !o.loClosed))));
            boolean hiOk = hi == null
                    || (o.hi != null
                            && (o.hi.compareTo(hi) < 0 || (o.hi.compareTo(hi) == 0 && (hiClosed || !o.hiClosed))));
            return loOk && hiOk;
        }

        boolean overlaps(Interval o) {
            return below(o.lo, o.loClosed, hi, hiClosed) && below(lo, loClosed, o.hi, o.hiClosed);
        }

        /** Whether a lower end (a) lies at or below an upper end (b), so the two meet. */
        private static boolean below(BigDecimal a, boolean aClosed, BigDecimal b, boolean bClosed) {
            if (a == null || b == null) {
                return true;
            }
            int c = a.compareTo(b);
            return c < 0 || (c == 0 && aClosed && bClosed);
        }
    }
}
