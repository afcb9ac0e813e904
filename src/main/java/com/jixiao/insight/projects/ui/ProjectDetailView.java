package com.jixiao.insight.projects.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.projects.ProjectDetail;
import com.jixiao.insight.projects.ProjectDetail.IndicatorLine;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.projects.ProjectService;
import com.jixiao.insight.scope.Scope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The analyst's page for one evaluation: figures reported and recomputed, goals, the indicator tree, sources. */
@RolesAllowed(Role.ANALYST_ROLE)
@Route(ProjectRoutes.DETAIL)
public class ProjectDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A node of the indicator tree: a category, a subcategory, or an indicator. */
    record Node(String label, IndicatorLine indicator) {}

    private final ProjectService projects;
    ProjectDetail detail;
    final TreeGrid<Node> tree = new TreeGrid<>();

    ProjectDetailView(ProjectService projects) {
        this.projects = projects;
        addClassName("project-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Scope scope =
                Scope.fromParameters(event.getLocation().getQueryParameters().getParameters());
        RouterLink back = new RouterLink(getTranslation("detail.back"), ProjectsView.class);
        back.setQueryParameters(new QueryParameters(scope.toParameters()));
        back.setId("detail-back");
        add(back);
        detail = event.getRouteParameters()
                .getLong("id")
                .flatMap(projects::detail)
                .orElse(null);
        if (detail == null) {
            add(new Paragraph(getTranslation("detail.notFound")));
            return;
        }
        add(new H2(detail.unitName() + " · " + detail.name()));
        add(new Paragraph(
                detail.regionPath() + " · " + detail.fiscalYear() + " · " + getTranslation("kind." + detail.kind())
                        + (detail.supervisingDepartment() == null
                                ? ""
                                : " · " + getTranslation("detail.supervising") + " " + detail.supervisingDepartment())
                        + (detail.implementingUnit() == null
                                ? ""
                                : " · " + getTranslation("detail.implementing") + " " + detail.implementingUnit())));
        add(figures(), goals(), new H3(getTranslation("detail.indicators")), indicatorTree());
        if (!detail.flags().isEmpty()) {
            add(new H3(getTranslation("detail.flags")));
            detail.flags().forEach(f -> add(new Paragraph("⚑ " + flagText(f))));
        }
        if (!detail.unmetGoals().isEmpty()) {
            add(new H3(getTranslation("detail.unmetGoals")));
            detail.unmetGoals().forEach(g -> add(sourceLink(new Paragraph(g.text()), g.lineFrom(), g.lineTo())));
        }
    }

    private Div figures() {
        Div row = new Div();
        row.addClassName("figure-row");
        row.add(figure("detail.initialBudget", Formats.money(detail.initialBudget()), null, "initialBudget"));
        row.add(figure("detail.adjustedBudget", Formats.money(detail.adjustedBudget()), null, "adjustedBudget"));
        row.add(figure("detail.executed", Formats.money(detail.executed()), null, "executed"));
        row.add(figure(
                "detail.executionRate",
                Formats.rate(detail.executionRate()),
                Formats.rate(detail.recomputedExecutionRate()),
                "executionRate"));
        String executionScore = Formats.score(detail.executionScore());
        String recomputedExecution = Formats.score(detail.recomputedExecutionScore());
        row.add(figure(
                "detail.executionScore",
                executionScore + weight(detail.executionWeight()),
                recomputedExecution.equals(executionScore) ? null : recomputedExecution,
                "executionScore"));
        row.add(figure(
                "detail.totalScore",
                Formats.score(detail.totalScore()),
                Formats.score(detail.recomputedTotalScore()),
                "totalScore"));
        row.add(figure("detail.grade", Objects.toString(detail.grade(), "—"), detail.recomputedGrade(), "grade"));
        return row;
    }

    private String weight(BigDecimal w) {
        return w == null ? "" : " / " + Formats.score(w);
    }

    /** A reported figure, the recomputed one beside it where they differ, and its source on click. */
    private Component figure(String key, String reported, String recomputed, String figure) {
        Div box = new Div();
        box.addClassName("figure");
        Span label = new Span(getTranslation(key));
        label.addClassName("figure-label");
        Span value = new Span(reported.isEmpty() ? getTranslation("value.notReported") : reported);
        value.addClassName("figure-value");
        box.add(label, value);
        if (recomputed != null && !recomputed.isEmpty() && !recomputed.equals(reported)) {
            Span r = new Span(getTranslation("detail.recomputed") + " " + recomputed);
            r.addClassName("figure-recomputed");
            box.add(r);
        }
        int[] lines = detail.figureLines().get(figure);
        return lines == null ? box : sourceLink(box, lines[0], lines[1]);
    }

    private Div goals() {
        Div row = new Div();
        row.addClassName("goal-row");
        row.add(new Div(
                new H3(getTranslation("detail.annualGoal")),
                new Paragraph(Objects.toString(detail.annualGoal(), getTranslation("value.notReported")))));
        row.add(new Div(
                new H3(getTranslation("detail.goalOutcome")),
                new Paragraph(Objects.toString(detail.goalOutcome(), getTranslation("value.notReported")))));
        return row;
    }

    private TreeGrid<Node> indicatorTree() {
        TreeData<Node> data = new TreeData<>();
        Map<String, Node> categories = new LinkedHashMap<>();
        Map<String, Node> subcategories = new LinkedHashMap<>();
        for (IndicatorLine i : detail.indicators()) {
            String c = Objects.toString(i.category(), "—");
            Node cat = categories.computeIfAbsent(c, k -> {
                Node n = new Node(k, null);
                data.addItem(null, n);
                return n;
            });
            String s = c + "/" + Objects.toString(i.subcategory(), "—");
            Node sub = subcategories.computeIfAbsent(s, k -> {
                Node n = new Node(Objects.toString(i.subcategory(), "—"), null);
                data.addItem(cat, n);
                return n;
            });
            data.addItem(sub, new Node(Objects.toString(i.name(), getTranslation("detail.unnamed")), i));
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.addHierarchyColumn(Node::label)
                .setHeader(getTranslation("detail.indicator"))
                .setFlexGrow(3)
                .setAutoWidth(true);
        tree.addColumn(n -> n.indicator() == null
                        ? ""
                        : Objects.toString(n.indicator().target(), ""))
                .setHeader(getTranslation("detail.target"));
        tree.addColumn(n -> n.indicator() == null
                        ? ""
                        : Objects.toString(n.indicator().actual(), ""))
                .setHeader(getTranslation("detail.actual"));
        tree.addComponentColumn(n -> n.indicator() == null ? new Span() : status(n.indicator()))
                .setHeader(getTranslation("detail.status"));
        tree.addColumn(n ->
                        n.indicator() == null ? "" : Formats.score(n.indicator().weight()))
                .setHeader(getTranslation("detail.weight"));
        tree.addColumn(n ->
                        n.indicator() == null ? "" : Formats.score(n.indicator().score()))
                .setHeader(getTranslation("detail.score"));
        tree.addColumn(n ->
                        n.indicator() == null ? "" : Formats.score(n.indicator().recomputedScore()))
                .setHeader(getTranslation("detail.recomputedScore"));
        tree.addComponentColumn(n -> n.indicator() == null ? new Span() : flags(n.indicator()))
                .setHeader(getTranslation("detail.flagsColumn"));
        tree.addColumn(n -> n.indicator() == null
                        ? ""
                        : Objects.toString(n.indicator().deviationReason(), ""))
                .setHeader(getTranslation("detail.deviationReason"))
                .setFlexGrow(2);
        tree.expandRecursively(categories.values(), 2);
        tree.setAllRowsVisible(true);
        tree.addItemClickListener(e -> {
            if (e.getItem().indicator() != null) {
                showSource(
                        e.getItem().label(),
                        e.getItem().indicator().lineFrom(),
                        e.getItem().indicator().lineTo());
            }
        });
        tree.setId("indicator-tree");
        return tree;
    }

    private Span status(IndicatorLine i) {
        Span badge = new Span(getTranslation("status." + i.status()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("status-" + i.status());
        badge.setTitle(getTranslation("reason." + i.reason()));
        return badge;
    }

    private Span flags(IndicatorLine i) {
        Span s = new Span();
        i.flags().forEach(f -> {
            Span icon = new Span("⚑ " + getTranslation("flag." + f.kind() + ".short"));
            icon.addClassName("flag");
            icon.setTitle(flagText(f));
            s.add(icon);
        });
        return s;
    }

    String flagText(ProjectDetail.Flag f) {
        return getTranslation(
                "flag." + f.kind(),
                Objects.toString(f.reported(), "—"),
                Objects.toString(f.recomputed(), "—"),
                Objects.toString(f.detail(), ""));
    }

    private <C extends Component> C sourceLink(C component, int from, int to) {
        component.getElement().setAttribute("title", getTranslation("source.show", from, to));
        component.getElement().addEventListener("click", e -> showSource(getTranslation("source.title"), from, to));
        component.addClassName("has-source");
        return component;
    }

    void showSource(String title, int from, int to) {
        new SourceDialog(title, detail.documentFile(), projects.source(detail.documentId(), from, to, 2)).open();
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? getTranslation("detail.notFound") : detail.name()) + " · "
                + getTranslation("app.title");
    }
}
