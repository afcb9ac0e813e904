package com.jixiao.insight.ranking.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.ranking.RankingMetric;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingRoutes;
import com.jixiao.insight.ranking.RankingRow;
import com.jixiao.insight.ranking.RankingService;
import com.jixiao.insight.ranking.RankingTable;
import com.jixiao.insight.ranking.export.ExportFormat;
import com.jixiao.insight.ranking.export.RankingExportService;
import com.jixiao.insight.ranking.export.RankingExports;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.scope.ui.ScopeBar;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rankings for the meeting: units by a metric per year, rank change, and exports of exactly these rows. */
@RolesAllowed(Role.VIEWER_ROLE)
@Menu(title = "nav.rankings", order = 5, icon = "vaadin:trophy")
@Route(RankingRoutes.RANKINGS)
public class RankingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RankingService rankings;
    private final ScopeOptions options;
    final Grid<RankingRow> grid = new Grid<>();
    final Select<RankingMetric> metric = new Select<>();
    /** What is ranked; the rows stay in the database and are paged into the grid. */
    RankingQuery query;

    Scope scope = Scope.all();

    /** Units named in the "not ranked" note of a year before it says how many more. */
    static final int NAMED_NOT_RANKED = 20;

    private final RankingExportService exports;
    private final boolean mayExport;

    RankingsView(
            RankingService rankings, ScopeOptions options, RankingExportService exports, AuthenticationContext auth) {
        this.rankings = rankings;
        this.options = options;
        this.exports = exports;
        this.mayExport = auth.hasRole(Role.ANALYST_ROLE);
        setSizeFull();
        grid.addColumn(RankingRow::fiscalYear).setHeader(getTranslation("rankings.year"));
        grid.addColumn(RankingRow::rank)
                .setHeader(getTranslation("rankings.rank"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::change)
                .setHeader(getTranslation("rankings.change"))
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addColumn(RankingRow::unitName)
                .setHeader(getTranslation("rankings.unit"))
                .setAutoWidth(true);
        grid.addColumn(RankingRow::regionPath)
                .setHeader(getTranslation("rankings.region"))
                .setAutoWidth(true);
        grid.addColumn(this::value)
                .setHeader(getTranslation("rankings.value"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("value");
        grid.addColumn(r -> Formats.money(r.adjustedBudget()))
                .setHeader(getTranslation("rankings.adjustedBudget"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.money(r.executed()))
                .setHeader(getTranslation("rankings.executed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.rate(r.executionRate()))
                .setHeader(getTranslation("rankings.executionRate"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.score(r.reportedScore()))
                .setHeader(getTranslation("rankings.reportedScore"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.score(r.recomputedScore()))
                .setHeader(getTranslation("rankings.recomputedScore"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RankingRow::unmetTargets)
                .setHeader(getTranslation("rankings.unmet"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RankingRow::auditFlags)
                .setHeader(getTranslation("rankings.flags"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(getTranslation("rankings.empty"));
        grid.setId("rankings-grid");
        metric.setLabel(getTranslation("rankings.metric"));
        metric.setItems(RankingMetric.values());
        metric.setItemLabelGenerator(m -> getTranslation("ranking.metric." + m.code()));
        metric.setId("rankings-metric");
        metric.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Map<String, List<String>> p = new LinkedHashMap<>(scope.toParameters());
                p.put("metric", List.of(e.getValue().code()));
                getUI().ifPresent(ui -> ui.navigate(RankingsView.class, new QueryParameters(p)));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        scope = Scope.fromParameters(params);
        RankingMetric m = params.getOrDefault("metric", List.of()).stream()
                .findFirst()
                .map(code -> {
                    try {
                        return RankingMetric.fromCode(code);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .orElse(RankingMetric.EXECUTION_RATE);
        metric.setValue(m);
        List<Integer> years = options.years();
        int to = scope.toYear().orElse(years.isEmpty() ? Year.now().getValue() : years.getLast());
        int from = scope.fromYear().orElse(scope.toYear().isPresent() ? to : years.isEmpty() ? to : years.getFirst());
        RankingQuery shown = new RankingQuery(m, Math.min(from, to), to, scope.region());
        query = shown;
        int rows = rankings.count(shown);
        grid.setItems(q -> rankings.page(shown, q.getOffset(), q.getLimit()).stream(), q -> rows);
        grid.getColumnByKey("value").setHeader(getTranslation("ranking.metric." + m.code()));
        removeAll();
        HorizontalLayout tools = new HorizontalLayout(metric);
        if (mayExport) { // exports are for analysts; the service enforces it too
            tools.add(export(ExportFormat.XLSX), export(ExportFormat.CSV), export(ExportFormat.PDF));
        }
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("rankings.title")), new ScopeBar(options, scope, RankingsView.class), tools);
        addAndExpand(grid);
        rankings.notReported(shown).forEach((year, units) -> {
            // A province may have hundreds: the first ones by name, then how many more.
            String names = String.join("、", units.subList(0, Math.min(units.size(), NAMED_NOT_RANKED)))
                    + (units.size() > NAMED_NOT_RANKED
                            ? getTranslation("rankings.andMore", units.size() - NAMED_NOT_RANKED)
                            : "");
            var note = new Paragraph(getTranslation("export.notRanked", String.valueOf(year), names));
            note.addClassName("empty-state");
            add(note);
        });
    }

    private Anchor export(ExportFormat format) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    RankingTable table = rankings.rank(query); // made when asked for, not kept with the view
                    byte[] bytes = exports.export(table, format, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            RankingExports.fileName(table, format),
                            format.mimeType(),
                            bytes.length);
                }),
                "");
        a.add(VaadinIcon.DOWNLOAD.create());
        a.add(" " + getTranslation("rankings.export." + format.code()));
        a.setId("export-" + format.code());
        a.addClassName("export-link");
        return a;
    }

    private String change(RankingRow r) {
        Integer c = r.rankChange();
        if (c == null) {
            return "–";
        }
        return c > 0 ? "▲" + c : c < 0 ? "▼" + (-c) : "＝";
    }

    private String value(RankingRow r) {
        return switch (query.metric()) {
            case EXECUTION_RATE -> Formats.rate(r.value());
            case SCORE, RECOMPUTED_SCORE -> Formats.score(r.value());
            case UNMET_TARGETS, AUDIT_FLAGS ->
                r.value() == null ? "" : r.value().stripTrailingZeros().toPlainString();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rankings.title") + " · " + getTranslation("app.title");
    }
}
