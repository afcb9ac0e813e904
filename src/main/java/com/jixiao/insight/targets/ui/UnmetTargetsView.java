package com.jixiao.insight.targets.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.jixiao.insight.targets.TargetRoutes;
import com.jixiao.insight.targets.UnmetTarget;
import com.jixiao.insight.targets.UnmetTargetService;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Unmet targets: every unmet indicator and narrative unmet goal, with the reasons; a click opens the project. */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.unmet", order = 4, icon = "vaadin:warning")
@Route(TargetRoutes.UNMET)
public class UnmetTargetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnmetTargetService targets;
    private final ScopeOptions options;
    final Grid<UnmetTarget> grid = new Grid<>();
    UnmetTargetService.Counts counts = new UnmetTargetService.Counts(0, 0);
    Scope scope = Scope.all();

    UnmetTargetsView(UnmetTargetService targets, ScopeOptions options) {
        this.targets = targets;
        this.options = options;
        setSizeFull();
        // Widths in rem, not em: the header cells use a smaller font than the body cells, so an em column
        // would be narrower in the header than below it. The bases add up to 68rem, which fits the grid
        // at 1400 px with the drawer open; flex-grow then hands out the rest, most of it to the reason.
        grid.addColumn(UnmetTarget::unitName)
                .setHeader(getTranslation("unmet.unit"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(UnmetTarget::fiscalYear)
                .setHeader(getTranslation("unmet.year"))
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(t -> Objects.toString(t.category(), getTranslation("unmet.narrative")))
                .setHeader(getTranslation("unmet.category"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(UnmetTarget::evaluationName)
                .setHeader(getTranslation("unmet.evaluation"))
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(UnmetTarget::name)
                .setHeader(getTranslation("unmet.indicator"))
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(t -> Objects.toString(t.target(), ""))
                .setHeader(getTranslation("unmet.target"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(t -> Objects.toString(t.actual(), ""))
                .setHeader(getTranslation("unmet.actual"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(t -> t.shortfallRate() == null ? "" : Formats.rate(t.shortfallRate()))
                .setHeader(getTranslation("unmet.shortfall"))
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(t -> Objects.toString(t.reason(), ""))
                .setHeader(getTranslation("unmet.reason"))
                .setWidth("13rem")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("unmet.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ProjectRoutes.detail(e.getItem().evaluationId()), new QueryParameters(scope.toParameters()))));
        grid.setId("unmet-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        scope = Scope.fromParameters(params);
        Optional<String> category = Optional.ofNullable(params.get("category"))
                .filter(l -> !l.isEmpty())
                .map(List::getFirst);
        Scope shownScope = scope;
        counts = targets.count(scope, category);
        int total = counts.total();
        // Paged at the database: only the rows on screen are fetched and kept.
        grid.setItems(q -> targets.page(shownScope, category, q.getOffset(), q.getLimit()).stream(), q -> total);
        removeAll();
        add(
                new H2(getTranslation("unmet.title")),
                new ScopeBar(options, scope, UnmetTargetsView.class),
                new Paragraph(getTranslation("unmet.summary", counts.indicators(), counts.goals())));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unmet.title") + " · " + getTranslation("app.title");
    }
}
