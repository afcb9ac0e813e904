package com.jixiao.insight.evaluation.reasons;

import com.jixiao.insight.evaluation.reasons.ReasonClassification.Basis;
import com.jixiao.insight.evaluation.reasons.ReasonClassification.Match;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a deviation reason or unmet-goal text into a {@link ReasonClass} by a table of phrases, no learning
 * (docs/decisions/0007-reasons.md):
 *
 * <ol>
 *   <li>Normalise (NFKC, no whitespace) and keep only the reason part: improvement measures are cut off.
 *   <li>Empty, a placeholder (无, /, 不涉及, 无偏差) or improvement measures only → {@link ReasonClass#UNSTATED}.
 *   <li>Find every phrase of every class. None: {@link ReasonClass#OTHER} if the text names a cause anyway (因,
 *       由于, 导致 …), else {@link ReasonClass#UNSTATED} (the gap restated, or something beside the point).
 *   <li>One class matched: it. Several: the one whose phrase stands where the text names its cause (after 因,
 *       由于, 原因是; inside 受…影响; before 导致, 造成); if that does not single one out, the first in the rule order
 *       ({@link ReasonClass}'s declaration order).
 * </ol>
 */
public final class ReasonClassifier {

    /** Raised whenever a phrase or the decision changes, so that a store can tell stale classes. */
    public static final int VERSION = 1;

    /** The phrase table, class by class in rule order. Patterns run over the normalised reason part. */
    private static final Map<ReasonClass, List<String>> PHRASES =
            Collections.unmodifiableMap(new EnumMap<>(Map.ofEntries(
                    Map.entry(
                            ReasonClass.FORCE_MAJEURE,
                            List.of("疫情", "新冠", "不可抗力", "自然灾害", "洪涝", "汛情", "地震", "极端天气", "暴雨", "台风", "封控", "静默管理")),
                    Map.entry(
                            ReasonClass.CROSS_YEAR,
                            List.of(
                                    "跨年",
                                    "次年",
                                    "下一?年度?(支付|结算|拨付)",
                                    "结转(至|到)?(下一?年|次年)",
                                    "尾款",
                                    "质保金",
                                    "合同.{0,8}期.{0,8}\\d{4}年\\d{1,2}月.{0,3}至\\d{4}年")),
                    Map.entry(
                            ReasonClass.FUNDS_LATE,
                            List.of(
                                    "(资金|经费|款项)(尚未|未能|未|没有)(及时)?(到位|到账|拨付|下达)",
                                    "(拨付|下达|到位|到账|支付)(较晚|较迟|滞后|不及时|延迟|延后)",
                                    "(尚|暂)?未(能)?(及时)?(进行)?(资金)?(支付|拨付|付款)")),
                    Map.entry(
                            ReasonClass.FUNDS_SHORT,
                            List.of(
                                    "(资金|经费|财力|财政|预算)(较为|比较|十分)?(紧张|不足|短缺|紧缺|有限|缺口)",
                                    "压减|削减|核减|调减|缩减",
                                    "过紧日子",
                                    "资金未(安排|落实)")),
                    Map.entry(
                            ReasonClass.PLAN_CHANGE,
                            List.of(
                                    "政策(调整|变化|变动|改变)",
                                    "(计划|方案|安排|部署|规划)(有变|有所调整|调整|变更|变化|改变|取消)",
                                    "(调整|变更|改变)了?(工作)?(计划|方案|安排)",
                                    "搬迁",
                                    "机构改革",
                                    "职能(划转|调整)",
                                    "(项目|工作)(取消|暂停|暂缓|终止|停止)",
                                    "(实时|动态)调整",
                                    "上级.{0,8}(调整|变化|变更)")),
                    Map.entry(
                            ReasonClass.IMPLEMENTATION_DELAY,
                            List.of(
                                    "(年中|下半年|年底)才?(开始|启动|实施)",
                                    "(开始|启动|开工|实施|签订|招标|采购)(时间)?(较晚|较迟|延迟|推迟|滞后)",
                                    "延迟|推迟|延期|滞后|延误",
                                    "进度(缓慢|较慢|慢)",
                                    "流标|废标",
                                    "(合同|协议)(尚未|未能|未|没有)签订",
                                    "(尚未|未)(完工|竣工|验收|完成验收)")),
                    Map.entry(
                            ReasonClass.DEMAND_SHIFT,
                            List.of(
                                    "(业务量|办件量|受理量|办理量|申请量|申报量|需求量|需求|服务量|来件量|咨询量)[^,。]{0,8}?"
                                            + "(减少|下降|降低|不足|较少|萎缩|集中|激增|增加|增多|变化|波动)",
                                    "申请(人|企业)?(减少|较少)")),
                    Map.entry(
                            ReasonClass.STAFFING,
                            List.of(
                                    "人员(不足|短缺|紧缺|紧张|缺乏|较少|变动|调整|调动|离职|流动|流失|调离|空缺)",
                                    "人手(不足|紧张|短缺|少)",
                                    "缺编|空编|人员编制不足",
                                    "离职|辞职",
                                    "(招聘|招录)(未到位|延迟|困难)",
                                    "人才(缺乏|不足|短缺)")),
                    Map.entry(
                            ReasonClass.TARGET_UNREALISTIC,
                            List.of(
                                    "(预算|目标|指标|计划)(编制|设置|设定|制定|测算|确定)?得?(不够|不太|不)(精准|准确|精确|合理|科学|严谨|充分|切合实际|符合实际)",
                                    "测算(依据)?(不够|不)(充分|准确|精准)",
                                    "(目标|指标)值?(设置|设定|定得)?(过高|偏高|过低|偏低)",
                                    "(预期|预计)(过高|偏高|过于乐观)",
                                    "(编制|测算|设置)时?(考虑不周|不够细致|依据不足)")),
                    Map.entry(
                            ReasonClass.CAPACITY_WEAK,
                            List.of(
                                    "有待(提升|提高|加强|完善|改进|优化)",
                                    "(还|仍|尚)(不高|不够|不足|需加强|需加快|需提升|需提高|存在差距|有差距)",
                                    "不够(多|高|深入|完善|到位|健全|充分)",
                                    "(能力|水平|意识|力度)(不足|不强|不够|较弱|薄弱|欠缺)",
                                    "(尚未|未)完全(实现|建立|落实)",
                                    "思路不宽",
                                    "(机制|制度)(不健全|不完善)",
                                    "(管理|工作)(不到位|不规范)")))));

    /** A class's phrases as one alternation, in table order: one pass over the text per class. */
    private record Cue(ReasonClass reasonClass, Pattern pattern) {}

    private static final List<Cue> CUES = compile();

    /** Words that introduce a cause, and how far it reaches (to the end of its clause). */
    private static final Pattern CAUSE_AFTER = Pattern.compile("由于|因为|原因(是|为|在于|:)?|因(?![素此而])|鉴于");

    private static final Pattern CAUSE_AROUND = Pattern.compile("受[^,。]{1,20}?影响");
    /** Words that follow a cause: the clause before them is the cause. */
    private static final Pattern CAUSE_BEFORE = Pattern.compile("导致|造成|致使|以致|所致");
    /** Any word saying a cause is given; with no phrase matched, it makes the text OTHER rather than UNSTATED. */
    private static final Pattern CAUSAL = Pattern.compile(
            CAUSE_AFTER.pattern() + "|" + CAUSE_AROUND.pattern() + "|" + CAUSE_BEFORE.pattern() + "|故(?!障)");

    private ReasonClassifier() {}

    public static ReasonClassification classify(String text) {
        ReasonText t = ReasonText.of(text);
        if (t.placeholder().isPresent()) {
            String p = t.placeholder().get();
            return p.isEmpty()
                    ? new ReasonClassification(ReasonClass.UNSTATED, Basis.EMPTY, List.of(), "", "")
                    : new ReasonClassification(
                            ReasonClass.UNSTATED,
                            Basis.PLACEHOLDER,
                            List.of(new Match(ReasonClass.UNSTATED, p, 0, false)),
                            p,
                            t.improvementPart());
        }
        String reason = t.reasonPart();
        if (reason.isEmpty()) {
            return new ReasonClassification(
                    ReasonClass.UNSTATED, Basis.IMPROVEMENT_ONLY, List.of(), "", t.improvementPart());
        }
        List<Match> matches = matches(reason);
        if (matches.isEmpty()) {
            boolean causal = CAUSAL.matcher(reason).find();
            return new ReasonClassification(
                    causal ? ReasonClass.OTHER : ReasonClass.UNSTATED,
                    causal ? Basis.UNKNOWN_CAUSE : Basis.NO_CAUSE,
                    List.of(),
                    reason,
                    t.improvementPart());
        }
        List<ReasonClass> classes =
                matches.stream().map(Match::reasonClass).distinct().sorted().toList();
        if (classes.size() == 1) {
            return new ReasonClassification(classes.getFirst(), Basis.ONE_CLASS, matches, reason, t.improvementPart());
        }
        List<ReasonClass> named = matches.stream()
                .filter(Match::namedAsCause)
                .map(Match::reasonClass)
                .distinct()
                .sorted()
                .toList();
        if (named.size() == 1) {
            return new ReasonClassification(named.getFirst(), Basis.NAMED_CAUSE, matches, reason, t.improvementPart());
        }
        ReasonClass first = named.isEmpty() ? classes.getFirst() : named.getFirst();
        return new ReasonClassification(first, Basis.RULE_ORDER, matches, reason, t.improvementPart());
    }

    /** The rule table as written, class by class in rule order: for the decision note and the UI's help. */
    public static Map<ReasonClass, List<String>> phrases() {
        return PHRASES;
    }

    private static List<Match> matches(String reason) {
        boolean[] cause = causeSpans(reason);
        List<Match> found = new ArrayList<>();
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(reason);
            while (m.find()) {
                boolean named = false;
                for (int i = m.start(); i < m.end() && !named; i++) {
                    named = cause[i];
                }
                Match match = new Match(cue.reasonClass(), m.group(), m.start(), named);
                if (found.stream().noneMatch(f -> covers(f, match))) {
                    found.removeIf(f -> covers(match, f));
                    found.add(match);
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(Match::reasonClass));
        return found;
    }

    /** Whether {@code a} already says what {@code b} says: the same class over the same or a wider span. */
    private static boolean covers(Match a, Match b) {
        return a.reasonClass() == b.reasonClass()
                && a.start() <= b.start()
                && a.start() + a.words().length() >= b.start() + b.words().length();
    }

    /** Marks the characters that stand where the text names its cause. */
    private static boolean[] causeSpans(String s) {
        boolean[] cause = new boolean[s.length()];
        Matcher after = CAUSE_AFTER.matcher(s);
        while (after.find()) {
            mark(cause, after.end(), clauseEnd(s, after.end()));
        }
        Matcher around = CAUSE_AROUND.matcher(s);
        while (around.find()) {
            mark(cause, around.start(), around.end());
        }
        Matcher before = CAUSE_BEFORE.matcher(s);
        while (before.find()) {
            mark(cause, clauseStart(s, before.start()), before.start());
        }
        return cause;
    }

    private static void mark(boolean[] cause, int from, int to) {
        for (int i = from; i < to; i++) {
            cause[i] = true;
        }
    }

    private static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ',' || s.charAt(i) == '。') {
                return i;
            }
        }
        return s.length();
    }

    private static int clauseStart(String s, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (s.charAt(i) == ',' || s.charAt(i) == '。') {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Cue> compile() {
        List<Cue> cues = new ArrayList<>();
        PHRASES.forEach((c, phrases) ->
                cues.add(new Cue(c, Pattern.compile("(?:" + String.join(")|(?:", phrases) + ")"))));
        return List.copyOf(cues);
    }
}
