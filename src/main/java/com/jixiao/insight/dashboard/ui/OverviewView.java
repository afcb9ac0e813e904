package com.jixiao.insight.dashboard.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.chart.ChartSpec;
import com.jixiao.insight.chart.ui.ChartPanel;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.dashboard.Overview;
import com.jixiao.insight.dashboard.OverviewCharts;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.dashboard.RegionCharts;
import com.jixiao.insight.dashboard.RegionChartsService;
import com.jixiao.insight.dashboard.RegionMetric;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The leaders' overview (驾驶舱). First screen at 1400×900: the KPI cards, then the region × year heat map of the
 * chosen metric beside what needs attention. Below: the regions' trends and spreads, the scores against the rules
 * and the unmet targets per unit. The metric is in the URL ({@code metric=rate|score|unmet}) with the filters.
 */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.overview", order = 1, icon = "vaadin:dashboard")
@Route("overview")
@RouteAlias("")
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String METRIC = "metric";

    private final OverviewService overviews;
    private final RegionChartsService regionCharts;
    private final ScopeOptions options;
    private final DashboardProperties settings;
    Overview shown;
    RegionCharts regions;
    private OverviewCharts charts;
    final RadioButtonGroup<RegionMetric> metric = new RadioButtonGroup<>();
    private Scope scope = Scope.all();

    OverviewView(
            OverviewService overviews,
            RegionChartsService regionCharts,
            ScopeOptions options,
            DashboardProperties settings) {
        this.overviews = overviews;
        this.regionCharts = regionCharts;
        this.options = options;
        this.settings = settings;
        addClassName("overview");
        metric.setId("overview-metric");
        metric.setItems(RegionMetric.values());
        metric.setItemLabelGenerator(m -> getTranslation("chart.metric." + m.code()));
        metric.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var query =
                        KpiRow.with(scope.toParameters(), METRIC, e.getValue().code());
                getUI().ifPresent(ui -> ui.navigate(OverviewView.class, new QueryParameters(query)));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        Scope scope = Scope.fromParameters(params);
        RegionMetric chosen = params.getOrDefault(METRIC, List.of()).stream()
                .findFirst()
                .flatMap(RegionMetric::fromCode)
                .orElse(RegionMetric.EXECUTION_RATE);
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
        regions = regionCharts.regionCharts(scope, chosen);
        charts = new OverviewCharts(shown, regions, scope, settings, this::getTranslation);
        metric.setValue(chosen);
        add(new KpiRow(shown.kpis(), scope, settings), top(), charts());
    }

    /** The heat map, the essential chart, beside the lists of what needs attention. */
    private Div top() {
        Div left = new Div(metric);
        charts.heatMap()
                .ifPresentOrElse(
                        heatMap -> left.add(panel(heatMap)),
                        () -> left.add(new Paragraph(getTranslation("chart.heatmap.empty"))));
        Div top = new Div(left, new AttentionPanel(shown, scope));
        top.addClassName("overview-top");
        top.setWidthFull();
        top.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "minmax(0, 3fr) minmax(0, 2fr)")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "start");
        return top;
    }

    /** Trends and spreads of the same metric, then the scores against the rules and the unmet targets per unit. */
    private Div charts() {
        Div grid = new Div();
        grid.addClassName("chart-grid");
        charts.trend().ifPresent(trend -> grid.add(panel(trend)));
        charts.spread().ifPresent(spread -> grid.add(panel(spread)));
        grid.add(panel(charts.scores()), panel(charts.unmet()));
        return grid;
    }

    private ChartPanel panel(ChartSpec chart) {
        return new ChartPanel(chart, getTranslation("chart.downloadPng"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.title");
    }
}
