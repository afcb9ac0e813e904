package com.jixiao.insight.briefing;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.evaluation.reasons.ReasonClass;
import com.jixiao.insight.targets.ReasonBreakdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a briefing says, in one language, made from its figures only: the title and scope, the sentences of the
 * summary, the labelled rows of its tables. Both writers (DOCX, PDF) lay this out, so the two files always agree.
 * Figures are formatted as the screens format them ({@link Formats}); arguments go into the bundle's patterns as
 * text, so MessageFormat never reformats a number (2024 would become "2,024").
 */
public final class BriefingText {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A row of a two-column table: a label and its figure. */
    public record Line(String label, String value) {}

    private final Briefing b;
    private final Messages m;

    public BriefingText(Briefing briefing, Messages messages) {
        this.b = briefing;
        this.m = messages;
    }

    public String text(String key, Object... args) {
        return m.get(key, args);
    }

    /** 2024年湖北省 / 2022–2024年全部地区 */
    public String scopeName() {
        return years() + region();
    }

    /** 2024年湖北省预算绩效分析简报 */
    public String title() {
        return text("briefing.title", scopeName());
    }

    public String region() {
        return b.scope().regionName().orElseGet(() -> text("briefing.allRegions"));
    }

    /** The years as asked for, or those the store holds in scope when none were: 2024年, 2022–2024年. */
    public String years() {
        Optional<Integer> from = b.scope().fromYear();
        Optional<Integer> to = b.scope().toYear();
        if (from.isEmpty() && !b.years().isEmpty()) {
            from = Optional.of(b.years().getFirst().year());
            to = Optional.of(b.years().getLast().year());
        }
        if (from.isEmpty()) {
            return "";
        }
        return from.get().equals(to.get())
                ? text("briefing.year", String.valueOf(from.get()))
                : text("briefing.yearRange", String.valueOf(from.get()), String.valueOf(to.get()));
    }

    /** The lines under the title: scope, date, source, and the synthetic-data note where it applies. */
    public List<String> preamble() {
        List<String> lines = new ArrayList<>();
        lines.add(text(
                "briefing.scope",
                b.scope().region().orElseGet(() -> text("briefing.allRegions")),
                years().isEmpty() ? text("briefing.allYears") : years()));
        lines.add(text("export.generatedAt", b.generatedAt().format(GENERATED)));
        lines.add(text("export.source"));
        return lines;
    }

    public Optional<String> syntheticNote() {
        return b.synthetic() ? Optional.of(text("briefing.synthetic")) : Optional.empty();
    }

    /** The summary: each sentence made from the figures. */
    public List<String> sentences() {
        List<String> s = new ArrayList<>();
        Overview.Kpis k = b.kpis();
        if (k.units() == 0) {
            s.add(text("briefing.sentence.empty", scopeName()));
            return s;
        }
        s.add(text(
                "briefing.sentence.headline",
                scopeName(),
                String.valueOf(k.units()),
                String.valueOf(k.reports()),
                money(k.adjustedBudget()),
                money(k.executed()),
                rate(k.weightedExecutionRate())));
        change().ifPresent(s::add);
        if (b.years().size() > 1) {
            s.add(text(
                    "briefing.sentence.byYear",
                    b.years().stream()
                            .map(y -> text("briefing.year", String.valueOf(y.year())) + rate(y.rate()))
                            .collect(Collectors.joining("，"))));
        }
        if (k.meanReportedScore() != null && k.meanRecomputedScore() != null) {
            BigDecimal gap = k.meanReportedScore().subtract(k.meanRecomputedScore());
            s.add(text(
                    Formats.score(gap.abs()).equals("0")
                            ? "briefing.sentence.scores.same"
                            : gap.signum() > 0 ? "briefing.sentence.scores.above" : "briefing.sentence.scores.below",
                    Formats.score(k.meanReportedScore()),
                    Formats.score(k.meanRecomputedScore()),
                    Formats.score(gap.abs())));
        }
        s.add(low());
        s.add(reasons());
        s.add(flags());
        return s;
    }

    /** The last year's rate against the year before it, in percentage points. */
    private Optional<String> change() {
        if (b.years().isEmpty()) {
            return Optional.empty();
        }
        Briefing.YearRate last = b.years().getLast();
        Optional<Briefing.YearRate> previous =
                b.years().size() > 1 ? Optional.of(b.years().get(b.years().size() - 2)) : b.yearBefore();
        String lastYear = String.valueOf(last.year());
        if (previous.isEmpty() || previous.get().year() != last.year() - 1) {
            return Optional.of(text("briefing.sentence.change.none", lastYear, String.valueOf(last.year() - 1)));
        }
        BigDecimal points =
                last.rate().subtract(previous.get().rate()).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        String prior = String.valueOf(previous.get().year());
        String priorRate = Formats.rate(previous.get().rate());
        String key = points.signum() > 0
                ? "briefing.sentence.change.up"
                : points.signum() < 0 ? "briefing.sentence.change.down" : "briefing.sentence.change.same";
        return Optional.of(text(
                key,
                lastYear,
                Formats.rate(last.rate()),
                prior,
                priorRate,
                points.abs().toPlainString()));
    }

    private String low() {
        String amber = Formats.rate(b.amberFrom());
        if (b.lowUnitCount() == 0) {
            return text("briefing.sentence.low.none", amber);
        }
        String names = b.lowUnits().stream()
                .map(u -> text(
                        "briefing.unitYearRate", u.unitName(), String.valueOf(u.fiscalYear()), rate(u.executionRate())))
                .collect(Collectors.joining("、"));
        return text(
                "briefing.sentence.low",
                amber,
                String.valueOf(b.lowUnitCount()),
                names + (b.lowUnitCount() > b.lowUnits().size() ? text("briefing.andOthers") : ""));
    }

    private String reasons() {
        ReasonBreakdown r = b.reasons();
        if (r.total() == 0) {
            return text("briefing.sentence.reasons.empty");
        }
        Optional<ReasonClass> main = r.mainCause();
        if (main.isEmpty()) {
            return text("briefing.sentence.reasons.none", String.valueOf(r.total()));
        }
        int n = r.count(main.get());
        return text(
                "briefing.sentence.reasons",
                String.valueOf(r.total()),
                String.valueOf(r.withCause()),
                text(main.get().i18nKey()),
                String.valueOf(n),
                share(n, r.withCause()));
    }

    private String flags() {
        int total = b.kpis().auditFlags();
        if (total == 0 || b.flags().isEmpty()) {
            return text("briefing.sentence.flags.none");
        }
        Briefing.FlagCount most = b.flags().getFirst();
        return text(
                "briefing.sentence.flags", String.valueOf(total), flagName(most.kind()), String.valueOf(most.count()));
    }

    /** The KPI table's rows, as the overview's cards show them. */
    public List<Line> kpis() {
        Overview.Kpis k = b.kpis();
        return List.of(
                new Line(text("briefing.kpi.units"), String.valueOf(k.units())),
                new Line(text("briefing.kpi.reports"), String.valueOf(k.reports())),
                new Line(text("briefing.kpi.adjusted"), money(k.adjustedBudget())),
                new Line(text("briefing.kpi.executed"), money(k.executed())),
                new Line(text("briefing.kpi.rate"), rate(k.weightedExecutionRate())),
                new Line(text("briefing.kpi.reportedScore"), score(k.meanReportedScore())),
                new Line(text("briefing.kpi.recomputedScore"), score(k.meanRecomputedScore())),
                new Line(text("briefing.kpi.unmet"), String.valueOf(k.unmetTargets())),
                new Line(text("briefing.kpi.flags"), String.valueOf(k.auditFlags())));
    }

    /** The headers of the unit tables. */
    public List<String> unitHeaders() {
        return List.of(
                text("briefing.col.rank"),
                text("briefing.col.unit"),
                text("briefing.col.region"),
                text("briefing.col.year"),
                text("briefing.col.adjusted"),
                text("briefing.col.executed"),
                text("briefing.col.rate"),
                text("briefing.col.score"),
                text("briefing.col.unmet"));
    }

    /** A unit table's rows, numbered from 1. */
    public List<List<String>> unitRows(List<Overview.UnitYear> units) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Overview.UnitYear u : units) {
            rows.add(List.of(
                    String.valueOf(++n),
                    u.unitName(),
                    u.regionPath(),
                    String.valueOf(u.fiscalYear()),
                    money(u.adjustedBudget()),
                    money(u.executed()),
                    rate(u.executionRate()),
                    score(u.reportedScore()),
                    String.valueOf(u.unmetTargets())));
        }
        return rows;
    }

    /** The reasons table: class, count, share of all unmet targets. */
    public List<List<String>> reasonRows() {
        ReasonBreakdown r = b.reasons();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<ReasonClass, Integer> e : r.totals().entrySet()) {
            rows.add(List.of(text(e.getKey().i18nKey()), String.valueOf(e.getValue()), share(e.getValue(), r.total())));
        }
        return rows;
    }

    public List<List<String>> flagRows() {
        return b.flags().stream()
                .map(f -> List.of(flagName(f.kind()), String.valueOf(f.count())))
                .toList();
    }

    private String flagName(String kind) {
        return text("flag." + kind + ".short");
    }

    private String money(BigDecimal v) {
        return v == null ? text("value.notReported") : Formats.money(v);
    }

    private String rate(BigDecimal v) {
        return v == null ? text("value.notReported") : Formats.rate(v);
    }

    private String score(BigDecimal v) {
        return v == null ? text("value.notReported") : Formats.score(v);
    }

    /** n of total as a percentage with one decimal: 37.5%. */
    static String share(int n, int total) {
        return total == 0
                ? ""
                : BigDecimal.valueOf(n * 100L)
                                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                                .toPlainString()
                        + "%";
    }
}
