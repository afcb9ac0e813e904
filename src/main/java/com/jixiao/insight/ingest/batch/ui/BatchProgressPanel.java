package com.jixiao.insight.ingest.batch.ui;

import com.jixiao.insight.base.i18n.Messages;
import com.jixiao.insight.ingest.batch.Batch;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A batch being stored, or stored: a progress bar with files done of all, files per second and the time left, then
 * what became of each file (refused ones first, with their reasons).
 */
class BatchProgressPanel extends Composite<VerticalLayout> {

    final H3 title = new H3();
    final ProgressBar bar = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Paragraph counts = new Paragraph();
    final BatchFilesGrid files;

    BatchProgressPanel(Supplier<Messages> messages) {
        files = new BatchFilesGrid(messages);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("batch-progress");
        bar.setId("batch-progress-bar");
        status.setId("batch-progress-status");
        status.getElement().setAttribute("role", "status");
        counts.setId("batch-progress-counts");
        files.setId("batch-files");
        root.add(title, bar, status, counts, files);
    }

    void show(Batch batch) {
        Batch.Counts c = batch.counts();
        title.setText(getTranslation(
                "import.batch.progress.title",
                batch.id(),
                getTranslation("import.batch.state." + batch.state().code())));
        bar.setValue(c.total() == 0 ? 1 : (double) c.done() / c.total());
        String rate = String.format(Locale.ROOT, "%.1f", batch.rate().filesPerSecond());
        String left = batch.finished()
                ? ""
                : batch.rate()
                        .secondsLeft()
                        .map(s -> getTranslation("import.batch.progress.left", Math.round(s)))
                        .orElse("");
        status.setText(getTranslation("import.batch.progress", c.done(), c.total(), rate, left));
        counts.setText(getTranslation(
                "import.batch.counts", c.stored(), c.replaced(), c.restored(), c.unchanged(), c.refused()));
        counts.setClassName("import-error", c.refused() > 0 && batch.finished());
        if (batch.message() != null) {
            counts.setText(counts.getText() + " " + batch.message());
        }
        files.setVisible(batch.finished() || c.refused() > 0);
        if (files.isVisible()) {
            files.show(batch.files());
        }
    }
}
