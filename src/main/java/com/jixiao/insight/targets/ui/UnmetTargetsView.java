package com.jixiao.insight.targets.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.base.ui.Links;
import com.jixiao.insight.chart.evaluation.ReasonChart;
import com.jixiao.insight.chart.ui.ChartPanel;
import com.jixiao.insight.evaluation.reasons.ReasonClass;
import com.jixiao.insight.projects.ProjectRoutes;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.jixiao.insight.targets.ReasonBreakdown;
import com.jixiao.insight.targets.ReasonService;
import com.jixiao.insight.targets.TargetRoutes;
import com.jixiao.insight.targets.UnmetTarget;
import com.jixiao.insight.targets.UnmetTargetService;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Unmet targets: every unmet indicator and narrative unmet goal, with the reasons, each reason's class and the words
 * that decided it; filtered by reason class (in the URL: {@code reason=FUNDS_SHORT}); the reasons counted by region
 * and by year above the list. A click opens the project.
 */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.unmet", order = 4, icon = "vaadin:warning")
@Route(TargetRoutes.UNMET)
public class UnmetTargetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REASON = "reason";
    /** The briefing's route (a link by path: features do not import each other's views). */
    static final String BRIEFING = "briefing";

    private final UnmetTargetService targets;
    private final ReasonService reasons;
    private final ScopeOptions options;
    final Grid<UnmetTarget> grid = new Grid<>();
    final Select<ReasonClass> reasonFilter = new Select<>();
    ReasonBreakdown breakdown;
    UnmetTargetService.Counts counts = new UnmetTargetService.Counts(0, 0);
    Scope scope = Scope.all();

    UnmetTargetsView(UnmetTargetService targets, ReasonService reasons, ScopeOptions options) {
        this.targets = targets;
        this.reasons = reasons;
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
                .setWidth("11rem")
                .setFlexGrow(3);
        grid.addComponentColumn(this::reasonClass)
                .setHeader(getTranslation("unmet.reasonClass"))
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("unmet.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ProjectRoutes.detail(e.getItem().evaluationId()), new QueryParameters(scope.toParameters()))));
        grid.setId("unmet-grid");

        reasonFilter.setLabel(getTranslation("unmet.reasonClass"));
        reasonFilter.setItems(ReasonClass.values());
        reasonFilter.setEmptySelectionAllowed(true);
        reasonFilter.setEmptySelectionCaption(getTranslation("unmet.anyReason"));
        reasonFilter.setItemLabelGenerator(c -> c == null ? getTranslation("unmet.anyReason") : label(c));
        reasonFilter.setId("unmet-reason");
        reasonFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Map<String, List<String>> p = new LinkedHashMap<>(scope.toParameters());
                if (e.getValue() != null) {
                    p.put(REASON, List.of(e.getValue().code()));
                }
                getUI().ifPresent(ui -> ui.navigate(UnmetTargetsView.class, new QueryParameters(p)));
            }
        });
    }

    /** The class's label, and under it the words that decided it. */
    private Div reasonClass(UnmetTarget t) {
        Div cell = new Div();
        if (t.reasonClass() == null) {
            return cell;
        }
        cell.add(new Span(label(t.reasonClass())));
        if (t.matchedWords() != null) {
            Div words = new Div(getTranslation("reason.matched", t.matchedWords()));
            words.addClassName("reason-words");
            cell.add(words);
        }
        return cell;
    }

    private String label(ReasonClass c) {
        return getTranslation(c.i18nKey());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        scope = Scope.fromParameters(params);
        Optional<String> category = Optional.ofNullable(params.get("category"))
                .filter(l -> !l.isEmpty())
                .map(List::getFirst);
        Optional<ReasonClass> reason = Optional.ofNullable(params.get(REASON))
                .filter(l -> !l.isEmpty())
                .map(List::getFirst)
                .flatMap(code -> Arrays.stream(ReasonClass.values())
                        .filter(c -> c.code().equals(code))
                        .findFirst());
        reasonFilter.setValue(reason.orElse(null));
        Scope shownScope = scope;
        counts = targets.count(scope, category, reason);
        int total = counts.total();
        // Paged at the database: only the rows on screen are fetched and kept.
        grid.setItems(
                q -> targets.page(shownScope, category, reason, q.getOffset(), q.getLimit()).stream(), q -> total);
        breakdown = reasons.breakdown(scope);
        removeAll();
        HorizontalLayout tools = new HorizontalLayout(
                reasonFilter, Links.to(getTranslation("briefing.open"), BRIEFING, scope.toParameters()));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("unmet.title")),
                new ScopeBar(options, scope, UnmetTargetsView.class),
                tools,
                new Paragraph(getTranslation("unmet.summary", counts.indicators(), counts.goals())));
        if (breakdown.total() > 0) {
            add(charts(breakdown));
        }
        addAndExpand(grid);
    }

    /** The reasons by region and by year, folded away by a click: the list is what analysts read. */
    private Details charts(ReasonBreakdown b) {
        String png = getTranslation("chart.downloadPng");
        // Two columns of half the width each, as the overview's charts: in a horizontal layout the pictures shrank
        // to their minimum and their labels could not be read.
        Div row = new Div(
                new ChartPanel(
                        () -> ReasonChart.build(
                                slices(b.byRegion()),
                                "chart.reasons.byRegion",
                                this::getTranslation,
                                this::reasonLabel),
                        560,
                        height(b.byRegion()),
                        "reasons-by-region.png",
                        png),
                new ChartPanel(
                        () -> ReasonChart.build(
                                slices(b.byYear()), "chart.reasons.byYear", this::getTranslation, this::reasonLabel),
                        560,
                        height(b.byYear()),
                        "reasons-by-year.png",
                        png));
        row.addClassNames("chart-grid", "reason-charts");
        Details details = new Details(getTranslation("unmet.reasonCharts"), row);
        details.setOpened(true);
        details.setWidthFull();
        details.setId("unmet-reason-charts");
        return details;
    }

    /** Tall enough for a legible bar per region or year, above the legend of the classes. */
    static int height(List<ReasonBreakdown.Count> counts) {
        long bars = counts.stream().map(ReasonBreakdown.Count::group).distinct().count();
        return (int) Math.max(260, 150 + 18 * bars);
    }

    private String reasonLabel(String code) {
        return getTranslation("reason." + code);
    }

    private static List<ReasonChart.Slice> slices(List<ReasonBreakdown.Count> counts) {
        return counts.stream()
                .map(c -> new ReasonChart.Slice(c.group(), c.reasonClass().code(), c.count()))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unmet.title") + " · " + getTranslation("app.title");
    }
}
