package com.jixiao.insight.ingest.batch.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.ingest.batch.Batch;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A previewed batch: what it holds (units, years, evaluations, indicators, warnings), what storing it would do (new,
 * revisions, restored, unchanged), the files it would refuse with their reasons; confirm or discard. While the files
 * are still being read, how many are read.
 */
class BatchSummaryPanel extends Composite<VerticalLayout> {

    final Paragraph holds = new Paragraph();
    final Paragraph outcomes = new Paragraph();
    final ProgressBar reading = new ProgressBar();
    final H3 refusedTitle = new H3();
    final BatchFilesGrid refused;
    final Button confirm = new Button();
    final Button discard = new Button();

    BatchSummaryPanel(Supplier<Messages> messages, Runnable onConfirm, Runnable onDiscard) {
        refused = new BatchFilesGrid(messages);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("batch-summary");
        holds.setId("batch-summary-holds");
        outcomes.setId("batch-summary-outcomes");
        refused.setId("batch-summary-refused");
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("batch-confirm");
        confirm.addClickListener(e -> onConfirm.run());
        discard.setText(getTranslation("import.batch.discard"));
        discard.setId("batch-discard");
        discard.addClickListener(e -> onDiscard.run());
        root.add(
                new H3(getTranslation("import.batch.summary.title")),
                reading,
                holds,
                outcomes,
                refusedTitle,
                refused,
                new HorizontalLayout(confirm, discard));
    }

    void show(Batch batch) {
        Batch.Counts c = batch.counts();
        boolean ready = batch.preview().isPresent();
        reading.setVisible(!ready);
        reading.setValue(c.total() == 0 ? 0 : (double) c.read() / c.total());
        confirm.setEnabled(ready);
        if (!ready) {
            holds.setText(getTranslation("import.batch.summary.reading", c.read(), c.total()));
            outcomes.setText("");
            refusedTitle.setVisible(false);
            refused.setVisible(false);
            return;
        }
        Batch.Summary s = batch.preview().orElseThrow();
        holds.setText(getTranslation(
                "import.batch.summary.holds",
                s.units(),
                s.years().stream().map(String::valueOf).collect(Collectors.joining("、")),
                s.evaluations(),
                s.indicators(),
                s.warnings()));
        outcomes.setText(getTranslation(
                "import.batch.summary.outcomes",
                s.newReports(),
                s.replacing(),
                s.restoring(),
                s.unchanged(),
                s.refused().size()));
        refusedTitle.setText(
                getTranslation("import.batch.refused.title", s.refused().size()));
        refusedTitle.setVisible(!s.refused().isEmpty());
        refused.setVisible(!s.refused().isEmpty());
        refused.show(s.refused());
        int storable = c.total() - s.refused().size();
        confirm.setText(getTranslation("import.batch.confirm", storable));
        confirm.setEnabled(storable > 0);
    }
}
