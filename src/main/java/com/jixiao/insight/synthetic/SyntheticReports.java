package com.jixiao.insight.synthetic;

import com.jixiao.insight.evaluation.rules.IndicatorAssessor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes one unit-year of synthetic evaluations, shaped on the seeds: the indicator kinds and the text
 * forms of their targets and actuals, execution rates that are mostly high with some low ones, missed
 * targets, and a few self-scores that depart from the rules. Deterministic for a given random source.
 */
final class SyntheticReports {

    /** One evaluation as made: figures, and its indicators as the rules engine reads them. */
    record Evaluation(
            String kind,
            String name,
            BigDecimal adjusted,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal executionScore,
            BigDecimal totalScore,
            String grade,
            List<Indicator> indicators) {}

    record Indicator(
            String category,
            String subcategory,
            String name,
            String target,
            String actual,
            BigDecimal weight,
            BigDecimal score) {

        IndicatorAssessor.Input input() {
            return new IndicatorAssessor.Input(category, target, actual, weight, score);
        }
    }

    private static final String[] PROJECTS = {
        "行政审批工作经费",
        "政务服务大厅运行费用",
        "一网通办平台运维",
        "证照印制费用",
        "新办企业免费刻章",
        "外包服务人员经费",
        "政务服务热线运行",
        "档案数字化项目",
        "设备采购及维保",
        "专家评审费用",
        "政务公开及宣传",
        "信息系统安全防护"
    };

    /**
     * What a unit writes under an indicator it scored below full marks, one cause each as the reports give them
     * (decision 0007's classes), and blanks and 无 as often as real reports leave the cell empty. Synthetic texts:
     * the store that holds them says it is synthetic.
     */
    private static final String[] REASONS = {
        "",
        "无",
        "无偏差",
        "受疫情影响，部分线下业务暂停办理",
        "因财政资金紧张，项目经费压减",
        "部分资金未及时拨付到位",
        "因上级政策调整，工作计划有变",
        "采购流程较长，项目启动时间推迟",
        "业务量较上年减少，办件数量未达预期",
        "因工作人员调动，人手不足",
        "年初目标设定偏高，测算依据不够充分",
        "服务质量有待提升",
        "个别事项办理时限较长"
    };

    private SyntheticReports() {}

    /**
     * The deviation reason of an indicator scored below its weight, chosen from its own figures (so the random
     * draws, and with them every figure of a seed's store, stay as they were); null for one at full marks.
     */
    static String deviationReason(Indicator i) {
        if (i.score().compareTo(i.weight()) >= 0) {
            return null;
        }
        return REASONS[Math.floorMod((i.name() + i.target() + i.actual()).hashCode(), REASONS.length)];
    }

    static List<Evaluation> unitYear(SplittableRandom random) {
        int projects = 6 + random.nextInt(13);
        List<Evaluation> evaluations = new ArrayList<>(projects + 1);
        BigDecimal sumAdjusted = BigDecimal.ZERO;
        BigDecimal sumExecuted = BigDecimal.ZERO;
        for (int p = 0; p < projects; p++) {
            BigDecimal adjusted = money(Math.exp(2.5 + random.nextDouble() * 4.5)); // ≈ 12 … 1,100 万元
            Evaluation e = evaluation(
                    random,
                    "project",
                    PROJECTS[p % PROJECTS.length] + (p >= PROJECTS.length ? "（二期）" : ""),
                    adjusted,
                    12 + random.nextInt(12));
            sumAdjusted = sumAdjusted.add(e.adjusted());
            sumExecuted = sumExecuted.add(e.executed());
            evaluations.add(e);
        }
        BigDecimal basic = money(200 + random.nextDouble() * 1800);
        evaluations.addFirst(evaluation(random, "overall", "部门整体支出", sumAdjusted.add(basic), 12 + random.nextInt(12)));
        return evaluations;
    }

    private static Evaluation evaluation(SplittableRandom r, String kind, String name, BigDecimal adjusted, int count) {
        double u = r.nextDouble();
        double rate =
                u < 0.8 ? 0.95 + r.nextDouble() * 0.05 : u < 0.9 ? 0.6 + r.nextDouble() * 0.35 : r.nextDouble() * 0.6;
        BigDecimal rateDec = BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP);
        BigDecimal executed = adjusted.multiply(rateDec).setScale(2, RoundingMode.HALF_UP);
        BigDecimal executionScore = BigDecimal.TEN.multiply(rateDec).setScale(2, RoundingMode.HALF_UP);
        List<Indicator> indicators = indicators(r, count);
        BigDecimal total = indicators.stream().map(Indicator::score).reduce(executionScore, BigDecimal::add);
        return new Evaluation(kind, name, adjusted, executed, rateDec, executionScore, total, grade(total), indicators);
    }

    /** Indicators whose weights add up to 90 (execution weighs 10). */
    private static List<Indicator> indicators(SplittableRandom r, int count) {
        int[] weights = new int[count];
        int left = 90;
        for (int i = 0; i < count; i++) {
            weights[i] = i == count - 1 ? left : Math.max(1, Math.min(left - (count - i - 1), 2 + r.nextInt(8)));
            left -= weights[i];
        }
        List<Indicator> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(indicator(r, i, BigDecimal.valueOf(weights[i])));
        }
        return list;
    }

    private static Indicator indicator(SplittableRandom r, int i, BigDecimal w) {
        boolean missed = r.nextDouble() < 0.07;
        boolean sloppy = r.nextDouble() < 0.03; // a self-score that departs from the rules
        switch (i % 10) {
            case 0 -> {
                int a = 2 + r.nextInt(20);
                long b = Math.round(a * 10000 * (missed ? 0.6 + r.nextDouble() * 0.35 : 1 + r.nextDouble() * 0.3));
                BigDecimal score = missed && !sloppy ? ratio(w, b, a * 10000L) : w;
                return new Indicator("产出指标", "数量指标", "办理审批服务事项件数", "≥" + a + "万件", b + "件", w, score);
            }
            case 1 -> {
                BigDecimal cap = money(10 + r.nextDouble() * 500);
                BigDecimal spent = cap.multiply(
                                BigDecimal.valueOf(missed ? 1.02 + r.nextDouble() * 0.2 : 0.6 + r.nextDouble() * 0.4))
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal score = sloppy
                        ? w.multiply(spent).divide(cap, 2, RoundingMode.HALF_UP).min(w)
                        : missed ? ratio(w, cap, spent) : w;
                return new Indicator(
                        "成本指标", "经济成本指标", "项目经费支出", "≤" + plain(cap) + "万元", plain(spent) + "万元", w, score);
            }
            case 2 -> {
                String actual = missed ? (95 + r.nextInt(5)) + "%" : "100%";
                return new Indicator(
                        "产出指标",
                        "质量指标",
                        "审批事项办理准确率",
                        "=100%",
                        actual,
                        w,
                        missed && !sloppy
                                ? w.multiply(new BigDecimal(actual.replace("%", "")))
                                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                                : w);
            }
            case 3 -> {
                String actual = missed
                        ? (85 + r.nextInt(9)) + "%"
                        : r.nextBoolean() ? "≥95%" : (96 + r.nextInt(4)) + "." + r.nextInt(10) + "%";
                BigDecimal score = missed && !sloppy
                        ? ratio(w, new BigDecimal(actual.replace("%", "")), BigDecimal.valueOf(95))
                        : w;
                return new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", actual, w, score);
            }
            case 4 -> {
                String actual = missed ? "有待提升" : r.nextBoolean() ? "提高" : "得到提升";
                return new Indicator(
                        "效益指标",
                        "社会效益指标",
                        "提升政务服务效能",
                        "提高",
                        actual,
                        w,
                        missed && !sloppy ? w.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP) : w);
            }
            case 5 -> {
                String actual = missed ? "次年1月15日" : r.nextBoolean() ? "12月31日前" : "12月" + (10 + r.nextInt(20)) + "日";
                return new Indicator(
                        "产出指标", "时效指标", "年度任务完成时间", "12月31日前", actual, w, missed && !sloppy ? BigDecimal.ZERO : w);
            }
            case 6 -> {
                int n = 4 + r.nextInt(20);
                String actual = missed ? (r.nextBoolean() ? "不足" + n + "次" : (n / 2) + "次") : (n + r.nextInt(5)) + "次";
                BigDecimal score = missed && !sloppy ? ratio(w, n / 2, n) : w;
                return new Indicator("产出指标", "数量指标", "设备维护次数", "≥" + n + "次", actual, w, score);
            }
            case 7 -> {
                int cap = 100 + r.nextInt(900);
                int cost = missed ? cap + 1 + r.nextInt(200) : cap - r.nextInt(cap / 3);
                return new Indicator(
                        "成本指标",
                        "经济成本指标",
                        "单件成本",
                        "≤" + cap + "元/件",
                        cost + "元/件",
                        w,
                        missed && !sloppy ? ratio(w, cap, cost) : w);
            }
            case 8 -> {
                return new Indicator(
                        "效益指标",
                        "可持续影响指标",
                        "保障机构正常运转",
                        "保障",
                        missed ? "基本保障" : "保障",
                        w,
                        missed ? w.multiply(new BigDecimal("0.7")).setScale(2, RoundingMode.HALF_UP) : w);
            }
            default -> {
                int a = 100 + r.nextInt(5000);
                int b = missed ? a - 1 - r.nextInt(a / 2) : a + r.nextInt(a);
                BigDecimal score = sloppy && b > a
                        ? w.multiply(BigDecimal.valueOf(a)).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP)
                        : missed ? ratio(w, b, a) : w;
                return new Indicator("产出指标", "数量指标", "服务企业户数", "≥" + a + "户", b + "户", w, score);
            }
        }
    }

    private static BigDecimal ratio(BigDecimal w, long num, long den) {
        return ratio(w, BigDecimal.valueOf(num), BigDecimal.valueOf(den));
    }

    private static BigDecimal ratio(BigDecimal w, BigDecimal num, BigDecimal den) {
        return w.multiply(num).divide(den, 2, RoundingMode.HALF_UP).min(w);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String grade(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(90)) >= 0
                ? "优"
                : total.compareTo(BigDecimal.valueOf(80)) >= 0
                        ? "良"
                        : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }
}
