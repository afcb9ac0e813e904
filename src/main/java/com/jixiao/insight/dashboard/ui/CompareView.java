package com.jixiao.insight.dashboard.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.chart.region.ExecutionRateChart;
import com.jixiao.insight.chart.ui.ChartPanel;
import com.jixiao.insight.dashboard.CompareRow;
import com.jixiao.insight.dashboard.CompareService;
import com.jixiao.insight.dashboard.DashboardProperties;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ScopeOptions.UnitOption;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Two or more units side by side over the years, with the change against each unit's previous year. */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.compare", order = 2, icon = "vaadin:split")
@Route("compare")
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompareService compare;
    private final ScopeOptions options;
    private final DashboardProperties settings;
    final MultiSelectComboBox<UnitOption> units = new MultiSelectComboBox<>();
    /** Units compared side by side at most; more in scope asks the user to choose. */
    static final int MAX_UNITS = 30;

    final Grid<CompareRow> grid = new Grid<>();
    List<CompareRow> shown = List.of();
    Scope scope = Scope.all();

    CompareView(CompareService compare, ScopeOptions options, DashboardProperties settings) {
        this.compare = compare;
        this.options = options;
        this.settings = settings;
        setSizeFull();
        units.setLabel(getTranslation("compare.units"));
        units.setItemLabelGenerator(UnitOption::name);
        units.setPlaceholder(getTranslation("compare.allUnits"));
        units.setWidth("40em");
        units.setId("compare-units");
        units.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Map<String, List<String>> p = new LinkedHashMap<>(scope.toParameters());
                if (!e.getValue().isEmpty()) {
                    p.put(
                            "units",
                            List.of(e.getValue().stream()
                                    .map(u -> String.valueOf(u.id()))
                                    .sorted()
                                    .collect(Collectors.joining(","))));
                }
                getUI().ifPresent(ui -> ui.navigate(CompareView.class, new QueryParameters(p)));
            }
        });
        grid.addColumn(CompareRow::unitName)
                .setHeader(getTranslation("compare.unit"))
                .setAutoWidth(true);
        grid.addColumn(CompareRow::fiscalYear).setHeader(getTranslation("compare.year"));
        grid.addColumn(r -> Formats.money(r.adjustedBudget()))
                .setHeader(getTranslation("compare.adjustedBudget"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.money(r.executed()))
                .setHeader(getTranslation("compare.executed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> rateOrAbsent(r.executionRate()))
                .setHeader(getTranslation("compare.executionRate"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> points(r.executionRateChange()))
                .setHeader(getTranslation("compare.change"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> scoreOrAbsent(r.reportedScore()))
                .setHeader(getTranslation("compare.reportedScore"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> delta(r.reportedScoreChange()))
                .setHeader(getTranslation("compare.change"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> scoreOrAbsent(r.recomputedScore()))
                .setHeader(getTranslation("compare.recomputedScore"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CompareRow::unmetTargets)
                .setHeader(getTranslation("compare.unmet"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.unmetTargetsChange() == null ? "–" : delta(BigDecimal.valueOf(r.unmetTargetsChange())))
                .setHeader(getTranslation("compare.change"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CompareRow::auditFlags)
                .setHeader(getTranslation("compare.flags"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(getTranslation("compare.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("compare-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        scope = Scope.fromParameters(params);
        List<Long> chosen = params.getOrDefault("units", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        Scope picked = scope;
        units.setItems(
                q -> options.units(picked, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> options.unitCount(picked, q.getFilter().orElse("")));
        units.setValue(options.unitsById(chosen).stream()
                .filter(u -> scope.covers(u.regionPath()))
                .collect(Collectors.toSet()));
        removeAll();
        add(new H2(getTranslation("compare.title")), new ScopeBar(options, scope, CompareView.class), units);
        int inScope = chosen.isEmpty() ? options.unitCount(scope, "") : chosen.size();
        if (inScope > MAX_UNITS) {
            // Side by side stops being readable (and a province is 7,200 units × 10 years): ask to choose.
            shown = List.of();
            Paragraph tooMany = new Paragraph(getTranslation("compare.tooMany", inScope, MAX_UNITS));
            tooMany.addClassName("empty-state");
            add(tooMany);
            return;
        }
        shown = compare.compare(scope, chosen);
        grid.setItems(shown);
        add(grid);
        var bars = shown.stream()
                .filter(r -> r.executionRate() != null)
                .map(r -> new ExecutionRateChart.Bar(r.unitName(), r.fiscalYear(), r.executionRate()))
                .toList();
        if (!bars.isEmpty()) {
            ChartPanel chart = new ChartPanel(
                    () -> ExecutionRateChart.build(
                            bars, settings.targetRate(), settings.rateThresholds(), this::getTranslation),
                    1100,
                    320,
                    "compare-execution-rate.png",
                    getTranslation("chart.downloadPng"));
            chart.setWidthFull();
            chart.setMaxWidth("1100px");
            add(chart);
        }
    }

    private String rateOrAbsent(BigDecimal v) {
        return v == null ? getTranslation("value.notReported") : Formats.rate(v);
    }

    private String scoreOrAbsent(BigDecimal v) {
        return v == null ? getTranslation("value.notReported") : Formats.score(v);
    }

    /** A rate change in percentage points: ▲1.25 pp. */
    private String points(BigDecimal change) {
        return change == null
                ? "–"
                : arrow(change) + Formats.score(change.abs().movePointRight(2)) + " "
                        + getTranslation("compare.points");
    }

    private String delta(BigDecimal change) {
        return change == null ? "–" : arrow(change) + Formats.score(change.abs());
    }

    private static String arrow(BigDecimal change) {
        return change.signum() > 0 ? "▲" : change.signum() < 0 ? "▼" : "＝";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · " + getTranslation("app.title");
    }
}
