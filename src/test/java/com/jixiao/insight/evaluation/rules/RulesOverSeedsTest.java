package com.jixiao.insight.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.ingest.model.ReportDocument;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.store.SeedReports;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules engine over every indicator of the five seed reports, with the known cases asserted exactly. */
class RulesOverSeedsTest {

    record Assessed(String seed, ReportDocument doc, EvaluationReport report, EvaluationAssessment result) {}

    private static final List<Assessed> ALL = new ArrayList<>();

    @BeforeAll
    static void assessEverySeed() {
        for (var seed : SeedReports.all()) {
            for (EvaluationReport r : seed.document().reports()) {
                ALL.add(new Assessed(
                        seed.name(), seed.document(), r, EvaluationAssessor.assess(input(seed.document(), r))));
            }
        }
        printReport();
    }

    static EvaluationAssessor.Input input(ReportDocument doc, EvaluationReport r) {
        return new EvaluationAssessor.Input(
                r.adjustedBudget(),
                r.executed(),
                r.executionRate(),
                r.executionWeight(),
                r.executionScore(),
                r.totalScore(),
                r.grade(),
                r.indicators().stream()
                        .map(i -> new IndicatorAssessor.Input(
                                i.category(), i.target(), i.actual(), i.weight(), i.score()))
                        .toList(),
                doc.contradictions().stream()
                        .filter(c -> r.name().equals(c.report()))
                        .map(c -> new EvaluationAssessor.Contradiction(c.field(), c.keptValue(), c.otherValue()))
                        .toList());
    }

    @Test
    void everyIndicatorOfEverySeedHasAStatus() {
        long indicators =
                ALL.stream().mapToLong(a -> a.result().indicators().size()).sum();
        assertThat(indicators).isEqualTo(474);
        assertThat(ALL)
                .allSatisfy(a -> assertThat(a.result().indicators()).allSatisfy(i -> {
                    assertThat(i.status()).isNotNull();
                    assertThat(i.reason()).isNotNull();
                    assertThat(i.direction()).isNotNull();
                }));
        // Not assessable stays a minority, and every one of them carries its reason (printed above).
        long notAssessable = ALL.stream()
                .mapToLong(a -> a.result().count(Status.NOT_ASSESSABLE))
                .sum();
        assertThat(notAssessable).isLessThan(indicators / 10);
    }

    @Test
    void zhangdianStaffCountIsANegativeIndicatorScoredAsPositive() {
        IndicatorAssessment staff = indicator("003", "聘用人员数量");
        assertThat(staff.status()).isEqualTo(Status.MET);
        assertThat(staff.direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(staff.recomputedScore()).isEqualByComparingTo("8");
        assertThat(staff.flags()).extracting(AuditFlag::kind).containsExactly(FlagKind.NEGATIVE_SCORED_AS_POSITIVE);
        assertThat(staff.flags().getFirst().reported()).isEqualTo("5.73");
    }

    @Test
    void zhangdianWindowsMissedAndScoredByTheRule() {
        IndicatorAssessment windows = indicator("003", "实现一窗受理窗口数量");
        assertThat(windows.status()).isEqualTo(Status.UNMET);
        assertThat(windows.recomputedScore()).isEqualByComparingTo("6.10"); // 8 × 16/21
        assertThat(windows.shortfallRate())
                .isEqualByComparingTo(new BigDecimal("5").divide(new BigDecimal("21"), MathContext.DECIMAL64));
        assertThat(windows.flags()).isEmpty();
    }

    @Test
    void zhangdianUniformsAndLicencesAndMaintenance() {
        IndicatorAssessment uniforms = indicator("003", "制作工装数量");
        assertThat(uniforms.status()).isEqualTo(Status.MET); // ≤300套, 191套
        assertThat(uniforms.recomputedScore()).isEqualByComparingTo("10");
        assertThat(uniforms.flags()).extracting(AuditFlag::kind).containsExactly(FlagKind.NEGATIVE_SCORED_AS_POSITIVE);

        IndicatorAssessment licences = indicator("003", "各类证照印刷数量");
        assertThat(licences.status()).isEqualTo(Status.UNMET);
        assertThat(licences.recomputedScore()).isEqualByComparingTo("8.07");
        assertThat(licences.flags()).isEmpty();

        IndicatorAssessment devices = indicator("003", "负责维护张店市民中心硬件设备数量");
        assertThat(devices.status()).isEqualTo(Status.MET);
        assertThat(devices.recomputedScore()).isEqualByComparingTo("10");
        assertThat(devices.flags()).extracting(AuditFlag::kind).containsExactly(FlagKind.OVER_ACHIEVEMENT_PENALISED);
        assertThat(devices.flags().getFirst().reported()).isEqualTo("6.5");
    }

    @Test
    void zhangdianHallExecutionScore() {
        EvaluationAssessment hall = evaluation("003", "政务服务大厅费用");
        assertThat(hall.recomputedExecutionRate()).isEqualByComparingTo("0.5465");
        assertThat(hall.recomputedExecutionScore()).isEqualByComparingTo("5.47");
        assertThat(hall.flags()).noneMatch(f -> f.kind() == FlagKind.EXECUTION_SCORE_MISMATCH);
    }

    @Test
    void hongshanMissedTargets() {
        assertThat(indicator("000", "专家评审人次").status()).isEqualTo(Status.UNMET);
        assertThat(ALL.stream()
                        .filter(a -> a.seed().startsWith("000"))
                        .flatMap(a -> zip(a).stream())
                        .filter(p -> "新开办企业免费刻章数量".equals(p.name()))
                        .map(p -> p.assessment().status())
                        .toList())
                .containsOnly(Status.UNMET);
        EvaluationAssessment overall = evaluation("000", "部门整体支出");
        assertThat(overall.recomputedExecutionScore()).isEqualByComparingTo("19.80");
        assertThat(overall.flags()).noneMatch(f -> f.kind() == FlagKind.EXECUTION_RATE_MISMATCH);
    }

    @Test
    void wuweiProjectTotalsDifferFromTheSumOfTheirParts() {
        List<Assessed> projects = ALL.stream()
                .filter(a -> a.seed().startsWith("004") && a.report().kind().equals("project"))
                .toList();
        assertThat(projects).hasSize(3);
        assertThat(projects)
                .allSatisfy(a -> assertThat(a.result().flags())
                        .extracting(AuditFlag::kind)
                        .contains(FlagKind.TOTAL_MISMATCH));
        assertThat(evaluation("004", "政务服务经费").flags()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.TOTAL_MISMATCH);
            assertThat(new BigDecimal(f.recomputed())).isGreaterThan(new BigDecimal(f.reported()));
        });
    }

    @Test
    void gedianInvestmentAndJianghanTraining() {
        IndicatorAssessment investment = indicator("002", "招商工作完成率");
        assertThat(investment.status()).isEqualTo(Status.UNMET);
        assertThat(investment.shortfallRate()).isEqualByComparingTo("0.83");
        IndicatorAssessment training = ALL.stream()
                .filter(a -> a.seed().startsWith("001"))
                .flatMap(a -> zip(a).stream())
                .filter(p -> "组织工作人员学习培训次数".equals(p.name()) && p.actual().contains("12"))
                .findFirst()
                .orElseThrow()
                .assessment();
        assertThat(training.status()).isEqualTo(Status.UNMET);
        assertThat(training.direction()).isEqualTo(Direction.POSITIVE);
        assertThat(training.shortfallRate()).isEqualByComparingTo("0.4");
    }

    @Test
    void zhangdianGradesFollowTheirScores() {
        assertThat(ALL.stream().filter(a -> a.seed().startsWith("003")))
                .allSatisfy(a -> assertThat(a.result().flags())
                        .noneMatch(f -> f.kind() == FlagKind.GRADE_MISMATCH || f.kind() == FlagKind.TOTAL_MISMATCH));
    }

    @Test
    void jianghanNarrativeContradictionIsFlagged() {
        assertThat(evaluation("001", "行政审批工作经费").flags()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.NARRATIVE_CONTRADICTION);
            assertThat(f.reported()).isEqualTo("80.49");
            assertThat(f.detail()).contains("8.49");
        });
    }

    record Pair(String name, String actual, IndicatorAssessment assessment) {}

    private static List<Pair> zip(Assessed a) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a.report().indicators().size(); i++) {
            var row = a.report().indicators().get(i);
            pairs.add(new Pair(
                    row.name(),
                    String.valueOf(row.actual()),
                    a.result().indicators().get(i)));
        }
        return pairs;
    }

    private static IndicatorAssessment indicator(String seed, String name) {
        return ALL.stream()
                .filter(a -> a.seed().startsWith(seed))
                .flatMap(a -> zip(a).stream())
                .filter(p -> name.equals(p.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name))
                .assessment();
    }

    private static EvaluationAssessment evaluation(String seed, String name) {
        return ALL.stream()
                .filter(a -> a.seed().startsWith(seed) && a.report().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name))
                .result();
    }

    /** The summary the closing note quotes: statuses and flags per report, and every not-assessable case. */
    private static void printReport() {
        System.out.println("== Rules engine over the seed reports ==");
        Map<String, Map<Status, Long>> statuses = new TreeMap<>();
        Map<String, Map<FlagKind, Long>> flags = new TreeMap<>();
        List<String> notAssessable = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Assessed a : ALL) {
            String key = a.seed().substring(0, 3) + " " + a.doc().unit();
            var s = statuses.computeIfAbsent(key, k -> new EnumMap<>(Status.class));
            var f = flags.computeIfAbsent(key, k -> new EnumMap<>(FlagKind.class));
            a.result().flags().forEach(x -> f.merge(x.kind(), 1L, Long::sum));
            a.result().flags().stream()
                    .filter(x -> x.kind() != FlagKind.NARRATIVE_CONTRADICTION)
                    .forEach(x ->
                            details.add(key.substring(0, 3) + " " + a.report().name() + ": " + x));
            for (Pair p : zip(a)) {
                s.merge(p.assessment().status(), 1L, Long::sum);
                p.assessment().flags().forEach(x -> f.merge(x.kind(), 1L, Long::sum));
                p.assessment().flags().forEach(x -> details.add(key.substring(0, 3) + " " + p.name() + ": " + x));
                if (p.assessment().status() == Status.NOT_ASSESSABLE) {
                    var row = a.report().indicators().get(zip(a).indexOf(p));
                    notAssessable.add(key.substring(0, 3) + " " + row.name() + ": " + row.target() + " | "
                            + row.actual() + " -> " + p.assessment().reason());
                }
            }
        }
        statuses.forEach((k, v) -> System.out.println("statuses " + k + ": " + v));
        flags.forEach((k, v) -> System.out.println("flags    " + k + ": " + v));
        System.out.println("flags in detail (narrative contradictions aside):");
        details.forEach(d -> System.out.println("  " + d));
        System.out.println("not assessable (" + notAssessable.size() + "):");
        notAssessable.forEach(n -> System.out.println("  " + n));
    }
}
