package com.jixiao.insight.evaluation.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.evaluation.EvaluationRoutes;
import com.jixiao.insight.evaluation.EvaluationSummaryService;
import com.jixiao.insight.evaluation.UnitYearSummary;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Units × years as reported: budget, execution, overall score and project count. */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.summary", order = 6, icon = "vaadin:table")
@Route(EvaluationRoutes.SUMMARY)
public class SummaryView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UnitYearSummary> grid = new Grid<>();

    SummaryView(EvaluationSummaryService summaries) {
        setSizeFull();
        add(new H2(getTranslation("summary.title")), new Paragraph(getTranslation("summary.intro")));

        grid.addColumn(UnitYearSummary::unitName)
                .setHeader(getTranslation("summary.unit"))
                .setAutoWidth(true)
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(UnitYearSummary::regionPath)
                .setHeader(getTranslation("summary.region"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UnitYearSummary::fiscalYear)
                .setHeader(getTranslation("summary.year"))
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true);
        money(
                getTranslation("summary.adjustedBudget"),
                UnitYearSummary::overallAdjustedBudget,
                UnitYearSummary::projectsAdjustedBudget);
        money(getTranslation("summary.executed"), UnitYearSummary::overallExecuted, UnitYearSummary::projectsExecuted);
        grid.addComponentColumn(s -> s.overallExecutionRate()
                        .map(r -> new Span(Formats.rate(r)))
                        .orElseGet(() -> absent()))
                .setHeader(getTranslation("summary.executionRate"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(s -> s.overallTotalScore()
                        .map(v -> new Span(Formats.score(v)))
                        .orElseGet(() -> absent()))
                .setHeader(getTranslation("summary.totalScore"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitYearSummary::projectCount)
                .setHeader(getTranslation("summary.projectCount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(getTranslation("summary.empty"));
        grid.setId("summary-grid");

        List<UnitYearSummary> rows = summaries.unitYearSummaries();
        grid.setItems(rows);
        addAndExpand(grid);
        add(new Paragraph(getTranslation("summary.legend")));
    }

    /** The overall evaluation's figure; where the year has none, the projects' total, marked as such. */
    private void money(
            String header,
            Function<UnitYearSummary, Optional<BigDecimal>> overall,
            Function<UnitYearSummary, Optional<BigDecimal>> projects) {
        grid.addComponentColumn(s -> overall.apply(s)
                        .map(v -> new Span(Formats.money(v)))
                        .or(() -> projects.apply(s).map(v -> {
                            Span span = new Span(Formats.money(v) + " *");
                            span.setTitle(getTranslation("summary.projectsTotal"));
                            span.addClassName("derived");
                            return span;
                        }))
                        .orElseGet(() -> absent()))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private Span absent() {
        Span span = new Span(getTranslation("summary.notReported"));
        span.addClassName("absent");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title") + " · " + getTranslation("app.title");
    }
}
