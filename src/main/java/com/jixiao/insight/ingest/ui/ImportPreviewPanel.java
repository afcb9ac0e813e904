package com.jixiao.insight.ingest.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.base.ui.Formats;
import com.jixiao.insight.ingest.ImportPreview;
import com.jixiao.insight.ingest.ImportPreview.RegionSource;
import com.jixiao.insight.ingest.model.ImportIssue;
import com.jixiao.insight.ingest.model.LineRange;
import com.jixiao.insight.ingest.model.ParsedFile;
import com.jixiao.insight.ingest.model.ReportDocument.EvaluationReport;
import com.jixiao.insight.ingest.model.ReportDocument.IndicatorRow;
import com.jixiao.insight.ingest.store.ImportStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** What a file holds, as the import recognised it: all of it as text, warnings with their positions. */
class ImportPreviewPanel extends Composite<VerticalLayout> {

    final Div facts = new Div();
    final TextField region = new TextField();
    final Span status = new Span();
    final UnorderedList errors = new UnorderedList();
    final Grid<EvaluationReport> evaluations = new Grid<>();
    final Grid<IndicatorRow> indicators = new Grid<>();
    final Grid<ImportIssue> warnings = new Grid<>();
    final H3 warningsTitle = new H3();
    final Button confirm = new Button();
    private Messages messages = Messages.of(Messages.DEFAULT);
    private ImportPreview preview;

    ImportPreviewPanel(Consumer<String> onConfirm, Runnable onCancel) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("import-preview");
        facts.addClassName("figure-row");
        region.setLabel(getTranslation("import.region"));
        region.setPlaceholder(getTranslation("import.region.placeholder"));
        region.setWidth("24em");
        region.setId("import-region");
        region.addValueChangeListener(e -> confirm.setEnabled(confirmable()));
        status.setId("import-status");
        errors.setId("import-errors");
        errors.addClassName("import-error");

        evaluations
                .addColumn(r -> getTranslation("kind." + r.kind()))
                .setHeader(getTranslation("import.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        evaluations
                .addColumn(EvaluationReport::name)
                .setHeader(getTranslation("import.col.name"))
                .setFlexGrow(3);
        money(evaluations, r -> Formats.money(r.adjustedBudget()), "import.col.adjustedBudget");
        money(evaluations, r -> Formats.money(r.executed()), "import.col.executed");
        money(evaluations, r -> Formats.rate(r.executionRate()), "import.col.executionRate");
        money(evaluations, r -> Formats.score(r.totalScore()), "import.col.totalScore");
        evaluations
                .addColumn(EvaluationReport::grade)
                .setHeader(getTranslation("import.col.grade"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        money(evaluations, r -> String.valueOf(r.indicators().size()), "import.col.indicatorCount");
        // what the form says for the whole evaluation that no field holds (a 说明 row, a shared remark): shown if any
        evaluations
                .addColumn(EvaluationReport::note)
                .setHeader(getTranslation("import.col.note"))
                .setKey("note")
                .setTooltipGenerator(EvaluationReport::note)
                .setFlexGrow(2)
                .setVisible(false);
        evaluations
                .addColumn(r -> lines(r.sourceLines()))
                .setHeader(getTranslation("import.col.lines"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        evaluations.setAllRowsVisible(true);
        evaluations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        evaluations.setId("import-evaluations");
        evaluations.asSingleSelect().addValueChangeListener(e -> showIndicators(e.getValue()));

        indicators
                .addColumn(IndicatorRow::category)
                .setHeader(getTranslation("import.col.category"))
                .setAutoWidth(true);
        indicators
                .addColumn(IndicatorRow::subcategory)
                .setHeader(getTranslation("import.col.subcategory"))
                .setAutoWidth(true);
        indicators
                .addColumn(IndicatorRow::name)
                .setHeader(getTranslation("import.col.indicator"))
                .setFlexGrow(3);
        // 指标性质 and 度量单位, shown for a form that prints them in columns of their own (≥ | 85 | 公里)
        indicators
                .addColumn(IndicatorRow::nature)
                .setHeader(getTranslation("import.col.nature"))
                .setKey("nature")
                .setAutoWidth(true)
                .setVisible(false);
        indicators
                .addColumn(IndicatorRow::target)
                .setHeader(getTranslation("import.col.target"))
                .setAutoWidth(true);
        indicators
                .addColumn(IndicatorRow::unitOfMeasure)
                .setHeader(getTranslation("import.col.unitOfMeasure"))
                .setKey("unitOfMeasure")
                .setAutoWidth(true)
                .setVisible(false);
        indicators
                .addColumn(IndicatorRow::actual)
                .setHeader(getTranslation("import.col.actual"))
                .setAutoWidth(true);
        money(indicators, i -> Formats.score(i.weight()), "import.col.weight");
        money(indicators, i -> Formats.score(i.score()), "import.col.score");
        indicators
                .addColumn(IndicatorRow::deviationReason)
                .setHeader(getTranslation("import.col.reason"))
                .setFlexGrow(2);
        indicators
                .addColumn(i -> lines(i.sourceLines()))
                .setHeader(getTranslation("import.col.lines"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        indicators.setHeight("18em");
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT);
        indicators.setEmptyStateText(getTranslation("import.selectEvaluation"));
        indicators.setId("import-indicators");

        warnings.addColumn(w -> w.where(messages).replaceAll("[：:,，]\\s*$", ""))
                .setHeader(getTranslation("import.col.where"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        warnings.addColumn(w -> w.what(messages))
                .setHeader(getTranslation("import.col.message"))
                .setFlexGrow(1);
        warnings.setHeight("14em");
        warnings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        warnings.setEmptyStateText(getTranslation("import.noWarnings"));
        warnings.setId("import-warnings");

        confirm.setText(getTranslation("import.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("import-confirm");
        confirm.addClickListener(e -> onConfirm.accept(region.getValue()));
        Button cancel = new Button(getTranslation("import.cancel"), e -> onCancel.run());
        cancel.setId("import-cancel");

        root.add(
                new H3(getTranslation("import.preview")),
                facts,
                region,
                status,
                errors,
                new H3(getTranslation("import.evaluations")),
                evaluations,
                new H3(getTranslation("import.indicators")),
                indicators,
                warningsTitle,
                warnings,
                new HorizontalLayout(confirm, cancel));
    }

    void show(ImportPreview p, Messages messages) {
        this.messages = messages;
        facts.removeAll();
        fact("import.file", p.fileName() + " (" + p.byteSize() + " B)");
        p.parsed().ifPresent(f -> {
            fact("import.format", f.format() + (f.encoding() == null ? "" : " · " + f.encoding()));
            fact("import.unit", f.document().unit());
            fact("import.year", String.valueOf(f.document().year()));
        });
        region.setValue(p.region() == null ? "" : p.region());
        region.setReadOnly(p.regionSource() != RegionSource.MISSING && p.regionSource() != RegionSource.GIVEN);
        region.setRequiredIndicatorVisible(p.needsRegion() || p.regionSource() == RegionSource.GIVEN);
        region.setHelperText(
                switch (p.regionSource()) {
                    case STATED -> getTranslation("import.region.stated");
                    case STORED_UNIT -> getTranslation("import.region.stored");
                    case GIVEN -> getTranslation("import.region.given");
                    case MISSING -> getTranslation("import.region.required");
                });
        region.setVisible(p.parsed().isPresent());
        String id = p.existingDocumentId() == null ? "" : String.valueOf(p.existingDocumentId());
        status.setText(getTranslation("import.status." + p.status().name().toLowerCase(Locale.ROOT), id));
        status.setClassName("import-error", p.status() == ImportStatus.REJECTED);
        errors.removeAll();
        p.errors()
                .forEach(e -> errors.add(
                        new ListItem(VaadinIcon.CLOSE_CIRCLE.create(), new Span(" " + e.message(messages)))));
        errors.setVisible(!p.errors().isEmpty());
        List<EvaluationReport> reports =
                p.parsed().map(ParsedFile::document).map(d -> d.reports()).orElse(List.of());
        evaluations.getColumnByKey("note").setVisible(reports.stream().anyMatch(r -> r.note() != null));
        evaluations.setItems(reports);
        if (!reports.isEmpty()) {
            evaluations.select(reports.getFirst());
        } else {
            showIndicators(null);
        }
        warnings.setItems(p.warnings());
        warningsTitle.setText(
                getTranslation("import.warnings", String.valueOf(p.warnings().size())));
        confirm.setEnabled(confirmable(p));
        this.preview = p;
    }

    private boolean confirmable() {
        return preview != null && confirmable(preview);
    }

    private boolean confirmable(ImportPreview p) {
        if (p.parsed().isEmpty() || !p.errors().isEmpty()) {
            return false;
        }
        return p.region() != null || !region.getValue().isBlank();
    }

    private void fact(String key, String value) {
        Div f = new Div();
        f.addClassName("figure");
        Span label = new Span(getTranslation(key));
        label.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        f.add(label, v);
        facts.add(f);
    }

    private static <T> void money(Grid<T> grid, ValueProvider<T, String> value, String key) {
        grid.addColumn(value)
                .setHeader(grid.getTranslation(key))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static String lines(LineRange r) {
        return r == null ? "" : r.first() == r.last() ? String.valueOf(r.first()) : r.first() + "–" + r.last();
    }

    /** The indicators of the evaluation chosen, with the nature and unit columns where its form prints them. */
    private void showIndicators(EvaluationReport evaluation) {
        List<IndicatorRow> rows = evaluation == null ? List.of() : evaluation.indicators();
        indicators.getColumnByKey("nature").setVisible(rows.stream().anyMatch(i -> i.nature() != null));
        indicators.getColumnByKey("unitOfMeasure").setVisible(rows.stream().anyMatch(i -> i.unitOfMeasure() != null));
        indicators.setItems(rows);
    }
}
