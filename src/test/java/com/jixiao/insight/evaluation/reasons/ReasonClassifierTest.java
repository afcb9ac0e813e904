package com.jixiao.insight.evaluation.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.evaluation.reasons.ReasonClassification.Basis;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.model.ReportDocument.UnmetGoalRow;
import com.jixiao.insight.ingest.store.SeedReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classifier against the hand-labelled sample of every deviation reason and unmet goal of the five seeds
 * (src/test/resources/reasons/seed-reasons.tsv, labelled before the rules were written), with the agreement
 * printed, and exact cases and properties asserted.
 */
class ReasonClassifierTest {

    record Row(String seed, String where, String text, ReasonClass label, String why) {}

    private static final List<Row> SAMPLE = new ArrayList<>();

    @BeforeAll
    static void readSampleAndPrintAgreement() throws IOException {
        try (InputStream in = ReasonClassifierTest.class.getResourceAsStream("/reasons/seed-reasons.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("seed\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as(line).hasSize(5);
                SAMPLE.add(new Row(f[0], f[1], f[2], ReasonClass.ofCode(f[3]), f[4]));
            }
        }
        print("all rows", row -> true);
        print("rows that give a reason (without 无偏差 and the like)", row -> !isPlaceholder(row.text()));
        printDistinct();
    }

    @Test
    void theSampleHoldsEveryReasonAndUnmetGoalOfTheSeeds() {
        List<List<String>> expected = new ArrayList<>();
        for (var seed : SeedReports.all()) {
            String name = seed.name().replace(".json", "");
            for (EvaluationReport r : seed.document().reports()) {
                int k = 0;
                for (IndicatorRow i : r.indicators()) {
                    k++;
                    if (i.deviationReason() != null && !i.deviationReason().isBlank()) {
                        String indicator = i.name() == null ? "indicator " + k + " (unnamed)" : i.name();
                        expected.add(List.of(name, r.name() + " / " + indicator, i.deviationReason()));
                    }
                }
                int n = 0;
                for (UnmetGoalRow g : r.unmetGoals()) {
                    n++;
                    if (g.text() != null && !g.text().isBlank()) {
                        expected.add(List.of(name, r.name() + " / unmet goal " + n, g.text()));
                    }
                }
            }
        }
        assertThat(SAMPLE.stream().map(s -> List.of(s.seed(), s.where(), s.text())))
                .containsExactlyElementsOf(expected);
        assertThat(SAMPLE).hasSize(134);
    }

    @Test
    void agreementWithTheHandLabelsOnTheSeeds() {
        // Measured: 126 of 134 rows (94.0%); 53 of 61 rows that give a reason (86.9%); 29 of 36 distinct texts
        // (80.6%). The floors sit just below: a change that loses a case has to say so here.
        assertThat(agreement(row -> true)).isGreaterThanOrEqualTo(0.93);
        assertThat(agreement(row -> !isPlaceholder(row.text()))).isGreaterThanOrEqualTo(0.85);
        Map<String, Row> distinct = new LinkedHashMap<>();
        SAMPLE.forEach(r -> distinct.putIfAbsent(r.text(), r));
        assertThat(agreement(distinct.values()::contains)).isGreaterThanOrEqualTo(0.80);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            因采购方案调整，年初计划购买30台国产电脑未能完成。                                    | PLAN_CHANGE          | 方案调整
            政务服务外包费用（2023.7.12-2024.7.11）合同金额921.94万，实际完成721.94万，偏差200万，原因是资金压减，2024.4签订补充协议。 | FUNDS_SHORT | 压减
            2023 年未搬迁导致未发生搬迁相关的费用，故存在偏差                                      | PLAN_CHANGE          | 搬迁
            工作计划有变，部分工作未开展。                                                          | PLAN_CHANGE          | 计划有变
            此项目年中开始实施，未完成计划数，导致存在偏差                                          | IMPLEMENTATION_DELAY | 年中开始
            合同签订期限为 2023 年 4 月至 2024 年 3 月，有一个季度的服务费未支出，故存在偏差。     | CROSS_YEAR           | 合同签订期限为2023年4月至2024年
            实际情况，因资金紧张，印刷数量较预期有所减少。下一步加大资金争取力度，保障业务科室印刷证照需求。 | FUNDS_SHORT | 资金紧张
            年初预算编制不够精准，部分工作未按计划开展，导致存在偏差                                | TARGET_UNREALISTIC   | 预算编制不够精准
            存在个别时间段业务量较为集中时，印章刻制量大，等待时间较长。                            | DEMAND_SHIFT         | 业务量较为集中
            原因: 党建工作思路不宽, 党建和业务工作结合创新举措不够多, 谋划工作的前瞻性和创新性还有待加强。 改进措施: 始终把党的政治建设摆在首位 | CAPACITY_WEAK | 思路不宽
            受疫情影响，项目招标推迟，资金未能及时拨付                                              | FORCE_MAJEURE        | 疫情
            由于人员变动，部分工作进度滞后                                                          | STAFFING             | 人员变动
            资金尚未到位                                                                            | FUNDS_LATE           | 资金尚未到位
            2023 年部门公用经费预算 11.08 万元，实际支出 7.7 万元，则公用经费控制率为 69%，未达到年初目标。 | UNSTATED | ''
            """)
    void clearCases(String text, ReasonClass expected, String firstWords) {
        ReasonClassification c = ReasonClassifier.classify(text);
        assertThat(c.reasonClass()).as(text).isEqualTo(expected);
        if (firstWords.isEmpty()) {
            assertThat(c.matches()).isEmpty();
        } else {
            assertThat(c.matchedWords()).first().isEqualTo(firstWords);
        }
    }

    @Test
    void severalClassesAreDecidedByTheNamedCauseThenByTheRuleOrder() {
        // 因 names tight funds as the cause; the unpaid work is its consequence.
        ReasonClassification named = ReasonClassifier.classify("因财政资金紧张，项目已开展但未进行资金支付");
        assertThat(named.reasonClass()).isEqualTo(ReasonClass.FUNDS_SHORT);
        assertThat(named.basis()).isEqualTo(Basis.NAMED_CAUSE);
        assertThat(named.outranked()).containsExactly(ReasonClass.FUNDS_LATE);
        assertThat(named.matches())
                .extracting(m -> m.words() + ":" + m.namedAsCause())
                .containsExactly("资金紧张:true", "未进行资金支付:false");

        // Nothing singles out a cause: FUNDS_LATE comes before IMPLEMENTATION_DELAY in the rule order.
        ReasonClassification ordered = ReasonClassifier.classify("项目进度滞后，资金拨付较晚");
        assertThat(ordered.reasonClass()).isEqualTo(ReasonClass.FUNDS_LATE);
        assertThat(ordered.basis()).isEqualTo(Basis.RULE_ORDER);
        assertThat(ordered.confidence()).isEqualTo(ReasonClassification.Confidence.LOW);

        // Self-criticism beside a budget judgement: the judgement is more specific and ranks first.
        ReasonClassification both = ReasonClassifier.classify("2023 年单位根据年初计划实施内容测算预算额度，但测算依据不够充分，预算编制不够合理。");
        assertThat(both.reasonClass()).isEqualTo(ReasonClass.TARGET_UNREALISTIC);
        assertThat(both.outranked()).containsExactly(ReasonClass.CAPACITY_WEAK);
    }

    @Test
    void onlyTheReasonPartIsClassified() {
        ReasonClassification c = ReasonClassifier.classify("原因：12345便民热线接通率还不高。改进措施：加强话务人员队伍建设，争取资金，解决人员不足问题。");
        assertThat(c.reasonClass()).isEqualTo(ReasonClass.CAPACITY_WEAK);
        assertThat(c.reasonPart()).isEqualTo("12345便民热线接通率还不高");
        assertThat(c.improvementPart()).startsWith("改进措施:加强话务人员队伍建设");
        assertThat(c.matches()).extracting(ReasonClassification.Match::words).containsExactly("还不高");

        // 下一步 / 今后 start the improvement part too; a text that is only improvement gives no reason.
        ReasonClassification next = ReasonClassifier.classify("因人员离职，工装数量减少，下一步将严格绩效目标编制，防止误差较大。");
        assertThat(next.reasonClass()).isEqualTo(ReasonClass.STAFFING);
        assertThat(next.basis()).isEqualTo(Basis.ONE_CLASS);
        assertThat(next.improvementPart()).isEqualTo("下一步将严格绩效目标编制,防止误差较大");
        // A marker inside a clause is part of the reason.
        assertThat(ReasonClassifier.classify("按照上级建议调整了工作计划，导致偏差").reasonClass())
                .isEqualTo(ReasonClass.PLAN_CHANGE);
        ReasonClassification none = ReasonClassifier.classify("原因：无。改进措施：继续保持。");
        assertThat(none.reasonClass()).isEqualTo(ReasonClass.UNSTATED);
        assertThat(none.basis()).isEqualTo(Basis.PLACEHOLDER);
        assertThat(none.improvementPart()).isEqualTo("改进措施:继续保持");
        ReasonClassification onlyImprovement = ReasonClassifier.classify("改进措施：科学编制预算，提前做好市场调查。");
        assertThat(onlyImprovement.reasonClass()).isEqualTo(ReasonClass.UNSTATED);
        assertThat(onlyImprovement.basis()).isEqualTo(Basis.IMPROVEMENT_ONLY);
    }

    @Test
    void aCauseTheTableDoesNotKnowIsOtherAndARestatedGapIsUnstated() {
        ReasonClassification unknown = ReasonClassifier.classify("因系统升级改造，导致数据统计口径不一致。");
        assertThat(unknown.reasonClass()).isEqualTo(ReasonClass.OTHER);
        assertThat(unknown.basis()).isEqualTo(Basis.UNKNOWN_CAUSE);
        ReasonClassification restated =
                ReasonClassifier.classify("2023 年单位政府采购调整后预算 456.1 万元，实际发生277.22 万元,执行率为 61%,未达到年初目标。");
        assertThat(restated.reasonClass()).isEqualTo(ReasonClass.UNSTATED);
        assertThat(restated.basis()).isEqualTo(Basis.NO_CAUSE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"无", "/", "／", " 无。", "无偏差", "不涉及", "—", "  ", "无 偏 差", "-", "。"})
    void noReasonIsUnstated(String text) {
        ReasonClassification c = ReasonClassifier.classify(text);
        assertThat(c.reasonClass()).isEqualTo(ReasonClass.UNSTATED);
        assertThat(c.basis()).isIn(Basis.EMPTY, Basis.PLACEHOLDER);
        assertThat(c.confidence()).isEqualTo(ReasonClassification.Confidence.HIGH);
    }

    @Test
    void fullWidthAndHalfWidthClassifyTheSame() {
        for (Row row : SAMPLE) {
            ReasonClassification plain = ReasonClassifier.classify(row.text());
            for (String variant : List.of(fullWidth(row.text()), halfWidth(row.text()), spaced(row.text()))) {
                ReasonClassification other = ReasonClassifier.classify(variant);
                assertThat(other.reasonClass()).as(variant).isEqualTo(plain.reasonClass());
                assertThat(other.basis()).as(variant).isEqualTo(plain.basis());
                assertThat(other.matches()).as(variant).isEqualTo(plain.matches());
                assertThat(other.reasonPart()).as(variant).isEqualTo(plain.reasonPart());
            }
        }
    }

    @Test
    void everyClassMatchedReportsItsWords() {
        for (Row row : SAMPLE) {
            ReasonClassification c = ReasonClassifier.classify(row.text());
            if (c.reasonClass().isCause()) {
                assertThat(c.matchedWords()).as(row.text()).isNotEmpty();
                assertThat(c.matches())
                        .allSatisfy(m -> assertThat(c.reasonPart()
                                        .substring(
                                                m.start(), m.start() + m.words().length()))
                                .isEqualTo(m.words()));
            }
        }
    }

    @Test
    void theRuleTableCoversEveryCauseInRuleOrder() {
        assertThat(ReasonClassifier.phrases().keySet())
                .containsExactlyElementsOf(Arrays.stream(ReasonClass.values())
                        .filter(ReasonClass::isCause)
                        .toList());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static boolean isPlaceholder(String text) {
        return ReasonClassifier.classify(text).basis() == Basis.PLACEHOLDER;
    }

    private static double agreement(Predicate<Row> which) {
        List<Row> rows = SAMPLE.stream().filter(which).toList();
        long agree = rows.stream()
                .filter(r -> ReasonClassifier.classify(r.text()).reasonClass() == r.label())
                .count();
        return (double) agree / rows.size();
    }

    private static void print(String title, Predicate<Row> which) {
        List<Row> rows = SAMPLE.stream().filter(which).toList();
        Map<String, List<Row>> confusion = new TreeMap<>();
        int agree = 0;
        for (Row r : rows) {
            ReasonClass got = ReasonClassifier.classify(r.text()).reasonClass();
            if (got == r.label()) {
                agree++;
            } else {
                confusion
                        .computeIfAbsent(r.label() + " -> " + got, k -> new ArrayList<>())
                        .add(r);
            }
        }
        System.out.printf(
                "Reasons, %s: %d / %d agree with the hand labels (%.1f%%)%n",
                title, agree, rows.size(), 100.0 * agree / rows.size());
        confusion.forEach((pair, list) -> System.out.printf(
                "  label %s: %d, e.g. %s «%s»%n",
                pair,
                list.size(),
                list.getFirst().seed().substring(0, 3),
                list.getFirst().text()));
    }

    private static void printDistinct() {
        Map<String, Row> distinct = new LinkedHashMap<>();
        SAMPLE.forEach(r -> distinct.putIfAbsent(r.text(), r));
        long agree = distinct.values().stream()
                .filter(r -> ReasonClassifier.classify(r.text()).reasonClass() == r.label())
                .count();
        System.out.printf(
                "Reasons, distinct texts: %d / %d agree (%.1f%%)%n",
                agree, distinct.size(), 100.0 * agree / distinct.size());
        Map<ReasonClass, int[]> byClass = new TreeMap<>();
        for (Row r : SAMPLE) {
            int[] counts = byClass.computeIfAbsent(r.label(), k -> new int[2]);
            counts[0]++;
            if (ReasonClassifier.classify(r.text()).reasonClass() == r.label()) {
                counts[1]++;
            }
        }
        byClass.forEach((c, n) -> System.out.printf("  %-22s labelled %3d, classified alike %3d%n", c, n[0], n[1]));
    }

    /** ASCII as full-width forms, and the CJK punctuation the reports mix in as its full-width form. */
    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == ' ') {
                b.append('\u3000');
            } else if (c > ' ' && c < 0x7f) {
                b.append((char) (c - 0x21 + 0xff01));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Full-width forms as ASCII, and the CJK comma, colon and parentheses as their ASCII counterparts. */
    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0xff01 && c <= 0xff5e) {
                b.append((char) (c - 0xff01 + 0x21));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The report's text with stray spaces, as PDF extraction leaves them ("2023 年"). */
    private static String spaced(String s) {
        return " " + s.replace("，", "， ").replace("年", " 年 ") + " ";
    }
}
