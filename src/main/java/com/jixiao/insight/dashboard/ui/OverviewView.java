package com.jixiao.insight.dashboard.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.base.ui.KpiCard;
import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.chart.BudgetChart;
import com.jixiao.insight.chart.ExecutionRateChart;
import com.jixiao.insight.chart.ScoreScatterChart;
import com.jixiao.insight.chart.Thresholds;
import com.jixiao.insight.chart.UnmetByCategoryChart;
import com.jixiao.insight.chart.ui.ChartPanel;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.evaluation.EvaluationRoutes;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.ranking.RankingRoutes;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.jixiao.insight.targets.TargetRoutes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The leaders' overview (驾驶舱): KPI cards, four comparative charts and what needs attention. */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.overview", order = 1, icon = "vaadin:dashboard")
@Route("overview")
@RouteAlias("")
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OverviewService overviews;
    private final ScopeOptions options;
    private final DashboardProperties settings;
    Overview shown;
    private Scope scope = Scope.all();

    OverviewView(OverviewService overviews, ScopeOptions options, DashboardProperties settings) {
        this.overviews = overviews;
        this.options = options;
        this.settings = settings;
        addClassName("overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Scope scope =
                Scope.fromParameters(event.getLocation().getQueryParameters().getParameters());
        shown = overviews.overview(scope);
        removeAll();
        add(new H2(getTranslation("overview.title")), new ScopeBar(options, scope, OverviewView.class));
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("overview.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        this.scope = scope;
        add(kpis(shown.kpis()), charts(), attention());
    }

    private Div kpis(Overview.Kpis k) {
        Div cards = new Div();
        cards.addClassName("kpi-row");
        var q = scope.toParameters();
        String projects = ProjectRoutes.LIST;
        String rankings = RankingRoutes.RANKINGS;
        cards.add(new KpiCard(getTranslation("kpi.units"), String.valueOf(k.units()), null)
                .linkTo(EvaluationRoutes.SUMMARY, q));
        cards.add(new KpiCard(getTranslation("kpi.reports"), String.valueOf(k.reports()), null).linkTo(projects, q));
        cards.add(
                new KpiCard(getTranslation("kpi.adjustedBudget"), money(k.adjustedBudget()), getTranslation("unit.wan"))
                        .linkTo(rankings, with(q, "metric", "execution-rate")));
        cards.add(new KpiCard(getTranslation("kpi.executed"), money(k.executed()), getTranslation("unit.wan"))
                .linkTo(rankings, with(q, "metric", "execution-rate")));
        KpiCard rate = new KpiCard(
                        getTranslation("kpi.weightedRate"),
                        k.weightedExecutionRate() == null
                                ? getTranslation("value.notReported")
                                : Formats.rate(k.weightedExecutionRate()),
                        null)
                .linkTo(rankings, with(q, "metric", "execution-rate"));
        if (k.weightedExecutionRate() != null) {
            level(rate, settings.rateThresholds(), k.weightedExecutionRate());
        }
        cards.add(rate);
        cards.add(new KpiCard(
                        getTranslation("kpi.meanScore"),
                        score(k.meanReportedScore()) + " / " + score(k.meanRecomputedScore()),
                        getTranslation("kpi.meanScore.hint"))
                .linkTo(rankings, with(q, "metric", "recomputed-score")));
        cards.add(new KpiCard(getTranslation("kpi.unmet"), String.valueOf(k.unmetTargets()), null)
                .linkTo(TargetRoutes.UNMET, q));
        cards.add(new KpiCard(getTranslation("kpi.flags"), String.valueOf(k.auditFlags()), null)
                .linkTo(projects, with(q, "flag", "any")));
        return cards;
    }

    private void level(KpiCard card, Thresholds thresholds, BigDecimal value) {
        String level = thresholds.level(value).name().toLowerCase(Locale.ROOT);
        card.level(level, getTranslation("level." + level));
    }

    private Div charts() {
        Div grid = new Div();
        grid.addClassName("chart-grid");
        var rates = shown.regionYears().stream()
                .filter(r -> r.executionRate() != null)
                .map(r -> new ExecutionRateChart.Bar(r.regionName(), r.fiscalYear(), r.executionRate()))
                .toList();
        var points = shown.scoreBins().stream()
                .map(b -> new ScoreScatterChart.Point(b.reported(), b.recomputed(), b.tooGood(), b.evaluations()))
                .toList();
        var slices = shown.mostUnmet().stream() // readable at any scale: only the units with most unmet targets
                .map(u -> new UnmetByCategoryChart.Slice(u.unitName(), u.category(), u.count()))
                .toList();
        var budgets = shown.regionYears().stream()
                .map(r -> new BudgetChart.Group(
                        r.regionName(), r.fiscalYear(), r.initialBudget(), r.adjustedBudget(), r.executed()))
                .toList();
        String png = getTranslation("chart.downloadPng");
        grid.add(new ChartPanel(
                () -> ExecutionRateChart.build(
                        rates, settings.targetRate(), settings.rateThresholds(), this::getTranslation),
                620,
                320,
                "execution-rate.png",
                png));
        grid.add(new ChartPanel(
                () -> ScoreScatterChart.build(points, this::getTranslation), 620, 320, "scores.png", png));
        grid.add(new ChartPanel(
                () -> UnmetByCategoryChart.build(slices, this::getTranslation), 620, 320, "unmet-targets.png", png));
        grid.add(new ChartPanel(() -> BudgetChart.build(budgets, this::getTranslation), 620, 320, "budget.png", png));
        return grid;
    }

    private Div attention() {
        Div box = new Div();
        box.addClassName("attention");
        box.add(new H3(getTranslation("overview.attention")));
        UnorderedList low = new UnorderedList();
        shown.lowestExecution().forEach(u -> {
            ListItem item = new ListItem();
            item.add(Links.to(
                    u.unitName() + " " + u.fiscalYear(),
                    ProjectRoutes.LIST,
                    scope.withUnit(Optional.of(u.unitId()))
                            .withYears(Optional.of(u.fiscalYear()), Optional.of(u.fiscalYear()))
                            .toParameters()));
            item.add("：" + Formats.rate(u.executionRate()));
            low.add(item);
        });
        UnorderedList gaps = new UnorderedList();
        shown.largestScoreGaps().forEach(s -> {
            ListItem item = new ListItem();
            item.add(Links.to(
                    s.unitName() + " · " + s.evaluationName() + " " + s.fiscalYear(),
                    ProjectRoutes.detail(s.evaluationId()),
                    Map.of()));
            item.add("：" + score(s.reported()) + " → " + score(s.recomputed()));
            gaps.add(item);
        });
        Div columns = new Div();
        columns.addClassName("attention-columns");
        Div left = new Div(new Paragraph(getTranslation("overview.lowestExecution")), low);
        Div right = new Div(
                new Paragraph(getTranslation("overview.largestGaps")),
                gaps.getChildren().findAny().isPresent() ? gaps : new Paragraph(getTranslation("overview.noGaps")));
        columns.add(left, right);
        box.add(columns);
        return box;
    }

    private static Map<String, List<String>> with(Map<String, List<String>> query, String key, String value) {
        var copy = new LinkedHashMap<>(query);
        copy.put(key, List.of(value));
        return copy;
    }

    private String money(BigDecimal v) {
        return v == null ? getTranslation("value.notReported") : Formats.money(v);
    }

    private String score(BigDecimal v) {
        return v == null ? "—" : Formats.score(v);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.title");
    }
}
