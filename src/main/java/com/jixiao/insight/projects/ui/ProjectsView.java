package com.jixiao.insight.projects.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.projects.ProjectFilter;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.projects.ProjectRow;
import com.jixiao.insight.projects.ProjectService;
import com.jixiao.insight.projects.ProjectService.SortKey;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The analysts' explorer: every evaluation across units and years, paged and sorted at the database. */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.projects", order = 3, icon = "vaadin:search")
@Route(ProjectRoutes.LIST)
public class ProjectsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ScopeOptions options;
    final Grid<ProjectRow> grid = new Grid<>();
    final NumberField scoreBelow = new NumberField();
    final NumberField executionBelow = new NumberField();
    final Select<String> grade = new Select<>();
    final Select<String> status = new Select<>();
    final Select<String> flag = new Select<>();
    Scope scope = Scope.all();
    ProjectFilter filter = ProjectFilter.none();

    ProjectsView(ProjectService projects, ScopeOptions options) {
        this.projects = projects;
        this.options = options;
        setSizeFull();
        // rem, not em: header cells use a smaller font than body cells, so em widths would misalign them.
        grid.addColumn(ProjectRow::unitName)
                .setHeader(getTranslation("projects.unit"))
                .setKey("UNIT")
                .setSortable(true)
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(ProjectRow::fiscalYear)
                .setHeader(getTranslation("projects.year"))
                .setKey("YEAR")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> getTranslation("kind." + r.kind())).setHeader(getTranslation("projects.kind"));
        grid.addColumn(ProjectRow::name)
                .setHeader(getTranslation("projects.name"))
                .setKey("NAME")
                .setSortable(true)
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(r -> Formats.money(r.adjustedBudget()))
                .setHeader(getTranslation("projects.adjustedBudget"))
                .setKey("ADJUSTED_BUDGET")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.rate(r.executionRate()))
                .setHeader(getTranslation("projects.executionRate"))
                .setKey("EXECUTION_RATE")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.score(r.totalScore()))
                .setHeader(getTranslation("projects.totalScore"))
                .setKey("TOTAL_SCORE")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.score(r.recomputedTotalScore()))
                .setHeader(getTranslation("projects.recomputedScore"))
                .setKey("RECOMPUTED_SCORE")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.grade() == null ? "" : r.grade()).setHeader(getTranslation("projects.grade"));
        grid.addColumn(ProjectRow::unmetIndicators)
                .setHeader(getTranslation("projects.unmet"))
                .setKey("UNMET")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ProjectRow::flags)
                .setHeader(getTranslation("projects.flags"))
                .setKey("FLAGS")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("projects.empty"));
        grid.setPageSize(50);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setId("projects-grid");
    }

    void open(ProjectRow row) {
        getUI().ifPresent(ui -> ui.navigate(
                ProjectDetailView.class,
                new RouteParameters("id", String.valueOf(row.id())),
                new QueryParameters(scope.toParameters())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        scope = Scope.fromParameters(params);
        filter = new ProjectFilter(
                decimal(params, "scoreBelow"),
                decimal(params, "executionBelow").map(v -> v.movePointLeft(2)),
                first(params, "grade"),
                first(params, "status"),
                first(params, "flag"));
        removeAll();
        add(new H2(getTranslation("projects.title")), new ScopeBar(options, scope, ProjectsView.class), filters());
        grid.setItems(
                query -> {
                    Map<SortKey, Boolean> sort = new LinkedHashMap<>();
                    query.getSortOrders()
                            .forEach(o -> sort.put(
                                    SortKey.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING));
                    return projects.page(scope, filter, sort, query.getOffset(), query.getLimit()).stream();
                },
                query -> projects.count(scope, filter));
        addAndExpand(grid);
    }

    private HorizontalLayout filters() {
        scoreBelow.setLabel(getTranslation("projects.filter.scoreBelow"));
        scoreBelow.setId("filter-score-below");
        executionBelow.setId("filter-execution-below");
        scoreBelow.setValue(filter.scoreBelow().map(BigDecimal::doubleValue).orElse(null));
        executionBelow.setLabel(getTranslation("projects.filter.executionBelow"));
        executionBelow.setSuffixComponent(new Span("%"));
        executionBelow.setValue(filter.executionBelow()
                .map(v -> v.movePointRight(2).doubleValue())
                .orElse(null));
        grade.setLabel(getTranslation("projects.filter.grade"));
        grade.setItems("优", "良", "中", "差");
        grade.setEmptySelectionAllowed(true);
        grade.setValue(filter.grade().orElse(null));
        status.setLabel(getTranslation("projects.filter.status"));
        status.setItems("unmet", "partly_met", "not_assessable");
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s));
        status.setEmptySelectionAllowed(true);
        status.setValue(filter.status().orElse(null));
        flag.setLabel(getTranslation("projects.filter.flag"));
        flag.setItems(
                "any",
                "full_marks_unmet",
                "negative_scored_as_positive",
                "over_achievement_penalised",
                "score_departs_from_rule",
                "total_mismatch",
                "execution_rate_mismatch",
                "execution_score_mismatch",
                "narrative_contradiction",
                "grade_mismatch");
        flag.setItemLabelGenerator(k -> k == null ? "" : getTranslation("flag." + k + ".short"));
        flag.setEmptySelectionAllowed(true);
        flag.setValue(filter.flag().orElse(null));
        scoreBelow.addValueChangeListener(e -> {
            if (e.isFromClient()) reload();
        });
        executionBelow.addValueChangeListener(e -> {
            if (e.isFromClient()) reload();
        });
        grade.addValueChangeListener(e -> {
            if (e.isFromClient()) reload();
        });
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) reload();
        });
        flag.addValueChangeListener(e -> {
            if (e.isFromClient()) reload();
        });
        HorizontalLayout bar = new HorizontalLayout(scoreBelow, executionBelow, grade, status, flag);
        bar.setWrap(true);
        return bar;
    }

    /** Filters go to the URL like the global ones. */
    void reload() {
        Map<String, List<String>> p = new LinkedHashMap<>(scope.toParameters());
        Optional.ofNullable(scoreBelow.getValue()).ifPresent(v -> p.put("scoreBelow", List.of(plain(v))));
        Optional.ofNullable(executionBelow.getValue()).ifPresent(v -> p.put("executionBelow", List.of(plain(v))));
        Optional.ofNullable(grade.getValue()).ifPresent(v -> p.put("grade", List.of(v)));
        Optional.ofNullable(status.getValue()).ifPresent(v -> p.put("status", List.of(v)));
        Optional.ofNullable(flag.getValue()).ifPresent(v -> p.put("flag", List.of(v)));
        getUI().ifPresent(ui -> ui.navigate(ProjectsView.class, new QueryParameters(p)));
    }

    private static String plain(Double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Optional<String> first(Map<String, List<String>> p, String key) {
        return Optional.ofNullable(p.get(key))
                .filter(l -> !l.isEmpty())
                .map(List::getFirst)
                .filter(s -> !s.isBlank());
    }

    private static Optional<BigDecimal> decimal(Map<String, List<String>> p, String key) {
        try {
            return first(p, key).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " · " + getTranslation("app.title");
    }
}
