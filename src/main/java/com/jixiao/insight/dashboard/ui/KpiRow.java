package com.jixiao.insight.dashboard.ui;

import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.base.ui.KpiCard;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.evaluation.EvaluationRoutes;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.ranking.RankingRoutes;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.targets.TargetRoutes;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The overview's headline figures, each a card that clicks through to the list behind it with the filters kept.
 * Counts carry thousands separators (7,200); sums are in 万元, or in 亿元 from 1 亿 up.
 */
class KpiRow extends Div {

    KpiRow(Overview.Kpis k, Scope scope, DashboardProperties settings) {
        addClassName("kpi-row");
        var q = scope.toParameters();
        String rankings = RankingRoutes.RANKINGS;
        add(new KpiCard(getTranslation("kpi.units"), Formats.count(k.units()), null)
                .linkTo(EvaluationRoutes.SUMMARY, q));
        add(new KpiCard(getTranslation("kpi.reports"), Formats.count(k.reports()), null).linkTo(ProjectRoutes.LIST, q));
        add(money("kpi.adjustedBudget", k.adjustedBudget()).linkTo(rankings, with(q, "metric", "execution-rate")));
        add(money("kpi.executed", k.executed()).linkTo(rankings, with(q, "metric", "execution-rate")));
        BigDecimal weighted = k.weightedExecutionRate();
        KpiCard rate = new KpiCard(
                        getTranslation("kpi.weightedRate"),
                        weighted == null ? getTranslation("value.notReported") : Formats.rate(weighted),
                        null)
                .linkTo(rankings, with(q, "metric", "execution-rate"));
        if (weighted != null) {
            String level = settings.rateThresholds().level(weighted).name().toLowerCase(Locale.ROOT);
            rate.level(level, getTranslation("level." + level));
        }
        add(rate);
        add(new KpiCard(
                        getTranslation("kpi.meanScore"),
                        score(k.meanReportedScore()) + " / " + score(k.meanRecomputedScore()),
                        getTranslation("kpi.meanScore.hint"))
                .linkTo(rankings, with(q, "metric", "recomputed-score")));
        add(new KpiCard(getTranslation("kpi.unmet"), Formats.count(k.unmetTargets()), null)
                .linkTo(TargetRoutes.UNMET, q));
        add(new KpiCard(getTranslation("kpi.flags"), Formats.count(k.auditFlags()), null)
                .linkTo(ProjectRoutes.LIST, with(q, "flag", "any")));
    }

    /** A sum in the unit its size calls for; the unit under the figure. */
    private KpiCard money(String label, BigDecimal wan) {
        if (wan == null) {
            return new KpiCard(getTranslation(label), getTranslation("value.notReported"), null);
        }
        Formats.Amount a = Formats.amount(wan);
        return new KpiCard(getTranslation(label), a.figure(), getTranslation(a.unitKey()));
    }

    static String score(BigDecimal v) {
        return v == null ? "—" : Formats.score(v);
    }

    static Map<String, List<String>> with(Map<String, List<String>> query, String key, String value) {
        var copy = new LinkedHashMap<>(query);
        copy.put(key, List.of(value));
        return copy;
    }
}
